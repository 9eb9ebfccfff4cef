package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/internal/theme"
	"piketpalen/progress"
)

// shot is one screen of a tour: what it is and what the terminal shows.
type shot struct {
	name, screen string
	raw          string // the screen as drawn, before it is cut to the terminal
}

// rawView is what a's screen draws before ui.Screen cuts it to the
// terminal's size, colours stripped.
func rawView(a *App) string {
	if a.help {
		return ansi.Strip(a.helpView())
	}
	return ansi.Strip(a.current().view())
}

// tour walks a learner through every kind of screen the course has — the
// home screen and its help, each page of the first module and the reader's
// help, the quiz's questions and help, feedback on a wrong and on a right
// answer, the result of a failed and of a passed attempt, the home screen
// after a pass, and both forms — at w×h in lang and style, and returns each
// screen as the terminal shows it (colours stripped).
func tour(t *testing.T, c *course.Course, lang locale.Lang, style theme.Name, w, h int) []shot {
	t.Helper()
	ms := &memStore{}
	learner := func(st *progress.State) app.Learner {
		return app.Learner{Course: c, State: st, Save: ms.save, DataDir: "/home/jan/.config/piketpalen", Lang: lang,
			Now: func() time.Time { return testNow }, Seed: func() uint64 { return testSeed }}
	}
	d := newDriver(t, New(Options{Learner: learner(nil), Theme: style, SaveDelay: time.Millisecond}), w, h)
	var shots []shot
	snap := func(name string) { shots = append(shots, shot{name, d.screen(), rawView(d.app)}) }
	snap("home")
	d.Keys("?")
	snap("home-help")
	d.Keys("esc")
	d.Keys("enter")
	m := c.Modules[0]
	for p := range m.Pages {
		snap(fmt.Sprintf("page%d", p+1))
		if p == 0 {
			d.Keys("?")
			snap("reader-help")
			d.Keys("esc")
		}
		d.Keys("end")
		snap(fmt.Sprintf("page%d-end", p+1))
		d.Keys("right")
	}
	// the last page leads to the quiz's intro; enter starts it
	snap("quiz-intro")
	d.Keys("enter")
	snap("question-nothing-chosen")
	d.Keys("enter")
	snap("question-enter-with-nothing-chosen")
	// every question once wrong: a failed attempt
	// round answers every question, right or wrong, and snaps each
	// feedback as name-feedbackN; ask(i) comes before the answer to
	// question i.
	round := func(right bool, name string, ask func(i int)) {
		for i := 0; d.app.screen == quizScreen; i++ {
			ask(i)
			d.Keys(answerKeys(d.app, right)...)
			snap(fmt.Sprintf("%s-feedback%d", name, i+1))
			d.Keys("enter")
		}
	}
	round(false, "fail", func(i int) {
		snap(fmt.Sprintf("fail-question%d", i+1))
		if i == 0 {
			d.Keys("?")
			snap("quiz-help")
			d.Keys("esc")
		}
	})
	snap("result-fail")
	d.Keys("r")
	snap("retake-intro")
	d.Keys("enter")
	round(true, "pass", func(int) {})
	snap("result-pass")
	d.Keys("enter")
	snap("home-after")
	d.Keys("e")
	snap("form-results")
	d.Keys("esc")
	// a learner who has passed every module gets the certificate form
	st := progress.New()
	for _, mod := range c.Modules {
		st.Record(mod.ID).Attempts = append(st.Record(mod.ID).Attempts, allRight(c, mod))
	}
	d2 := newDriver(t, New(Options{Learner: learner(st), Theme: style, SaveDelay: time.Millisecond}), w, h)
	snap2 := func(name string) { shots = append(shots, shot{name, d2.screen(), rawView(d2.app)}) }
	snap2("home-all-passed")
	d2.Keys("c")
	snap2("form-certificate")
	d2.Send(tea.WindowSizeMsg{Width: w, Height: h})

	// a review round (Herhaling) with a hint, where the course has one
	st3 := progress.New()
	pick := c.Modules[0].Questions[0]
	for _, mod := range c.Modules {
		for _, q := range mod.Questions {
			if q.Hint != "" && pick.Hint == "" {
				pick = q
			}
		}
	}
	m3, _ := c.FindQuestion(pick.ID)
	st3.Review = map[string]*progress.Card{pick.ID: {Module: m3.ID, Due: "2026-03-01"}}
	d3 := newDriver(t, New(Options{Learner: learner(st3), Theme: style, SaveDelay: time.Millisecond}), w, h)
	snap3 := func(name string) { shots = append(shots, shot{name, d3.screen(), rawView(d3.app)}) }
	snap3("home-review-due")
	d3.Keys("r")
	snap3("review-intro")
	d3.Keys("enter")
	snap3("review-question")
	d3.Keys("h")
	snap3("review-hint")
	d3.Keys(answerKeys(d3.app, false)...)
	snap3("review-feedback")
	d3.Keys("enter")
	snap3("home-after-review")
	return shots
}

