package tui

import (
	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
)

// helpView lists every key of the current screen and the keys that work
// everywhere, drawn from the screen's keymap like its footer.
func (a *App) helpView() string {
	h := ui.NewHelp(a.s)
	body := ui.Indent(ui.HelpScreen(h, a.screenKeys(), a.width-2), "  ") + "\n"
	if a.o.DataDir != "" {
		body += "\n  " + a.s.Subtle.Render(a.l.T(locale.HelpDatadir, a.o.DataDir)) + "\n"
	}
	return a.frame(a.l.T(locale.HelpTitle), "", body, a.footer(newHelpKeys(a.l), ""))
}
