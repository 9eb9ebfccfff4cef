package gift

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/locale"
)

// Module is the questions of one $CATEGORY of a GIFT file, with the draw
// and discussion questions its piketpalen comments name.
type Module struct {
	ID         string // the category's last level; "" before any $CATEGORY
	Line       int
	Draw       int // 0: not given
	Discussion []string
	Questions  []*course.Question
}

// Problem is what Parse could not map, at a line of the file; Key words it.
type Problem struct {
	Line int
	Key  locale.Key
	Args []any
}

// Message is the problem as "file:line: what" in language l.
func (p Problem) Message(l locale.Lang, file string) string {
	return fmt.Sprintf("%s:%d: %s", file, p.Line, l.T(p.Key, p.Args...))
}

var (
	idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	idComment = regexp.MustCompile(`\[id:([^\x00-\x1F\x7F\]]+)\]`)
	fileBreak = regexp.MustCompile(`[ \t]*\n[ \t]*`)
	tagRe     = regexp.MustCompile(`\[tag:([^\x00-\x1F\x7F\]]+)\]`)
)

// Parse reads a GIFT file into modules of questions. Each question it
// cannot map to a piketpalen question is left out with a Problem at its
// line; so is a block that is not a question (a description).
func Parse(data []byte) ([]*Module, []Problem) {
	p := &parser{}
	text := strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n")
	lines := strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
	start := -1
	for i := 0; i <= len(lines); i++ {
		blank := i == len(lines) || strings.TrimSpace(lines[i]) == ""
		switch {
		case !blank && start < 0:
			start = i
		case blank && start >= 0:
			p.block(start+1, lines[start:i])
			start = -1
		}
	}
	var out []*Module
	for _, m := range p.mods {
		if m.ID != "" || len(m.Questions) > 0 {
			out = append(out, m)
		}
	}
	return out, p.problems
}

type parser struct {
	mods     []*Module
	problems []Problem
	seen     map[string]int // question id: its line
}

func (p *parser) problem(line int, key locale.Key, args ...any) {
	p.problems = append(p.problems, Problem{Line: line, Key: key, Args: args})
}

func (p *parser) current(line int) *Module {
	if len(p.mods) == 0 {
		p.mods = append(p.mods, &Module{Line: line})
	}
	return p.mods[len(p.mods)-1]
}

// block reads one run of non-blank lines starting at line first.
func (p *parser) block(first int, lines []string) {
	var id, kind, hint string
	body := make([]string, len(lines))
	var draw string
	var discussion []string
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "//") {
			body[i] = l
			continue
		}
		switch {
		case strings.HasPrefix(t, strings.TrimSpace(hintComment)):
			hint = uncomment(strings.TrimSpace(strings.TrimPrefix(t, strings.TrimSpace(hintComment))))
		case strings.HasPrefix(t, strings.TrimSpace(drawComment)):
			draw = strings.TrimSpace(strings.TrimPrefix(t, strings.TrimSpace(drawComment)))
		case strings.HasPrefix(t, strings.TrimSpace(discussionComment)):
			discussion = append(discussion, uncomment(strings.TrimSpace(strings.TrimPrefix(t, strings.TrimSpace(discussionComment)))))
		default:
			if m := idComment.FindStringSubmatch(t); m != nil {
				id = strings.TrimSpace(m[1])
			}
			for _, m := range tagRe.FindAllStringSubmatch(t, -1) {
				if k := course.QuestionKind(strings.TrimSpace(m[1])); isKind(k) {
					kind = string(k)
				}
			}
		}
	}
	text := strings.Join(body, "\n")
	trimmed := strings.TrimSpace(text)
	lineAt := func(off int) int { return first + strings.Count(text[:off], "\n") }
	if cat, ok := strings.CutPrefix(trimmed, "$CATEGORY:"); ok {
		line := lineAt(strings.Index(text, "$CATEGORY:"))
		m := &Module{ID: categoryID(strings.TrimSpace(strings.SplitN(cat, "\n", 2)[0])), Line: line, Discussion: discussion}
		if !idPattern.MatchString(m.ID) {
			p.problem(line, locale.GiftBadcategory, m.ID)
			m.ID = ""
		}
		if draw != "" {
			if n, err := strconv.Atoi(draw); err == nil && n > 0 {
				m.Draw = n
			}
		}
		p.mods = append(p.mods, m)
		return
	}
	if trimmed == "" {
		return
	}
	m := p.current(first)
	if draw != "" || len(discussion) > 0 {
		if n, err := strconv.Atoi(draw); err == nil && n > 0 {
			m.Draw = n
		}
		m.Discussion = append(m.Discussion, discussion...)
	}
	q, ok := p.question(text, lineAt)
	if !ok {
		return
	}
	if q.ID == "" {
		q.ID = id
	}
	line := q.Line
	if q.ID == "" {
		p.problem(line, locale.GiftNoid)
		return
	}
	if !idPattern.MatchString(q.ID) {
		p.problem(line, locale.GiftBadid, q.ID)
		return
	}
	if p.seen == nil {
		p.seen = map[string]int{}
	}
	if at, dup := p.seen[q.ID]; dup {
		p.problem(line, locale.GiftDuplicate, q.ID, at)
		return
	}
	p.seen[q.ID] = line
	q.Kind, q.Hint = course.QuestionKind(kind), hint
	m.Questions = append(m.Questions, q)
}

