package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/coursetext"
)

// runPrint writes a module, or the whole course, as plain text to stdout.
// The course's text is Dutch; the headings it adds and the messages are in
// the language --lang names, else Dutch.
func runPrint(args []string, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("print", flag.ContinueOnError)
	fs.SetOutput(stderr)
	width := fs.Int("width", 80, ul.T("print.flag.width"))
	courseDir := fs.String("course", "", ul.T("cli.flag.course"))
	answers := fs.Bool("answers", false, ul.T("print.flag.answers"))
	lang := langFlag(fs, ul)
	fs.Usage = func() {
		fmt.Fprint(stderr, ul.T("print.usage"))
		fs.PrintDefaults()
	}
	modArgs, err := parseAll(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen print", stderr)
	if !ok {
		return 2
	}
	if *width < 30 || *width > 500 {
		fmt.Fprintf(stderr, "piketpalen print: %s\n", l.T("print.badwidth", *width))
		return 2
	}
	c, err := loadCourse(l, *courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	var mods []*course.Module
	for _, arg := range modArgs {
		m := c.Find(arg)
		if m == nil {
			fmt.Fprintf(stderr, "piketpalen print: %s\n", l.T("print.nomodule", arg, len(c.Modules), strings.Join(c.IDs(), ", ")))
			return 2
		}
		mods = append(mods, m)
	}
	w := bufio.NewWriter(stdout)
	if err := coursetext.Write(w, c, mods, coursetext.Options{Width: *width, Lang: l, Answers: *answers}); err != nil {
		fmt.Fprintf(stderr, "piketpalen print: %v\n", err)
		return 1
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "piketpalen print: %v\n", err)
		return 1
	}
	return 0
}
