// Package overview prints a trainer's class overview as plain text: the
// participants, the pass rate per module as bars, the questions hardest
// first, and the files that did not count. It reads the same on a screen,
// in a pipe and on paper, and fits an 80-column console.
package report

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
)

// tableWidth is the width the overview is laid out for: it fits an 80-column
// console, and a projector at a large font.
const tableWidth = 80

// Write prints the overview as plain text, at most tableWidth
// columns wide: a heading, the participants, the pass rate per module, the
// questions hardest first, and the files that did not count; in language l.
// The course's own texts (titles, questions, answers) stay as they are.
func Write(w io.Writer, l locale.Lang, c *course.Course, o *results.Overview) {
	p := &printer{w: w, l: l}
	p.line(l.T("overview.title", o.Course, o.Version))
	notCounted := o.Files - o.Counted()
	summary := l.T("overview.summary", p.count(o.Files, "overview.files"), p.count(o.Counted(), "overview.participants"))
	if notCounted > 0 {
		summary += l.T("overview.notcounted", notCounted)
	}
	p.wrap(summary+".", "")

	if o.Counted() > 0 {
		writeParticipants(p, o)
		writeModules(p, o)
		writeQuestions(p, c, o)
	}
	writeProblems(p, o)
}

func writeParticipants(p *printer, o *results.Overview) {
	p.blank()
	p.line(p.l.T("overview.people", o.Counted()))
	const nameW, orgW = 30, 28
	p.line("  " + fit(p.l.T("overview.col.name"), nameW) + "  " + fit(p.l.T("overview.col.org"), orgW) + "  " + p.l.T("overview.col.passed"))
	for _, pt := range o.Participants {
		p.line("  " + fit(pt.Name, nameW) + "  " + fit(pt.Organisation, orgW) + "  " + p.l.T("overview.passedof", pt.Passed, pt.Modules))
	}
}

func writeModules(p *printer, o *results.Overview) {
	p.blank()
	p.line(p.l.T("overview.modules", p.count(o.Counted(), "overview.participants")))
	const barW = 20
	figW := len(fmt.Sprintf("%d/%d", o.Counted(), o.Counted()))
	// "  " title "  " bar "  " figures "  " "100%"
	titleW := tableWidth - 2 - 2 - barW - 2 - figW - 2 - 4
	for _, m := range o.Modules {
		fig := fmt.Sprintf("%d/%d", m.Passed, m.Participants)
		p.line("  " + fit(m.Title, titleW) + "  " + bar(m.Passed, m.Participants, barW) + "  " +
			padLeft(fig, figW) + "  " + padLeft(fmt.Sprintf("%d%%", m.Percent()), 4))
	}
}

func writeQuestions(p *printer, c *course.Course, o *results.Overview) {
	p.blank()
	p.line(p.l.T("overview.questions"))
	const barW = 10
	figW := len(fmt.Sprintf("%d/%d", o.Counted(), o.Counted()))
	// "  " "100%" " " bar " " figures "  " text
	lead := 2 + 4 + 1 + barW + 1 + figW + 2
	indent := strings.Repeat(" ", lead)
	textW := tableWidth - lead
	var nobody []string
	for _, q := range o.Questions {
		pct, ok := q.Percent()
		if !ok {
			nobody = append(nobody, q.ID)
			continue
		}
		text := clip(q.Text, textW, 2)
		p.line("  " + padLeft(fmt.Sprintf("%d%%", pct), 4) + " " + bar(q.Right, q.Answered, barW) + " " +
			padLeft(fmt.Sprintf("%d/%d", q.Right, q.Answered), figW) + "  " + text[0])
		for _, l := range text[1:] {
			p.line(indent + l)
		}
		where := q.ID
		if m := c.Module(q.Module); m != nil {
			where += " · " + strings.Join(strings.Fields(m.Title), " ")
		}
		p.line(indent + ansi.Truncate(where, textW, "…"))
		if q.Wrong.Count > 0 {
			label := p.l.T("overview.wrong", p.count(q.Wrong.Count, "overview.times")) + " "
			for _, l := range clip(label+q.Wrong.Text, textW, 2) {
				p.line(indent + l)
			}
		}
	}
	switch {
	case len(nobody) == len(o.Questions):
		p.line("  " + p.l.T("overview.noanswers"))
	case len(nobody) > maxNobodyListed:
		p.blank()
		p.wrap(p.l.T("overview.nobodymany", len(nobody)), "  ")
	case len(nobody) > 0:
		p.blank()
		p.wrap(p.l.T("overview.nobody", len(nobody), strings.Join(nobody, ", ")), "  ")
	}
}

// maxNobodyListed is how many unanswered questions are named by id; more
// are only counted, since a long list of ids says little on a screen.
const maxNobodyListed = 12

