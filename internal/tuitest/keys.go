package tuitest

import (
	"slices"
	"testing"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/ui"
)

// AllKeys are the keys a keymap test presses: every printable ASCII
// character and the special keys a terminal sends without a modifier, with
// tab, shift+tab and ctrl+c.
func AllKeys() []string {
	keys := []string{"enter", "esc", "backspace", "delete", "tab", "shift+tab", "space", "up", "down", "left", "right",
		"home", "end", "pgup", "pgdown", "ctrl+c"}
	for c := '!'; c <= '~'; c++ {
		keys = append(keys, string(c))
	}
	return keys
}

// KeyScreen is one state of a screen for AssertKeysShown.
type KeyScreen struct {
	Name   string
	Fresh  func() tea.Model            // the model in this state, new each call
	Keys   func(tea.Model) help.KeyMap // the keymap its help is drawn from
	Typing bool                        // a text field takes printable keys
}

// AssertKeysShown presses every key of AllKeys on a fresh copy of the
// screen. A key that does something, that is, changes what is drawn or
// returns a command, must be shown by an enabled binding of the screen's
// full help (see ui.Shown): a screen cannot handle a key its help does not
// list. On a typing screen printable characters are the field's.
func AssertKeysShown(t *testing.T, s KeyScreen) {
	t.Helper()
	km := s.Keys(s.Fresh())
	var missing []string
	for _, k := range AllKeys() {
		if s.Typing && len([]rune(k)) == 1 {
			continue
		}
		m := s.Fresh()
		before := m.View().Content
		m, cmd := m.Update(Key(k))
		if cmd == nil && m.View().Content == before {
			continue
		}
		if !ui.Shown(km, k) {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		t.Errorf("%s: keys that do something but are not shown in its help: %q", s.Name, missing)
	}
}
