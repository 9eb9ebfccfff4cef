package present

import (
	"piketpalen/internal/locale"
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/ui"
)

// keys is the keymap of what is on screen: the help screen's while it is
// open, else the screen's.
func (m *Model) keys() help.KeyMap {
	if m.help {
		return newHelpKeys(m.l)
	}
	return m.screenKeys()
}

// screenKeys is the keymap of the current screen, help screen or not.
func (m *Model) screenKeys() help.KeyMap {
	if m.screen == deckScreen {
		return m.deck.keys(m.common)
	}
	return newListKeys(m.l)
}

// footer is the line of keys at the bottom, drawn from km by help.Model.
func (m *common) footer(km help.KeyMap, room int) string {
	return ui.ShortHelpFit(ui.NewHelp(m.s), km.ShortHelp(), room)
}

// helpView lists every key of the current screen and those that work
// everywhere, from the screen's keymap.
func (m *Model) helpView() string {
	g := m.geometry()
	body := strings.Split(ui.HelpScreen(ui.NewHelp(m.s), m.screenKeys(), g.width), "\n")
	privacy := locale.PresentHelpNoprogress
	if m.ws != nil {
		privacy = locale.PresentHelpWorkshopcounts
	}
	for _, l := range wrap(m.l.T(privacy), g.width) {
		body = append(body, m.s.Subtle.Render(l))
	}
	return m.frame(m.l.T(locale.PresentHelpTitle), "", body, newHelpKeys(m.l), "")
}

// key handles a key press: the keys that work everywhere, the help screen,
// else the screen's own.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if quit, done := ui.GlobalKey(msg, newGlobalKeys(m.l), newHelpKeys(m.l), &m.help); quit {
		return tea.Quit
	} else if done {
		return nil
	}
	if m.screen == deckScreen {
		return m.deck.key(m.common, msg)
	}
	return m.list.key(m.common, msg)
}
