package gift

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"piketpalen/course"
)

// Reason says why a piece of GIFT was not taken over.
type Reason int

// The reasons Parse reports.
const (
	NoTitle        Reason = iota + 1 // a question without ::title::, which becomes its id
	BadTitle                         // a title that is no id (lower case letters, digits, "-")
	DuplicateTitle                   // a title already used in the file
	NoAnswers                        // a description: text without an answer block
	Unclosed                         // "{" without its "}"
	Embedded                         // text after the answers (a missing-word question)
	Essay                            // {} : an essay question
	Numerical                        // {#...}: a numerical question
	Matching                         // a -> b: a matching question
	ShortAnswer                      // only =answers: a short-answer question
	Mixed                            // several =answers beside ~answers, or weights on =
	NoRight                          // no answer is right
	TooFewAnswers                    // fewer than two answers
	NoFeedback                       // an answer without #feedback, which the course requires
	NoExplanation                    // no general feedback (####), which holds the explanation
	NoSource                         // no "Bron: " in the general feedback
	BadWeight                        // a %weight% that is no number
	NotText                          // the file is not UTF-8 text
	EmptyAnswer                      // an answer without text
)

// Problem is one thing in a GIFT file that Parse could not map onto the
// course's questions; the question it was in (ID, when it had a title) is
// left out.
type Problem struct {
	Line   int    // line in the file, counting from 1
	Reason Reason // what was wrong
	ID     string // the question's title, "" when it had none
}

// Category is the questions of one $CATEGORY, in file order.
type Category struct {
	Name      string // the category's last part, the module id on export; "" before any $CATEGORY
	Line      int
	Questions []*course.Question
}

// Result is what Parse read.
type Result struct {
	Categories []Category
	Problems   []Problem
}

// Questions is every question read, in file order.
func (r *Result) Questions() []*course.Question {
	var qs []*course.Question
	for _, c := range r.Categories {
		qs = append(qs, c.Questions...)
	}
	return qs
}

// cell is one character of a question block: r, whether it was escaped
// with a backslash (and so has no GIFT meaning), and its line.
type cell struct {
	r    rune
	esc  bool
	line int
}

// cells is a run of a block's characters.
type cells []cell

// Parse reads GIFT. Every question it can map onto a single, multiple or
// truefalse question with feedback, explanation and source is returned,
// under its category; everything else is a Problem at its line and is
// skipped. It never fails as a whole: a file with nothing usable gives no
// questions and its problems.
func Parse(data []byte) *Result {
	res := &Result{}
	if !utf8.Valid(data) {
		res.Problems = append(res.Problems, Problem{Line: 1, Reason: NotText})
		return res
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(text, "\n")
	cur := -1 // index of the current category in res.Categories
	seen := map[string]bool{}
	var block []int // line indices of the current block, comments left out
	var kind, hint string
	start := 0
	flush := func() {
		defer func() { block, kind, hint = nil, "", "" }()
		if len(block) == 0 {
			return
		}
		first := strings.TrimSpace(lines[block[0]])
		if rest, ok := strings.CutPrefix(first, "$CATEGORY:"); ok {
			name := strings.TrimSpace(rest)
			if i := strings.LastIndex(name, "/"); i >= 0 {
				name = name[i+1:]
			}
			res.Categories = append(res.Categories, Category{Name: strings.TrimSpace(name), Line: block[0] + 1})
			cur = len(res.Categories) - 1
			return
		}
		q, p := parseQuestion(lines, block)
		if p == nil && seen[q.ID] {
			p = &Problem{Line: q.Line, Reason: DuplicateTitle, ID: q.ID}
		}
		if p != nil {
			res.Problems = append(res.Problems, *p)
			return
		}
		seen[q.ID] = true
		if k := course.QuestionKind(kind); slices.Contains(course.QuestionKinds, k) {
			q.Kind = k
		}
		if utf8.RuneCountInString(hint) <= course.MaxHintLength {
			q.Hint = hint
		}
		if cur < 0 {
			res.Categories = append(res.Categories, Category{Line: start + 1})
			cur = 0
		}
		res.Categories[cur].Questions = append(res.Categories[cur].Questions, q)
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "//"):
			c := strings.TrimSpace(strings.TrimPrefix(t, "//"))
			if v, ok := strings.CutPrefix(c, "kind:"); ok {
				kind = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(c, "hint:"); ok {
				hint = unescapeLine(strings.TrimSpace(v))
			}
		default:
			if len(block) == 0 {
				start = i
			}
			block = append(block, i)
		}
	}
	flush()
	return res
}

