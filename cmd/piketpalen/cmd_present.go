package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"piketpalen/locale"
	"piketpalen/present"
	"piketpalen/render"
)

// runPresent shows the course full screen for a group, on a projector:
// `piketpalen present [--course DIR] [--theme T] [--lang L] [MODULE]`.
// It reads and writes no learner data. Flags may come before or after
// MODULE.
func runPresent(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("piketpalen present", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { presentUsage(stderr) }
	courseDir := fs.String("course", "", "cursusmap")
	theme := fs.String("theme", render.Dark, "dark, light, high-contrast of ascii")
	lang := fs.String("lang", "nl", "nl of en")

	// the flag package stops at the first argument that is not a flag;
	// parse on after it, so "present 3 --theme light" works too
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(rest) > 1 {
		fmt.Fprintf(stderr, "piketpalen present: één module tegelijk, niet %d (%v)\n", len(rest), rest)
		return 2
	}
	l, err := locale.Parse(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen present: --lang: %v\n", err)
		return 2
	}
	if !slices.Contains(render.Themes, *theme) {
		fmt.Fprintf(stderr, "piketpalen present: --theme: onbekend thema %q (kies %s)\n", *theme, strings.Join(render.Themes, ", "))
		return 2
	}
	c, err := loadCourse(*courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}

	o := present.Options{Course: c, Style: *theme, Lang: l}
	if len(rest) == 1 {
		m := c.Find(rest[0])
		if m == nil {
			fmt.Fprintf(stderr, "piketpalen present: onbekende module %q. Kies een van deze (naam of nummer):\n", rest[0])
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

func presentUsage(w io.Writer) {
	fmt.Fprint(w, `Gebruik: piketpalen present [--course MAP] [--theme dark|light|ascii] [--lang nl|en] [MODULE]

Presentatiemodus voor een training: toont een module groot op het scherm of de
beamer, met de pagina's, de gespreksvragen en alle toetsvragen. Het antwoord
op een vraag blijft verborgen tot je op enter of spatie drukt. Er wordt geen
voortgang gelezen of bewaard, dus er komt niemands resultaat op het scherm.

MODULE is de naam van een module (03-functioneringsnorm) of het nummer
ervan zoals het startscherm het toont (3, de eerste module is 0). Zonder
MODULE kies je eerst een module uit de lijst.

Opties:
  --course MAP   de cursus uit deze map in plaats van de ingebouwde cursus
  --theme NAAM   dark (standaard), light (lichte achtergrond) of ascii (zonder kleur)
  --lang TAAL    taal van de knoppen en meldingen: nl (standaard) of en

Toetsen: → volgende, ← vorige, enter of spatie toont het antwoord,
↑/↓ scrollen, esc terug naar de modules, ? hulp, q stoppen.
`)
}
