package main

import (
	"cmp"
	"fmt"
	"piketpalen/internal/locale"
	"time"

	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/app"
	"piketpalen/internal/present"
	"piketpalen/internal/theme"
	"piketpalen/internal/ui"
)

// presentCommand is the present command; see runPresent.
func presentCommand() *command {
	return &command{names: []string{"present"}, usage: locale.PresentUsage, most: -1, run: runPresent,
		more: func(l locale.Lang) string {
			return l.T(locale.PresentUsageKeys) + "\n" + ui.Indent(present.KeyHelp(l, 76), "  ")
		}}
}

// runPresent shows the course full screen for a group, on a projector:
// `piketpalen present [--course DIR] [--theme T] [--lang L] [MODULE]`.
// It reads and writes no learner data, so its language is the one --lang
// names, else Dutch. Flags may come before or after MODULE.
func runPresent(inv *invocation) int {
	l, stderr, rest := inv.lang(), inv.stderr, inv.args
	if len(rest) > 1 {
		return inv.fail(2, l.T(locale.PresentOnemodule, len(rest), rest))
	}
	c, err := loadCourse(l, inv.g.course)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}

	o := present.Options{Course: c, Theme: cmp.Or(inv.g.theme.v, theme.Dark), Lang: l}
	if len(rest) == 1 {
		m := c.Find(rest[0])
		if m == nil {
			inv.fail(2, l.T(locale.PresentUnknownmodule, rest[0]))
			for _, m := range c.Modules {
				fmt.Fprintf(stderr, "  %2d  %-32s %s\n", c.Number(m), m.ID, m.Title)
			}
			return 2
		}
		o.Module = m
	}

	if dir := inv.g.workshop; dir != "" {
		r, w, err := app.OpenWorkshop(l, dir, c, time.Now())
		if err != nil {
			return inv.fail(1, err.Error())
		}
		defer w.Close()
		o.Workshop, o.Watch = r, w
	}

	opts := append([]tea.ProgramOption{tea.WithInput(inv.stdin), tea.WithOutput(inv.rawOut)}, presentProgramOptions...)
	// A signal (Ctrl+C as a signal, the window closed) ends it quietly:
	// presenting keeps no learner data, so there is nothing to save.
	stopped, release := notifyStop()
	defer release()
	if _, _, err := runProgram(stopped, present.New(o), opts...); err != nil {
		// what went wrong in words, the system's own error on a detail line
		return inv.fail(1, l.T(locale.PresentNoscreen)+"\n"+l.T(locale.CliDetail, err))
	}
	return 0
}

// presentProgramOptions are added to the program's options. Tests set a
// window size here, since a buffer standing in for the terminal has none.
var presentProgramOptions []tea.ProgramOption