// TestASCIIThemeIsASCII: in the ascii theme every sign on every screen is
// ASCII — no arrows, blocks, dots or box drawing; letters of the course
// text (ë) are words and stay.
func TestASCIIThemeIsASCII(t *testing.T) {
	c := testCourse(t)
	for _, lang := range []locale.Lang{locale.NL, locale.EN} {
		for _, s := range tour(t, c, lang, theme.ASCII, 80, 24) {
			for _, r := range s.screen {
				if r > unicode.MaxASCII && !unicode.IsLetter(r) {
					t.Errorf("%s/%s: %q (U+%04X) is not ASCII:\n%s", lang, s.name, r, r, s.screen)
					break
				}
			}
		}
	}
	if n := len(tour(t, c, locale.NL, theme.ASCII, 80, 24)); n < 15 {
		t.Errorf("the tour saw only %d screens", n)
	}
}

// cutLines reports the lines of a screen that do not fit w×h as drawn: a
// line wider than the terminal (cut when shown), lines past the last row
// (not shown), and a line that ends in the "…" of a cut.
func cutLines(raw string, w, h int) []string {
	var cut []string
	lines := strings.Split(raw, "\n")
	if len(lines) > h {
		cut = append(cut, fmt.Sprintf("%d lines on a screen of %d: %q…", len(lines), h, lines[h]))
	}
	for i, l := range lines {
		trimmed := strings.TrimRight(l, " ")
		switch {
		case ansi.StringWidth(l) > w:
			cut = append(cut, fmt.Sprintf("line %d is %d wide: %q", i+1, ansi.StringWidth(l), l))
		case strings.HasSuffix(trimmed, "…") && !strings.HasSuffix(trimmed, "geladen…") && !strings.HasSuffix(trimmed, "loading…"):
			cut = append(cut, fmt.Sprintf("line %d is cut: %q", i+1, trimmed))
		}
	}
	return cut
}

// TestEveryScreenFits renders every screen of the tour at 60×20 and 80×24,
// in both languages and every theme, and fails on a line that is cut or
// does not fit: the verdict, the options and the keys must all be seen.
func TestEveryScreenFits(t *testing.T) {
	for _, c := range []*course.Course{testCourse(t), embeddedCourse(t)} {
		everyScreenFits(t, c)
	}
}

func everyScreenFits(t *testing.T, c *course.Course) {
	for _, size := range [][2]int{{60, 20}, {80, 24}} {
		for _, lang := range []locale.Lang{locale.NL, locale.EN} {
			for _, th := range theme.All {
				for _, s := range tour(t, c, lang, th, size[0], size[1]) {
					for _, cut := range cutLines(s.raw, size[0], size[1]) {
						t.Errorf("%s %dx%d %s %s %s: %s", c.Title, size[0], size[1], lang, th, s.name, cut)
					}
				}
			}
		}
	}
}
