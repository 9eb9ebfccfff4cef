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
	"piketpalen/internal/textwrap"
	"piketpalen/internal/ui"
)

// quizModel asks the questions of an attempt one at a time and, after each
// answer, shows the feedback for the chosen options and the explanation.
type quizModel struct {
	*common
	m          *course.Module  // nil in a review round, whose questions come from every module
	att        *course.Attempt // in a review round, the round: never filed (see progress.State.Round)
	review     bool            // a review round (Herhaling), not a module's quiz
	intro      bool            // the quiz's intro is on screen, before the first question
	idx        int             // item on screen
	cursor     int             // position in the shown order; -1 until the learner chooses
	marked     map[int]bool    // shown positions ticked (multiple choice)
	feedback   bool            // the answer is given; feedback is on screen
	cursorLine int             // line of the content the cursor is on
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
	// A quiz not begun opens on its intro: how many questions, the pass
	// mark, that it may be taken again. Enter, the key that reads on, then
	// starts it instead of landing on a question.
	a.quiz.intro = a.quiz.idx == 0
	a.quiz.layout()
	a.saveNow()
	return nil
}

// startReview opens today's review round, or says that nothing is due.
// The round's answers are recorded one by one (progress.State.Reviewed),
// so leaving it halfway loses nothing: what was not asked stays due.
func (a *App) startReview() tea.Cmd {
	if a.loading {
		a.status = a.l.T(locale.QuizLoading)
		return nil
	}
	round := a.st.Round(a.c, a.o.Seed(), a.o.Now())
	if round == nil {
		a.status = a.l.T(locale.ReviewNone)
		return nil
	}
	a.screen = quizScreen
	a.quiz = quizModel{common: a.common, att: round, review: true, intro: true, vp: viewport.New()}
	a.quiz.begin()
	return nil
}

func (q *quizModel) question() *course.Question { return q.c.ItemQuestion(q.att, q.idx) }

// title is the quiz's name in the header: the module's, or the review's.
func (q *quizModel) title() string {
	if q.review {
		return q.l.T(locale.ReviewTitle)
	}
	return q.m.Title + " · " + q.l.T(locale.QuizTitle)
}

func (q *quizModel) begin() {
	// no option is chosen until the learner chooses one: an Enter meant
	// to read on must not answer the question
	q.cursor, q.marked, q.feedback = -1, map[int]bool{}, false
	q.layout()
	q.vp.GotoTop()
}

func (q *quizModel) layout() {
	q.vp.SetWidth(q.width)
	q.vp.SetHeight(q.vpHeight())
	q.vp.SetContent(q.content())
	if !q.feedback {
		q.keepCursorVisible()
	}
}

func (q *quizModel) keys() quizKeys {
	qu := q.question()
	k := newQuizKeys(q.l, len(qu.Options), qu.Type == course.Multiple, q.feedback, q.idx+1 >= len(q.att.Items), qu.Hint != "")
	if q.intro {
		k = k.forIntro()
	}
	return k
}

