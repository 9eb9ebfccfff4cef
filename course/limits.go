package course

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"piketpalen/internal/termsafe"
)

// Limits on what a course file may hold. Text beyond them is a mistake or an
// attack, never a lesson: 800 nested quotes took 12.8 seconds and 455 MB to
// print, a control character can drive the terminal of whoever reads the
// course, and bytes that are not UTF-8 print as garbage.
const (
	// maxLineLength is the most characters in one line of a course file.
	// The longest line of the built-in course is under 500.
	maxLineLength = 2000
	// maxNesting is how deep quotes and lists may be nested on one line
	// ("> > - text" is three).
	maxNesting = 8
	// maxTitleLength is the most characters in a title of the course or of
	// a module, which is shown in one line on screens and the certificate.
	maxTitleLength = 200
	// MaxHintLength is the most characters in a question's hint: a hint
	// is a sentence or two that points at the rule, read before answering.
	MaxHintLength = 300
)

// checkText reports, with file:line, every line of a course file's bytes
// that is not UTF-8, holds a control character other than a tab (a CR at
// the end of a line is a Windows line end and is allowed), is longer than
// maxLineLength, or, in markdown, nests deeper than maxNesting. These
// problems make Load refuse the course, so no interface ever shows such
// text.
func checkText(c *collector, file string, data []byte) {
	markdown := strings.HasSuffix(file, ".md")
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if i == 0 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if !utf8.ValidString(line) {
			c.add(file, n, "deze regel is geen geldige UTF-8 (bewaar het bestand als UTF-8): %s", termsafe.String(clipped(line)))
			continue
		}
		if msg := controlIn(line); msg != "" {
			c.add(file, n, "%s", msg)
		}
		if l := utf8.RuneCountInString(line); l > maxLineLength {
			c.add(file, n, "de regel is te lang: %d tekens, hoogstens %d (begin een nieuwe regel of alinea)", l, maxLineLength)
		}
		if markdown {
			if d := nesting(line); d > maxNesting {
				c.add(file, n, "citaten of lijsten zijn te diep genest: %d niveaus, hoogstens %d", d, maxNesting)
			}
		}
	}
}

// checkScalars reports control characters and over-long titles in the
// values of a parsed YAML document, which escapes such as "\e" in a
// double-quoted string put there though the file's bytes are clean.
// Values that hold markdown are checked for nesting as well.
func checkScalars(c *collector, file string, n *yaml.Node, lineOffset int) {
	if n == nil {
		return
	}
	switch n.Kind {
	case yaml.ScalarNode:
		for _, line := range strings.Split(n.Value, "\n") {
			if msg := controlIn(line); msg != "" {
				c.add(file, n.Line+lineOffset, "%s", msg)
				break
			}
			if d := nesting(line); d > maxNesting {
				c.add(file, n.Line+lineOffset, "citaten of lijsten zijn te diep genest: %d niveaus, hoogstens %d", d, maxNesting)
				break
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value == "title" && v.Kind == yaml.ScalarNode {
				if l := utf8.RuneCountInString(v.Value); l > maxTitleLength {
					c.add(file, v.Line+lineOffset, "de titel is te lang: %d tekens, hoogstens %d", l, maxTitleLength)
				}
			}
		}
		fallthrough
	default:
		for _, ch := range n.Content {
			checkScalars(c, file, ch, lineOffset)
		}
	}
}

// controlIn describes the first character of line that termsafe would not
// show as it is (a control character other than a tab, or a bidi control),
// or returns "".
func controlIn(line string) string {
	for _, r := range line {
		s := string(r)
		if r != '\t' && !termsafe.Safe(s) {
			return "stuurteken " + termsafe.String(s) + " in de tekst: zo'n teken kan de terminal van de lezer besturen (een escape-reeks) of tekst anders laten lezen dan hij er staat; haal het weg"
		}
	}
	return ""
}

// nesting counts the quote signs and list markers at the start of a
// markdown line, and the levels its indent stands for.
func nesting(line string) int {
	depth, indent := 0, 0
	s := line
	for {
		trimmed := strings.TrimLeft(s, " \t")
		if depth == 0 {
			indent = len(s) - len(trimmed)
		}
		s = trimmed
		switch {
		case strings.HasPrefix(s, ">"):
			s = s[1:]
		case len(s) >= 2 && strings.ContainsRune("-*+", rune(s[0])) && (s[1] == ' ' || s[1] == '\t'):
			s = s[2:]
		default:
			if k := orderedMarker(s); k > 0 {
				s = s[k:]
				break
			}
			if depth == 0 {
				return 0
			}
			return depth + indent/2
		}
		depth++
	}
}

// orderedMarker is the length of a "12. " or "3) " at the start of s, or 0.
func orderedMarker(s string) int {
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(s) || (s[i] != '.' && s[i] != ')') || (s[i+1] != ' ' && s[i+1] != '\t') {
		return 0
	}
	return i + 2
}

// clipped is the start of a long line, for a message.
func clipped(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
