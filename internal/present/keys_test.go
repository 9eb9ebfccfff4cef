package present

import (
	"testing"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/internal/theme"
	"piketpalen/internal/tuitest"
	"piketpalen/internal/ui"
)

// TestEveryHandledKeyIsInTheHelp presses every key on every screen of
// presenter mode and fails when a key does something that the screen's help
// does not list.
func TestEveryHandledKeyIsInTheHelp(t *testing.T) {
	c := testCourse(t)
	cache := markdown.NewCache(markdown.Dark)
	state := func(keys ...string) func() tea.Model {
		return func() tea.Model {
			m := New(Options{Course: c, Theme: theme.Dark, Cache: cache})
			d := newDriver(t, m, 100, 30)
			d.Keys(keys...)
			return m
		}
	}
	// the first module has three pages, then the discussion, then questions
	screens := []tuitest.KeyScreen{
		{Name: "list", Fresh: state()},
		{Name: "list, help", Fresh: state("?")},
		{Name: "first page", Fresh: state("enter")},
		{Name: "page, help", Fresh: state("enter", "?")},
		{Name: "discussion", Fresh: state("enter", "G", "home", "right", "right", "right")},
		{Name: "question", Fresh: state("enter", "G")},
		{Name: "question, revealed", Fresh: state("enter", "G", "enter")},
	}
	for _, s := range screens {
		s.Keys = func(m tea.Model) help.KeyMap { return m.(*Model).keys() }
		t.Run(s.Name, func(t *testing.T) { tuitest.AssertKeysShown(t, s) })
	}
}

// TestEveryBindingShowsItsKeys: the label of every binding names every key
// it matches.
func TestEveryBindingShowsItsKeys(t *testing.T) {
	for _, l := range []locale.Lang{locale.NL, locale.EN} {
		for _, km := range []help.KeyMap{newListKeys(l), newDeckKeys(l, false, true, false), newHelpKeys(l)} {
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
