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

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"piketpalen/course"
	"piketpalen/locale"
	"piketpalen/modules"
	"piketpalen/plain"
	"piketpalen/progress"
	"piketpalen/render"
	"piketpalen/tui"
)

// runCourse opens the course in the full-screen interface.
func runCourse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("piketpalen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { usage(stderr) }
	courseDir := fs.String("course", "", "cursusmap")
	dataDir := fs.String("data", "", "map voor je voortgang")
	theme := fs.String("theme", "", "dark, light, high-contrast of ascii (wordt onthouden)")
	lang := fs.String("lang", "", "nl of en (wordt onthouden)")
	showVersion := fs.Bool("version", false, "versie tonen")
	plainMode := fs.Bool("plain", false, "tekst regel voor regel, voor schermlezers")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "piketpalen: onbekende opdracht %q (zie: piketpalen help)\n", fs.Arg(0))
		return 2
	}
	usePlain := *plainMode || os.Getenv("ACCESSIBLE") != "" || !isTerminal(stdin) || !isTerminal(stdout)
	// The full-screen interface starts from the lessons alone and reads the
	// question pools in the background, so a large course opens at once.
	load := course.Load
	if !usePlain && !*showVersion {
		load = course.LoadLessons
	}
	c, err := loadWith(load, *courseDir)
	if *showVersion {
		if err != nil {
			fmt.Fprintf(stdout, "piketpalen %s\n", version)
		} else {
			fmt.Fprintf(stdout, "piketpalen %s (cursus %q versie %s, stand van zaken %s)\n", version, c.Title, c.Version, c.AsOf.Format("2006-01-02"))
		}
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if _, err := locale.Parse(*lang); err != nil {
		fmt.Fprintf(stderr, "piketpalen: --lang: %v\n", err)
		return 2
	}
	if *theme != "" && !slices.Contains(render.Themes, *theme) {
		fmt.Fprintf(stderr, "piketpalen: --theme: onbekend thema %q (kies %s)\n", *theme, strings.Join(render.Themes, ", "))
		return 2
	}

	store, st, notices, err := openProgress(*dataDir)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen: %v\n", err)
		return 1
	}
	defer store.Close()
	dir := store.Dir()
	l, style := settings(st, *lang, *theme)
	if *lang != "" || *theme != "" {
		if err := store.Save(st); err != nil {
			notices = append(notices, fmt.Sprintf("je instelling is niet bewaard: %v", err))
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
			In:      stdin,
			Out:     stdout,
			CertDir: certificateDir(dir),
		})
		if err != nil {
			fmt.Fprintf(stderr, "piketpalen: %v\n", err)
			return 1
		}
		return 0
	}
	app := tui.New(tui.Options{
		Course:  c,
		State:   st,
		Save:    store.Save,
		Notices: notices,
		DataDir: store.Path(),
		Style:   style,
		Lang:    l,

		CertDir:     certificateDir(dir),
		SaveNotices: store.Notices,
		Load:        func() (*course.Course, error) { return loadCourse(*courseDir) },
	})
	p := tea.NewProgram(app, tea.WithInput(stdin), tea.WithOutput(stdout), tea.WithFPS(120))
	if _, err := p.Run(); err != nil {
		fmt.Fprintf(stderr, "piketpalen: %v\n", err)
		return 1
	}
	if err := app.LoadError(); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// loadCourse loads the course from dir, or the built-in course when dir is
// empty. Problems are reported with the folder in front of each file name.
func loadCourse(dir string) (*course.Course, error) {
	return loadWith(course.Load, dir)
}

// loadWith loads the course in dir (the built-in one when dir is empty) with
// load, course.Load or course.LoadLessons, and words its problems.
func loadWith(load func(fs.FS) (*course.Course, error), dir string) (*course.Course, error) {
	if dir == "" {
		c, err := load(modules.FS)
		if err != nil {
			return nil, fmt.Errorf("de ingebouwde cursus is beschadigd:\n%w", err)
		}
		return c, nil
	}
	c, err := load(os.DirFS(dir))
	var ps course.Problems
	if errors.As(err, &ps) {
		for i := range ps {
			ps[i].File = filepath.Join(dir, filepath.FromSlash(ps[i].File))
		}
		return nil, fmt.Errorf("de cursus in %s heeft %d problemen (zie ook: piketpalen validate %s):\n%w", dir, len(ps), dir, ps)
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

// openProgress opens the learner's progress in the folder that dataFlag
// (the --data value, maybe empty) leads to, and reads it. The store must be
// closed. The error is worded for the learner.
func openProgress(dataFlag string) (*progress.Store, *progress.State, []string, error) {
	dir, _, err := progress.Dir(dataFlag)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("waar je voortgang moet staan is niet te bepalen: %w\nGeef een map op met --data MAP", err)
	}
	store, err := progress.Open(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	st, notices, err := store.Load()
	if err != nil {
		store.Close()
		if errors.Is(err, progress.ErrNewerSchema) {
			return nil, nil, nil, fmt.Errorf("%s is gemaakt door een nieuwere versie van piketpalen en is niet aangeraakt.\nGebruik die nieuwere versie, of kies een andere map met --data MAP", store.Path())
		}
		return nil, nil, nil, fmt.Errorf("je voortgang kon niet worden gelezen: %w", err)
	}
	return store, st, notices, nil
}

// settings chooses the interface language and theme: a flag given now wins
// and is remembered in the learner's settings; otherwise the remembered
// setting; otherwise Dutch and the dark theme.
func settings(st *progress.State, lang, theme string) (locale.Lang, string) {
	if lang != "" {
		st.Settings.Lang = lang
	}
	if theme != "" {
		st.Settings.Theme = theme
	}
	l, err := locale.Parse(st.Settings.Lang)
	if err != nil {
		l = locale.NL
	}
	style := st.Settings.Theme
	if !slices.Contains(render.Themes, style) {
		style = render.Dark
	}
	return l, style
}
