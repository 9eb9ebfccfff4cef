package tui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// page is what each screen of the course is to the root: it takes the keys
// of its keymap, lays itself out when the terminal changes size, and draws
// itself. The root holds one of each and shows the current one.
type page interface {
	key(tea.KeyPressMsg) tea.Cmd
	keymap() help.KeyMap
	resize() tea.Cmd
	view() string
}

var (
	_ page = (*homeModel)(nil)
	_ page = (*readerModel)(nil)
	_ page = (*quizModel)(nil)
	_ page = (*resultModel)(nil)
	_ page = (*formModel)(nil)
	_ page = (*privacyModel)(nil)
)

func (h *homeModel) keymap() help.KeyMap   { return h.keys() }
func (r *readerModel) keymap() help.KeyMap { return r.keyMap() }
func (q *quizModel) keymap() help.KeyMap   { return q.keys() }
func (r *resultModel) keymap() help.KeyMap { return newResultKeys(r.l) }
func (f *formModel) keymap() help.KeyMap   { return f.keys() }

func (h *homeModel) resize() tea.Cmd   { return nil }
func (r *readerModel) resize() tea.Cmd { return r.layout() }
func (q *quizModel) resize() tea.Cmd   { q.layout(); return nil }
func (r *resultModel) resize() tea.Cmd { r.layout(); return nil }
func (f *formModel) resize() tea.Cmd   { return nil }

// current is the screen on show.
func (a *App) current() page {
	switch a.screen {
	case readerScreen:
		return &a.reader
	case quizScreen:
		return &a.quiz
	case resultScreen:
		return &a.result
	case formScreen:
		return &a.form
	case privacyScreen:
		return &a.privacy
	}
	return &a.home
}
