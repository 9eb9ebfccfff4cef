package present

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
)

// listModel is the list of modules the trainer chooses from. It shows what
// each module holds, never anybody's progress.
type listModel struct {
	cursor int
	offset int // first module on screen, when they do not all fit
}

func (l *listModel) key(m *common, msg tea.KeyPressMsg) tea.Cmd {
	n := len(m.c.Modules)
	if n == 0 {
		return nil
	}
	k := newListKeys(m.l)
	switch {
	case key.Matches(msg, k.Up):
		l.cursor = max(l.cursor-1, 0)
	case key.Matches(msg, k.Down):
		l.cursor = min(l.cursor+1, n-1)
	case key.Matches(msg, k.First):
		l.cursor = 0
	case key.Matches(msg, k.Last):
		l.cursor = n - 1
	case key.Matches(msg, k.Open):
		m.send(openMsg{m.c.Modules[l.cursor]})
		return nil
	case key.Matches(msg, k.Number):
		// a digit opens the module with that number at once; modules are
		// numbered from 1, as everywhere (course.Number)
		if mod := m.c.Find(msg.String()); mod != nil {
			l.cursor = m.c.Number(mod) - 1
			m.send(openMsg{mod})
			return nil
		}
	}
	l.offset, _ = l.window(m)
	return nil
}

// summary is the chosen module's summary, wrapped to the text column,
// and in a workshop how many take part.
func (l *listModel) summary(m *common) []string {
	var out []string
	if sel := m.c.Modules[l.cursor]; sel.Summary != "" {
		out = wrap(sel.Summary, m.geometry().width-2)
	}
	if w := m.workshopLines(m.geometry().width - 2); len(w) > 0 {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, w...)
	}
	return out
}

// window returns the first module on screen and how many fit, keeping the
// chosen one in view.
func (l *listModel) window(m *common) (offset, rows int) {
	// heading and blank line above, blank line and summary below
	rows = max(m.geometry().bodyHeight-2-1-len(l.summary(m)), 3)
	offset = l.offset
	if l.cursor < offset {
		offset = l.cursor
	}
	if l.cursor >= offset+rows {
		offset = l.cursor - rows + 1
	}
	return min(offset, max(len(m.c.Modules)-rows, 0)), rows
}

// counted returns "1 pagina" or "3 pagina's".
func (m *common) counted(key locale.Key, n int) string { return m.l.N(key, n) }

func (l *listModel) view(m *common) string {
	g := m.geometry()
	keys := newListKeys(m.l)
	if len(m.c.Modules) == 0 {
		return m.frame(m.c.Title, m.l.T(locale.PresentTitle), []string{m.l.T(locale.PresentNomodules)}, keys, "")
	}
	body := []string{m.s.Bold.Render(m.l.T(locale.PresentChoose)), ""}

	numW, nameW := ui.ModuleColumns(m.c.Modules)
	// cursor, number, two spaces, the title, two spaces, what it holds:
	// as much of that as fits beside whole titles, or nothing
	room := g.width - 2 - numW - 2
	infos := l.infos(m, true)
	if room-nameW-2 < ui.Widest(infos...) {
		infos = l.infos(m, false)
	}
	showInfo := room-nameW-2 >= ui.Widest(infos...)
	if !showInfo {
		nameW = min(nameW, room)
	}

	summary := l.summary(m)
	offset, rows := l.window(m)
	for i := offset; i < len(m.c.Modules) && i < offset+rows; i++ {
		mod := m.c.Modules[i]
		cur := ui.Cursor(i == l.cursor, m.s.Selected)
		num := fmt.Sprintf("%*d", numW, i+1)
		title := ui.Truncate(mod.Title, nameW)
		padded := ui.Pad(title, nameW)
		if i == l.cursor {
			num, padded = m.s.Selected.Render(num), m.s.Selected.Render(padded)
		} else {
			num = m.s.Bold.Render(num)
		}
		line := cur + num + "  " + padded
		if showInfo {
			line += "  " + m.s.Subtle.Render(infos[i])
		}
		body = append(body, line)
	}
	if len(summary) > 0 {
		body = append(body, "")
		for _, s := range summary {
			body = append(body, "  "+m.s.Subtle.Render(s))
		}
	}
	return m.frame(m.c.Title, m.l.T(locale.PresentTitle), body, keys, "")
}

// infos says for each module what it holds: pages, questions and, when
// withDiscussion, discussion questions.
func (l *listModel) infos(m *common, withDiscussion bool) []string {
	out := make([]string, len(m.c.Modules))
	for i, mod := range m.c.Modules {
		parts := []string{m.counted(locale.PresentPages, len(mod.Pages)), m.counted(locale.PresentQuestions, len(mod.Questions))}
		if withDiscussion && len(mod.Discussion) > 0 {
			parts = append(parts, m.counted(locale.PresentDiscussions, len(mod.Discussion)))
		}
		out[i] = strings.Join(parts, " · ")
	}
	return out
}
