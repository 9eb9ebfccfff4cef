// Package theme holds the looks of the full-screen interfaces, one palette
// per theme a learner or trainer can choose, shared by the course and the
// presenter so they always look alike. Meaning never rests on colour alone:
// every coloured mark also has a word or a sign.
package theme

import (
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

// Or is n, or def when n is empty.
func (n Name) Or(def Name) Name {
	if n == "" {
		return def
	}
	return n
}

// Markdown is the markdown style pages are rendered in for this theme.
func (n Name) Markdown() string { return string(n.Or(Dark)) }

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
	c := lipgloss.Color
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