func isKind(k course.QuestionKind) bool {
	for _, x := range course.QuestionKinds {
		if x == k {
			return true
		}
	}
	return false
}

// categoryID is the last level of a Moodle category path ("a/b" → "b"; a
// doubled "//" is a slash inside a level).
func categoryID(path string) string {
	levels := strings.Split(strings.ReplaceAll(path, "//", "\x00"), "/")
	return strings.TrimSpace(strings.ReplaceAll(levels[len(levels)-1], "\x00", "/"))
}

// question reads one question's text; ok is false when it was reported.
func (p *parser) question(text string, lineAt func(int) int) (*course.Question, bool) {
	start := len(text) - len(strings.TrimLeft(text, " \t\n"))
	q := &course.Question{Line: lineAt(start)}
	s := text[start:]
	off := start
	if strings.HasPrefix(s, "::") {
		end := indexUnescaped(s[2:], "::")
		if end < 0 {
			p.problem(q.Line, locale.GiftNotitleend)
			return nil, false
		}
		q.ID = strings.TrimSpace(unescape(s[2 : 2+end]))
		s, off = s[2+end+2:], off+2+end+2
	}
	t := strings.TrimLeft(s, " \t\n")
	off += len(s) - len(t)
	s = t
	if strings.HasPrefix(s, "[") {
		if end := strings.Index(s, "]"); end > 0 && isFormat(s[1:end]) {
			s, off = s[end+1:], off+end+1
		}
	}
	open := indexUnescaped(s, "{")
	if open < 0 {
		p.problem(q.Line, locale.GiftNoanswers)
		return nil, false
	}
	closeAt := indexUnescaped(s[open+1:], "}")
	if closeAt < 0 {
		p.problem(lineAt(off+open), locale.GiftNoclose)
		return nil, false
	}
	closeAt += open + 1
	q.Text = textOf(s[:open])
	if strings.TrimSpace(s[closeAt+1:]) != "" {
		p.problem(lineAt(off+open), locale.GiftUnmappable, "missing word")
		return nil, false
	}
	answers := s[open+1 : closeAt]
	aline := lineAt(off + open)
	general := ""
	if g := indexUnescaped(answers, "####"); g >= 0 {
		general = answers[g+4:]
		answers = answers[:g]
	}
	a := strings.TrimSpace(answers)
	switch {
	case a == "":
		p.problem(aline, locale.GiftUnmappable, "essay")
		return nil, false
	case strings.HasPrefix(a, "#"):
		p.problem(aline, locale.GiftUnmappable, "numerical")
		return nil, false
	}
	if isTrueFalse(a) {
		parts := splitUnescaped(a, '#')
		right := strings.ToUpper(strings.TrimSpace(parts[0]))
		ans := right == "T" || right == "TRUE"
		var wrongFb, rightFb string
		if len(parts) > 1 {
			wrongFb = textOf(parts[1])
		}
		if len(parts) > 2 {
			rightFb = textOf(parts[2])
		}
		fbTrue, fbFalse := rightFb, wrongFb
		if !ans {
			fbTrue, fbFalse = wrongFb, rightFb
		}
		q.Type = course.TrueFalse
		q.Options = []course.Option{{Text: "true", Correct: ans, Feedback: fbTrue}, {Text: "false", Correct: !ans, Feedback: fbFalse}}
		if fbTrue == "" || fbFalse == "" {
			p.problem(aline, locale.GiftNofeedback, q.ID)
			return nil, false
		}
	} else if !p.choices(q, a, aline) {
		return nil, false
	}
	expl, src, ok := splitGeneral(textOf(general))
	if !ok {
		p.problem(aline, locale.GiftNogeneral, q.ID)
		return nil, false
	}
	q.Explanation, q.Source = expl, src
	return q, true
}

