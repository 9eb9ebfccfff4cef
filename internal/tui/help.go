package tui

import "strings"

// helpView lists the keys of the current screen and the keys that work
// everywhere.
func (a *App) helpView() string {
	var rows [][2]string
	switch a.screen {
	case homeScreen:
		rows = [][2]string{{"↑/↓  j/k", a.l.T("help.choosemodule")}, {"enter", a.l.T("help.open")}, {"t", a.l.T("help.quiz")}, {"1-9", a.l.T("help.jump")}}
	case readerScreen:
		rows = [][2]string{{"→ l n", a.l.T("help.nextpage")}, {"← h p", a.l.T("help.prevpage")}, {"↑/↓  j/k", a.l.T("help.scrollline")}, {"space pgdn / b pgup", a.l.T("help.scrollpage")}, {"enter", a.l.T("help.enterreader")}, {"t", a.l.T("help.quiz")}, {"esc", a.l.T("help.home")}}
	case quizScreen:
		rows = [][2]string{{"↑/↓  j/k", a.l.T("help.chooseoption")}, {"a-i / 1-9", a.l.T("help.optionkey")}, {"enter", a.l.T("help.answer")}, {"space", a.l.T("help.tick")}, {"esc", a.l.T("help.quizback")}}
	case resultScreen:
		rows = [][2]string{{"r", a.l.T("help.retake")}, {"↑/↓", a.l.T("help.scrollline")}, {"enter esc", a.l.T("help.home")}}
	case formScreen:
		rows = [][2]string{{"tab ↑/↓", a.l.T("help.fields")}, {"enter", a.l.T("help.make")}, {"esc", a.l.T("help.home")}}
	}
	if a.screen == homeScreen {
		rows = append(rows, [2]string{"e", a.l.T("help.export")})
	}
	if a.screen == homeScreen && a.st.Passed(a.c) {
		rows = append(rows, [2]string{"c", a.l.T("help.cert")})
	}
	rows = append(rows, [2]string{"?", a.l.T("help.toggle")}, [2]string{"q  ctrl+c", a.l.T("help.quit")})
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("  " + a.s.Key.Render(pad(r[0], 22)) + r[1] + "\n")
	}
	if a.o.DataDir != "" {
		b.WriteString("\n  " + a.s.Subtle.Render(a.l.T("help.datadir", a.o.DataDir)) + "\n")
	}
	return a.frame(a.l.T("help.title"), "", b.String(), a.l.T("help.close"))
}

func pad(s string, w int) string {
	n := len([]rune(s))
	if n >= w {
		return s + " "
	}
	return s + strings.Repeat(" ", w-n)
}
