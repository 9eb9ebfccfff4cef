package main

import (
	"strings"
	"testing"

	"piketpalen/internal/buildtest"
)

// TestDoctorSeesTheTerminal runs doctor in a real terminal of 80×24 (tmux):
// it must see the terminal it prints to, and say its size, although what it
// prints goes through the terminal sanitiser (termsafe.Writer, which is no
// terminal itself).
func TestDoctorSeesTheTerminal(t *testing.T) {
	bin := buildtest.Program(t, "-short: the tmux tests are skipped", ".")
	s := startTmux(t, "80", "24", []string{"TERM=xterm-256color", "PIKETPALEN_DATA=" + t.TempDir()}, bin, "doctor")
	scr := s.waitFor("EXITED-")
	if !strings.Contains(scr, "80×24") || strings.Contains(scr, "geen terminal") {
		t.Fatalf("doctor in a terminal of 80×24:\n%s", scr)
	}
}
