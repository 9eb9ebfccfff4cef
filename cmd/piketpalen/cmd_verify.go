package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
)

// Exit statuses of "piketpalen verify".
const (
	verifyIntact     = 0 // intact and not a specimen: a valid certificate
	verifyInvalid    = 1 // altered, a specimen, or signed by another build
	verifyUnreadable = 2 // not a certificate, unreadable, or a usage error
)

// runVerify checks a certificate file (PDF or JSON) and says what it says
// and whether it can be trusted, in the language --lang names, else Dutch. A
// specimen exits with 1, not 0: it is intact, but it is not a valid
// certificate, and a script that accepts exit 0 must never accept a sample.
func runVerify(args []string, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := langFlag(fs, ul)
	fs.Usage = func() { fmt.Fprint(stderr, ul.T("verify.usage")) }
	rest, err := parseAll(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return verifyUnreadable
	}
	l, ok := flagLang(*lang, "piketpalen verify", stderr)
	if !ok {
		return verifyUnreadable
	}
	if len(rest) != 1 {
		fs.Usage()
		return verifyUnreadable
	}
	path := rest[0]

	pub, err := certificate.DefaultPublicKey()
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyUnreadable
	}
	c, err := certificate.VerifyFile(path, pub)
	switch {
	case err == nil:
		printCertificate(stdout, l, c)
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, l.T("verify.intact"))
		return verifyIntact

	case errors.Is(err, certificate.ErrSpecimen):
		fmt.Fprintln(stdout, l.T("verify.specimenmark"))
		fmt.Fprintln(stdout)
		printCertificate(stdout, l, c)
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, l.T("verify.specimen"))
		return verifyInvalid

	case errors.Is(err, certificate.ErrOtherKey):
		fmt.Fprintln(stdout, l.T("verify.otherkey"))
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyInvalid

	case errors.Is(err, certificate.ErrAltered):
		fmt.Fprintln(stdout, l.T("verify.altered"))
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyInvalid

	default: // certificate.ErrUnreadable, or a file that cannot be opened
		fmt.Fprintf(stderr, "piketpalen verify: %s\n", l.T("verify.unreadable", path))
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyUnreadable
	}
}

// printCertificate writes what a certificate says, in language l, one
// labelled line per field and one line per module.
func printCertificate(w io.Writer, l locale.Lang, c *certificate.Certificate) {
	labels := []struct{ key, value string }{
		{"verify.name", c.Learner},
		{"verify.org", c.Organisation},
		{"verify.course", c.Course},
		{"verify.version", c.CourseVersion},
		{"verify.asof", certDate(l, c.AsOf)},
		{"verify.completed", certDate(l, c.Completed)},
		{"verify.issuer", c.Issuer},
		{"verify.code", c.Code},
	}
	labelW := 0 // the longest label with its colon, and one space more
	for _, f := range labels {
		labelW = max(labelW, len([]rune(l.T(f.key)))+2)
	}
	line := func(key, value string) {
		if value != "" {
			label := l.T(key) + ":"
			fmt.Fprintf(w, "%s%s %s\n", label, strings.Repeat(" ", max(0, labelW-len([]rune(label)))), value)
		}
	}
	for _, f := range labels[:len(labels)-1] {
		line(f.key, f.value)
	}

	width := 0
	for _, m := range c.Modules {
		width = max(width, len([]rune(m.Title)))
	}
	fmt.Fprintln(w, l.T("verify.modules", c.PassMark))
	for _, m := range c.Modules {
		pad := strings.Repeat(" ", width-len([]rune(m.Title)))
		fmt.Fprintf(w, "  %s%s  %4d%%  %s\n", m.Title, pad, m.Score, certDate(l, m.Passed))
	}
	code := labels[len(labels)-1]
	line(code.key, code.value)
}

// certDate writes a certificate's YYYY-MM-DD date in language l: "23
// november 2026", "23 November 2026". Anything else is returned unchanged.
func certDate(l locale.Lang, s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return l.Date(t)
}
