#!/usr/bin/env bash
# Resident memory of piketpalen while a learner reads the largest module.
# Usage: internal/bench/rss.sh BINARY [MODULE]
# Runs BINARY in an 80x24 tmux pane with a fresh data folder, opens MODULE
# (default 4), turns every page, then a page at 200 columns, and prints the
# process's peak resident set size (VmHWM) and current size (VmRSS).
set -euo pipefail
bin=$(readlink -f "$1"); module=${2:-5}
sock=$(mktemp -u /tmp/rss-XXXX.sock); data=$(mktemp -d)
tmux -S "$sock" new-session -d -x 80 -y 24 "env TERM=xterm-256color PIKETPALEN_DATA=$data $bin"
trap 'tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$data"' EXIT
sleep 0.5
tmux -S "$sock" send-keys "$module" Enter
for _ in $(seq 1 8); do sleep 0.3; tmux -S "$sock" send-keys Right; done
sleep 0.3; tmux -S "$sock" send-keys Left Left
tmux -S "$sock" resize-window -x 200 -y 50 2>/dev/null || true
sleep 0.8
pid=$(pgrep -f "^$bin\$" | head -1)
grep -E 'VmHWM|VmRSS' "/proc/$pid/status"
tmux -S "$sock" send-keys q
