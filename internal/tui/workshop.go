package tui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/locale"
)

// In a workshop every answer is written to the shared folder too, in the
// background, so that a slow share never holds up the screen. When a write
// fails (the share dropped) the status line says so and the answers are
// written again every workshopRetry until the folder is back; they are in
// the learner's own progress all along.

const workshopRetry = 2 * time.Second

type (
	// workshopFailedMsg: a write to the workshop folder failed; text says so.
	workshopFailedMsg struct{ text string }
	// workshopRetryMsg: time to write the answers that wait again.
	workshopRetryMsg struct{}
)

// workshopCmd writes an answer (an item of an attempt at module) to the
// workshop joined, in the background; nil outside a workshop.
func workshopCmd(w *app.Workshop, l locale.Lang, module string, it course.Item) tea.Cmd {
	if _, _, ok := w.Joined(); !ok {
		return nil
	}
	return func() tea.Msg {
		if err := w.Answered(l, module, it); err != nil {
			return workshopFailedMsg{err.Error()}
		}
		return nil
	}
}

// workshopFlushCmd writes the answers that wait, in the background; once
// they are in the folder, the failure goes off the status line.
func workshopFlushCmd(w *app.Workshop, l locale.Lang) tea.Cmd {
	return func() tea.Msg {
		if err := w.Flush(l); err != nil {
			return workshopFailedMsg{err.Error()}
		}
		prefix, _, _ := strings.Cut(l.T(locale.WorkshopWritefailed), "%")
		return clearStatusMsg{prefix}
	}
}

// workshopFailed says that the folder could not be written and tries again
// in a while: one retry at a time, however many answers failed meanwhile
// (a retry writes them all).
func (a *App) workshopFailed(msg workshopFailedMsg) tea.Cmd {
	a.status = msg.text
	if a.retrying {
		return nil
	}
	a.retrying = true
	return tea.Tick(workshopRetry, func(time.Time) tea.Msg { return workshopRetryMsg{} })
}
