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
// every problem as path:line: message. Exit 0 when clean, 1 on problems,
// 2 on a usage error.
func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Gebruik: piketpalen validate [MAP]\n\nControleert de cursus in MAP (zonder MAP: de ingebouwde cursus) en noemt elk\nprobleem als bestand:regel: melding.")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	var problems course.Problems
	prefix := ""
	name := "de ingebouwde cursus"
	if dir := fs.Arg(0); dir != "" {
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "piketpalen validate: %s is geen map\n", dir)
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
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "%d problemen gevonden in %s\n", len(problems), name)
		return 1
	}
	fmt.Fprintf(stdout, "%s is in orde\n", name)
	return 0
}
