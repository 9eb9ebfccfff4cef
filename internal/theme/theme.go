// Package theme holds the looks of the full-screen interfaces, one palette
// per theme a learner or trainer can choose, shared by the course and the
// presenter so they always look alike. Meaning never rests on colour alone:
// every coloured mark also has a word or a sign.
package theme

import (
	"cmp"
	"fmt"

	"charm.land/lipgloss/v2"

	"piketpalen/internal/markdown"
)

// Name is a theme a learner or trainer can choose with --theme. Each is
// also the name of the markdown style pages are rendered in.
type Name string

// The themes; Dark is the default.
const (
	Dark         Name = markdown.Dark
	Light        Name = markdown.Light
	HighContrast Name = markdown.HighContrast
	ASCII        Name = markdown.ASCII
)

// All are the themes, in the order the help lists them.
var All = []Name{Dark, Light, HighContrast, ASCII}

// Names are the themes' names, for a message that lists them.
func Names() []string {
	out := make([]string, len(All))
	for i, n := range All {
		out[i] = string(n)
	}
	return out
}

// Parse returns the theme called s, or an error naming s: an unknown theme
// is never quietly taken for the dark one.
func Parse(s string) (Name, error) {
	for _, n := range All {
		if string(n) == s {
			return n, nil
		}
	}
	return "", fmt.Errorf("unknown theme %q", s)
}

// Markdown is the markdown style pages are rendered in for this theme.
func (n Name) Markdown() string { return string(cmp.Or(n, Dark)) }

// Cache is c, or when c is nil a new render cache in this theme's style.
func (n Name) Cache(c *markdown.Cache) *markdown.Cache {
	if c == nil {
		return markdown.NewCache(n.Markdown())
	}
	return c
}

// Styles are the looks the screens use.
type Styles struct {
	Title, Subtle, Bold, Heading, Selected, Good, Bad, Warn, Bar, BarEmpty, Key lipgloss.Style

	Rule string // the character a horizontal rule is drawn with
	Mark string // the mark in front of a right option
}

// New returns the looks for a theme: colours for a dark or a light
// background, none at all (ascii), or high contrast, which keeps the
// terminal's own colours and marks by bold, underline and reverse video
// alone. The empty name gives the dark theme. Plain, the style of printed
// text, looks like ascii.
func New(name Name) Styles {
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	switch name {
	case ASCII, markdown.Plain:
		return Styles{Title: bold, Subtle: plain, Bold: bold, Heading: bold.Underline(true), Selected: bold, Good: bold, Bad: plain,
			Warn: bold, Bar: plain, BarEmpty: plain, Key: bold, Rule: "-", Mark: "*"}
	case HighContrast:
		return Styles{Title: bold, Subtle: plain, Bold: bold, Heading: bold.Underline(true), Selected: bold.Reverse(true), Good: bold, Bad: bold,
			Warn: bold.Underline(true), Bar: plain, BarEmpty: plain, Key: bold, Rule: "─", Mark: "✓"}
	case Light:
		return colours(palette{title: "#1D4ED8", subtle: "#4B5563", selected: "#9A3412", good: "#15803D", bad: "#B91C1C", empty: "#9CA3AF"})
	}
	return colours(palette{title: "#7D9CFF", subtle: "#9A9A9A", selected: "#FFD866", good: "#7BD88F", bad: "#FF6188", warn: "#FC9867", empty: "#5A5A5A", key: "#A9DC76"})
}

// palette is the colours of a coloured theme. Headings take the title's
// colour, the bar the good one; warn and key fall back to selected and
// good.
type palette struct {
	title, subtle, selected, good, bad, warn, empty, key string
}

// colours returns the looks of a coloured theme.
func colours(p palette) Styles {
	c := lipgloss.Color
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	if p.warn == "" {
		p.warn = p.selected
	}
	if p.key == "" {
		p.key = p.good
	}
	return Styles{
		Title:    bold.Foreground(c(p.title)),
		Subtle:   plain.Foreground(c(p.subtle)),
		Bold:     bold,
		Heading:  bold.Foreground(c(p.title)),
		Selected: bold.Foreground(c(p.selected)),
		Good:     bold.Foreground(c(p.good)),
		Bad:      plain.Foreground(c(p.bad)),
		Warn:     bold.Foreground(c(p.warn)),
		Bar:      plain.Foreground(c(p.good)),
		BarEmpty: plain.Foreground(c(p.empty)),
		Key:      bold.Foreground(c(p.key)),
		Rule:     "─",
		Mark:     "✓",
	}
}
