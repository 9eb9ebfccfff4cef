#!/usr/bin/env bash
# Writes third-party-licenses.txt: the licence of every module linked into
# the piketpalen binary, as their licences ask binary distributions to do.
# Run from the repository root after changing dependencies:
#   go generate ./legal
set -euo pipefail
cd "$(dirname "$0")/.."
out=legal/third-party-licenses.txt
mods=$(go list -deps -f '{{with .Module}}{{if not .Main}}{{.Path}}{{end}}{{end}}' ./cmd/piketpalen | sort -u)
{
  echo "piketpalen includes the following software. Their licences follow."
  echo
  echo "================================================================================"
  echo "The Go programming language (standard library and runtime) $(go env GOVERSION)"
  echo "================================================================================"
  cat "$(go env GOROOT)/LICENSE"
  echo
  for m in $mods; do
    dir=$(go list -m -f '{{.Dir}}' "$m")
    ver=$(go list -m -f '{{.Version}}' "$m")
    lic=$(find "$dir" -maxdepth 1 -type f \( -iname 'LICENSE*' -o -iname 'LICENCE*' -o -iname 'COPYING*' \) | sort | head -1)
    echo "================================================================================"
    echo "$m $ver"
    echo "================================================================================"
    if [ -n "$lic" ]; then cat "$lic"; else echo "(no licence file found in the module)"; fi
    if [ "$m" = golang.org/x/image ]; then
      echo
      echo "--- Go fonts (golang.org/x/image/font/gofont), used in the certificate PDF ---"
      cat "$dir/font/gofont/ttfs/README"
    fi
    echo
  done
} > "$out"
echo "wrote $out ($(echo "$mods" | wc -l) modules)"
