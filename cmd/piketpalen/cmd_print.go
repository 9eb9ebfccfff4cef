package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"piketpalen/course"
	"piketpalen/locale"
	"piketpalen/printout"
)

// runPrint writes a module, or the whole course, as plain text to stdout.
func runPrint(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("print", flag.ContinueOnError)
	fs.SetOutput(stderr)
	width := fs.Int("width", 80, "regelbreedte")
	courseDir := fs.String("course", "", "cursusmap")
	lang := fs.String("lang", "nl", "nl of en")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Gebruik: piketpalen print [MODULE] [--width N] [--course MAP]

Schrijft een module (of zonder MODULE de hele cursus) als gewone tekst naar de
uitvoer: om af te drukken, door te sturen of met een schermlezer te lezen.
MODULE is het nummer zoals het overzicht het toont (0, 1, …) of de naam van de
map (03-functioneringsnorm).

Opties:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *width < 30 || *width > 500 {
		fmt.Fprintf(stderr, "piketpalen print: --width moet tussen 30 en 500 liggen, niet %d\n", *width)
		return 2
	}
	l, err := locale.Parse(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen print: --lang: %v\n", err)
		return 2
	}
	c, err := loadCourse(*courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	var mods []*course.Module
	for _, arg := range fs.Args() {
		m := c.Find(arg)
		if m == nil {
			fmt.Fprintf(stderr, "piketpalen print: geen module %q; kies een nummer van 0 tot %d of een van: %s\n", arg, len(c.Modules)-1, strings.Join(c.IDs(), ", "))
			return 2
		}
		mods = append(mods, m)
	}
	w := bufio.NewWriter(stdout)
	if err := printout.Write(w, c, mods, *width, l); err != nil {
		fmt.Fprintf(stderr, "piketpalen print: %v\n", err)
		return 1
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "piketpalen print: %v\n", err)
		return 1
	}
	return 0
}

// reorder puts flags before the module arguments, so "print 3 --width 60"
// works as well as "print --width 60 3".
func reorder(args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case strings.HasPrefix(a, "-") && strings.Contains(a, "="):
			flags = append(flags, a)
		case strings.HasPrefix(a, "-"):
			flags = append(flags, a)
			if i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") && a != "-h" && a != "--help" && a != "-help" {
				flags = append(flags, args[i+1])
				i++
			}
		default:
			rest = append(rest, a)
		}
	}
	return append(flags, rest...)
}
