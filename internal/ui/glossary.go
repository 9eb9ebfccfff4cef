package ui

import (
	"strings"

	"piketpalen/course"
	"piketpalen/internal/textwrap"
)

// Terms lays out entries of the begrippenlijst as text, the same in every
// interface: each term on a line of its own, drawn by term (nil leaves it
// as it is), its definition wrapped to width under it, four spaces in, and
// a blank line between entries.
func Terms(terms []course.Term, width int, term func(string) string) string {
	if term == nil {
		term = func(s string) string { return s }
	}
	const indent = "    "
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(term(t.Term) + "\n")
		def := textwrap.Wordwrap(strings.Join(strings.Fields(t.Definition), " "), max(width-len(indent), 10))
		b.WriteString(Indent(def, indent) + "\n")
	}
	return b.String()
}
