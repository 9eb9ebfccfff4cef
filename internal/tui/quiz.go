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

// quizModel asks the questions of an attempt one at a time and, after each
// answer, shows the feedback for the chosen options and the explanation.
type quizModel struct {
	m          *course.Module
	att        *course.Attempt
	idx        int          // item on screen
	cursor     int          // position in the shown order
	marked     map[int]bool // shown positions ticked (multiple choice)
	feedback   bool         // the answer is given; feedback is on screen
	cursorLine int          // line of the content the cursor is on
	vp         viewport.Model
}

// startQuiz resumes the module's open attempt or starts a new one.
func (a *App) startQuiz(m *course.Module) tea.Cmd {
	if a.loading {
		a.pendingQuiz = m.ID
		a.status = a.l.T("quiz.loading")
		return nil
	}
	att := a.st.OpenAttempt(a.c, m, a.o.Seed(), a.o.Now())
	a.screen = quizScreen
	a.quiz = quizModel{m: m, att: att, vp: viewport.New()}
	a.quiz.idx = att.Next()
	if a.quiz.idx >= len(att.Items) {
		// every question was answered before the program stopped
		return a.finishQuiz()
	}
	a.quiz.begin(a)
	a.saveNow()
	return nil
}

func (q *quizModel) question() *course.Question { return q.m.Question(q.att.Items[q.idx].Question) }

func (q *quizModel) begin(a *App) {
	q.cursor, q.marked, q.feedback = 0, map[int]bool{}, false
	q.layout(a)
	q.vp.GotoTop()
}

func (q *quizModel) layout(a *App) {
	q.vp.SetWidth(a.width)
	q.vp.SetHeight(a.bodyHeight(1))
	q.vp.SetContent(q.content(a))
	if !q.feedback {
		q.keepCursorVisible()
	}
}

func (q *quizModel) key(a *App, msg tea.KeyPressMsg) tea.Cmd {
	qu := q.question()
	n := len(qu.Options)
	k := msg.String()
	if k == "esc" || k == "backspace" {
		a.saveNow()
		a.goHome()
		return nil
	}
	if q.feedback {
		switch k {
		case "enter", "right", "l", "n":
			if q.idx+1 >= len(q.att.Items) {
				return a.finishQuiz()
			}
			q.idx++
			q.begin(a)
		default:
			scroll(&q.vp, k)
		}
		return nil
	}
	switch k {
	case "up", "k":
		q.cursor = (q.cursor + n - 1) % n
	case "down", "j", "tab":
		q.cursor = (q.cursor + 1) % n
	case "pgdown":
		q.vp.PageDown()
		return nil
	case "pgup":
		q.vp.PageUp()
		return nil
	case "space", "x":
		if qu.Type == course.Multiple {
			q.marked[q.cursor] = !q.marked[q.cursor]
		}
	case "enter":
		if qu.Type != course.Multiple {
			return q.answer(a, []int{q.cursor})
		}
		var shown []int
		for p, on := range q.marked {
			if on {
				shown = append(shown, p)
			}
		}
		if len(shown) == 0 {
			a.status = a.l.T("quiz.choosefirst")
			return nil
		}
		return q.answer(a, shown)
	default:
		if len(k) == 1 && k[0] >= '1' && k[0] <= '9' && int(k[0]-'1') < n {
			q.cursor = int(k[0] - '1')
			if qu.Type == course.Multiple {
				q.marked[q.cursor] = !q.marked[q.cursor]
			}
		} else if len(k) == 1 && k[0] >= 'a' && k[0] <= 'i' && int(k[0]-'a') < n {
			q.cursor = int(k[0] - 'a')
			if qu.Type == course.Multiple {
				q.marked[q.cursor] = !q.marked[q.cursor]
			}
		}
	}
	q.vp.SetContent(q.content(a))
	q.keepCursorVisible()
	return nil
}

// answer records the options at the given shown positions and saves at once:
// an answer is never lost, even if the program is closed right after.
func (q *quizModel) answer(a *App, shown []int) tea.Cmd {
	if _, err := a.c.AnswerShown(q.att, q.idx, shown); err != nil {
		a.status = err.Error()
		return nil
	}
	if strings.HasPrefix(a.status, a.l.T("quiz.choosefirst")) {
		a.status = ""
	}
	q.feedback = true
	a.saveNow()
	q.vp.SetContent(q.content(a))
	q.vp.GotoTop()
	return nil
}

func (a *App) finishQuiz() tea.Cmd {
	att := a.st.FinishAttempt(a.c, a.quiz.m, a.o.Now())
	a.saveNow()
	a.screen = resultScreen
	a.result = newResult(a, a.quiz.m, att)
	return nil
}

