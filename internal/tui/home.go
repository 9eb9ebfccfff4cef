package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// homeModel is the start screen: the course, each module's status, overall
// progress and a way back to where the learner stopped.
type homeModel struct {
	*common
	items  []homeItem
	cursor int
	due    int // questions due for review today
}

type homeItem struct {
	review bool // "Herhaling: N vragen", when some are due
	cert   bool // "certificaat maken", once every module is passed
	resume bool // "verder waar je was"
	next   bool // resume goes to the next module, the last one being passed
	pos    progress.Position
	module *course.Module
}

// focus puts the cursor on m's own row (not the row that resumes it), so
// coming back from a module lands on that module.
func (h *homeModel) focus(m *course.Module) {
	for j, it := range h.items {
		if !it.resume && !it.cert && !it.review && it.module == m {
			h.cursor = j
		}
	}
}

func newHome(cm *common) homeModel {
	h := homeModel{common: cm}
	if h.due = len(h.st.Due(h.c, h.o.Now())); h.due > 0 {
		h.items = append(h.items, homeItem{review: true})
	}
	if h.st.Passed(h.c) {
		h.items = append(h.items, homeItem{cert: true})
	}
	if m, pos, next := h.st.Resume(h.c); m != nil {
		h.items = append(h.items, homeItem{resume: true, next: next, pos: pos, module: m})
	}
	for _, m := range h.c.Modules {
		h.items = append(h.items, homeItem{module: m})
	}
	return h
}

func (h *homeModel) keys() homeKeys { return newHomeKeys(h.l, h.due > 0) }

func (h *homeModel) key(msg tea.KeyPressMsg) tea.Cmd {
	k := h.keys()
	// Every key acts or says why not: c before every module is passed is
	// not a silent nothing.
	if msg.String() == "c" && !h.st.Passed(h.c) {
		h.send(statusMsg{h.l.T(locale.HomeCertnotyet, h.st.PassedCount(h.c), len(h.c.Modules))})
		return nil
	}
	switch {
	case key.Matches(msg, k.Up):
		h.cursor = max(h.cursor-1, 0)
	case key.Matches(msg, k.Down):
		h.cursor = min(h.cursor+1, len(h.items)-1)
	case key.Matches(msg, k.First):
		h.cursor = 0
	case key.Matches(msg, k.Last):
		h.cursor = len(h.items) - 1
	case key.Matches(msg, k.Open):
		it := h.items[h.cursor]
		switch {
		case it.review:
			h.send(startReviewMsg{})
		case it.cert:
			h.send(openFormMsg{certificateForm})
		case it.resume && it.pos.Quiz:
			h.send(startQuizMsg{it.module})
		case it.resume:
			h.send(openModuleMsg{it.module, it.pos.Page})
		default:
			h.send(openModuleMsg{it.module, h.st.Status(it.module).Page})
		}
	case key.Matches(msg, k.Quiz):
		if m := h.items[h.cursor].module; m != nil {
			h.send(startQuizMsg{m})
		} else {
			h.send(statusMsg{h.l.T(locale.HomeQuiznomodule)})
		}
	case key.Matches(msg, k.Review):
		h.send(startReviewMsg{})
	case key.Matches(msg, k.Cert):
		h.send(openFormMsg{certificateForm})
	case key.Matches(msg, k.Export):
		h.send(openFormMsg{resultsForm})
	case key.Matches(msg, k.Jump):
		// modules are numbered from 1, as everywhere (course.Number)
		if m := h.c.Find(msg.String()); m != nil {
			for j, it := range h.items {
				if !it.resume && !it.review && it.module == m {
					h.cursor = j
				}
			}
		}
	}
	return nil
}

func (h *homeModel) statusText(m *course.Module) string {
	st := h.st.Status(m)
	text := ui.Status(h.l, st, h.c.Version)
	switch st.Stage {
	case progress.Passed:
		return h.s.Good.Render(text)
	case progress.NotPassed:
		return h.s.Bad.Render(text)
	case progress.NotStarted:
		return h.s.Subtle.Render(text)
	}
	return text
}

func (h *homeModel) view() string {
	var top strings.Builder
	if h.c.Subtitle != "" {
		top.WriteString(" " + h.s.Subtle.Render(h.c.Subtitle) + "\n\n")
	}
	done, total := h.st.PassedCount(h.c), len(h.c.Modules)
	barW := min(30, max(h.width-44, 10))
	fmt.Fprintf(&top, " %s  %s  %s\n\n", h.l.T(locale.HomeProgress), ui.Bar(done, total, barW, h.s.Bar, h.s.BarEmpty), h.l.T(locale.HomePassedof, done, total))

	var bottom []string
	if sel := h.items[h.cursor].module; sel != nil {
		bottom = append(bottom, "")
		info := sel.Summary + " " + h.l.T(locale.HomeMinutes, sel.Minutes)
		for _, l := range strings.Split(lipgloss.Wrap(info, max(h.width-6, 20), " "), "\n") {
			bottom = append(bottom, "   "+h.s.Subtle.Render(l))
		}
	}
	if h.o.DataDir != "" {
		bottom = append(bottom, "", " "+h.s.Subtle.Render(ui.Truncate(h.l.T(locale.HelpDatadir, h.o.DataDir), h.width-2)))
	}
	rows, cursorRow := h.rows()
	room := h.bodyHeight(1) - strings.Count(top.String(), "\n") - len(bottom)
	rows = window(rows, cursorRow, max(room, 3))
	body := top.String() + strings.Join(rows, "\n") + "\n" + strings.Join(bottom, "\n")
	right := h.l.T(locale.HomeVersion, h.c.Version)
	return h.frame(h.c.Title, right, body, h.footer(h.keys(), ""))
}

// rows are the lines of the home list, and the line the cursor is on.
func (h *homeModel) rows() ([]string, int) {
	numW, nameW := ui.ModuleColumns(h.c.Modules)
	nameW = min(nameW, max(h.width-30-numW, 20))
	var rows []string
	cursorRow := 0
	for i, it := range h.items {
		cursor := ui.Cursor(i == h.cursor, h.s.Selected)
		if i == h.cursor {
			cursorRow = len(rows)
		}
		var line string
		switch {
		case it.review:
			line = h.l.N(locale.ReviewHome, h.due)
		case it.cert:
			line = h.l.T(locale.HomeCert)
		case it.resume && it.pos.Quiz:
			line = h.l.T(locale.HomeResume) + ": " + h.l.T(locale.HomeResumeQuiz, it.module.Title)
		case it.resume && it.next:
			line = h.l.T(locale.HomeNext, it.module.Title)
		case it.resume:
			line = h.l.T(locale.HomeResume) + ": " + h.l.T(locale.HomeResumePage, it.module.Title, it.pos.Page+1, len(it.module.Pages))
		}
		if line != "" {
			if i == h.cursor {
				line = h.s.Selected.Render(line)
			}
			rows = append(rows, " "+cursor+line, "")
			continue
		}
		title := ui.Truncate(it.module.Title, nameW)
		if i == h.cursor {
			title = h.s.Selected.Render(title)
		}
		title = ui.Pad(title, nameW) // by cells, outside the style
		line = fmt.Sprintf("%*d  %s  %s", numW, h.c.Number(it.module), title, h.statusText(it.module))
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
