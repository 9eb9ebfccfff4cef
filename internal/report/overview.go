// Package report prints a trainer's class overview as plain text: the
// participants, the pass rate per module as bars, the questions hardest
// first, and the files that did not count. It reads the same on a screen,
// in a pipe and on paper, and fits an 80-column console.
package report

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/fileread"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
	"piketpalen/internal/termsafe"
	"piketpalen/internal/textwrap"
	"piketpalen/internal/ui"
)

// plain is no style: the overview is text without colour.
var plain = lipgloss.NewStyle()

// tableWidth is the width the overview is laid out for: it fits an 80-column
// console, and a projector at a large font.
const tableWidth = 80

// Write prints the overview as plain text, at most tableWidth
// columns wide: a heading, the participants, the pass rate per module, the
// questions hardest first, and the files that did not count; in language l.
// The course's own texts (titles, questions, answers) stay as they are.
//
// Every text from a file (names, organisations, file names, course texts, the
// reasons a file is unreadable) is made safe with termsafe.String before it
// is laid out, so that a name cannot drive the trainer's terminal and the
// columns are measured on what is shown.
func Write(w io.Writer, l locale.Lang, c *course.Course, o *results.Overview) {
	o = safeOverview(o)
	p := &printer{w: w, l: l}
	p.line(l.T(locale.OverviewTitle, o.Course, o.Version))
	notCounted := o.Files - o.Counted()
	summary := l.T(locale.OverviewSummary, p.count(o.Files, locale.OverviewFiles), p.count(o.Counted(), locale.OverviewParticipants))
	if notCounted > 0 {
		summary += l.T(locale.OverviewNotcounted, notCounted)
	}
	p.wrap(summary+".", "")

	if o.Counted() > 0 {
		writeParticipants(p, o)
		writeClashes(p, o)
		writeModules(p, o)
		writeQuestions(p, c, o)
		writeItems(p, c, o)
	}
	writeProblems(p, o)
}

func writeParticipants(p *printer, o *results.Overview) {
	p.blank()
	p.line(p.l.T(locale.OverviewPeople, o.Counted()))
	const nameW, orgW = 30, 28
	p.line("  " + fit(p.l.T(locale.OverviewColName), nameW) + "  " + fit(p.l.T(locale.OverviewColOrg), orgW) + "  " + p.l.T(locale.OverviewColPassed))
	for _, pt := range o.Participants {
		p.line("  " + fit(pt.Name, nameW) + "  " + fit(pt.Organisation, orgW) + "  " + p.l.T(locale.OverviewPassedof, pt.Passed, pt.Modules))
	}
}

// writeClashes lists the names that different learners share, so that two
// rows with one name are not taken for a mistake.
func writeClashes(p *printer, o *results.Overview) {
	if len(o.Clashes) == 0 {
		return
	}
	p.blank()
	p.wrap(p.l.T(locale.OverviewClashes), "")
	for _, nc := range o.Clashes {
		p.wrap("- "+p.l.T(locale.OverviewClash, nc.Name, len(nc.Paths)), "  ")
		for _, path := range nc.Paths {
			p.wrap(path, "    ")
		}
	}
}

func writeModules(p *printer, o *results.Overview) {
	p.blank()
	p.line(p.l.T(locale.OverviewModules, p.count(o.Counted(), locale.OverviewParticipants)))
	const barW = 20
	figW := len(fmt.Sprintf("%d/%d", o.Counted(), o.Counted()))
	// "  " title "  " bar "  " figures "  " "100%"
	titleW := tableWidth - 2 - 2 - barW - 2 - figW - 2 - 4
	for _, m := range o.Modules {
		fig := fmt.Sprintf("%d/%d", m.Passed, m.Participants)
		p.line("  " + fit(m.Title, titleW) + "  " + ui.Bar(m.Passed, m.Participants, barW, plain, plain) + "  " +
			ui.PadLeft(fig, figW) + "  " + ui.PadLeft(fmt.Sprintf("%d%%", m.Percent()), 4))
	}
}

func writeQuestions(p *printer, c *course.Course, o *results.Overview) {
	p.blank()
	p.line(p.l.T(locale.OverviewQuestions))
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
		p.line("  " + ui.PadLeft(fmt.Sprintf("%d%%", pct), 4) + " " + ui.Bar(q.Right, q.Answered, barW, plain, plain) + " " +
			ui.PadLeft(fmt.Sprintf("%d/%d", q.Right, q.Answered), figW) + "  " + text[0])
		for _, l := range text[1:] {
			p.line(indent + l)
		}
		where := q.ID
		if m := c.Module(q.Module); m != nil {
			where += " · " + termsafe.String(strings.Join(strings.Fields(m.Title), " "))
		}
		p.line(indent + ansi.Truncate(where, textW, "…"))
		if q.Hinted > 0 {
			p.line(indent + ansi.Truncate(p.l.T(locale.OverviewHinted, q.Hinted, q.Answered), textW, "…"))
		}
		if q.Wrong.Count > 0 {
			label := p.l.T(locale.OverviewWrong, p.count(q.Wrong.Count, locale.OverviewTimes)) + " "
			for _, l := range clip(label+q.Wrong.Text, textW, 2) {
				p.line(indent + l)
			}
		}
	}
	switch {
	case len(nobody) == len(o.Questions):
		p.line("  " + p.l.T(locale.OverviewNoanswers))
	case len(nobody) > maxNobodyListed:
		p.blank()
		p.wrap(p.l.T(locale.OverviewNobodymany, len(nobody)), "  ")
	case len(nobody) > 0:
		p.blank()
		p.wrap(p.l.T(locale.OverviewNobody, len(nobody), strings.Join(nobody, ", ")), "  ")
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
	p.line(p.l.T(locale.OverviewProblems, p.count(len(o.Problems), locale.OverviewFiles)))
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
		return l.T(locale.OverviewDuplicate, pr.Learner, pr.Kept)
	case results.OtherVersion:
		return l.T(locale.OverviewOtherversion, who, pr.Version, o.Version, pr.Version)
	case results.OtherCourse:
		return l.T(locale.OverviewOthercourse, who, pr.Course)
	case results.Tampered:
		return l.T(locale.OverviewTampered, who)
	case results.OtherKey:
		return l.T(locale.OverviewOtherkey, who)
	default:
		return l.T(locale.OverviewUnreadable, reason(l, pr))
	}
}

