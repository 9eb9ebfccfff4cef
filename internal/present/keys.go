package present

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"piketpalen/internal/locale"
	"piketpalen/internal/theme"
	"piketpalen/internal/ui"
)

// The keymaps of presenter mode, drawn by help.Model like the course's:
// the footer and the help screen come from the bindings the screens match
// keys against. Every key is a plain key: no shift or other modifier is
// needed, since a Windows console does not always pass them on.

// newGlobalKeys are the keys every screen has; see ui.Global.
func newGlobalKeys(l locale.Lang) ui.Global {
	return ui.NewGlobal(l, l.T(locale.PresentHelpQuit), false)
}

// newHelpKeys are the keys while the help screen is open.
func newHelpKeys(l locale.Lang) ui.HelpKeys { return ui.NewHelpKeys(l, l.T(locale.PresentHelpQuit)) }

// listKeys are the keys of the list of modules.
type listKeys struct {
	Up, Down, First, Last, Open, Number key.Binding
	global                              ui.Global
	l                                   locale.Lang
}

func newListKeys(l locale.Lang) listKeys {
	return listKeys{
		Up:     ui.Bind("↑  k", l.T(locale.HelpPrev), "up", "k"),
		Down:   ui.Bind("↓  j  tab", l.T(locale.HelpNext), "down", "j", "tab"),
		First:  ui.Bind("home  g", l.T(locale.HelpTop), "home", "g"),
		Last:   ui.Bind("end  G", l.T(locale.HelpBottom), "end", "G"),
		Open:   ui.Bind("enter  →  l", l.T(locale.PresentHelpOpen), "enter", "right", "l"),
		Number: ui.Bind("1-9", l.T(locale.PresentHelpNumber), "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		global: newGlobalKeys(l),
		l:      l,
	}
}

func (k listKeys) ShortHelp() []key.Binding {
	return []key.Binding{
		ui.Hint("↑/↓", k.l.T(locale.PresentKeyChoose), k.Up, k.Down),
		ui.Hint("enter", k.l.T(locale.PresentKeyOpen), k.Open, k.Number),
		ui.Hint("?", k.l.T(locale.PresentKeyHelp), k.global.Help),
		ui.Hint("q", k.l.T(locale.PresentKeyQuit), k.global.Quit),
	}
}

func (k listKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.First, k.Last, k.Open, k.Number}, k.global.List()}
}

// deckKeys are the keys of a module's slides.
type deckKeys struct {
	Next, Reveal, Prev, Down, Up, PageDown, PageUp, First, Last, Back key.Binding
	// Group shows the group's answers before the reveal ("wat denkt de
	// groep?"); enabled on a question in a workshop.
	Group              key.Binding
	global             ui.Global
	l                  locale.Lang
	empty              bool // the module has nothing to show
	question, revealed bool // a question is on screen; its answer is shown
}

func newDeckKeys(l locale.Lang, empty, question, revealed bool) deckKeys {
	k := deckKeys{
		Next:     ui.Bind("→  l  n", l.T(locale.PresentHelpNext), "right", "l", "n"),
		Reveal:   ui.Bind("enter  "+l.T(locale.KeySpace), l.T(locale.PresentHelpReveal), "enter", "space"),
		Prev:     ui.Bind("←  h  p", l.T(locale.PresentHelpPrev), "left", "h", "p"),
		Down:     ui.Bind("↓  j", l.T(locale.HelpLinedown), "down", "j"),
		Up:       ui.Bind("↑  k", l.T(locale.HelpLineup), "up", "k"),
		PageDown: ui.Bind("pgdn", l.T(locale.HelpPagedown), "pgdown"),
		PageUp:   ui.Bind("pgup", l.T(locale.HelpPageup), "pgup"),
		First:    ui.Bind("home  g", l.T(locale.PresentHelpFirst), "home", "g"),
		Last:     ui.Bind("end  G", l.T(locale.PresentHelpLast), "end", "G"),
		Back:     ui.Bind("esc  backspace", l.T(locale.PresentHelpModules), "esc", "backspace"),
		Group:    ui.Bind("w", l.T(locale.WorkshopHelpGroup), "w"),
		global:   newGlobalKeys(l),
		l:        l,
		empty:    empty, question: question, revealed: revealed,
	}
	k.Group.SetEnabled(false) // the deck enables it in a workshop
	if empty {
		for _, b := range []*key.Binding{&k.Next, &k.Reveal, &k.Prev, &k.Down, &k.Up, &k.PageDown, &k.PageUp, &k.First, &k.Last} {
			b.SetEnabled(false)
		}
	}
	return k
}

func (k deckKeys) ShortHelp() []key.Binding {
	back, help := ui.Hint("esc", k.l.T(locale.PresentKeyModules), k.Back), ui.Hint("?", k.l.T(locale.PresentKeyHelp), k.global.Help)
	browse := ui.Hint("←/→", k.l.T(locale.PresentKeyBrowse), k.Prev, k.Next)
	scroll := ui.Hint("↑/↓", k.l.T(locale.PresentKeyScroll), k.Up, k.Down)
	switch {
	case k.empty:
		return []key.Binding{back, help}
	case k.question && k.revealed:
		return []key.Binding{ui.Hint("→", k.l.T(locale.PresentKeyNext), k.Next), ui.Hint("←", k.l.T(locale.PresentKeyHide), k.Prev), scroll, back, help}
	case k.question && k.Group.Enabled():
		return []key.Binding{ui.Hint("enter", k.l.T(locale.PresentKeyReveal), k.Reveal), ui.Hint("w", k.l.T(locale.WorkshopKeyGroup), k.Group), browse, back, help}
	case k.question:
		return []key.Binding{ui.Hint("enter", k.l.T(locale.PresentKeyReveal), k.Reveal), browse, back, help}
	}
	return []key.Binding{browse, scroll, back, help}
}

func (k deckKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Reveal, k.Prev, k.Down, k.Up, k.PageDown, k.PageUp, k.First, k.Last, k.Back, k.Group},
		k.global.List(),
	}
}

var (
	_ help.KeyMap = listKeys{}
	_ help.KeyMap = deckKeys{}
)

// KeyHelp lists the keys of a module's slides as plain text, without
// colour, for the present command's usage: drawn from the same keymap as
// the help screen, so the two cannot drift apart.
func KeyHelp(l locale.Lang, width int) string {
	return ui.HelpScreen(ui.NewHelp(theme.Styles{}), newDeckKeys(l, false, true, false), width)
}
