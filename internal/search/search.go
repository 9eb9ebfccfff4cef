// Package search finds a word in the course's lessons, as a learner reads
// them: in the text of the pages, without markup, case and accents of the
// query aside. The full-screen reader (/ and n/N) and plain mode's
// "zoek WOORD" both use it, so they find the same places.
package search

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"piketpalen/course"
	"piketpalen/internal/markdown"
)

// Hit is one line of a page that holds the query.
type Hit struct {
	Module *course.Module
	Page   int    // zero-based
	Line   string // the line of the page's plain text it is on, trimmed
}

// Fold is s as searches compare it: lower case, without accents (so
// "cooperatie" finds "coöperatie").
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Contains reports whether text holds query, compared as Fold does.
func Contains(text, query string) bool {
	q := Fold(strings.TrimSpace(query))
	return q != "" && strings.Contains(Fold(text), q)
}

// Module returns the lines of m's pages, as plain text wrapped to width,
// that hold query, in page order.
func Module(m *course.Module, query string, width int) []Hit {
	var hits []Hit
	for p, page := range m.Pages {
		text, err := markdown.PageText(page.Markdown, width)
		if err != nil {
			text = page.Markdown
		}
		for _, l := range strings.Split(page.Title+"\n"+text, "\n") {
			if Contains(l, query) {
				hits = append(hits, Hit{Module: m, Page: p, Line: strings.TrimSpace(l)})
			}
		}
	}
	return hits
}

// Course returns the hits of every module of c, in course order.
func Course(c *course.Course, query string, width int) []Hit {
	var hits []Hit
	for _, m := range c.Modules {
		hits = append(hits, Module(m, query, width)...)
	}
	return hits
}
