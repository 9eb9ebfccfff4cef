package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/modules"
)

// validateNow is the day the lint measures the content's age against; a
// variable so tests can fix it.
var validateNow = time.Now

// runValidate checks a course folder (or the built-in course) and prints
// every problem and every warning of the lint (course.Check) as
// path:line: message. They are in Dutch, like the course files; the lines
// around them follow --lang. Exit 0 when there are no problems (warnings
// allowed, unless --strict), 1 on problems or, with --strict, warnings, 2
// on a usage error.
func runValidate(args []string, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := langFlag(fs, ul)
	strict := fs.Bool("strict", false, "")
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
		problems = course.Check(os.DirFS(dir), validateNow())
		prefix, name = dir, dir
	} else {
		problems = course.Check(modules.FS, validateNow())
	}
	for _, p := range problems {
		if prefix != "" {
			p.File = filepath.Join(prefix, filepath.FromSlash(p.File))
		}
		fmt.Fprintln(stdout, p)
	}
	errs, warns := problems.Count(course.Error), problems.Count(course.Warning)
	switch {
	case errs == 1:
		fmt.Fprintln(stderr, l.T("validate.problems.one", name))
	case errs > 1:
		fmt.Fprintln(stderr, l.T("validate.problems", errs, name))
	}
	switch {
	case warns == 0:
	case errs > 0 || *strict:
		fmt.Fprintln(stderr, plural(l, "validate.warnings", warns, name))
	default:
		fmt.Fprintln(stdout, plural(l, "validate.ok.warnings", warns, name))
		return 0
	}
	if errs > 0 || (*strict && warns > 0) {
		return 1
	}
	fmt.Fprintln(stdout, l.T("validate.ok", name))
	return 0
}

// plural returns the message key+".one" for one, key for more.
func plural(l locale.Lang, key string, n int, name string) string {
	if n == 1 {
		return l.T(key+".one", name)
	}
	return l.T(key, n, name)
}