func writeProblems(p *printer, o *results.Overview) {
	if len(o.Problems) == 0 {
		return
	}
	p.blank()
	p.line(p.l.T("overview.problems", p.count(len(o.Problems), "overview.files")))
	for _, pr := range o.Problems {
		p.wrap("- "+pr.Path, "  ")
		p.wrap(problemText(p.l, pr, o), "    ")
	}
}

// problemText says in language l why a file did not count and what the
// trainer can do about it.
func problemText(l locale.Lang, pr results.Problem, o *results.Overview) string {
	who := ""
	if pr.Learner != "" {
		who = " (" + pr.Learner + ")"
	}
	switch pr.Kind {
	case results.Duplicate:
		return l.T("overview.duplicate", pr.Learner, pr.Kept)
	case results.OtherVersion:
		return l.T("overview.otherversion", who, pr.Version, o.Version, pr.Version)
	case results.OtherCourse:
		return l.T("overview.othercourse", who, pr.Course)
	case results.Tampered:
		return l.T("overview.tampered", who)
	case results.OtherKey:
		return l.T("overview.otherkey", who)
	default:
		return l.T("overview.unreadable", reason(l, pr))
	}
}

// reason is why a file is unreadable, without the parts the line already
// says: the path and "not a readable result file". The reasons this program
// knows are worded in l; any other, such as a JSON syntax error or a file
// that is not there, is the error's own text.
func reason(l locale.Lang, pr results.Problem) string {
	for _, r := range []struct {
		err error
		key string
	}{
		{results.ErrIsCertificate, "overview.reason.certificate"},
		{results.ErrIsProgress, "overview.reason.progress"},
		{results.ErrNotResultFile, "overview.reason.notresult"},
		{results.ErrNewerFormat, "overview.reason.newer"},
		{results.ErrTooLarge, "overview.reason.toolarge"},
	} {
		if errors.Is(pr.Err, r.err) {
			return l.T(r.key)
		}
	}
	if pr.Err == nil {
		return l.T("overview.reason.unknown")
	}
	s := pr.Err.Error()
	s = strings.TrimPrefix(s, "read result file "+pr.Path+": ")
	s = strings.TrimPrefix(s, results.ErrUnreadable.Error()+": ")
	return s
}

// printer writes lines and remembers nothing but the writer and the
// language; it exists so the layout functions read as a list of lines.
type printer struct {
	w io.Writer
	l locale.Lang
}

func (p *printer) line(s string) {
	fmt.Fprintln(p.w, ansi.Truncate(s, tableWidth, "…"))
}

func (p *printer) blank() { fmt.Fprintln(p.w) }

// wrap writes s in lines of at most tableWidth columns, breaking at spaces;
// lines after the first start with indent (the first too, when s has no
// indent of its own). A word longer than a line, such as a long path, is
// broken where the line ends.
func (p *printer) wrap(s, indent string) {
	width := tableWidth - ansi.StringWidth(indent)
	line := ""
	flush := func() {
		fmt.Fprintln(p.w, indent+line)
		line = ""
	}
	for _, word := range strings.Fields(s) {
		for ansi.StringWidth(word) > width {
			if line != "" {
				flush()
			}
			head := ansi.Truncate(word, width, "")
			line = head
			flush()
			word = word[len(head):]
		}
		switch {
		case line == "":
			line = word
		case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= width:
			line += " " + word
		default:
			flush()
			line = word
		}
	}
	if line != "" {
		flush()
	}
}

// clip breaks s at spaces into at most n lines of at most width columns;
// when it needs more, the last line is cut short with "…". It always
// returns at least one line.
func clip(s string, width, n int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	lines = append(lines, line)
	if len(lines) > n {
		lines = append(lines[:n-1], strings.Join(lines[n-1:], " ")+" ")
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	return lines
}

// fit pads s with spaces to exactly width columns, or shortens it with "…".
func fit(s string, width int) string {
	s = ansi.Truncate(strings.Join(strings.Fields(s), " "), width, "…")
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}

func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-ansi.StringWidth(s))) + s
}

// bar draws part/whole as width cells of full blocks and light shade, the
// characters every console font has. A share above 0 shows at least one
// block and a share below 100% at least one empty cell, so that neither
// looks like the extreme it is not; the figures beside it are exact.
func bar(part, whole, width int) string {
	filled := 0
	if whole > 0 {
		filled = (2*part*width + whole) / (2 * whole)
		if part > 0 {
			filled = max(filled, 1)
		}
		if part < whole {
			filled = min(filled, width-1)
		}
	}
	return strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
}

// count writes n with a noun in the printer's language: the text of key+".one"
// for 1 ("1 bestand"), else that of key with n ("3 bestanden").
func (p *printer) count(n int, key string) string {
	if n == 1 {
		return p.l.T(key + ".one")
	}
	return p.l.T(key, n)
}
