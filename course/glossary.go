package course

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// GlossaryFile is the name of the begrippenlijst at the root of a course.
// It is optional: a course without one has an empty Glossary.
const GlossaryFile = "glossary.yaml"

// Term is one entry of the begrippenlijst: a word or phrase a learner may
// not know, with a short explanation in plain words (B1).
type Term struct {
	Term       string   // as it is shown, e.g. "voorwaardelijk strafontslag"
	Definition string   // the explanation, one or two short sentences
	Forms      []string // other spellings that count as the same term in a text (plurals, inflections)
	Line       int      // line of the entry in glossary.yaml
}

// Glossary is a course's begrippenlijst, in the order of glossary.yaml.
type Glossary []Term

// In returns the terms of the glossary that occur in text, in glossary
// order, each once. A term occurs when it or one of its forms appears as a
// whole word or phrase: case does not matter, the characters right before
// and after it must not be letters or digits (so "ordemaatregel" is not
// found in "ordemaatregelen" unless that is one of its forms, while
// "**ordemaatregel**" and "ordemaatregel," are), and any run of white
// space, a line break included, matches a space inside a phrase.
func (g Glossary) In(text string) []Term {
	if len(g) == 0 || text == "" {
		return nil
	}
	norm := normalizeForMatch(text)
	words := wordStarts(norm)
	var out []Term
	for _, t := range g {
		for _, f := range t.names() {
			if occurs(norm, words, normalizeForMatch(f)) {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// wordStarts indexes text by its words, the runs of letters and digits:
// each word's offsets in text.
func wordStarts(text string) map[string][]int {
	words := map[string][]int{}
	start := -1
	for i, r := range text {
		switch {
		case isWordRune(r) && start < 0:
			start = i
		case !isWordRune(r) && start >= 0:
			words[text[start:i]] = append(words[text[start:i]], start)
			start = -1
		}
	}
	if start >= 0 {
		words[text[start:]] = append(words[text[start:]], start)
	}
	return words
}

// occurs is containsPhrase(text, phrase), looked up in text's words (see
// wordStarts) instead of searched for: a phrase that begins with a letter
// or digit can only occur as a whole where a word of text equal to its
// first word begins, since the character before must not be a letter or
// digit and the one after that first word is none either (in the phrase,
// or at its end by the rule for the character after it).
func occurs(text string, words map[string][]int, phrase string) bool {
	first := wordPrefix(phrase)
	if first == "" {
		return containsPhrase(text, phrase)
	}
	for _, start := range words[first] {
		end := start + len(phrase)
		if !strings.HasPrefix(text[start:], phrase) {
			continue
		}
		if after, _ := utf8.DecodeRuneInString(text[end:]); end == len(text) || !isWordRune(after) {
			return true
		}
	}
	return false
}

// wordPrefix is the run of letters and digits s begins with.
func wordPrefix(s string) string {
	for i, r := range s {
		if !isWordRune(r) {
			return s[:i]
		}
	}
	return s
}

// Lookup returns the entry whose term or one of whose forms is name,
// regardless of case, or nil.
func (g Glossary) Lookup(name string) *Term {
	key := normalizeForMatch(name)
	for i, t := range g {
		for _, f := range t.names() {
			if normalizeForMatch(f) == key {
				return &g[i]
			}
		}
	}
	return nil
}

// names is the term followed by its forms.
func (t Term) names() []string { return append([]string{t.Term}, t.Forms...) }

// containsPhrase reports whether phrase occurs in text with no letter or
// digit right before or after it.
func containsPhrase(text, phrase string) bool {
	if phrase == "" {
		return false
	}
	for from := 0; from <= len(text)-len(phrase); {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(text) || !isWordRune(after)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		from = start + size
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normalizeForMatch lower-cases s and turns every run of white space into
// one space, so a phrase broken over two lines of markdown still matches.
func normalizeForMatch(s string) string {
	// in one pass what strings.Join(strings.Fields(strings.ToLower(s)), " ")
	// gives (TestNormalizeForMatch)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// readGlossary reads glossary.yaml when the course has one, reporting an
// entry without a term or definition and a term or form that is given
// twice (case does not matter), each at its line.
func readGlossary(c *collector, fsys fs.FS) Glossary {
	data, err := fs.ReadFile(fsys, GlossaryFile)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			c.add(GlossaryFile, 0, "de begrippenlijst is niet te lezen: %v", errors.Unwrap(err))
		}
		return nil
	}
	root := parseYAML(c, GlossaryFile, data, 0)
	if root == nil {
		return nil
	}
	f := readFields(c, GlossaryFile, root, 0, "de begrippenlijst", []string{"terms"}, []string{"terms"})
	list, ok := f.values["terms"]
	if !ok {
		return nil
	}
	if list.Kind != yaml.SequenceNode {
		c.add(GlossaryFile, list.Line, "\"terms\" moet een lijst zijn (elk begrip begint met \"- term: ...\")")
		return nil
	}
	var g Glossary
	seen := map[string]int{} // normalised term or form -> line where it first appeared
	claim := func(name string, line int) {
		key := normalizeForMatch(name)
		if first, dup := seen[key]; dup {
			c.add(GlossaryFile, line, "%q staat al in de begrippenlijst (regel %d): elk begrip en elke vorm komt maar één keer voor", name, first)
			return
		}
		seen[key] = line
	}
	for _, n := range list.Content {
		tf := readFields(c, GlossaryFile, n, 0, "een begrip", []string{"term", "definition", "forms"}, []string{"term", "definition"})
		t := Term{
			Term:       tf.str(c, "term", 0, true),
			Definition: tf.str(c, "definition", 0, true),
			Line:       n.Line,
		}
		if t.Term != "" {
			claim(t.Term, tf.lineOf("term", 0))
		}
		forms, lines := tf.strList(c, "forms", 0)
		for i, form := range forms {
			claim(form, lines[i])
		}
		t.Forms = forms
		if t.Term != "" || t.Definition != "" {
			g = append(g, t)
		}
	}
	if len(g) == 0 && len(list.Content) == 0 {
		c.add(GlossaryFile, list.Line, "\"terms\" noemt geen enkel begrip (laat het bestand weg als de cursus geen begrippenlijst heeft)")
	}
	return g
}

// String gives the term and its definition on one line, for plain text.
func (t Term) String() string { return fmt.Sprintf("%s: %s", t.Term, t.Definition) }

// InModule returns the terms of the glossary that m's lesson pages use, and
// with questions also its questions, options, feedback and explanations:
// what a printed module needs to explain.
func (g Glossary) InModule(m *Module, questions bool) []Term {
	if len(g) == 0 || m == nil {
		return nil
	}
	return g.In(moduleText(m, questions))
}

// moduleText is all the text of m a learner reads.
func moduleText(m *Module, questions bool) string {
	var b strings.Builder
	for _, p := range m.Pages {
		b.WriteString(p.Markdown + "\n")
	}
	if questions {
		for _, q := range m.Questions {
			b.WriteString(q.Text + "\n" + q.Explanation + "\n")
			for _, o := range q.Options {
				b.WriteString(o.Text + "\n" + o.Feedback + "\n")
			}
		}
	}
	return b.String()
}
