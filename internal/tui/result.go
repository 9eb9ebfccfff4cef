package tui

import (
	"piketpalen/internal/locale"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"piketpalen/course"
	"piketpalen/internal/textwrap"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// resultModel shows the score of a finished attempt and explains every
// question the learner got wrong.
type resultModel struct {
	*common
	m   *course.Module
	att *course.Attempt
	vp  viewport.Model
}

func newResult(cm *common, m *course.Module, att *course.Attempt) resultModel {
	r := resultModel{common: cm, m: m, att: att, vp: viewport.New()}
	r.layout()
	return r
}

func (r *resultModel) layout() {
	r.vp.SetWidth(r.width)
	r.vp.SetHeight(r.bodyHeight(1))
	r.vp.SetContent(r.content())
}

func (r *resultModel) key(msg tea.KeyPressMsg) tea.Cmd {
	k := newResultKeys(r.l)
	switch {
	case key.Matches(msg, k.Retake):
		r.send(startQuizMsg{r.m})
	case key.Matches(msg, k.Home):
		r.send(goHomeMsg{})
	default:
		k.scroll.scrollBy(&r.vp, msg)
	}
	return nil
}

func (r *resultModel) content() string {
	w := min(r.width, maxTextWidth) - 4
	var b strings.Builder
	att := r.att
	b.WriteString("  " + r.s.Bold.Render(r.l.T(locale.ResultScore, att.Score, att.Correct, len(att.Items))) + "\n\n")
	switch st := r.st.Status(r.m); {
	case att.Passed:
		b.WriteString("  " + r.s.Good.Render(r.l.T(locale.ResultPassed, r.c.PassMark)) + "\n")
	case st.Stage == progress.Passed:
		// a retake after a pass: this attempt's score above, and that the
		// module stays passed with its best score, as the home screen says
		b.WriteString(ui.Indent(r.s.Good.Render(textwrap.Wrap(r.l.T(locale.ResultStillpassed, r.c.PassMark, st.Best.Score), w)), "  ") + "\n")
	default:
		b.WriteString(ui.Indent(r.s.Bad.Render(textwrap.Wrap(r.l.T(locale.ResultNotpassed, r.c.PassMark), w)), "  ") + "\n")
	}
	wrong := 0
	for _, it := range att.Items {
		if !it.Correct {
			wrong++
		}
	}
	if n := att.Hints(); n > 0 {
		b.WriteString("\n  " + r.s.Subtle.Render(r.l.N(locale.HintUsed, n)) + "\n")
	}
	if wrong == 0 {
		b.WriteString("\n  " + r.l.T(locale.ResultAllright) + "\n")
		return b.String()
	}
	b.WriteString("\n  " + r.s.Bold.Render(r.l.T(locale.ResultWrongheader, wrong)) + "\n")
	n := 0
	for _, it := range att.Items {
		if it.Correct {
			continue
		}
		n++
		q := r.m.Question(it.Question)
		// the question hangs under its own text, not under its number
		lead := r.l.T(locale.ResultN, n) + " "
		lines := strings.Split(textwrap.Wrap(q.Text, w-lipgloss.Width(lead)), "\n")
		b.WriteString("\n  " + lead + lines[0] + "\n")
		for _, l := range lines[1:] {
			b.WriteString("  " + strings.Repeat(" ", lipgloss.Width(lead)) + l + "\n")
		}
		for p, oi := range it.Order {
			o := q.Options[oi]
			chosen := chose(it, oi)
			if !chosen && !o.Correct {
				continue
			}
			label := r.l.T(locale.ResultYours)
			if o.Correct && !chosen {
				label = r.l.T(locale.ResultRight)
			} else if o.Correct {
				label = r.l.T(locale.ResultYoursright)
			}
			b.WriteString(ui.Para(label+" "+ui.OptionLabel(p)+". "+o.Text, w-2, "    ") + "\n")
			if chosen {
				b.WriteString(ui.Para(o.Feedback, w-4, "      ", r.s.Subtle) + "\n")
			}
		}
		b.WriteString(ui.Para(q.Explanation, w-2, "    ") + "\n")
		b.WriteString(ui.Para(r.l.T(locale.QuizSource, q.Source), w-2, "    ", r.s.Subtle) + "\n")
	}
	return b.String()
}

func (r *resultModel) view() string {
	return r.frame(r.m.Title+" · "+r.l.T(locale.ResultTitle), r.l.T(locale.ResultAttempt, len(r.st.Record(r.m.ID).Attempts)), r.vp.View(), r.footer(newResultKeys(r.l), ""))
}
