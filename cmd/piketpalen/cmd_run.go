package main

import (
	"fmt"
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/internal/plain"
	"piketpalen/internal/tui"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// runCourse opens the course in the full-screen interface, or in plain
// mode. Its messages are in the language that --lang names, else the one
// remembered in the learner's settings once they are read, else Dutch.
func runCourse(inv *invocation) int {
	releaseGC := holdGC() // until the first frame is on screen
	defer releaseGC()
	l, g, stdout, stderr := inv.lang(), inv.g, inv.stdout, inv.stderr
	if len(inv.args) > 0 {
		fmt.Fprintln(stderr, l.T(locale.CliUnknowncommand, inv.args[0]))
		return 2
	}
	usePlain := wantPlain(g.plain, os.Getenv, isTerminal(inv.stdin), isTerminal(inv.rawOut))
	// The full-screen interface starts from the lessons alone and reads the
	// question pools in the background, so a large course opens at once.
	// A problem in a question pool then ends the program a moment after the
	// first frame, with every problem listed, as validate lists them.
	load := course.Load
	if !usePlain && !g.version {
		load = course.LoadLessons
	}
	c, err := app.LoadCourse(l, g.course, load)
	if g.version {
		if err != nil {
			fmt.Fprintf(stdout, "piketpalen %s\n", version)
		} else {
			fmt.Fprintln(stdout, l.T(locale.CliVersion, version, c.Title, c.Version, c.AsOf.Format("2006-01-02")))
		}
		// The issuers this build trusts without --issuer; it holds no
		// private key.
		if set, err := issuer.Default(); err != nil {
			fmt.Fprintln(stdout, err)
		} else {
			fmt.Fprintln(stdout, l.T(locale.CliVersionIssuers, set.Len()))
		}
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}

	store, st, found, err := app.OpenProgress(l, g.data)
	if err != nil {
		return inv.fail(1, err.Error())
	}
	defer store.Close()
	outDir := app.OutDir(store.Dir())
	// A certificate or result file written by a copy that was killed
	// leaves a temporary file in the folder it was written to; the store
	// sweeps its own folder, this the folder offered for those files.
	atomicfile.Sweep(outDir, 10*time.Minute)
	l, th, changed := app.Settings(st, g.lang.v, g.theme.v)
	notices := ui.Notices(l, found)
	if changed {
		if err := store.Save(st); err != nil {
			notices = append(notices, l.T(locale.CliSettingnotsaved, err))
		}
	}
	ws := &app.Workshop{}
	if g.workshop != "" {
		if err := ws.Join(l, g.workshop, st, store.Dir()); err != nil {
			return inv.fail(1, err.Error())
		}
		joined, _ := ws.Said(l)
		notices = append(notices, joined)
		if err := store.Save(st); err != nil { // the learner id, if it was made now
			notices = append(notices, l.T(locale.CliSettingnotsaved, err))
		}
	}
	defer ws.Flush(l)
	learner := app.Learner{
		Workshop:    ws,
		Course:      c,
		State:       st,
		Save:        store.Save,
		SaveNotices: func() []string { return ui.Notices(l, store.Notices()) },
		Notices:     notices,
		DataDir:     store.Path(),
		KeyDir:      store.Dir(),
		OutDir:      outDir,
		Lang:        l,
	}
	stopped, release := notifyStop()
	defer release()
	if usePlain {
		// a signal ends plain mode like the end of the input, with the
		// last save and a goodbye that says whether it worked
		releaseGC()
		o := plain.Options{Learner: learner, In: stopReader(inv.stdin, stopped), Out: stdout}
		if err := plain.Run(o); err != nil {
			return inv.fail(1, err.Error())
		}
		return 0
	}
	screen := tui.New(tui.Options{
		Learner: learner,
		Theme:   th,
		Load:    func() (*course.Course, error) { return loadCourse(l, g.course) },

		FirstFrame: releaseGC,
	})
	_, _, runErr := runProgram(stopped, screen, tea.WithInput(inv.stdin), tea.WithOutput(inv.rawOut), tea.WithFPS(120))
	// Whatever ended the program, what is pending is saved now.
	if err := screen.Flush(); err != nil {
		return inv.fail(1, l.T(locale.SaveFailed, err))
	}
	if runErr != nil {
		return inv.fail(1, runErr.Error())
	}
	if err := screen.LoadError(); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// loadCourse reads the whole course in dir, or the built-in one when dir is
// empty; see app.LoadCourse.
func loadCourse(l locale.Lang, dir string) (*course.Course, error) {
	return app.LoadCourse(l, dir, course.Load)
}

// isTerminal reports whether f is an interactive terminal; a pipe or a file
// means plain mode.
func isTerminal(f any) bool {
	if file, ok := f.(interface{ Fd() uintptr }); ok {
		return term.IsTerminal(file.Fd())
	}
	return false
}

// learner is what the commands that act for one learner (certificate,
// export-results) need: their progress, the course, and their language.
type learner struct {
	store *progress.Store
	st    *progress.State
	c     *course.Course
	l     locale.Lang
}

// openLearner reads the learner's progress (see openProgress) and then
// the course. On failure it reports the problem under the command's name
// and returns nil with the exit status. The store must be closed.
func openLearner(inv *invocation) (*learner, int) {
	ls, code := openProgress(inv)
	if ls == nil {
		return nil, code
	}
	c, err := loadCourse(ls.l, inv.g.course)
	if err != nil {
		ls.store.Close()
		fmt.Fprintln(inv.stderr, err)
		return nil, 1
	}
	ls.c = c
	return ls, 0
}

// openProgress reads the learner's progress, so that from then on every
// message is in the language the learner chose (--lang if given, else the
// remembered one), for a command that needs no course (the learner has
// no course field then). Notices about the progress file go to stderr. On
// failure it reports the problem and returns nil with the exit status.
// The store must be closed.
func openProgress(inv *invocation) (*learner, int) {
	store, st, notices, err := app.OpenProgress(inv.lang(), inv.g.data)
	if err != nil {
		return nil, inv.fail(1, err.Error())
	}
	l := app.Language(inv.g.lang.v, st)
	for _, n := range ui.Notices(l, notices) {
		fmt.Fprintln(inv.stderr, n)
	}
	return &learner{store: store, st: st, l: l}, 0
}

// wantPlain decides between the full screen and plain text: plain when asked
// for with --plain, when ACCESSIBLE is set (screen-reader users set it),
// when TERM is dumb, or when input or output is not a terminal (a pipe, a
// file, a script).
func wantPlain(flag bool, getenv func(string) string, stdinTTY, stdoutTTY bool) bool {
	return flag || getenv("ACCESSIBLE") != "" || getenv("TERM") == "dumb" || !stdinTTY || !stdoutTTY
}