// content is the question with its options, or after answering the
// feedback: what was chosen, whether that was right, and why.
func (q *quizModel) content(a *App) string {
	qu := q.question()
	it := q.att.Items[q.idx]
	w := min(a.width, maxTextWidth) - 4
	var b strings.Builder
	b.WriteString(ui.Indent(lipgloss.Wrap(qu.Text, w, " "), "  ") + "\n\n")
	if qu.Type == course.Multiple && !q.feedback {
		b.WriteString("  " + a.s.Subtle.Render(a.l.T("quiz.multiple")) + "\n\n")
	}
	for p, oi := range it.Order {
		o := qu.Options[oi]
		var mark string
		switch {
		case q.feedback:
			chosen := slices.Contains(it.Chosen, oi)
			switch {
			case chosen && o.Correct:
				mark = a.s.Good.Render("[✓]")
			case chosen:
				mark = a.s.Bad.Render("[✗]")
			case o.Correct:
				mark = a.s.Good.Render("[!]")
			default:
				mark = "[ ]"
			}
		case qu.Type == course.Multiple:
			mark = "[ ]"
			if q.marked[p] {
				mark = "[x]"
			}
		default:
			mark = "( )"
			if p == q.cursor {
				mark = "(•)"
			}
		}
		cur := "  "
		if !q.feedback && p == q.cursor {
			cur = a.s.Selected.Render("> ")
			q.cursorLine = strings.Count(b.String(), "\n")
		}
		lines := strings.Split(lipgloss.Wrap(o.Text, w-9, " "), "\n")
		if !q.feedback && p == q.cursor {
			for i := range lines {
				lines[i] = a.s.Selected.Render(lines[i])
			}
		}
		b.WriteString(cur + mark + " " + ui.OptionLabel(p) + ". " + lines[0] + "\n")
		for _, l := range lines[1:] {
			b.WriteString("         " + l + "\n")
		}
	}
	if !q.feedback {
		return b.String()
	}
	b.WriteString("\n")
	if it.Correct {
		b.WriteString("  " + a.s.Good.Render(a.l.T("quiz.right")) + "\n\n")
	} else {
		b.WriteString("  " + a.s.Bad.Render(a.l.T("quiz.wrong")) + "\n\n")
	}
	for p, oi := range it.Order {
		o := qu.Options[oi]
		chosen := slices.Contains(it.Chosen, oi)
		if !chosen && !(o.Correct && !it.Correct) {
			continue
		}
		label := a.l.T("quiz.yourchoice", ui.OptionLabel(p))
		switch {
		case !chosen && qu.Type == course.Multiple:
			label = a.l.T("quiz.alsoright", ui.OptionLabel(p))
		case !chosen:
			label = a.l.T("quiz.rightchoice", ui.OptionLabel(p))
		}
		b.WriteString("  " + a.s.Bold.Render(label) + "\n")
		b.WriteString(ui.Indent(lipgloss.Wrap(o.Feedback, w, " "), "  ") + "\n\n")
	}
	b.WriteString("  " + a.s.Bold.Render(a.l.T("quiz.explanation")) + "\n")
	b.WriteString(ui.Indent(lipgloss.Wrap(qu.Explanation, w, " "), "  ") + "\n\n")
	b.WriteString(ui.Indent(a.s.Subtle.Render(lipgloss.Wrap(a.l.T("quiz.source", qu.Source), w, " ")), "  ") + "\n")
	return b.String()
}

// keepCursorVisible scrolls so the option under the cursor is on screen.
func (q *quizModel) keepCursorVisible() {
	i := q.cursorLine
	if i >= q.vp.YOffset()+q.vp.Height() {
		q.vp.SetYOffset(i - q.vp.Height() + 1)
	} else if i < q.vp.YOffset() {
		q.vp.SetYOffset(i)
	}
}

func (q *quizModel) view(a *App) string {
	right := a.l.T("quiz.questionof", q.idx+1, len(q.att.Items))
	hint := ui.Hints(a.l.T("key.choose"), a.l.T("key.answer"), a.l.T("key.back"), a.l.T("key.help"))
	if q.question().Type == course.Multiple {
		hint = ui.Hints(a.l.T("key.choose"), a.l.T("key.tick"), a.l.T("key.confirm"), a.l.T("key.back"))
	}
	if q.feedback {
		next := a.l.T("key.nextquestion")
		if q.idx+1 >= len(q.att.Items) {
			next = a.l.T("key.toresult")
		}
		hint = ui.Hints(next, a.l.T("key.scroll"), a.l.T("key.back"), a.l.T("key.help"))
	}
	return a.frame(q.m.Title+" · "+a.l.T("quiz.title"), right, q.vp.View(), hint)
}