// choices reads the answers of a multiple-choice question into q.
func (p *parser) choices(q *course.Question, a string, line int) bool {
	type choice struct {
		right    bool
		weight   float64
		weighted bool
		text, fb string
	}
	var cs []choice
	for _, item := range splitItems(a) {
		c := choice{right: item[0] == '='}
		rest := item[1:]
		if r := strings.TrimLeft(rest, " \t\n"); strings.HasPrefix(r, "%") {
			if end := strings.Index(r[1:], "%"); end >= 0 {
				w, err := strconv.ParseFloat(strings.TrimSpace(r[1:1+end]), 64)
				if err != nil || w < -100 || w > 100 {
					p.problem(line, locale.GiftBadweight, r[1:1+end])
					return false
				}
				c.weight, c.weighted, rest = w, true, r[end+2:]
			}
		}
		if strings.Contains(rest, "->") && c.right {
			p.problem(line, locale.GiftUnmappable, "matching")
			return false
		}
		parts := splitUnescaped(rest, '#')
		c.text = textOf(parts[0])
		if len(parts) > 1 {
			c.fb = textOf(strings.Join(parts[1:], "#"))
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		p.problem(line, locale.GiftUnmappable, "short answer")
		return false
	}
	eq, tilde, weighted := 0, 0, false
	for _, c := range cs {
		if c.right {
			eq++
		} else {
			tilde++
		}
		weighted = weighted || c.weighted && !c.right
	}
	switch {
	case tilde == 0:
		p.problem(line, locale.GiftUnmappable, "short answer")
		return false
	case eq > 1:
		p.problem(line, locale.GiftManyright, q.ID)
		return false
	case eq == 1:
		q.Type = course.Single
		if weighted {
			for _, c := range cs {
				if !c.right && c.weight > 0 {
					p.problem(line, locale.GiftPartial, q.ID)
					break
				}
			}
		}
	case weighted:
		q.Type = course.Multiple
	default:
		p.problem(line, locale.GiftNoright, q.ID)
		return false
	}
	for _, c := range cs {
		right := c.right || q.Type == course.Multiple && c.weight > 0
		if c.fb == "" {
			p.problem(line, locale.GiftNofeedback, q.ID)
			return false
		}
		q.Options = append(q.Options, course.Option{Text: c.text, Correct: right, Feedback: c.fb})
	}
	return true
}

// splitGeneral splits the general feedback into the explanation and the
// source after its last "Bron: " or "Source: " paragraph.
func splitGeneral(g string) (expl, src string, ok bool) {
	at, n := -1, 0
	for _, label := range []string{sourceLabel("nl"), sourceLabel("en")} {
		if i := strings.LastIndex(g, "\n\n"+label); i > at {
			at, n = i, 2+len(label)
		}
		if strings.HasPrefix(g, label) && at < 0 {
			at, n = 0, len(label)
		}
	}
	if at < 0 {
		return "", "", false
	}
	expl, src = strings.TrimSpace(g[:at]), strings.TrimSpace(g[at+n:])
	return expl, src, expl != "" && src != ""
}

func isFormat(s string) bool {
	switch s {
	case "html", "markdown", "plain", "moodle":
		return true
	}
	return false
}

func isTrueFalse(a string) bool {
	head := strings.ToUpper(strings.TrimSpace(splitUnescaped(a, '#')[0]))
	switch head {
	case "T", "F", "TRUE", "FALSE":
		return true
	}
	return false
}

// splitItems splits the answers at each unescaped "=" or "~" that starts
// an answer; text before the first is dropped.
func splitItems(a string) []string {
	var items []string
	start := -1
	for i := 0; i < len(a); i++ {
		switch a[i] {
		case '\\':
			i++
		case '=', '~':
			if a[i] == '=' && i+1 < len(a) && a[i+1] == '>' {
				continue
			}
			if start >= 0 {
				items = append(items, a[start:i])
			}
			start = i
		}
	}
	if start >= 0 {
		items = append(items, a[start:])
	}
	return items
}

// indexUnescaped is the byte index of the first sep in s not preceded by
// an escaping backslash, or -1.
func indexUnescaped(s, sep string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], sep) {
			return i
		}
	}
	return -1
}

// splitUnescaped splits s at every unescaped sep.
func splitUnescaped(s string, sep byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case sep:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// textOf is a GIFT text as plain text: a line break in the file is a
// space (as Moodle reads it), the escapes undone, the ends trimmed.
func textOf(s string) string {
	return strings.TrimSpace(unescape(fileBreak.ReplaceAllString(s, " ")))
}

// unescape undoes Escape; a backslash before another character stays.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch c := s[i+1]; c {
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case '\\', '~', '=', '#', '{', '}', ':':
				b.WriteByte(c)
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
