package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/gencourse"
	"piketpalen/internal/markdown"
	"piketpalen/internal/tuitest"
	"piketpalen/modules"
	"piketpalen/progress"
)

func embeddedCourse(tb testing.TB) *course.Course {
	tb.Helper()
	c, err := course.Load(modules.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// largestModule is the module with the most markdown, the heaviest to read.
func largestModule(c *course.Course) *course.Module {
	var best *course.Module
	size := 0
	for _, m := range c.Modules {
		n := 0
		for _, p := range m.Pages {
			n += len(p.Markdown)
		}
		if n > size {
			best, size = m, n
		}
	}
	return best
}

// BenchmarkFirstFrame measures the home screen from a loaded course to the
// first View, as at start-up (without the process start and course load).
func BenchmarkFirstFrame(b *testing.B) {
	for _, tc := range []struct {
		name string
		c    *course.Course
	}{
		{"course", embeddedCourse(b)},
		{"generated-50-modules", mustLoad(b, 50, 8, 20)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				app := New(Options{Learner: app.Learner{Course: tc.c, State: progress.New()}})
				app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				_ = app.View()
			}
		})
	}
}

func mustLoad(tb testing.TB, mods, pages, questions int) *course.Course {
	c, err := course.Load(gencourse.Make(mods, pages, questions))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// BenchmarkPageTurn turns pages of the largest module back and forth once
// every page is rendered: the cost a learner feels on each key press.
func BenchmarkPageTurn(b *testing.B) {
	c := embeddedCourse(b)
	m := largestModule(c)
	cache := markdown.NewCache(markdown.Dark)
	app := New(Options{Learner: app.Learner{Course: c, State: progress.New()}, Cache: cache})
	for p := range m.Pages {
		if _, err := cache.RenderPage(pageKey(m, p, 80), m.Pages[p].Markdown, app.pageIntro(m, p)); err != nil {
			b.Fatal(err)
		}
	}
	app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	app.Update(openModuleMsg{m, 0})
	right, left := tuitest.Key("right"), tuitest.Key("left")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := right
		if (i/(len(m.Pages)-1))%2 == 1 {
			k = left
		}
		i++
		app.Update(k)
		_ = app.View()
	}
	if app.screen != readerScreen {
		b.Fatal("left the reader")
	}
}

// BenchmarkQuizQuestion answers a question and moves to the next one.
func BenchmarkQuizQuestion(b *testing.B) {
	c := embeddedCourse(b)
	m := c.Modules[3]
	app := New(Options{Learner: app.Learner{Course: c, State: progress.New()}})
	app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	app.startQuiz(m)
	b.ReportAllocs()
	for b.Loop() {
		if app.screen != quizScreen {
			app.startQuiz(m)
		}
		app.Update(tuitest.Key("a"))
		app.Update(tuitest.Key("enter"))
		app.Update(tuitest.Key("enter"))
		_ = app.View()
	}
}

// TestScaleFiftyModules: with fifty modules the home screen still fits
// 80×24 and the cursor stays visible down to the last module.
func TestScaleFiftyModules(t *testing.T) {
	c := mustLoad(t, 50, 8, 20)
	d := freshDriver(t, c, 80, 24)
	tuitest.AssertFits(t, d.screen(), 80, 24)
	for range 49 {
		d.Keys("down")
	}
	s := d.screen()
	tuitest.AssertFits(t, s, 80, 24)
	tuitest.AssertContains(t, s, "> 50  Module 49 over de uitingsvrijheid", "↑")
	d.Keys("enter")
	tuitest.AssertContains(t, d.screen(), "pagina 1 van 8")
	if n := strings.Count(d.screen(), "\n"); n != 23 {
		t.Errorf("reader screen has %d lines", n+1)
	}
}
