package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"piketpalen/course"
	"piketpalen/modules"
)

// runValidate checks a course folder (or the built-in course) and prints
// every problem as path:line: message. The problems are in Dutch, like the
// course files; the lines around them follow --lang. Exit 0 when clean, 1
// on problems, 2 on a usage error.
func runValidate(args []string, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := langFlag(fs, ul)
	fs.Usage = func() { fmt.Fprintln(stderr, ul.T("validate.usage")) }
	rest, err := parseAll(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen validate", stderr)
	if !ok {
		return 2
	}
	if len(rest) > 1 {
		fs.Usage()
		return 2
	}
	var problems course.Problems
	prefix := ""
	name := l.T("validate.builtin")
	if len(rest) == 1 && rest[0] != "" {
		dir := rest[0]
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "piketpalen validate: %s\n", l.T("validate.notadir", dir))
			return 2
		}
		problems = course.Validate(os.DirFS(dir))
		prefix, name = dir, dir
	} else {
		problems = course.Validate(modules.FS)
	}
	for _, p := range problems {
		if prefix != "" {
			p.File = filepath.Join(prefix, filepath.FromSlash(p.File))
		}
		fmt.Fprintln(stdout, p)
	}
	switch len(problems) {
	case 0:
		fmt.Fprintln(stdout, l.T("validate.ok", name))
		return 0
	case 1:
		fmt.Fprintln(stderr, l.T("validate.problems.one", name))
	default:
		fmt.Fprintln(stderr, l.T("validate.problems", len(problems), name))
	}
	return 1
}
