package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/internal/theme"
	"piketpalen/internal/tuitest"
	"piketpalen/progress"
)

// appAt is newTestApp with the clock at now.
func appAt(t *testing.T, c *course.Course, st *progress.State, ms *memStore, now time.Time) *App {
	return New(Options{
		Learner: app.Learner{
			Course: c, State: st, Save: ms.save,
			Now:  func() time.Time { return now },
			Seed: func() uint64 { return testSeed },
		},
		Theme:     theme.Dark,
		SaveDelay: time.Millisecond,
	})
}

// oneWrong is a state in which the learner took module 1's quiz at when
// and got only its first question wrong; it returns that question.
func oneWrong(t *testing.T, c *course.Course, when time.Time) (*progress.State, string) {
	st := progress.New()
	m := c.Modules[0]
	a := st.OpenAttempt(c, m, 99, when)
	for i, it := range a.Items {
		q := m.Question(it.Question)
		chosen := q.CorrectOptions()
		if i == 0 {
			for o, opt := range q.Options {
				if !opt.Correct {
					chosen = []int{o}
					break
				}
			}
		}
		if _, err := c.Answer(a, i, chosen); err != nil {
			t.Fatal(err)
		}
	}
	st.FinishAttempt(c, m, when)
	return st, a.Items[0].Question
}

// TestReviewRoundJourney: a question answered wrong is not offered for
// review the same day; the next day the home screen says "Herhaling: 1
// vraag", r opens the round, the question is asked with its feedback as in
// the quiz, and back home the card has moved out while the module's
// attempts and score are as they were. At 60×20, after a resize too.
func TestReviewRoundJourney(t *testing.T) {
	c := testCourse(t)
	day := time.Date(2026, 3, 14, 20, 0, 0, 0, time.Local)
	st, wrong := oneWrong(t, c, day)
	attempts := len(st.Record(c.Modules[0].ID).Attempts)
	score := st.Status(c.Modules[0]).Best.Score

	same := appAt(t, c, st, &memStore{}, day.Add(3*time.Hour+59*time.Minute)) // 23:59
	d := newDriver(t, same, 60, 20)
	if v := d.screen(); strings.Contains(v, "Herhaling") {
		t.Fatalf("review offered on the day of the quiz:\n%s", v)
	}
	d.Keys("r")
	if !strings.Contains(same.status, "geen vragen om te herhalen") || same.screen != homeScreen {
		t.Errorf("r with nothing due: status %q, screen %v", same.status, same.screen)
	}

	ms := &memStore{}
	next := appAt(t, c, st, ms, day.Add(4*time.Hour+time.Minute)) // 00:01 the next day
	d = newDriver(t, next, 60, 20)
	if v := d.screen(); !strings.Contains(v, "Herhaling: 1 vraag") || !strings.Contains(v, "r herhaling") {
		t.Fatalf("home on the next day does not offer the review:\n%s", v)
	}
	tuitest.AssertFits(t, d.screen(), 60, 20)
	d.Keys("r")
	tuitest.AssertFits(t, d.screen(), 60, 20)
	if next.screen != quizScreen || !next.quiz.review || !strings.Contains(d.screen(), "telt niet mee") {
		t.Fatalf("r did not open the review's intro:\n%s", d.screen())
	}
	d.Keys("enter")
	if got := next.quiz.question().ID; got != wrong {
		t.Fatalf("the round asks %s, want %s", got, wrong)
	}
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	d.Keys(answerKeys(next, true)...)
	if v := d.screen(); !strings.Contains(v, "Goed") || !strings.Contains(v, "Herhaling") {
		t.Errorf("no feedback after the answer:\n%s", v)
	}
	tuitest.AssertFits(t, d.screen(), 60, 20)
	d.Keys("enter")
	if next.screen != homeScreen || !strings.Contains(next.status, "Herhaling klaar: 1 van 1 goed") {
		t.Fatalf("after the round: screen %v, status %q", next.screen, next.status)
	}
	if strings.Contains(d.screen(), "Herhaling: 1 vraag") {
		t.Error("the question is still offered after it was answered right")
	}
	cd := ms.last.Review[wrong]
	if cd == nil || cd.Box != 1 || cd.Due != "2026-03-18" {
		t.Errorf("saved card %+v, want box 1 due 2026-03-18", cd)
	}
	if n := len(ms.last.Record(c.Modules[0].ID).Attempts); n != attempts || ms.last.Status(c.Modules[0]).Best.Score != score {
		t.Errorf("the round changed the module: %d attempts, was %d", n, attempts)
	}
}

// TestHintShownAndRecorded: on a question with a hint the footer offers
// h; h shows the hint above the options and records it in the attempt at
// once; the result screen counts it. A question without a hint offers no h.
func TestHintShownAndRecorded(t *testing.T) {
	c := testCourse(t)
	for _, q := range c.Modules[0].Questions {
		q.Hint = "Denk aan de regel voor deze vraag."
	}
	ms := &memStore{}
	app := newTestApp(t, c, nil, ms)
	d := newDriver(t, app, 60, 20)
	d.Keys("t", "enter")
	if v := d.screen(); !strings.Contains(v, "h hint") || strings.Contains(v, "Hint:") {
		t.Fatalf("before h:\n%s", v)
	}
	d.Keys("h")
	if v := d.screen(); !strings.Contains(v, "Hint: Denk aan de regel") {
		t.Fatalf("h does not show the hint:\n%s", v)
	}
	if open := ms.last.Record(c.Modules[0].ID).Open; open == nil || !open.Items[0].Hinted {
		t.Fatal("the hint is not saved in the attempt")
	}
	d.answerAll(true)
	if v := app.result.content(); !strings.Contains(v, "Met een hint beantwoord: 1 vraag") {
		t.Errorf("the result does not count the hint:\n%s", v)
	}
	done := ms.last.Record(c.Modules[0].ID).Attempts
	if len(done) != 1 || !done[0].Items[0].Hinted || done[0].Items[1].Hinted {
		t.Errorf("finished attempt's hints: %+v", done)
	}

	plain := newTestApp(t, testCourse(t), nil, &memStore{})
	d = newDriver(t, plain, 80, 24)
	d.Keys("t", "enter")
	if v := d.screen(); strings.Contains(v, "hint") {
		t.Errorf("a question without a hint offers one:\n%s", v)
	}
}

// TestMultipleInstructionWraps: on a narrow screen the instruction of a
// question with more than one right answer is wrapped, not cut off.
func TestMultipleInstructionWraps(t *testing.T) {
	d := freshDriver(t, testCourse(t), 60, 20)
	d.Keys("t", "enter")
	if !d.toMultiple() {
		t.Fatal("the quiz of module 1 has no question with more than one right answer")
	}
	v := strings.Join(strings.Fields(d.screen()), " ")
	want := strings.Join(strings.Fields(d.app.l.T(locale.QuizMultiple)), " ")
	if !strings.Contains(v, want) {
		t.Errorf("the instruction %q is not whole at 60 columns:\n%s", want, d.screen())
	}
}
