package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/termsafe"
	"piketpalen/internal/textwrap"
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
	review   bool // "Herhaling: N vragen", when some are due
	cert     bool // "certificaat maken", once every module is passed
	workshop bool // "Workshop": join one, or the one joined
	resume   bool // "verder waar je was"
	next     bool // resume goes to the next module, the last one being passed
	pos      progress.Position
	module   *course.Module
}

// focus puts the cursor on m's own row (not the row that resumes it), so
// coming back from a module lands on that module.
func (h *homeModel) focus(m *course.Module) {
	for j, it := range h.items {
		if !it.resume && !it.cert && !it.review && !it.workshop && it.module == m {
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
	h.items = append(h.items, homeItem{workshop: true})
	return h
}

func (h *homeModel) keys() homeKeys {
	_, _, joined := h.o.Workshop.Joined()
	return newHomeKeys(h.l, h.due > 0).inWorkshop(joined)
}

// workshopKey joins a workshop (the form asks for the folder) or leaves
// the one joined.
func (h *homeModel) workshopKey() {
	if _, _, joined := h.o.Workshop.Joined(); joined {
		h.o.Workshop.Leave()
		h.send(statusMsg{h.l.T(locale.WorkshopLeft)})
		return
	}
	h.send(openFormMsg{workshopForm})
}

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
		case it.workshop:
			h.workshopKey()
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
	case key.Matches(msg, k.Workshop):
		h.workshopKey()
	case key.Matches(msg, k.Privacy):
		h.send(openPrivacyMsg{})
	case key.Matches(msg, k.Jump):
		// modules are numbered from 1, as everywhere (course.Number)
		if m := h.c.Find(msg.String()); m != nil {
			h.focus(m)
		}
	}
	return nil
}

func (h *homeModel) statusText(m *course.Module) string {
	st := h.st.Status(m)
	text := ui.Status(h.l, st, h.c.Version)
	if h.updated[m.ID] {
		text += " · " + h.l.T(locale.UpdateBadge)
	}
	switch st.Stage {
	case progress.Passed:
		return h.s.Good.Render(text)
	case progress.NotPassed, progress.RetakeNeeded:
		return h.s.Bad.Render(text)
	case progress.NotStarted:
		return h.s.Subtle.Render(text)
	}
	return text
}

func (h *homeModel) view() string {
	var head, progress strings.Builder
	if h.c.Subtitle != "" {
		head.WriteString(" " + h.s.Subtle.Render(h.c.Subtitle) + "\n\n")
	}
	done, total := h.st.PassedCount(h.c), len(h.c.Modules)
	barW := min(30, max(h.width-44, 10))
	fmt.Fprintf(&progress, " %s  %s  %s\n\n", h.l.T(locale.HomeProgress), ui.Bar(done, total, barW, h.s.Bar, h.s.BarEmpty), h.l.T(locale.HomePassedof, done, total))

	var bottom []string
	if sel := h.items[h.cursor].module; sel != nil {
		bottom = append(bottom, "")
		info := sel.Summary + " " + h.l.T(locale.HomeMinutes, sel.Minutes)
		for _, l := range strings.Split(textwrap.Wrap(info, max(h.width-6, 20)), "\n") {
			bottom = append(bottom, "   "+h.s.Subtle.Render(l))
		}
		if why := ui.Why(h.l, h.st.Status(sel)); why != "" {
			for _, l := range strings.Split(textwrap.Wrap(termsafe.String(why), max(h.width-6, 20)), "\n") {
				bottom = append(bottom, "   "+h.s.Warn.Render(l))
			}
		}
	}
	if h.o.DataDir != "" {
		bottom = append(bottom, "", " "+h.s.Subtle.Render(ui.Truncate(h.l.T(locale.HelpDatadir, h.o.DataDir), h.width-2)))
	}
	rows, cursorRow := h.rows()
	// What changed gets the lines the list leaves, at most a third of the
	// screen and at least two.
	free := h.bodyHeight(1) - strings.Count(head.String()+progress.String(), "\n") - len(bottom) - len(rows) - 1
	if lines := h.updateLines(max(min(free, h.bodyHeight(1)/3), 2)); len(lines) > 0 {
		head.WriteString(strings.Join(lines, "\n") + "\n\n")
	}
	top := head.String() + progress.String()
	room := h.bodyHeight(1) - strings.Count(top, "\n") - len(bottom)
	rows = window(rows, cursorRow, max(room, 3))
	body := top + strings.Join(rows, "\n") + "\n" + strings.Join(bottom, "\n")
	right := h.l.T(locale.HomeVersion, h.c.Version)
	return h.frame(h.c.Title, right, body, h.footer(h.keys(), ""))
}

// updateLines are what a new version of the course changed, wrapped, each
// line under its own indent (a list item's under its text): at most most
// lines, so the modules stay in view; what does not fit is left to print,
// which lists every change.
func (h *homeModel) updateLines(most int) []string {
	var out []string
	for _, line := range h.updates {
		text := strings.TrimLeft(line, " ")
		indent := strings.Repeat(" ", 1+len(line)-len(text))
		hang := indent
		if strings.HasPrefix(text, "- ") {
			hang += "  "
		}
		for i, l := range strings.Split(textwrap.Wrap(text, max(h.width-len(hang)-2, 20)), "\n") {
			lead := indent
			if i > 0 {
				lead = hang
			}
			out = append(out, lead+h.s.Warn.Render(l))
		}
	}
	if len(out) > most {
		out = append(out[:most-1], " "+h.s.Warn.Render(h.l.T(locale.UpdateMore)))
	}
	return out
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
		case it.workshop:
			// below the modules, apart from them
			line = h.l.T(locale.WorkshopHome)
			if code, dir, ok := h.o.Workshop.Joined(); ok {
				line = ui.Truncate(h.l.T(locale.WorkshopHomeIn, code, dir), max(h.width-6, 10))
			}
			if i == h.cursor {
				line = h.s.Selected.Render(line)
			}
			rows = append(rows, "", " "+cursor+line)
			continue
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
