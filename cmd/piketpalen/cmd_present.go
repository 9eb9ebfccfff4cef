package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/markdown"
	"piketpalen/internal/present"
)

// runPresent shows the course full screen for a group, on a projector:
// `piketpalen present [--course DIR] [--theme T] [--lang L] [MODULE]`.
// It reads and writes no learner data, so its language is the one --lang
// names, else Dutch. Flags may come before or after MODULE.
func runPresent(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("piketpalen present", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, ul.T("present.usage")) }
	courseDir := fs.String("course", "", ul.T("cli.flag.course"))
	theme := fs.String("theme", markdown.Dark, ul.T("present.flag.theme"))
	lang := langFlag(fs, ul)

	// flags may come after the module too: "present 3 --theme light"
	rest, err := parseAll(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen present", stderr)
	if !ok {
		return 2
	}
	if len(rest) > 1 {
		fmt.Fprintf(stderr, "piketpalen present: %s\n", l.T("present.onemodule", len(rest), rest))
		return 2
	}
	if !slices.Contains(markdown.Themes, *theme) {
		fmt.Fprintf(stderr, "piketpalen present: %s\n", l.T("cli.badtheme", *theme, strings.Join(markdown.Themes, ", ")))
		return 2
	}
	c, err := loadCourse(l, *courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}

	o := present.Options{Course: c, Style: *theme, Lang: l}
	if len(rest) == 1 {
		m := c.Find(rest[0])
		if m == nil {
			fmt.Fprintf(stderr, "piketpalen present: %s\n", l.T("present.unknownmodule", rest[0]))
			for i, m := range c.Modules {
				fmt.Fprintf(stderr, "  %2d  %-32s %s\n", i, m.ID, m.Title)
			}
			return 2
		}
		o.Module = m
	}

	opts := append([]tea.ProgramOption{tea.WithInput(stdin), tea.WithOutput(stdout)}, presentProgramOptions...)
	p := tea.NewProgram(present.New(o), opts...)
	if _, err := p.Run(); err != nil {
		fmt.Fprintf(stderr, "piketpalen present: %v\n", err)
		return 1
	}
	return 0
}

// presentProgramOptions are added to the program's options. Tests set a
// window size here, since a buffer standing in for the terminal has none.
var presentProgramOptions []tea.ProgramOption
