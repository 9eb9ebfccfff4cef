package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/internal/theme"
	"piketpalen/internal/tuitest"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// warmCache renders every page of c at width, so the real program loop never
// waits on a background render and each key lands on a settled screen.
func warmCache(t *testing.T, a *App, width int) {
	t.Helper()
	for _, m := range a.c.Modules {
		for p := range m.Pages {
			if _, err := a.cache.RenderPage(pageKey(m, p, width), m.Pages[p].Markdown, a.pageIntro(m, p)); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// rightKeys are the keys that answer every question of the attempt seed
// draws right: the letter of each correct option, then enter to answer and
// enter to go on.
func rightKeys(c *course.Course, m *course.Module, seed uint64) []tea.Msg {
	att := c.NewAttempt(m, seed, testNow)
	var msgs []tea.Msg
	for _, it := range att.Items {
		q := m.Question(it.Question)
		for p, oi := range it.Order {
			if q.Options[oi].Correct {
				msgs = append(msgs, tuitest.Key(strings.ToLower(ui.OptionLabel(p))))
				if q.Type != course.Multiple {
					break
				}
			}
		}
		msgs = append(msgs, tuitest.Key("enter"), tuitest.Key("enter"))
	}
	return msgs
}

func runProgram(t *testing.T, app *App, msgs ...tea.Msg) *App {
	t.Helper()
	tm := tuitest.Program(t, app, 80, 24)
	for _, m := range msgs {
		tm.Send(m)
	}
	tm.Send(tuitest.Key("q"))
	return tuitest.Final(t, tm).(*App)
}

// TestProgramReadAndPass drives the real Bubble Tea program at 80×24: open
// the first module, read every page, take the quiz, pass it, back home.
func TestProgramReadAndPass(t *testing.T) {
	c := testCourse(t)
	ms := &memStore{}
	app := newTestApp(t, c, nil, ms)
	warmCache(t, app, 80)
	m := c.Modules[0]
	msgs := []tea.Msg{tuitest.Key("enter")}
	for range m.Pages {
		msgs = append(msgs, tuitest.Key("right")) // the last one leads to the quiz
	}
	msgs = append(msgs, rightKeys(c, m, testSeed)...)
	final := runProgram(t, app, msgs...)
	if final.screen != resultScreen {
		t.Fatalf("ended on screen %d, want the result", final.screen)
	}
	golden.RequireEqual(t, ansi.Strip(final.View().Content))
	st := ms.last
	if st == nil || len(st.Modules[m.ID].Attempts) != 1 || st.Modules[m.ID].Attempts[0].Score != 100 || len(st.Modules[m.ID].PagesRead) != len(m.Pages) {
		t.Fatalf("saved state: %+v", st)
	}
}

// TestProgramQuitMidQuizResume quits with q after two answers in one run of
// the program and resumes at question 3 in a second run.
func TestProgramQuitMidQuizResume(t *testing.T) {
	c := testCourse(t)
	m := c.Modules[0]
	ms := &memStore{}
	first := newTestApp(t, c, nil, ms)
	warmCache(t, first, 80)
	keys := rightKeys(c, m, testSeed)
	runProgram(t, first, append([]tea.Msg{tuitest.Key("t")}, keys[:4]...)...) // two questions: letter, enter, enter each (single choice)
	saved := ms.last
	if saved == nil || saved.Modules[m.ID].Open == nil {
		t.Fatal("no open attempt saved")
	}
	answered := saved.Modules[m.ID].Open.Next()
	if answered == 0 {
		t.Fatal("no answer saved")
	}
	second := newTestApp(t, c, saved, &memStore{})
	final := runProgram(t, second, tuitest.Key("enter"))
	if final.screen != quizScreen || final.quiz.idx != answered {
		t.Fatalf("resumed on screen %d at question %d, want the quiz at %d", final.screen, final.quiz.idx+1, answered+1)
	}
}

// TestProgramEnglish: --lang en switches every interface string; the
// course's own text stays Dutch.
func TestProgramEnglish(t *testing.T) {
	c := testCourse(t)
	app := New(Options{Learner: app.Learner{Course: c, State: progress.New(), Lang: locale.EN,
		Now: func() time.Time { return testNow }, Seed: func() uint64 { return testSeed }}, Theme: theme.Dark, SaveDelay: time.Millisecond})
	warmCache(t, app, 80)
	final := runProgram(t, app, tuitest.Key("t"), tuitest.Key("a"), tuitest.Key("enter"))
	s := ansi.Strip(final.View().Content)
	golden.RequireEqual(t, s)
	for _, want := range []string{"question 1 of 4", "Explanation", "Source:"} {
		if !strings.Contains(s, want) {
			t.Errorf("English screen lacks %q:\n%s", want, s)
		}
	}
	for _, dutch := range []string{"vraag 1 van", "Bron:", "terug", "volgende"} {
		if strings.Contains(s, dutch) {
			t.Errorf("English screen has Dutch interface text %q", dutch)
		}
	}
}
