package main

import (
	"fmt"
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

// validateCommand is the validate command; see runValidate.
func validateCommand() *command {
	var strict bool
	return &command{
		names: []string{"validate"},
		usage: locale.ValidateUsage,
		most:  1,
		flags: func(fs *flagSet) {
			fs.toggle(&strict, "strict", locale.ValidateFlagStrict)
		},
		run: func(inv *invocation) int { return runValidate(inv, strict) },
	}
}

// runValidate checks a course folder (or the built-in course) and prints
// every problem and every warning of the lint (course.Check) as
// path:line: message. They are in Dutch, like the course files; the lines
// around them follow --lang. Exit 0 when there are no problems (warnings
// allowed, unless strict), 1 on problems or, when strict, warnings, 2 on a
// usage error.
func runValidate(inv *invocation, strict bool) int {
	l, stdout, stderr, rest := inv.lang(), inv.stdout, inv.stderr, inv.args
	var problems course.Problems
	prefix := ""
	name := l.T(locale.ValidateBuiltin)
	if len(rest) == 1 && rest[0] != "" {
		dir := rest[0]
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() {
			return inv.fail(2, l.T(locale.ValidateNotadir, dir))
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
	if errs > 0 {
		fmt.Fprintln(stderr, l.N(locale.ValidateProblems, errs, name))
	}
	switch {
	case warns == 0:
	case errs > 0 || strict:
		fmt.Fprintln(stderr, l.N(locale.ValidateWarnings, warns, name))
	default:
		fmt.Fprintln(stdout, l.N(locale.ValidateOkWarnings, warns, name))
		return 0
	}
	if errs > 0 || (strict && warns > 0) {
		return 1
	}
	fmt.Fprintln(stdout, l.T(locale.ValidateOk, name))
	return 0
}
