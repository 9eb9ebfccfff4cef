// Package theme holds the looks of the full-screen interfaces, one palette
// per theme a learner or trainer can choose, shared by the course and the
// presenter so they always look alike. Meaning never rests on colour alone:
// every coloured mark also has a word or a sign.
package theme

import (
	"charm.land/lipgloss/v2"

	"piketpalen/internal/markdown"
)

// Styles are the looks the screens use.
type Styles struct {
	Title, Subtle, Bold, Heading, Selected, Good, Bad, Warn, Bar, BarEmpty, Key lipgloss.Style

	Rule string // the character a horizontal rule is drawn with
	Mark string // the mark in front of a right option

	// ASCII is set for the ascii theme: its screens are drawn with ASCII
	// signs only (see Screen), for terminals and fonts without arrows,
	// blocks or box drawing.
	ASCII bool
}

// New returns the looks for a theme (the names of render's styles): colours
// for a dark or a light background, none at all (ascii), or high contrast,
// which keeps the terminal's own colours and marks by bold, underline and
// reverse video alone. An unknown name gives the dark theme.
func New(name string) Styles {
	c := lipgloss.Color
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	switch name {
	case markdown.ASCII, markdown.Plain:
		return Styles{Title: bold, Subtle: plain, Bold: bold, Heading: bold.Underline(true), Selected: bold, Good: bold, Bad: plain,
			Warn: bold, Bar: plain, BarEmpty: plain, Key: bold, Rule: "-", Mark: "*", ASCII: name == markdown.ASCII}
	case markdown.HighContrast:
		return Styles{Title: bold, Subtle: plain, Bold: bold, Heading: bold.Underline(true), Selected: bold.Reverse(true), Good: bold, Bad: bold,
			Warn: bold.Underline(true), Bar: plain, BarEmpty: plain, Key: bold, Rule: "─", Mark: "✓"}
	case markdown.Light:
		return Styles{
			Title:    bold.Foreground(c("#1D4ED8")),
			Subtle:   plain.Foreground(c("#4B5563")),
			Bold:     bold,
			Heading:  bold.Foreground(c("#1D4ED8")),
			Selected: bold.Foreground(c("#9A3412")),
			Good:     bold.Foreground(c("#15803D")),
			Bad:      plain.Foreground(c("#B91C1C")),
			Warn:     bold.Foreground(c("#9A3412")),
			Bar:      plain.Foreground(c("#15803D")),
			BarEmpty: plain.Foreground(c("#9CA3AF")),
			Key:      bold.Foreground(c("#15803D")),
			Rule:     "─",
			Mark:     "✓",
		}
	}
	return Styles{
		Title:    bold.Foreground(c("#7D9CFF")),
		Subtle:   plain.Foreground(c("#9A9A9A")),
		Bold:     bold,
		Heading:  bold.Foreground(c("#7D9CFF")),
		Selected: bold.Foreground(c("#FFD866")),
		Good:     bold.Foreground(c("#7BD88F")),
		Bad:      plain.Foreground(c("#FF6188")),
		Warn:     bold.Foreground(c("#FC9867")),
		Bar:      plain.Foreground(c("#7BD88F")),
		BarEmpty: plain.Foreground(c("#5A5A5A")),
		Key:      bold.Foreground(c("#A9DC76")),
		Rule:     "─",
		Mark:     "✓",
	}
}
