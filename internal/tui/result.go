package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"piketpalen/course"
	"piketpalen/internal/ui"
)

// resultModel shows the score of a finished attempt and explains every
// question the learner got wrong.
type resultModel struct {
	m   *course.Module
	att *course.Attempt
	vp  viewport.Model
}

func newResult(a *App, m *course.Module, att *course.Attempt) resultModel {
	r := resultModel{m: m, att: att, vp: viewport.New()}
	r.layout(a)
	return r
}

func (r *resultModel) layout(a *App) {
	r.vp.SetWidth(a.width)
	r.vp.SetHeight(a.bodyHeight(1))
	r.vp.SetContent(r.content(a))
}

func (r *resultModel) key(a *App, msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "r":
		return a.startQuiz(r.m)
	case "enter", "esc", "backspace":
		a.goHome()
	default:
		scroll(&r.vp, msg.String())
	}
	return nil
}

func (r *resultModel) content(a *App) string {
	w := min(a.width, maxTextWidth) - 4
	var b strings.Builder
	att := r.att
	b.WriteString("  " + a.s.Bold.Render(a.l.T("result.score", att.Score, att.Correct, len(att.Items))) + "\n\n")
	if att.Passed {
		b.WriteString("  " + a.s.Good.Render(a.l.T("result.passed", a.c.PassMark)) + "\n")
	} else {
		b.WriteString("  " + a.s.Bad.Render(a.l.T("result.notpassed", a.c.PassMark)) + "\n")
	}
	wrong := 0
	for _, it := range att.Items {
		if !it.Correct {
			wrong++
		}
	}
	if wrong == 0 {
		b.WriteString("\n  " + a.l.T("result.allright") + "\n")
		return b.String()
	}
	b.WriteString("\n  " + a.s.Bold.Render(a.l.T("result.wrongheader", wrong)) + "\n")
	n := 0
	for _, it := range att.Items {
		if it.Correct {
			continue
		}
		n++
		q := r.m.Question(it.Question)
		b.WriteString("\n" + ui.Indent(lipgloss.Wrap(a.l.T("result.n", n)+" "+q.Text, w, " "), "  ") + "\n")
		for p, oi := range it.Order {
			o := q.Options[oi]
			chosen := slices.Contains(it.Chosen, oi)
			if !chosen && !o.Correct {
				continue
			}
			label := a.l.T("result.yours")
			if o.Correct && !chosen {
				label = a.l.T("result.right")
			} else if o.Correct {
				label = a.l.T("result.yoursright")
			}
			b.WriteString(ui.Indent(lipgloss.Wrap(label+" "+ui.OptionLabel(p)+". "+o.Text, w-2, " "), "    ") + "\n")
			if chosen {
				b.WriteString(ui.Indent(a.s.Subtle.Render(lipgloss.Wrap(o.Feedback, w-4, " ")), "      ") + "\n")
			}
		}
		b.WriteString(ui.Indent(lipgloss.Wrap(q.Explanation, w-2, " "), "    ") + "\n")
		b.WriteString(ui.Indent(a.s.Subtle.Render(lipgloss.Wrap(a.l.T("quiz.source", q.Source), w-2, " ")), "    ") + "\n")
	}
	return b.String()
}

func (r *resultModel) view(a *App) string {
	footer := ui.Hints(a.l.T("key.retake"), a.l.T("key.home"), a.l.T("key.scroll"), a.l.T("key.quit"))
	return a.frame(r.m.Title+" · "+a.l.T("result.title"), a.l.T("result.attempt", len(a.st.Record(r.m.ID).Attempts)), r.vp.View(), footer)
}
