package tui

import "charm.land/lipgloss/v2"

// styles are the few looks the screens use. Meaning never rests on colour
// alone: every coloured mark also has a word or a sign.
type styles struct {
	title, subtle, bold, selected, good, bad, warn, bar, barEmpty, key lipgloss.Style
}

func newStyles(plain bool) styles {
	if plain {
		s := lipgloss.NewStyle()
		b := s.Bold(true)
		return styles{title: b, subtle: s, bold: b, selected: b, good: s, bad: s, warn: b, bar: s, barEmpty: s, key: b}
	}
	return styles{
		title:    lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#7D9CFF")),
		subtle:   lipgloss.NewStyle().Foreground(lipgloss.Color("#8A8A8A")),
		bold:     lipgloss.NewStyle().Bold(true),
		selected: lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FFD866")),
		good:     lipgloss.NewStyle().Foreground(lipgloss.Color("#7BD88F")),
		bad:      lipgloss.NewStyle().Foreground(lipgloss.Color("#FF6188")),
		warn:     lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FC9867")),
		bar:      lipgloss.NewStyle().Foreground(lipgloss.Color("#7BD88F")),
		barEmpty: lipgloss.NewStyle().Foreground(lipgloss.Color("#4A4A4A")),
		key:      lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#A9DC76")),
	}
}