// unescapeLine is the text of a comment written with Escape.
func unescapeLine(s string) string { return toCells(s, 0).text() }

// toCells reads s, which starts at line, into cells, taking the GIFT
// escapes (\~ \= \# \{ \} \: \\ and \n).
func toCells(s string, line int) cells {
	var out cells
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\\' && i+1 < len(rs) {
			switch n := rs[i+1]; n {
			case '\\', '~', '=', '#', '{', '}', ':':
				out = append(out, cell{n, true, line})
				i++
				continue
			case 'n':
				out = append(out, cell{'\n', true, line})
				i++
				continue
			}
		}
		out = append(out, cell{r, false, line})
		if r == '\n' {
			line++
		}
	}
	return out
}

// index is the position of the first unescaped occurrence of s in c at
// or after from, or -1.
func (c cells) index(s string, from int) int {
	want := []rune(s)
	for i := from; i+len(want) <= len(c); i++ {
		ok := true
		for j, r := range want {
			if c[i+j].esc || c[i+j].r != r {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// text is the characters of c as text: an unescaped line break is a
// space (GIFT lines run on), an escaped one (\n) a line break; spaces at
// either end are trimmed, and a leading [moodle], [plain], [markdown] or
// [html] format is dropped.
func (c cells) text() string {
	var b strings.Builder
	for _, x := range c {
		if x.r == '\n' && !x.esc {
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(x.r)
	}
	s := strings.TrimSpace(b.String())
	for _, f := range []string{"[moodle]", "[plain]", "[markdown]", "[html]"} {
		if rest, ok := strings.CutPrefix(s, f); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// blank reports whether c holds nothing but spaces.
func (c cells) blank() bool { return strings.TrimSpace(c.text()) == "" }

// lineOf is the line of position i of c, or of its end.
func (c cells) lineOf(i, fallback int) int {
	if i >= 0 && i < len(c) {
		return c[i].line
	}
	if len(c) > 0 {
		return c[len(c)-1].line
	}
	return fallback
}

// parseQuestion reads the question on the given lines (indices into
// lines, comments left out).
func parseQuestion(lines []string, at []int) (*course.Question, *Problem) {
	first := at[0] + 1
	var all cells
	for k, i := range at {
		if k > 0 {
			all = append(all, cell{'\n', false, at[k-1] + 1})
		}
		all = append(all, toCells(lines[i], i+1)...)
	}
	fail := func(line int, r Reason, id string) (*course.Question, *Problem) {
		return nil, &Problem{Line: line, Reason: r, ID: id}
	}
	pos := 0
	for pos < len(all) && !all[pos].esc && (all[pos].r == ' ' || all[pos].r == '\t' || all[pos].r == '\n') {
		pos++
	}
	if all.index("::", pos) != pos {
		if all.index("{", 0) < 0 {
			return fail(first, NoAnswers, "")
		}
		return fail(first, NoTitle, "")
	}
	end := all.index("::", pos+2)
	if end < 0 {
		return fail(first, NoTitle, "")
	}
	id := all[pos+2 : end].text()
	if !course.ValidID(id) {
		return fail(first, BadTitle, id)
	}
	body := all[end+2:]
	open := body.index("{", 0)
	if open < 0 {
		return fail(first, NoAnswers, id)
	}
	closing := body.index("}", open+1)
	if closing < 0 {
		return fail(body.lineOf(open, first), Unclosed, id)
	}
	if !body[closing+1:].blank() {
		return fail(body.lineOf(closing+1, first), Embedded, id)
	}
	q := &course.Question{ID: id, Text: body[:open].text(), Line: first}
	inner := body[open+1 : closing]
	general := cells(nil)
	if g := inner.index("####", 0); g >= 0 {
		inner, general = inner[:g], inner[g+4:]
	}
	innerLine := body.lineOf(open, first)
	switch {
	case inner.blank():
		return fail(innerLine, Essay, id)
	case inner[firstNonSpace(inner)].r == '#' && !inner[firstNonSpace(inner)].esc:
		return fail(innerLine, Numerical, id)
	case inner.index("->", 0) >= 0:
		return fail(innerLine, Matching, id)
	}
	if p := readAnswers(q, inner, innerLine); p != nil {
		p.ID = id
		return nil, p
	}
	g := general.text()
	if g == "" {
		return fail(innerLine, NoExplanation, id)
	}
	if i := strings.LastIndex(g, "\n\n"+SourcePrefix); i >= 0 {
		q.Explanation, q.Source = strings.TrimSpace(g[:i]), strings.TrimSpace(g[i+2+len(SourcePrefix):])
	} else if rest, ok := strings.CutPrefix(g, SourcePrefix); ok {
		q.Source = strings.TrimSpace(rest)
	} else {
		q.Explanation = g
	}
	if q.Explanation == "" {
		return fail(general.lineOf(0, innerLine), NoExplanation, id)
	}
	if q.Source == "" {
		return fail(general.lineOf(0, innerLine), NoSource, id)
	}
	return q, nil
}

// firstNonSpace is the position of the first character of c that is no
// space, or 0.
func firstNonSpace(c cells) int {
	for i, x := range c {
		if x.esc || (x.r != ' ' && x.r != '\t' && x.r != '\n') {
			return i
		}
	}
	return 0
}

// readAnswers fills q's type and options from the inside of its answer
// block.
func readAnswers(q *course.Question, inner cells, line int) *Problem {
	// true/false: T, TRUE, F or FALSE, then #wrong feedback#right feedback
	head := inner
	if h := inner.index("#", 0); h >= 0 {
		head = inner[:h]
	}
	switch strings.ToUpper(head.text()) {
	case "T", "TRUE", "F", "FALSE":
		answer := strings.HasPrefix(strings.ToUpper(head.text()), "T")
		var fb []string
		rest := inner[len(head):]
		for len(rest) > 0 { // rest starts at a "#"
			next := rest.index("#", 1)
			if next < 0 {
				next = len(rest)
			}
			fb = append(fb, rest[1:next].text())
			rest = rest[next:]
		}
		if len(fb) < 2 || fb[0] == "" || fb[1] == "" {
			return &Problem{Line: line, Reason: NoFeedback}
		}
		wrong, right := fb[0], fb[1]
		q.Type = course.TrueFalse
		q.Options = []course.Option{{Text: "true", Correct: answer}, {Text: "false", Correct: !answer}}
		q.Options[0].Feedback, q.Options[1].Feedback = wrong, right
		if answer {
			q.Options[0].Feedback, q.Options[1].Feedback = right, wrong
		}
		return nil
	}
	// the answers: each starts at an unescaped = or ~
	var starts []int
	for i, x := range inner {
		if !x.esc && (x.r == '=' || x.r == '~') {
			starts = append(starts, i)
		}
	}
	if len(starts) == 0 || !inner[:starts[0]].blank() {
		return &Problem{Line: line, Reason: TooFewAnswers}
	}
	type answer struct {
		right    bool // marked =
		weight   float64
		weighted bool
		o        course.Option
		line     int
	}
	var as []answer
	for k, s := range starts {
		e := len(inner)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		part := inner[s+1 : e]
		a := answer{right: inner[s].r == '=', line: inner[s].line}
		if p := part.index("%", 0); p >= 0 && part[:p].blank() {
			if p2 := part.index("%", p+1); p2 > p {
				w, err := strconv.ParseFloat(strings.TrimSpace(part[p+1:p2].text()), 64)
				if err != nil {
					return &Problem{Line: a.line, Reason: BadWeight}
				}
				a.weight, a.weighted, part = w, true, part[p2+1:]
			}
		}
		txt, fb := part, cells(nil)
		if h := part.index("#", 0); h >= 0 {
			txt, fb = part[:h], part[h+1:]
		}
		a.o = course.Option{Text: txt.text(), Feedback: fb.text()}
		as = append(as, a)
	}
	eq, tilde, positive := 0, 0, 0
	for _, a := range as {
		if a.right {
			eq++
			if a.weighted {
				return &Problem{Line: a.line, Reason: Mixed}
			}
		} else {
			tilde++
			if a.weighted && a.weight > 0 {
				positive++
			}
		}
	}
	switch {
	case tilde == 0:
		return &Problem{Line: line, Reason: ShortAnswer}
	case eq > 1 || (eq == 1 && positive > 0):
		return &Problem{Line: line, Reason: Mixed}
	case eq == 0 && positive == 0:
		return &Problem{Line: line, Reason: NoRight}
	case len(as) < 2:
		return &Problem{Line: line, Reason: TooFewAnswers}
	}
	q.Type = course.Single
	if eq == 0 {
		q.Type = course.Multiple
	}
	for _, a := range as {
		if a.o.Text == "" {
			return &Problem{Line: a.line, Reason: EmptyAnswer}
		}
		if a.o.Feedback == "" {
			return &Problem{Line: a.line, Reason: NoFeedback}
		}
		a.o.Correct = a.right || (a.weighted && a.weight > 0)
		q.Options = append(q.Options, a.o)
	}
	return nil
}
