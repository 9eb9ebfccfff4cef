package tui

import (
	"piketpalen/internal/locale"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"piketpalen/course"
	"piketpalen/internal/ui"
)

// quizModel asks the questions of an attempt one at a time and, after each
// answer, shows the feedback for the chosen options and the explanation.
type quizModel struct {
	*common
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
		a.status = a.l.T(locale.QuizLoading)
		return nil
	}
	att := a.st.OpenAttempt(a.c, m, a.o.Seed(), a.o.Now())
	a.screen = quizScreen
	a.quiz = quizModel{common: a.common, m: m, att: att, vp: viewport.New()}
	a.quiz.idx = att.Next()
	if a.quiz.idx >= len(att.Items) {
		// every question was answered before the program stopped
		return a.finishQuiz()
	}
	a.quiz.begin()
	a.saveNow()
	return nil
}

func (q *quizModel) question() *course.Question { return q.m.Question(q.att.Items[q.idx].Question) }

func (q *quizModel) begin() {
	q.cursor, q.marked, q.feedback = 0, map[int]bool{}, false
	q.layout()
	q.vp.GotoTop()
}

func (q *quizModel) layout() {
	q.vp.SetWidth(q.width)
	q.vp.SetHeight(q.bodyHeight(1))
	q.vp.SetContent(q.content())
	if !q.feedback {
		q.keepCursorVisible()
	}
}

func (q *quizModel) keys() quizKeys {
	qu := q.question()
	return newQuizKeys(q.l, len(qu.Options), qu.Type == course.Multiple, q.feedback, q.idx+1 >= len(q.att.Items))
}

func (q *quizModel) key(msg tea.KeyPressMsg) tea.Cmd {
	qu := q.question()
	n := len(qu.Options)
	k := q.keys()
	if key.Matches(msg, k.Back) {
		q.send(goHomeMsg{save: true})
		return nil
	}
	if q.feedback {
		switch {
		case key.Matches(msg, k.Next):
			if k.last {
				q.send(finishQuizMsg{})
				return nil
			}
			q.idx++
			q.begin()
		default:
			k.scroll.scrollBy(&q.vp, msg)
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Up):
		q.cursor = (q.cursor + n - 1) % n
	case key.Matches(msg, k.Down):
		q.cursor = (q.cursor + 1) % n
	case key.Matches(msg, k.PageDown):
		q.vp.PageDown()
		return nil
	case key.Matches(msg, k.PageUp):
		q.vp.PageUp()
		return nil
	case key.Matches(msg, k.Tick):
		q.marked[q.cursor] = !q.marked[q.cursor]
	case key.Matches(msg, k.Answer):
		if !k.multiple {
			return q.answer([]int{q.cursor})
		}
		var shown []int
		for p, on := range q.marked {
			if on {
				shown = append(shown, p)
			}
		}
		if len(shown) == 0 {
			q.send(statusMsg{q.l.T(locale.QuizChoosefirst)})
			return nil
		}
		return q.answer(shown)
	case key.Matches(msg, k.Option):
		c := msg.String()[0]
		if c >= 'a' {
			q.cursor = int(c - 'a')
		} else {
			q.cursor = int(c - '1')
		}
		if k.multiple {
			q.marked[q.cursor] = !q.marked[q.cursor]
		}
	default:
		return nil
	}
	q.vp.SetContent(q.content())
	q.keepCursorVisible()
	return nil
}

// answer records the options at the given shown positions and saves at once:
// an answer is never lost, even if the program is closed right after.
func (q *quizModel) answer(shown []int) tea.Cmd {
	if _, err := q.c.AnswerShown(q.att, q.idx, shown); err != nil {
		q.send(statusMsg{err.Error()})
		return nil
	}
	q.send(clearStatusMsg{q.l.T(locale.QuizChoosefirst)}, saveMsg{now: true})
	q.feedback = true
	q.vp.SetContent(q.content())
	q.vp.GotoTop()
	return nil
}

func (a *App) finishQuiz() tea.Cmd {
	att := a.st.FinishAttempt(a.c, a.quiz.m, a.o.Now())
	a.saveNow()
	a.screen = resultScreen
	a.result = newResult(a.common, a.quiz.m, att)
	return nil
}

// content is the question with its options, or after answering the
// feedback: what was chosen, whether that was right, and why.
func (q *quizModel) content() string {
	qu := q.question()
	it := q.att.Items[q.idx]
	w := min(q.width, maxTextWidth) - 4
	var b strings.Builder
	b.WriteString(ui.Indent(lipgloss.Wrap(qu.Text, w, " "), "  ") + "\n\n")
	if qu.Type == course.Multiple && !q.feedback {
		b.WriteString("  " + q.s.Subtle.Render(q.l.T(locale.QuizMultiple)) + "\n\n")
	}
	for p, oi := range it.Order {
		o := qu.Options[oi]
		var mark string
		switch {
		case q.feedback:
			chosen := slices.Contains(it.Chosen, oi)
			switch {
			case chosen && o.Correct:
				mark = q.s.Good.Render("[✓]")
			case chosen:
				mark = q.s.Bad.Render("[✗]")
			case o.Correct:
				mark = q.s.Good.Render("[!]")
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
			cur = q.s.Selected.Render("> ")
			q.cursorLine = strings.Count(b.String(), "\n")
		}
		lines := strings.Split(lipgloss.Wrap(o.Text, w-9, " "), "\n")
		if !q.feedback && p == q.cursor {
			for i := range lines {
				lines[i] = q.s.Selected.Render(lines[i])
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
		b.WriteString("  " + q.s.Good.Render(q.l.T(locale.QuizRight)) + "\n\n")
	} else {
		b.WriteString("  " + q.s.Bad.Render(q.l.T(locale.QuizWrong)) + "\n\n")
	}
	for p, oi := range it.Order {
		o := qu.Options[oi]
		chosen := slices.Contains(it.Chosen, oi)
		if !chosen && !(o.Correct && !it.Correct) {
			continue
		}
		label := q.l.T(locale.QuizYourchoice, ui.OptionLabel(p))
		switch {
		case !chosen && qu.Type == course.Multiple:
			label = q.l.T(locale.QuizAlsoright, ui.OptionLabel(p))
		case !chosen:
			label = q.l.T(locale.QuizRightchoice, ui.OptionLabel(p))
		}
		b.WriteString("  " + q.s.Bold.Render(label) + "\n")
		b.WriteString(ui.Indent(lipgloss.Wrap(o.Feedback, w, " "), "  ") + "\n\n")
	}
	b.WriteString("  " + q.s.Bold.Render(q.l.T(locale.QuizExplanation)) + "\n")
	b.WriteString(ui.Indent(lipgloss.Wrap(qu.Explanation, w, " "), "  ") + "\n\n")
	b.WriteString(ui.Indent(q.s.Subtle.Render(lipgloss.Wrap(q.l.T(locale.QuizSource, qu.Source), w, " ")), "  ") + "\n")
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

func (q *quizModel) view() string {
	right := q.l.T(locale.QuizQuestionof, q.idx+1, len(q.att.Items))
	return q.frame(q.m.Title+" · "+q.l.T(locale.QuizTitle), right, q.vp.View(), q.footer(q.keys(), ""))
}
