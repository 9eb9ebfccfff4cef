// Package ui is the kit the interfaces share: fitting text to a screen,
// keymaps and help drawn by help.Model, and a learner's standing in words.
package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/internal/textwrap"
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

// Screen is the view of a full-screen interface: content cut to w×h, in
// the alternate screen, with the window titled title.
func Screen(content string, w, h int, title string) tea.View {
	v := tea.NewView(Fit(content, w, h))
	v.AltScreen = true
	v.WindowTitle = title
	return v
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

// Indent puts pre in front of every line of s.
func Indent(s, pre string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = pre + lines[i]
	}
	return strings.Join(lines, "\n")
}

// Para is s wrapped to w columns, at spaces, in style when one is given,
// with indent in front of every line: a paragraph of a screen.
func Para(s string, w int, indent string, style ...lipgloss.Style) string {
	s = textwrap.Wrap(s, w)
	for _, st := range style {
		s = st.Render(s)
	}
	return Indent(s, indent)
}

// Paras wraps every line of s to w columns as a Para, keeping the spaces it
// starts with in front of each line it becomes: a text of paragraphs, some
// indented, for a screen or a terminal.
func Paras(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		body := strings.TrimLeft(l, " ")
		indent := l[:len(l)-len(body)]
		lines[i] = Para(body, max(20, w-len(indent)), indent)
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
