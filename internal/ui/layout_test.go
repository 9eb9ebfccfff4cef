package ui

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestFitAndTruncate(t *testing.T) {
	s := Fit("\x1b[1mabcdefghij\x1b[m\nkort\nderde\nvierde", 6, 3)
	want := "\x1b[1mabcde…\x1b[m\nkort\nderde"
	if ansi.Strip(s) != ansi.Strip(want) {
		t.Errorf("Fit = %q", s)
	}
	if Truncate("abc", 0) != "" || Truncate("abc", 3) != "abc" {
		t.Error("Truncate edge cases")
	}
	if Hints("a", "b") != "a · b" || Indent("x\ny", "  ") != "  x\n  y" {
		t.Error("Hints or Indent")
	}
}
