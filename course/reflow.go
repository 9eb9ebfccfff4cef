package course

import (
	"regexp"
	"strings"
	"sync"
)

// listLine is a line that starts an item of a list ("- ", "* ", "1. ").
var listLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*([-*•]|[0-9]{1,2}[.)])\s`) })

// Reflow makes a text from a question file one flowing paragraph per
// paragraph: the line breaks an author typed in a YAML block ("|") to keep
// the file readable are not meant to show, and shown they break sentences
// mid-way on screen, in plain mode and on paper. A blank line (a new
// paragraph) stays, as does the break before an item of a list; every
// other line break becomes a space, and the whole is wrapped by whoever
// shows it, at their width, like the lessons are.
func Reflow(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " \t")
		if i > 0 {
			prev := strings.TrimSpace(lines[i-1])
			switch {
			case strings.TrimSpace(l) == "":
				// a blank line: the paragraph's end, written once below
				continue
			case prev == "":
				b.WriteString("\n\n")
			case listLine().MatchString(l):
				b.WriteString("\n")
			default:
				b.WriteString(" ")
				l = strings.TrimLeft(l, " \t")
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// reflow reflows every text of q that is shown as running text: the
// question, its options, their feedback and the explanation.
func (q *Question) reflow() {
	q.Text, q.Explanation = Reflow(q.Text), Reflow(q.Explanation)
	for i := range q.Options {
		q.Options[i].Text = Reflow(q.Options[i].Text)
		q.Options[i].Feedback = Reflow(q.Options[i].Feedback)
	}
}
