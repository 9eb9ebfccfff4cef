package main

import (
	"fmt"
	"os"
	"piketpalen/internal/locale"

	"piketpalen/internal/doctor"
)

// doctorCommand is the doctor command; see runDoctor.
func doctorCommand() *command {
	return &command{names: []string{"doctor"}, usage: locale.DoctorUsage, run: runDoctor}
}

// runDoctor checks the course, the data folder and the terminal and prints
// what it found, in the language --lang names, else Dutch: doctor looks at
// the progress file but does not read the settings in it. Exit 1 when
// something blocks use of the course.
func runDoctor(inv *invocation) int {
	l, stdout := inv.lang(), inv.stdout
	c, err := loadCourse(l, inv.g.course)
	// doctor only looks at the bare output (is it a terminal, how large,
	// which colours); what it prints goes through the sanitiser
	rs := doctor.Run(doctor.Input{DataFlag: inv.g.data, Course: c, CourseErr: err, Out: inv.rawOut, Environ: os.Environ(), Lang: l})
	fmt.Fprintf(stdout, "piketpalen %s\n", version)
	doctor.Print(stdout, l, rs)
	if doctor.Blocked(rs) {
		fmt.Fprintln(stdout, "\n"+l.T(locale.DoctorBlocked))
		return 1
	}
	fmt.Fprintln(stdout, "\n"+l.T(locale.DoctorFine))
	return 0
}
