package present

import (
	"charm.land/lipgloss/v2"

	"piketpalen/render"
)

// styles are the looks of the presenter screens. A projector washes colours
// out, so the palette has strong contrast, and meaning never rests on colour
// alone: a right answer has a mark and a word as well as a colour.
type styles struct {
	title, subtle, bold, heading, selected, good, bad, key lipgloss.Style
	rule                                                   string // the character a horizontal rule is drawn with
	mark                                                   string // the mark in front of a right option
}

func newStyles(theme string) styles {
	plain := lipgloss.NewStyle()
	switch theme {
	case render.ASCII, render.Plain:
		b := plain.Bold(true)
		return styles{title: b, subtle: plain, bold: b, heading: b.Underline(true), selected: b, good: b, bad: plain, key: b, rule: "-", mark: "*"}
	case render.Light:
		return styles{
			title:    plain.Bold(true).Foreground(lipgloss.Color("#1D4ED8")),
			subtle:   plain.Foreground(lipgloss.Color("#4B5563")),
			bold:     plain.Bold(true),
			heading:  plain.Bold(true).Foreground(lipgloss.Color("#1D4ED8")),
			selected: plain.Bold(true).Foreground(lipgloss.Color("#9A3412")),
			good:     plain.Bold(true).Foreground(lipgloss.Color("#15803D")),
			bad:      plain.Foreground(lipgloss.Color("#B91C1C")),
			key:      plain.Bold(true).Foreground(lipgloss.Color("#15803D")),
			rule:     "─",
			mark:     "✓",
		}
	}
	return styles{
		title:    plain.Bold(true).Foreground(lipgloss.Color("#7D9CFF")),
		subtle:   plain.Foreground(lipgloss.Color("#9A9A9A")),
		bold:     plain.Bold(true),
		heading:  plain.Bold(true).Foreground(lipgloss.Color("#7D9CFF")),
		selected: plain.Bold(true).Foreground(lipgloss.Color("#FFD866")),
		good:     plain.Bold(true).Foreground(lipgloss.Color("#7BD88F")),
		bad:      plain.Foreground(lipgloss.Color("#FF6188")),
		key:      plain.Bold(true).Foreground(lipgloss.Color("#A9DC76")),
		rule:     "─",
		mark:     "✓",
	}
}
