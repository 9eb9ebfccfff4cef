package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"piketpalen/course"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// homeModel is the start screen: the course, each module's status, overall
// progress and a way back to where the learner stopped.
type homeModel struct {
	items  []homeItem
	cursor int
}

type homeItem struct {
	cert   bool // "certificaat maken", once every module is passed
	resume bool // "verder waar je was"
	next   bool // resume goes to the next module, the last one being passed
	pos    progress.Position
	module *course.Module
}

func newHome(a *App) homeModel {
	h := homeModel{}
	if a.st.Passed(a.c) {
		h.items = append(h.items, homeItem{cert: true})
	}
	if m, pos, next := a.st.Resume(a.c); m != nil {
		h.items = append(h.items, homeItem{resume: true, next: next, pos: pos, module: m})
	}
	for _, m := range a.c.Modules {
		h.items = append(h.items, homeItem{module: m})
	}
	return h
}

func (h *homeModel) key(a *App, msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "up", "k":
		h.cursor = max(h.cursor-1, 0)
	case "down", "j", "tab":
		h.cursor = min(h.cursor+1, len(h.items)-1)
	case "home", "g":
		h.cursor = 0
	case "end", "G":
		h.cursor = len(h.items) - 1
	case "enter", "right", "l":
		it := h.items[h.cursor]
		if it.cert {
			a.openForm(certificateForm)
			return nil
		}
		if it.resume && it.pos.Quiz {
			return a.startQuiz(it.module)
		}
		if it.resume {
			return a.openModule(it.module, it.pos.Page)
		}
		return a.openModule(it.module, a.st.Status(it.module).Page)
	case "t":
		if m := h.items[h.cursor].module; m != nil {
			return a.startQuiz(m)
		}
	case "c":
		if a.st.Passed(a.c) {
			a.openForm(certificateForm)
		}
	case "e":
		a.openForm(resultsForm)
	default:
		if n := msg.String(); len(n) == 1 && n[0] >= '1' && n[0] <= '9' {
			// modules are numbered from 1, as everywhere (course.Number)
			if m := a.c.Find(n); m != nil {
				for j, it := range h.items {
					if !it.resume && it.module == m {
						h.cursor = j
					}
				}
			}
		}
	}
	return nil
}

func (a *App) statusText(m *course.Module) string {
	st := a.st.Status(m)
	text := ui.Status(a.l, st, a.c.Version)
	switch st.Stage {
	case progress.Passed:
		return a.s.Good.Render(text)
	case progress.NotPassed:
		return a.s.Bad.Render(text)
	case progress.NotStarted:
		return a.s.Subtle.Render(text)
	}
	return text
}

func (h *homeModel) view(a *App) string {
	var top strings.Builder
	if a.c.Subtitle != "" {
		top.WriteString(" " + a.s.Subtle.Render(a.c.Subtitle) + "\n\n")
	}
	done, total := a.st.PassedCount(a.c), len(a.c.Modules)
	barW := min(30, max(a.width-44, 10))
	fmt.Fprintf(&top, " %s  %s  %s\n\n", a.l.T("home.progress"), a.bar(done, total, barW), a.l.T("home.passedof", done, total))

	var bottom []string
	if sel := h.items[h.cursor].module; sel != nil {
		bottom = append(bottom, "")
		info := sel.Summary + " " + a.l.T("home.minutes", sel.Minutes)
		for _, l := range strings.Split(lipgloss.Wrap(info, max(a.width-6, 20), " "), "\n") {
			bottom = append(bottom, "   "+a.s.Subtle.Render(l))
		}
	}
	if a.o.DataDir != "" {
		bottom = append(bottom, "", " "+a.s.Subtle.Render(ui.Truncate(a.l.T("help.datadir", a.o.DataDir), a.width-2)))
	}
	rows, cursorRow := h.rows(a)
	room := a.bodyHeight(1) - strings.Count(top.String(), "\n") - len(bottom)
	rows = window(rows, cursorRow, max(room, 3))
	body := top.String() + strings.Join(rows, "\n") + "\n" + strings.Join(bottom, "\n")
	right := a.l.T("home.version", a.c.Version)
	footer := ui.Hints(a.l.T("key.choose"), a.l.T("key.open"), a.l.T("key.quiz"), a.l.T("key.export"), a.l.T("key.help"), a.l.T("key.quit"))
	return a.frame(a.c.Title, right, body, footer)
}

// rows are the lines of the home list, and the line the cursor is on.
func (h *homeModel) rows(a *App) ([]string, int) {
	nameW := 0
	for _, m := range a.c.Modules {
		nameW = max(nameW, lipgloss.Width(m.Title))
	}
	numW := len(fmt.Sprint(len(a.c.Modules)))
	nameW = min(nameW, max(a.width-30-numW, 20))
	var rows []string
	cursorRow := 0
	for i, it := range h.items {
		cursor := "  "
		if i == h.cursor {
			cursor = a.s.Selected.Render("> ")
			cursorRow = len(rows)
		}
		var line string
		switch {
		case it.cert:
			line = a.l.T("home.cert")
		case it.resume && it.pos.Quiz:
			line = a.l.T("home.resume") + ": " + a.l.T("home.resume.quiz", it.module.Title)
		case it.resume && it.next:
			line = a.l.T("home.next", it.module.Title)
		case it.resume:
			line = a.l.T("home.resume") + ": " + a.l.T("home.resume.page", it.module.Title, it.pos.Page+1, len(it.module.Pages))
		}
		if line != "" {
			if i == h.cursor {
				line = a.s.Selected.Render(line)
			}
			rows = append(rows, " "+cursor+line, "")
			continue
		}
		title := ui.Truncate(it.module.Title, nameW)
		pad := strings.Repeat(" ", max(nameW-lipgloss.Width(title), 0))
		if i == h.cursor {
			title = a.s.Selected.Render(title)
		}
		line = fmt.Sprintf("%*d  %s%s  %s", numW, a.c.Number(it.module), title, pad, a.statusText(it.module))
		rows = append(rows, " "+cursor+line)
	}
	return rows, cursorRow
}

// window keeps at most n of rows, with the cursor's row among them; a cut
// at either end is shown with an arrow, so the learner knows there is more.
func window(rows []string, cursor, n int) []string {
	if len(rows) <= n {
		return rows
	}
	start := min(max(cursor-n/2, 0), len(rows)-n)
	out := append([]string(nil), rows[start:start+n]...)
	if start > 0 {
		out[0] = "    ↑"
	}
	if start+n < len(rows) {
		out[n-1] = "    ↓"
	}
	return out
}

// bar draws a progress bar of width w; the figures beside it carry the
// meaning, so it reads the same without colour.
func (a *App) bar(done, total, w int) string {
	full := 0
	if total > 0 {
		full = done * w / total
	}
	return a.s.Bar.Render(strings.Repeat("█", full)) + a.s.BarEmpty.Render(strings.Repeat("░", w-full))
}
