// Command piketpalen is an offline terminal course for Dutch civil servants
// about the limits of their public speech. It runs the course built into the
// binary (or one from a folder), keeps the learner's progress on this
// computer, and makes certificates that can be verified offline.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"piketpalen/assets"
	"piketpalen/internal/doctor"
	"piketpalen/internal/locale"
	"piketpalen/internal/termsafe"
	"piketpalen/progress"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if code != 0 && ownConsole() {
		// Started by a double-click: keep the window open so the message
		// above can be read.
		fmt.Fprint(os.Stderr, "\n"+locale.NL.T(locale.CliPressenter))
		bufio.NewReader(os.Stdin).ReadString('\n')
	}
	os.Exit(code)
}

// commands are the subcommands, in the order the usage lists them.
func commands() []*command {
	return []*command{
		validateCommand(),
		exportResultsCommand(),
		resultsCommand(),
		presentCommand(),
		printCommand(),
		doctorCommand(),
		progressCommand(),
		certificateCommand(),
		verifyCommand(),
		issuerCommand(),
		issueCommand(),
		privacyCommand(),
		{names: []string{"licenses", "licenties"}, usage: locale.CliUsageLicenses, run: runLicenses},
		{names: []string{"help"}, usage: locale.CliUsageHelp, most: 1, run: runHelp},
	}
}

// run reads the command line once and runs what it asks for; it returns
// the exit status. A problem with the command line is worded in the
// language --lang names (Dutch when it names none, or an unknown one) and
// exits with 2.
//
// Every command but the full-screen views writes through termsafe.Writer:
// whatever a file, a folder name or an argument puts into a line, no
// control character or escape sequence of it reaches the terminal (see
// package termsafe). The course and present views draw their own escape
// sequences; they get the bare standard output (invocation.rawOut), and
// what they show is made safe where it enters (the course loader refuses
// control characters, the markdown renderer shows any that remain).
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	safeOut, safeErr := termsafe.NewWriter(stdout), termsafe.NewWriter(stderr)
	defer safeOut.Flush()
	defer safeErr.Flush()
	inv, err := parse(args, commands())
	inv.stdin, inv.rawOut, inv.stdout, inv.stderr = stdin, stdout, safeOut, safeErr
	l := inv.lang()
	var pe *parseError
	if errors.As(err, &pe) {
		fmt.Fprintf(stderr, "%s: %s\n", inv.name, pe.in(l))
		if pe.key != locale.CliBadlang && pe.key != locale.CliBadtheme {
			fmt.Fprintln(stderr, l.T(locale.CliSeehelp, inv.name))
		}
		return 2
	}
	switch {
	case inv.g.help && inv.cmd == nil:
		return runHelp(inv)
	case inv.g.help:
		inv.usage(stderr, l)
		return 0
	case inv.cmd == nil:
		return runCourse(inv)
	case inv.cmd.most >= 0 && len(inv.args) > inv.cmd.most:
		inv.usage(stderr, l)
		return 2
	}
	return inv.cmd.run(inv)
}

// runLicenses prints the licence texts of the modules the program is built
// from.
func runLicenses(inv *invocation) int {
	if _, err := io.WriteString(inv.stdout, assets.ThirdParty); err != nil {
		return 1
	}
	return 0
}

// runHelp prints the usage and where the progress is kept, in the language
// --lang names (else Dutch), before or after "help": "piketpalen help --lang
// en" and "piketpalen --lang en --help" both give English. "help COMMAND"
// prints that command's usage.
func runHelp(inv *invocation) int {
	defer holdGC()()
	l := inv.lang()
	if len(inv.args) == 1 {
		if c := find(commands(), inv.args[0]); c != nil {
			sub := &invocation{cmd: c, name: "piketpalen " + c.names[0]}
			sub.fs = newFlagSet(sub, c)
			sub.usage(inv.stdout, l)
			return 0
		}
	}
	if len(inv.args) > 0 {
		fmt.Fprintln(inv.stderr, l.T(locale.CliUnknowncommand, inv.args[0]))
		return 2
	}
	fmt.Fprint(inv.stdout, l.T(locale.CliUsage))
	dataHelp(inv.stdout, l)
	return 0
}

// dataHelp says where this learner's progress is kept, and why there.
func dataHelp(w io.Writer, l locale.Lang) {
	dir, how, err := progress.Dir("")
	if err != nil {
		fmt.Fprint(w, l.T(locale.CliDatahelpErr, err))
		return
	}
	fmt.Fprint(w, l.T(locale.CliDatahelp, dir, doctor.DataRule(l, how)))
}
