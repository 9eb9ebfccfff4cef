// Command piketpalen is an offline terminal course for Dutch civil servants
// about the limits of their public speech. It runs the course built into the
// binary (or one from a folder), keeps the learner's progress on this
// computer, and makes certificates that can be verified offline.
package main

import (
	"bufio"
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
		fmt.Fprint(os.Stderr, "\n"+locale.NL.T("cli.pressenter"))
		bufio.NewReader(os.Stdin).ReadString('\n')
	}
	os.Exit(code)
}

// run dispatches the subcommands; it returns the exit status.
//
// Every command but the full-screen views writes through termsafe.Writer:
// whatever a file, a folder name or an argument puts into a line, no
// control character or escape sequence of it reaches the terminal (see
// package termsafe). The course and present views draw their own escape
// sequences; they get the bare standard output, and what they show is made
// safe where it enters (the course loader refuses control characters, the
// markdown renderer shows any that remain).
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	safeOut, safeErr := termsafe.NewWriter(stdout), termsafe.NewWriter(stderr)
	defer safeOut.Flush()
	defer safeErr.Flush()
	return dispatch(args, stdin, stdout, safeOut, safeErr)
}

// dispatch runs the subcommand args name; rawOut is the bare standard
// output, for the full-screen views only.
func dispatch(args []string, stdin io.Reader, rawOut io.Writer, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "validate":
			return runValidate(args[1:], stdout, stderr)
		case "export-results":
			return runExportResults(args[1:], stdout, stderr)
		case "results", "resultaten":
			return runResults(args[1:], stdout, stderr)
		case "present":
			return runPresent(args[1:], stdin, rawOut, stderr)
		case "licenses", "licenties":
			_, err := io.WriteString(stdout, assets.ThirdParty)
			if err != nil {
				return 1
			}
			return 0
		case "print":
			return runPrint(args[1:], stdout, stderr)
		case "doctor":
			return runDoctor(args[1:], rawOut, stdout, stderr)
		case "certificate", "certificaat":
			return runCertificate(args[1:], stdout, stderr)
		case "verify":
			return runVerify(args[1:], stdout, stderr)
		case "help", "--help", "-h":
			return runHelp(args[1:], stdout, stderr)
		}
	}
	return runCourse(args, stdin, rawOut, stderr)
}

// runHelp prints the usage and where the progress is kept, in the language
// that --lang names anywhere after "help" (else Dutch): "piketpalen help
// --lang en" and "piketpalen --help --lang en" both give English.
func runHelp(args []string, stdout, stderr io.Writer) int {
	l, ok := flagLang(langArg(args), "piketpalen help", stderr)
	if !ok {
		return 2
	}
	usage(stdout, l)
	dataHelp(stdout, l)
	return 0
}

// dataHelp says where this learner's progress is kept, and why there.
func dataHelp(w io.Writer, l locale.Lang) {
	dir, how, err := progress.Dir("")
	if err != nil {
		fmt.Fprint(w, l.T("cli.datahelp.err", err))
		return
	}
	fmt.Fprint(w, l.T("cli.datahelp", dir, doctor.DataRule(l, how)))
}

// usage writes the program's usage text in language l.
func usage(w io.Writer, l locale.Lang) {
	fmt.Fprint(w, l.T("cli.usage"))
}
