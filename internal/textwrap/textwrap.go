// Package textwrap wraps the program's own texts for a screen or a
// terminal, as charmbracelet/x/ansi does, but without cutting a
// command-line flag after its hyphens.
package textwrap

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Wrap is s wrapped to w columns at spaces, as lipgloss.Wrap with a space
// as breakpoint, except that the hyphens a word starts with stay with it:
// the wrapping of charmbracelet/x/ansi breaks after any hyphen, which cut
// "piketpalen present --workshop MAP" into "present -" and "-workshop
// MAP", a command a learner would then type wrong. A hyphen inside a word
// ("Tweede-Kamerlid") may still end a line. Every text of the program's
// own that is wrapped for a screen or a terminal goes through Wrap or
// Wordwrap.
func Wrap(s string, w int) string {
	return keepFlags(s, func(s string) string { return lipgloss.Wrap(s, w, " ") })
}

// Wordwrap is Wrap without breaking a word longer than w (as ansi.Wordwrap).
func Wordwrap(s string, w int) string {
	return keepFlags(s, func(s string) string { return ansi.Wordwrap(s, w, " ") })
}

// WrapAt is Wrap that may also break after any of breakpoints, such as
// the slashes of a path in a status line (as ansi.Wrap).
func WrapAt(s string, w int, breakpoints string) string {
	return keepFlags(s, func(s string) string { return ansi.Wrap(s, w, breakpoints) })
}

// flagHyphen stands in for a hyphen that starts a word while a text is
// wrapped: the wrapper breaks after "-" but not after it. It is one
// column wide, as a hyphen.
const flagHyphen = "\u2011" // non-breaking hyphen

// keepFlags wraps s with wrap, the hyphens that start a word held
// together with it. A text that has a non-breaking hyphen of its own is
// wrapped as it is, so that no character of it is changed.
func keepFlags(s string, wrap func(string) string) string {
	if !strings.Contains(s, "-") || strings.Contains(s, flagHyphen) {
		return wrap(s)
	}
	var b strings.Builder
	start := true // at the start of a word: the hyphens here are a flag's
	for _, r := range s {
		switch {
		case r == '-' && start:
			b.WriteString(flagHyphen)
			continue
		case r == ' ' || r == '\n' || r == '\t':
			start = true
		default:
			start = false
		}
		b.WriteRune(r)
	}
	return strings.ReplaceAll(wrap(b.String()), flagHyphen, "-")
}
