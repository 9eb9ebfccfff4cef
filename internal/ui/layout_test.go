package ui

import (
	"testing"

	"charm.land/lipgloss/v2"

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
	if Indent("x\ny", "  ") != "  x\n  y" {
		t.Error("Indent")
	}
}

func TestPadByCells(t *testing.T) {
	for _, tc := range []struct {
		s    string
		w    int
		want string
	}{
		{"ab", 4, "ab  "},
		{"é", 3, "é  "},             // one cell, two bytes
		{"e\u0301", 3, "e\u0301  "}, // a combining accent takes no cell
		{"如", 4, "如  "},             // a wide character takes two
		{"toolong", 3, "toolong"},
	} {
		if got := Pad(tc.s, tc.w); got != tc.want {
			t.Errorf("Pad(%q, %d) = %q, want %q", tc.s, tc.w, got, tc.want)
		}
	}
	if Widest("a", "如如", "abc") != 4 {
		t.Error("Widest")
	}
}

func TestBar(t *testing.T) {
	plain := lipgloss.NewStyle()
	for _, tc := range []struct {
		part, whole int
		want        string
	}{
		{0, 4, "░░░░░░░░"}, {1, 2, "████░░░░"}, {4, 4, "████████"},
		{1, 100, "█░░░░░░░"}, {99, 100, "███████░"}, {0, 0, "░░░░░░░░"},
	} {
		if got := Bar(tc.part, tc.whole, 8, plain, plain); got != tc.want {
			t.Errorf("Bar(%d, %d) = %q, want %q", tc.part, tc.whole, got, tc.want)
		}
	}
	// the trainer's overview: 10 cells for a group of 21
	for _, tc := range []struct {
		part int
		want string
	}{
		{1, "█░░░░░░░░░"},  // rounds to 0, shown as 1: not nothing
		{6, "███░░░░░░░"},  // rounds to 3
		{20, "█████████░"}, // rounds to 10, shown as 9: not everyone
		{21, "██████████"},
	} {
		if got := Bar(tc.part, 21, 10, plain, plain); got != tc.want {
			t.Errorf("Bar(%d, 21) = %q, want %q", tc.part, got, tc.want)
		}
	}
}

func TestSpread(t *testing.T) {
	if got := Spread("Titel", "pagina 1 van 3", 24); got != "Titel     pagina 1 van 3" {
		t.Errorf("%q", got)
	}
	if got := Spread("Een lange titel die niet past", "rechts", 20); got != "Een lange t…  rechts" || Width(got) != 20 {
		t.Errorf("cut: %q", got)
	}
	if got := Spread("Hulp", "", 8); got != "Hulp    " {
		t.Errorf("no right: %q", got)
	}
}