func (q *quizModel) key(msg tea.KeyPressMsg) tea.Cmd {
	qu := q.question()
	n := len(qu.Options)
	k := q.keys()
	if key.Matches(msg, k.Back) {
		q.send(goHomeMsg{save: true})
		return nil
	}
	if q.intro {
		if key.Matches(msg, k.Start) {
			q.intro = false
			q.layout()
			q.vp.GotoTop()
		} else {
			k.scroll.scrollBy(&q.vp, msg)
		}
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
	case key.Matches(msg, k.Hint):
		// shown from now on, also after answering and when the quiz is
		// resumed; saved at once, like an answer
		if q.att.TakeHint(q.idx) {
			q.send(saveMsg{now: true})
		}
	case key.Matches(msg, k.Up):
		q.cursor = (max(q.cursor, 0) + n - 1) % n
	case key.Matches(msg, k.Down):
		q.cursor = (q.cursor + 1) % n
	case key.Matches(msg, k.PageDown):
		q.vp.PageDown()
		return nil
	case key.Matches(msg, k.PageUp):
		q.vp.PageUp()
		return nil
	case key.Matches(msg, k.Tick):
		if q.cursor < 0 {
			q.send(statusMsg{q.l.T(locale.QuizChooseone)})
			return nil
		}
		q.marked[q.cursor] = !q.marked[q.cursor]
	case key.Matches(msg, k.Answer):
		if !k.multiple {
			if q.cursor < 0 {
				// nothing chosen: say so, record nothing
				q.send(statusMsg{q.l.T(locale.QuizChooseone)})
				return nil
			}
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
	right, err := q.c.AnswerShown(q.att, q.idx, shown)
	if err != nil {
		q.send(statusMsg{err.Error()})
		return nil
	}
	if q.review {
		q.st.Reviewed(q.c, q.att.Items[q.idx].Question, right, q.o.Now())
	}
	q.send(clearStatusMsg{q.l.T(locale.QuizChoosefirst)}, clearStatusMsg{q.l.T(locale.QuizChooseone)}, saveMsg{now: true})
	q.feedback = true
	q.vp.SetHeight(q.vpHeight())
	q.vp.SetContent(q.content())
	q.vp.GotoTop()
	return workshopCmd(q.o.Workshop, q.l, q.att.Module, q.att.Items[q.idx])
}

// verdictLines is how many lines the verdict takes above the feedback: it
// stays on screen, above what scrolls.
const verdictLines = 2

// vpHeight is the height of what scrolls: the screen's body, less the
// verdict once the question is answered.
func (q *quizModel) vpHeight() int {
	if q.feedback {
		return max(q.bodyHeight(1)-verdictLines, 1)
	}
	return q.bodyHeight(1)
}

// verdict is the line that says whether the answer was right and, when it
// was not, which answer is: shown above the feedback, so it is seen
// without scrolling at any screen size.
func (q *quizModel) verdict() string {
	qu := q.question()
	it := q.att.Items[q.idx]
	if it.Correct {
		return q.s.Good.Render(q.l.T(locale.QuizRight))
	}
	var right []string
	for p, oi := range it.Order {
		if qu.Options[oi].Correct {
			right = append(right, ui.OptionLabel(p))
		}
	}
	return q.s.Bad.Render(q.l.T(locale.QuizWrong)) + " " + q.s.Bold.Render(q.l.T(locale.QuizRightchoice, strings.Join(right, ", ")))
}

func (a *App) finishQuiz() tea.Cmd {
	if a.quiz.review {
		a.send(goHomeMsg{save: true}, statusMsg{a.l.T(locale.ReviewDone, a.quiz.att.Right(), len(a.quiz.att.Items))})
		return nil
	}
	att := a.st.FinishAttempt(a.c, a.quiz.m, a.o.Now())
	a.saveNow()
	a.screen = resultScreen
	a.result = newResult(a.common, a.quiz.m, att)
	return nil
}

// content is the question with its options, or after answering the
// feedback: what was chosen, whether that was right, and why.
func (q *quizModel) content() string {
	if q.intro {
		return q.introContent()
	}
	qu := q.question()
	it := q.att.Items[q.idx]
	w := min(q.width, maxTextWidth) - 4
	q.cursorLine = 0
	var b strings.Builder
	b.WriteString(ui.Para(qu.Text, w, "  ") + "\n\n")
	if it.Hinted && qu.Hint != "" {
		b.WriteString(ui.Para(q.l.T(locale.HintLabel)+" "+qu.Hint, w, "  ", q.s.Subtle) + "\n\n")
	}
	if qu.Type == course.Multiple && !q.feedback {
		b.WriteString(ui.Para(q.l.T(locale.QuizMultiple), w, "  ", q.s.Subtle) + "\n\n")
	}
	for p, oi := range it.Order {
		o := qu.Options[oi]
		var mark string
		switch {
		case q.feedback:
			chosen := chose(it, oi)
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
		lines := strings.Split(textwrap.Wrap(o.Text, w-9), "\n")
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
	for p, oi := range it.Order {
		o := qu.Options[oi]
		chosen := chose(it, oi)
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
		b.WriteString(ui.Para(o.Feedback, w, "  ") + "\n\n")
	}
	b.WriteString("  " + q.s.Bold.Render(q.l.T(locale.QuizExplanation)) + "\n")
	b.WriteString(ui.Para(qu.Explanation, w, "  ") + "\n\n")
	b.WriteString(ui.Para(q.l.T(locale.QuizSource, qu.Source), w, "  ", q.s.Subtle) + "\n")
	return b.String()
}

// introContent is the quiz's intro: what the quiz is, how many questions,
// the pass mark, how to answer, that it may be taken again, and how to
// start.
func (q *quizModel) introContent() string {
	w := min(q.width, maxTextWidth) - 4
	para := func(s string) string { return ui.Indent(textwrap.Wrap(s, w), "  ") + "\n\n" }
	var b strings.Builder
	if q.review {
		b.WriteString("  " + q.s.Heading.Render(ui.Truncate(q.l.T(locale.ReviewTitle), w)) + "\n\n")
		b.WriteString(para(q.l.T(locale.ReviewIntro, len(q.att.Items))))
		b.WriteString(para(q.l.T(locale.QuizIntroHow)))
		b.WriteString(ui.Indent(q.s.Bold.Render(textwrap.Wrap(q.l.T(locale.QuizIntroStart), w)), "  ") + "\n")
		return b.String()
	}
	b.WriteString("  " + q.s.Heading.Render(ui.Truncate(q.l.T(locale.QuizIntroTitle, q.m.Title), w)) + "\n\n")
	b.WriteString(para(q.l.T(locale.QuizIntroCount, len(q.att.Items), q.c.PassMark)))
	b.WriteString(para(q.l.T(locale.QuizIntroHow)))
	b.WriteString(para(q.l.T(locale.QuizIntroRetake)))
	b.WriteString(ui.Indent(q.s.Bold.Render(textwrap.Wrap(q.l.T(locale.QuizIntroStart), w)), "  ") + "\n")
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
	if q.intro {
		right = ""
	}
	body := q.vp.View()
	if q.feedback && !q.intro {
		w := q.width - 2
		body = " " + ui.Truncate(q.verdict(), w) + "\n\n" + body
		if lipgloss.Width(q.verdict()) > w {
			// too narrow for both on one line: the verdict's own line,
			// the right answer in the content below
			body = " " + ui.Truncate(q.s.Bad.Render(q.l.T(locale.QuizWrong)), w) + "\n\n" + q.vp.View()
		}
	}
	return q.frame(q.title(), right, body, q.footer(q.keys(), q.position()))
}

// position says which lines of a question or its feedback are on screen
// when they do not all fit, and that there is more below while there is:
// as the reader says it, so no one misses the feedback under the fold.
func (q *quizModel) position() string {
	if q.vp.TotalLineCount() <= q.vp.Height() {
		return ""
	}
	first := q.vp.YOffset() + 1
	last := min(first+q.vp.Height()-1, q.vp.TotalLineCount())
	pos := q.l.T(locale.ReaderScroll, first, last, q.vp.TotalLineCount()) + " · "
	if !q.vp.AtBottom() {
		pos = q.l.T(locale.PresentMore) + " · " + pos
	}
	return pos
}

// chose reports whether the learner chose option oi for item it.
func chose(it course.Item, oi int) bool { return slices.Contains(it.Chosen, oi) }
