package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"piketpalen/course"
	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/internal/plain"
	"piketpalen/internal/theme"
	"piketpalen/internal/tui"
	"piketpalen/internal/ui"
	"piketpalen/modules"
	"piketpalen/progress"
)

// runCourse opens the course in the full-screen interface, or in plain
// mode. Its messages are in the language that --lang names, else the one
// remembered in the learner's settings once they are read, else Dutch.
func runCourse(inv *invocation) int {
	l, g, stdout, stderr := inv.lang(), inv.g, inv.stdout, inv.stderr
	if len(inv.args) > 0 {
		fmt.Fprintln(stderr, l.T("cli.unknowncommand", inv.args[0]))
		return 2
	}
	usePlain := wantPlain(g.plain, os.Getenv, isTerminal(inv.stdin), isTerminal(stdout))
	// The full-screen interface starts from the lessons alone and reads the
	// question pools in the background, so a large course opens at once.
	// A problem in a question pool then ends the program a moment after the
	// first frame, with every problem listed, as validate lists them.
	load := course.Load
	if !usePlain && !g.version {
		load = course.LoadLessons
	}
	c, err := loadWith(l, load, g.course)
	if g.version {
		if err != nil {
			fmt.Fprintf(stdout, "piketpalen %s\n", version)
		} else {
			fmt.Fprintln(stdout, l.T("cli.version", version, c.Title, c.Version, c.AsOf.Format("2006-01-02")))
		}
		if id, public, err := certificate.BuildKey(); err != nil {
			fmt.Fprintln(stdout, err)
		} else if public {
			fmt.Fprintln(stdout, l.T("cli.version.key.public", id))
		} else {
			fmt.Fprintln(stdout, l.T("cli.version.key.own", id))
		}
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}

	store, st, found, err := openProgress(l, g.data)
	if err != nil {
		return inv.fail(1, err.Error())
	}
	defer store.Close()
	dir := store.Dir()
	l, th := settings(st, g.lang, g.theme)
	notices := ui.Notices(l, found)
	if g.lang.set || g.theme.set {
		if err := store.Save(st); err != nil {
			notices = append(notices, l.T("cli.settingnotsaved", err))
		}
	}
	if usePlain {
		err = plain.Run(plain.Options{
			Course:  c,
			State:   st,
			Save:    store.Save,
			Notices: notices,
			DataDir: store.Path(),
			Lang:    l,
			In:      inv.stdin,
			Out:     stdout,
			CertDir: certificateDir(dir),
		})
		if err != nil {
			return inv.fail(1, err.Error())
		}
		return 0
	}
	app := tui.New(tui.Options{
		Course:  c,
		State:   st,
		Save:    store.Save,
		Notices: notices,
		DataDir: store.Path(),
		Theme:   th,
		Lang:    l,

		CertDir:     certificateDir(dir),
		SaveNotices: func() []string { return ui.Notices(l, store.Notices()) },
		Load:        func() (*course.Course, error) { return loadCourse(l, g.course) },
	})
	p := tea.NewProgram(app, tea.WithInput(inv.stdin), tea.WithOutput(stdout), tea.WithFPS(120))
	if _, err := p.Run(); err != nil {
		return inv.fail(1, err.Error())
	}
	if err := app.LoadError(); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// loadCourse loads the course from dir, or the built-in course when dir is
// empty. Problems are reported with the folder in front of each file name;
// the words around them are in language l, the problems themselves in Dutch,
// like the course files.
func loadCourse(l locale.Lang, dir string) (*course.Course, error) {
	return loadWith(l, course.Load, dir)
}

// loadWith loads the course in dir (the built-in one when dir is empty) with
// load, course.Load or course.LoadLessons, and words its problems in l.
func loadWith(l locale.Lang, load func(fs.FS) (*course.Course, error), dir string) (*course.Course, error) {
	if dir == "" {
		c, err := load(modules.FS)
		if err != nil {
			return nil, fmt.Errorf(l.T("cli.builtinbroken"), err)
		}
		return c, nil
	}
	c, err := load(os.DirFS(dir))
	var ps course.Problems
	if errors.As(err, &ps) {
		for i := range ps {
			ps[i].File = filepath.Join(dir, filepath.FromSlash(ps[i].File))
		}
		if len(ps) == 1 {
			return nil, fmt.Errorf(l.T("cli.courseproblems.one"), dir, dir, ps)
		}
		return nil, fmt.Errorf(l.T("cli.courseproblems"), dir, len(ps), dir, ps)
	}
	return c, err
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

// openLearner reads the learner's progress and then the course, so that
// from then on every message is in the language the learner chose (--lang
// if given, else the remembered one). Notices about the progress file go to
// stderr. On failure it reports the problem under the command's name and
// returns nil with the exit status. The store must be closed.
func openLearner(inv *invocation) (*learner, int) {
	store, st, notices, err := openProgress(inv.lang(), inv.g.data)
	if err != nil {
		return nil, inv.fail(1, err.Error())
	}
	l := chooseLang(inv.g.lang, st)
	for _, n := range ui.Notices(l, notices) {
		fmt.Fprintln(inv.stderr, n)
	}
	c, err := loadCourse(l, inv.g.course)
	if err != nil {
		store.Close()
		fmt.Fprintln(inv.stderr, err)
		return nil, 1
	}
	return &learner{store: store, st: st, c: c, l: l}, 0
}

// openProgress opens the learner's progress in the folder that dataFlag
// (the --data value, maybe empty) leads to, and reads it. The store must be
// closed. The error is worded for the learner, in language l.
func openProgress(l locale.Lang, dataFlag string) (*progress.Store, *progress.State, []progress.Notice, error) {
	dir, _, err := progress.Dir(dataFlag)
	if err != nil {
		return nil, nil, nil, fmt.Errorf(l.T("cli.nodatadir"), err)
	}
	store, err := progress.Open(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	st, notices, err := store.Load()
	if err != nil {
		store.Close()
		if errors.Is(err, progress.ErrNewerSchema) {
			return nil, nil, nil, errors.New(l.T("cli.newerschema", store.Path()))
		}
		return nil, nil, nil, fmt.Errorf(l.T("cli.progressunreadable"), err)
	}
	return store, st, notices, nil
}

// settings chooses the interface language and theme: a flag given now wins
// and is remembered in the learner's settings; otherwise the remembered
// setting; otherwise Dutch and the dark theme. A remembered theme this
// version does not know (the file was edited by hand) gives the dark one.
func settings(st *progress.State, lang langValue, th themeValue) (locale.Lang, theme.Name) {
	if lang.set {
		st.Settings.Lang = string(lang.l)
	}
	if th.set {
		st.Settings.Theme = string(th.t)
	}
	t, err := theme.Parse(st.Settings.Theme)
	if err != nil {
		t = theme.Dark
	}
	return chooseLang(langValue{}, st), t
}

// wantPlain decides between the full screen and plain text: plain when asked
// for with --plain, when ACCESSIBLE is set (screen-reader users set it),
// when TERM is dumb, or when input or output is not a terminal (a pipe, a
// file, a script).
func wantPlain(flag bool, getenv func(string) string, stdinTTY, stdoutTTY bool) bool {
	return flag || getenv("ACCESSIBLE") != "" || getenv("TERM") == "dumb" || !stdinTTY || !stdoutTTY
}