// reason is why a file is unreadable, without the parts the line already
// says: the path and "not a readable result file". The reasons this program
// knows, and a file that is not there or may not be read, are worded in l;
// any other, such as a JSON syntax error, is the error's own text.
func reason(l locale.Lang, pr results.Problem) string {
	for _, r := range []struct {
		err error
		key locale.Key
	}{
		{results.ErrIsCertificate, locale.OverviewReasonCertificate},
		{results.ErrIsProgress, locale.OverviewReasonProgress},
		{results.ErrNotResultFile, locale.OverviewReasonNotresult},
		{results.ErrNewerFormat, locale.OverviewReasonNewer},
		{results.ErrTooLarge, locale.OverviewReasonToolarge},
		{fileread.ErrNotRegular, locale.OverviewReasonNotregular},
		{fs.ErrNotExist, locale.OverviewReasonNotexist},
		{fs.ErrPermission, locale.OverviewReasonPermission},
	} {
		if errors.Is(pr.Err, r.err) {
			return l.T(r.key)
		}
	}
	if pr.Err == nil {
		return l.T(locale.OverviewReasonUnknown)
	}
	s := pr.Err.Error()
	s = strings.TrimPrefix(s, "read result file "+pr.Path+": ")
	s = strings.TrimPrefix(s, results.ErrUnreadable.Error()+": ")
	return termsafe.String(s)
}

// safeOverview returns a copy of o in which every text that came from a
// file is made safe to show (see termsafe). The errors are left as they
// are, for errors.Is; reason makes their text safe. Paths keep their raw
// form in a field of their own for reason to trim.
func safeOverview(o *results.Overview) *results.Overview {
	out := *o
	out.Course, out.Version = termsafe.String(o.Course), termsafe.String(o.Version)
	out.Participants = make([]results.Participant, len(o.Participants))
	for i, pt := range o.Participants {
		pt.Name, pt.Organisation, pt.Path = termsafe.String(pt.Name), termsafe.String(pt.Organisation), termsafe.String(pt.Path)
		out.Participants[i] = pt
	}
	out.Modules = make([]results.ModuleStat, len(o.Modules))
	for i, m := range o.Modules {
		m.Title = termsafe.String(m.Title)
		out.Modules[i] = m
	}
	out.Questions = make([]results.QuestionStat, len(o.Questions))
	for i, q := range o.Questions {
		q.ID, q.Text, q.Wrong.Text = termsafe.String(q.ID), termsafe.String(q.Text), termsafe.String(q.Wrong.Text)
		out.Questions[i] = q
	}
	out.Clashes = make([]results.NameClash, len(o.Clashes))
	for i, nc := range o.Clashes {
		nc.Name = termsafe.String(nc.Name)
		paths := make([]string, len(nc.Paths))
		for j, p := range nc.Paths {
			paths[j] = termsafe.String(p)
		}
		nc.Paths = paths
		out.Clashes[i] = nc
	}
	out.Problems = make([]results.Problem, len(o.Problems))
	for i, pr := range o.Problems {
		if pr.Err != nil {
			pr.Err = safeErr{err: pr.Err, path: pr.Path}
		}
		pr.Path, pr.Learner, pr.Course, pr.Version, pr.Kept = termsafe.String(pr.Path), termsafe.String(pr.Learner), termsafe.String(pr.Course), termsafe.String(pr.Version), termsafe.String(pr.Kept)
		out.Problems[i] = pr
	}
	return &out
}

// safeErr is a problem's error whose text names the path already made safe,
// so that reason can take it off; errors.Is still sees the error within.
type safeErr struct {
	err  error
	path string
}

func (e safeErr) Error() string {
	return strings.Replace(e.err.Error(), "read result file "+e.path+": ", "read result file "+termsafe.String(e.path)+": ", 1)
}

func (e safeErr) Unwrap() error { return e.err }

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
	for _, l := range wrapWords(s, tableWidth-ansi.StringWidth(indent), true) {
		fmt.Fprintln(p.w, indent+l)
	}
}

// wrapWords breaks s at spaces into lines of at most width columns (x/ansi's
// word wrap); a word longer than a line is broken where the line ends when
// hard, else left whole on a line of its own. Runs of white space count as
// one space.
func wrapWords(s string, width int, hard bool) []string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return nil
	}
	wrapped := textwrap.Wordwrap(s, width)
	if hard {
		wrapped = textwrap.WrapAt(s, width, "")
	}
	lines := strings.Split(wrapped, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// clip breaks s at spaces into at most n lines of at most width columns;
// when it needs more, the last line is cut short with "…". It always
// returns at least one line.
func clip(s string, width, n int) []string {
	lines := wrapWords(s, width, false)
	if len(lines) == 0 {
		lines = []string{""}
	}
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

// count writes n with a noun in the printer's language: "1 bestand", "3
// bestanden".
func (p *printer) count(n int, key locale.Key) string { return p.l.N(key, n) }
