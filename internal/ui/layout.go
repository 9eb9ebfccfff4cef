// Package layout holds the small text-fitting helpers the full-screen
// interfaces share: cutting a screen to the terminal, truncating a line,
// joining key hints.
package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit cuts s to w columns and h lines, so a long line or list never makes
// the terminal scroll.
func Fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 1)]
	}
	for i, l := range lines {
		lines[i] = Truncate(l, w)
	}
	return strings.Join(lines, "\n")
}

// Truncate cuts s, which may hold escape codes, to w columns, ending in "…"
// when it was cut.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// Hints joins key hints like "←/→ pagina" into one footer line.
func Hints(hints ...string) string { return strings.Join(hints, " · ") }

// Indent puts pre in front of every line of s.
func Indent(s, pre string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = pre + lines[i]
	}
	return strings.Join(lines, "\n")
}

// OptionLabel is the letter an answer option is shown with, by its place on
// screen: A, B, C…, and past Z its number.
func OptionLabel(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return fmt.Sprint(i + 1)
}
