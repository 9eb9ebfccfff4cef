package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"piketpalen/doctor"
)

// runDoctor checks the course, the data folder and the terminal and prints
// what it found. Exit 1 when something blocks use of the course.
func runDoctor(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	courseDir := fs.String("course", "", "cursusmap")
	dataDir := fs.String("data", "", "map voor je voortgang")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Gebruik: piketpalen doctor [--course MAP] [--data MAP]\n\nControleert of piketpalen op deze computer kan werken: de cursus, de map voor\nje voortgang (bestaat die, kan er geschreven worden, draagbare modus), de\nterminal, kleuren en UTF-8. Afsluitcode 1 als iets het gebruik blokkeert.")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	c, err := loadCourse(*courseDir)
	rs := doctor.Run(doctor.Input{DataFlag: *dataDir, Course: c, CourseErr: err, Out: stdout, Environ: os.Environ()})
	fmt.Fprintf(stdout, "piketpalen %s\n", version)
	doctor.Print(stdout, rs)
	if doctor.Blocked(rs) {
		fmt.Fprintln(stdout, "\nEr is een probleem dat het gebruik blokkeert (FOUT hierboven).")
		return 1
	}
	fmt.Fprintln(stdout, "\nAlles in orde: de cursus kan hier worden gevolgd.")
	return 0
}
