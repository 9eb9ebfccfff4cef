package main

import (
	"fmt"
	"os"
	"path/filepath"
	"piketpalen/internal/locale"

	"piketpalen/course"
	"piketpalen/modules"
)

// validateCommand is the validate command; see runValidate.
func validateCommand() *command {
	return &command{names: []string{"validate"}, usage: locale.ValidateUsage, most: 1, run: runValidate}
}

// runValidate checks a course folder (or the built-in course) and prints
// every problem as path:line: message. The problems are in Dutch, like the
// course files; the lines around them follow --lang. Exit 0 when clean, 1
// on problems, 2 on a usage error.
func runValidate(inv *invocation) int {
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
	if len(problems) == 0 {
		fmt.Fprintln(stdout, l.T(locale.ValidateOk, name))
		return 0
	}
	fmt.Fprintln(stderr, l.N(locale.ValidateProblems, len(problems), name))
	return 1
}
