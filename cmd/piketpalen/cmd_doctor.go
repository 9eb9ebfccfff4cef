package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"piketpalen/internal/doctor"
)

// runDoctor checks the course, the data folder and the terminal and prints
// what it found, in the language --lang names, else Dutch: doctor looks at
// the progress file but does not read the settings in it. Exit 1 when
// something blocks use of the course. term is the bare standard output,
// only looked at (is it a terminal, how large, which colours); what doctor
// prints goes to stdout.
func runDoctor(args []string, term, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	courseDir := fs.String("course", "", ul.T("cli.flag.course"))
	dataDir := fs.String("data", "", ul.T("cli.flag.data"))
	lang := langFlag(fs, ul)
	fs.Usage = func() { fmt.Fprintln(stderr, ul.T("doctor.usage")) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen doctor", stderr)
	if !ok {
		return 2
	}
	c, err := loadCourse(l, *courseDir)
	rs := doctor.Run(doctor.Input{DataFlag: *dataDir, Course: c, CourseErr: err, Out: term, Environ: os.Environ(), Lang: l})
	fmt.Fprintf(stdout, "piketpalen %s\n", version)
	doctor.Print(stdout, l, rs)
	if doctor.Blocked(rs) {
		fmt.Fprintln(stdout, "\n"+l.T("doctor.blocked"))
		return 1
	}
	fmt.Fprintln(stdout, "\n"+l.T("doctor.fine"))
	return 0
}
