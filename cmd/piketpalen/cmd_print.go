package main

import (
	"bufio"
	"fmt"
	"piketpalen/internal/locale"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/coursetext"
)

// printCommand is the print command; see runPrint.
func printCommand() *command {
	var o struct {
		width   int
		answers bool
	}
	return &command{
		names: []string{"print"},
		usage: locale.PrintUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.number(&o.width, "width", 80, locale.PrintFlagWidth)
			fs.toggle(&o.answers, "answers", locale.PrintFlagAnswers)
		},
		run: func(inv *invocation) int { return runPrint(inv, o.width, o.answers) },
	}
}

// runPrint writes a module, or the whole course, as plain text to stdout.
// The course's text is Dutch; the headings it adds and the messages are in
// the language --lang names, else Dutch.
func runPrint(inv *invocation, width int, answers bool) int {
	l, stdout, stderr, modArgs := inv.lang(), inv.stdout, inv.stderr, inv.args
	if width < 30 || width > 500 {
		return inv.fail(2, l.T(locale.PrintBadwidth, width))
	}
	c, err := loadCourse(l, inv.g.course)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	var mods []*course.Module
	for _, arg := range modArgs {
		m := c.Find(arg)
		if m == nil {
			return inv.fail(2, l.T(locale.PrintNomodule, arg, len(c.Modules)-1, strings.Join(c.IDs(), ", ")))
		}
		mods = append(mods, m)
	}
	w := bufio.NewWriter(stdout)
	if err := coursetext.Write(w, c, mods, coursetext.Options{Width: width, Lang: l, Answers: answers}); err != nil {
		return inv.fail(1, err.Error())
	}
	if err := w.Flush(); err != nil {
		return inv.fail(1, err.Error())
	}
	return 0
}
