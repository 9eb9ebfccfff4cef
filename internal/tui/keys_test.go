package tui

import (
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/locale"
	"piketpalen/internal/tuitest"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// TestEveryHandledKeyIsInTheHelp presses every key on every screen, in each
// of its states, and fails when a key does something that the screen's
// help does not list.
func TestEveryHandledKeyIsInTheHelp(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	state := func(st func() *progress.State, keys ...string) func() tea.Model {
		return func() tea.Model {
			app := newTestApp(t, c, st(), &memStore{})
			app.o.OutDir = dir
			d := newDriver(t, app, 80, 24)
			d.Keys(keys...)
			return app
		}
	}
	fresh := func() *progress.State { return nil }
	passed := func() *progress.State { return passedState(c) }
	// toMultiple answers the first module's questions until a
	// select-all-that-apply question is on screen.
	toMultiple := func() tea.Model {
		app := newTestApp(t, c, nil, &memStore{})
		d := newDriver(t, app, 80, 24)
		d.Keys("t", "enter")
		if !d.toMultiple() {
			t.Fatal("no multiple-choice question drawn with this seed")
		}
		return app
	}
	finished := func() tea.Model {
		app := newTestApp(t, c, nil, &memStore{})
		d := newDriver(t, app, 80, 24)
		d.Keys("t", "enter")
		d.answerAll(true)
		return app
	}
	hinted := testCourse(t)
	for _, q := range hinted.Modules[0].Questions {
		q.Hint = "Denk aan de regel."
	}
	withHint := func(keys ...string) func() tea.Model {
		return func() tea.Model {
			app := newTestApp(t, hinted, nil, &memStore{})
			newDriver(t, app, 80, 24).Keys(keys...)
			return app
		}
	}
	// review opens today's round the day after a quiz with a wrong answer
	review := func(keys ...string) func() tea.Model {
		return func() tea.Model {
			when := time.Date(2026, 3, 14, 12, 0, 0, 0, time.Local)
			st, _ := oneWrong(t, c, when)
			app := appAt(t, c, st, &memStore{}, when.AddDate(0, 0, 1))
			newDriver(t, app, 80, 24).Keys(keys...)
			return app
		}
	}
	keys := func(m tea.Model) help.KeyMap { return m.(*App).keys() }
	screens := []tuitest.KeyScreen{
		{Name: "home", Fresh: state(fresh)},
		{Name: "home, all passed", Fresh: state(passed)},
		{Name: "home, help", Fresh: state(fresh, "?")},
		{Name: "reader, first page", Fresh: state(fresh, "enter")},
		{Name: "reader, last page", Fresh: state(fresh, "enter", "right", "right")},
		{Name: "reader, help", Fresh: state(fresh, "enter", "?")},
		{Name: "reader, glossary", Fresh: state(fresh, "enter", "w")},
		{Name: "privacy", Fresh: state(fresh, "v")},
		{Name: "quiz, intro", Fresh: state(fresh, "t")},
		{Name: "quiz, question", Fresh: state(fresh, "t", "enter")},
		{Name: "quiz, select all", Fresh: toMultiple},
		{Name: "quiz, answered", Fresh: state(fresh, "t", "enter", "a", "enter")},
		{Name: "result", Fresh: finished},
		{Name: "quiz, question with a hint", Fresh: withHint("t", "enter")},
		{Name: "quiz, hint shown", Fresh: withHint("t", "enter", "h")},
		{Name: "home, review due", Fresh: review()},
		{Name: "review, intro", Fresh: review("r")},
		{Name: "review, question", Fresh: review("r", "enter")},
		{Name: "review, answered", Fresh: review("r", "enter", "a", "enter")},
		{Name: "results form", Fresh: state(fresh, "e"), Typing: true},
		{Name: "certificate form", Fresh: state(passed, "c"), Typing: true},
		{Name: "results form, written", Fresh: state(passed, "e", "Z", "tab", "tab", "enter")},
	}
	for _, s := range screens {
		s.Keys = keys
		t.Run(s.Name, func(t *testing.T) { tuitest.AssertKeysShown(t, s) })
	}
}

// TestEveryBindingShowsItsKeys checks each binding of every keymap: the
// label the help screen shows names every key the binding matches.
func TestEveryBindingShowsItsKeys(t *testing.T) {
	for _, l := range []locale.Lang{locale.NL, locale.EN} {
		maps := []help.KeyMap{newHomeKeys(l, true), newReaderKeys(l, false, true), newGlossaryKeys(l), newQuizKeys(l, 4, true, false, false, true),
			newQuizKeys(l, 3, false, true, true, false), newResultKeys(l), newFormKeys(l, false, false), newFormKeys(l, true, false), newFormKeys(l, false, false).forWorkshop(), newHelpKeys(l)}
		for _, km := range maps {
			for _, group := range km.FullHelp() {
				for _, b := range group {
					for _, k := range b.Keys() {
						if !ui.Shows(b.Help().Key, k) {
							t.Errorf("%s: %T: the label %q does not show %q", l, km, b.Help().Key, k)
						}
					}
				}
			}
		}
	}
}
