package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"piketpalen/course"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/internal/plain"
	"piketpalen/internal/termsafe"
	"piketpalen/internal/tui"
	"piketpalen/internal/ui"
	"piketpalen/modules"
	"piketpalen/progress"
)

// runCourse opens the course in the full-screen interface, or in plain
// mode. Its messages are in the language that --lang names, else the one
// remembered in the learner's settings once they are read, else Dutch.
func runCourse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("piketpalen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { usage(stderr, ul) }
	courseDir := fs.String("course", "", ul.T("cli.flag.course"))
	dataDir := fs.String("data", "", ul.T("cli.flag.data"))
	theme := fs.String("theme", "", ul.T("cli.flag.theme"))
	lang := fs.String("lang", "", ul.T("cli.flag.langcourse"))
	showVersion := fs.Bool("version", false, ul.T("cli.flag.version"))
	plainMode := fs.Bool("plain", false, ul.T("cli.flag.plain"))
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen", stderr)
	if !ok {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, l.T("cli.unknowncommand", fs.Arg(0)))
		return 2
	}
	usePlain := wantPlain(*plainMode, os.Getenv, isTerminal(stdin), isTerminal(stdout))
	// Plain mode and the version lines are text: they go through the
	// sanitiser; the full-screen view needs the bare output.
	text := termsafe.NewWriter(stdout)
	defer text.Flush()
	// The full-screen interface starts from the lessons alone and reads the
	// question pools in the background, so a large course opens at once.
	// A problem in a question pool then ends the program a moment after the
	// first frame, with every problem listed, as validate lists them.
	load := course.Load
	if !usePlain && !*showVersion {
		load = course.LoadLessons
	}
	c, err := loadWith(l, load, *courseDir)
	if *showVersion {
		if err != nil {
			fmt.Fprintf(text, "piketpalen %s\n", version)
		} else {
			fmt.Fprintln(text, l.T("cli.version", version, c.Title, c.Version, c.AsOf.Format("2006-01-02")))
		}
		// The issuers this build trusts without --issuer; it holds no
		// private key.
		if set, err := issuer.Default(); err != nil {
			fmt.Fprintln(stdout, err)
		} else {
			fmt.Fprintln(stdout, l.T("cli.version.issuers", set.Len()))
		}
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if *theme != "" && !slices.Contains(markdown.Themes, *theme) {
		fmt.Fprintf(stderr, "piketpalen: %s\n", l.T("cli.badtheme", *theme, strings.Join(markdown.Themes, ", ")))
		return 2
	}

	store, st, found, err := openProgress(l, *dataDir)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen: %v\n", err)
		return 1
	}
	defer store.Close()
	dir := store.Dir()
	// A certificate or result file written by a copy that was killed
	// leaves a temporary file in the folder it was written to; the store
	// sweeps its own folder, this the folder offered for those files.
	atomicfile.Sweep(certificateDir(dir), 10*time.Minute)
	l, style := settings(st, *lang, *theme)
	notices := ui.Notices(l, found)
	if *lang != "" || *theme != "" {
		if err := store.Save(st); err != nil {
			notices = append(notices, l.T("cli.settingnotsaved", err))
		}
	}
	if usePlain {
		return runPlain(plain.Options{
			Course:      c,
			State:       st,
			Save:        store.Save,
			SaveNotices: func() []string { return ui.Notices(l, store.Notices()) },
			Notices:     notices,
			DataDir:     store.Path(),
			KeyDir:      store.Dir(),
			Lang:        l,
			In:          stdin,
			Out:         text,
			CertDir:     certificateDir(dir),
		}, stderr)
	}
	app := tui.New(tui.Options{
		Course:  c,
		State:   st,
		Save:    store.Save,
		Notices: notices,
		DataDir: store.Path(),
		KeyDir:  store.Dir(),
		Style:   style,
		Lang:    l,

		CertDir:     certificateDir(dir),
		SaveNotices: func() []string { return ui.Notices(l, store.Notices()) },
		Load:        func() (*course.Course, error) { return loadCourse(l, *courseDir) },
	})
	stopped, release := notifyStop()
	defer release()
	_, _, runErr := runProgram(stopped, app, tea.WithInput(stdin), tea.WithOutput(stdout), tea.WithFPS(120))
	// Whatever ended the program, what is pending is saved now.
	if err := app.Flush(); err != nil {
		fmt.Fprintf(stderr, "piketpalen: %s\n", l.T("save.failed", err))
		return 1
	}
	if runErr != nil {
		fmt.Fprintf(stderr, "piketpalen: %v\n", runErr)
		return 1
	}
	if err := app.LoadError(); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// runPlain runs plain mode until the learner stops, the input ends or one
// of stopSignals arrives; a signal ends it like the end of the input, with
// the last save and a goodbye that says whether it worked.
func runPlain(o plain.Options, stderr io.Writer) int {
	stopped, release := notifyStop()
	defer release()
	o.In = stopReader(o.In, stopped)
	if err := plain.Run(o); err != nil {
		fmt.Fprintf(stderr, "piketpalen: %v\n", err)
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
// from then on every message is in the language the learner chose (langFlag
// if given, else the remembered one). Notices about the progress file go to
// stderr. On failure it reports the problem under the command's name and
// returns nil with the exit status. The store must be closed.
func openLearner(name, langFlag, dataFlag, courseDir string, l locale.Lang, stderr io.Writer) (*learner, int) {
	store, st, notices, err := openProgress(l, dataFlag)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return nil, 1
	}
	l, _ = chooseLang(langFlag, st) // langFlag was checked by the caller
	for _, n := range ui.Notices(l, notices) {
		fmt.Fprintln(stderr, n)
	}
	c, err := loadCourse(l, courseDir)
	if err != nil {
		store.Close()
		fmt.Fprintln(stderr, err)
		return nil, 1
	}
	return &learner{store: store, st: st, c: c, l: l}, 0
}

// openProgress opens the learner's progress in the folder that dataFlag
// (the --data value, maybe empty) leads to, and reads it. The store must be
// closed. The error is worded for the learner, in language l.
func openProgress(l locale.Lang, dataFlag string) (*progress.Store, *progress.State, []progress.Notice, error) {
	dir, how, err := progress.Dir(dataFlag)
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
	if how == progress.HowPortableReadOnly {
		if from, ok := progress.ReadOnlyPortable(); ok {
			// The progress is in st either way; a save that fails here
			// (Load has then told of the folder) is tried again later.
			carried, _ := store.CarryOver(st, from)
			notices = append(notices, carried...)
		}
	}
	return store, st, notices, nil
}

// settings chooses the interface language and theme: a flag given now wins
// and is remembered in the learner's settings; otherwise the remembered
// setting; otherwise Dutch and the dark theme. The language follows
// chooseLang, like every command.
func settings(st *progress.State, lang, theme string) (locale.Lang, string) {
	if lang != "" {
		st.Settings.Lang = lang
	}
	if theme != "" {
		st.Settings.Theme = theme
	}
	l, _ := chooseLang("", st) // no flag value: no error
	style := st.Settings.Theme
	if !slices.Contains(markdown.Themes, style) {
		style = markdown.Dark
	}
	return l, style
}

// wantPlain decides between the full screen and plain text: plain when asked
// for with --plain, when ACCESSIBLE is set (screen-reader users set it),
// when TERM is dumb, or when input or output is not a terminal (a pipe, a
// file, a script).
func wantPlain(flag bool, getenv func(string) string, stdinTTY, stdoutTTY bool) bool {
	return flag || getenv("ACCESSIBLE") != "" || getenv("TERM") == "dumb" || !stdinTTY || !stdoutTTY
}
