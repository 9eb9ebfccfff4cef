package present

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// helpView lists the keys of the current screen and those that work
// everywhere. Every key is a plain key: no shift or other modifier is
// needed, since a Windows console does not always pass them on.
func (m *Model) helpView() string {
	var rows [][2]string
	if m.screen == deckScreen {
		rows = [][2]string{
			{"→  l  n", m.l.T("present.help.next")},
			{"enter  " + m.l.T("present.key.space"), m.l.T("present.help.reveal")},
			{"←  h  p", m.l.T("present.help.prev")},
			{"↑/↓  j/k", m.l.T("present.help.scrollline")},
			{"pgup  pgdn", m.l.T("present.help.scrollpage")},
			{"g  G  home  end", m.l.T("present.help.firstlast")},
			{"esc  backspace", m.l.T("present.help.modules")},
		}
	} else {
		rows = [][2]string{
			{"↑/↓  j/k", m.l.T("present.help.choose")},
			{"enter  →", m.l.T("present.help.open")},
			{"1-9", m.l.T("present.help.number")},
		}
	}
	rows = append(rows, [2]string{"?", m.l.T("present.help.toggle")}, [2]string{"q  ctrl+c", m.l.T("present.help.quit")})
	g := m.geometry()
	keyW := 0
	for _, r := range rows {
		keyW = max(keyW, lipgloss.Width(r[0]))
	}
	keyW += 3
	var body []string
	for _, r := range rows {
		for i, l := range wrap(r[1], g.width-keyW) {
			k := strings.Repeat(" ", keyW)
			if i == 0 {
				k = m.s.Key.Render(r[0]) + strings.Repeat(" ", keyW-lipgloss.Width(r[0]))
			}
			body = append(body, k+l)
		}
	}
	body = append(body, "")
	for _, l := range wrap(m.l.T("present.help.noprogress"), g.width) {
		body = append(body, m.s.Subtle.Render(l))
	}
	return m.frame(m.l.T("present.help.title"), "", body, m.l.T("present.help.close"), "")
}
