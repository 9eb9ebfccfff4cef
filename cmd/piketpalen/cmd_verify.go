package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
)

// Exit statuses of "piketpalen verify".
const (
	verifyIntact     = 0 // intact and not a specimen: a valid certificate
	verifyInvalid    = 1 // altered, a specimen, or signed by another build
	verifyUnreadable = 2 // not a certificate, unreadable, or a usage error
)

// verifyCommand is the verify command; see runVerify.
func verifyCommand() *command {
	return &command{names: []string{"verify"}, usage: locale.VerifyUsage, most: -1, run: runVerify}
}

// runVerify checks a certificate file (PDF or JSON) and says what it says
// and whether it can be trusted, in the language --lang names, else Dutch. A
// specimen exits with 1, not 0: it is intact, but it is not a valid
// certificate, and a script that accepts exit 0 must never accept a sample.
func runVerify(inv *invocation) int {
	l, stdout, stderr, rest := inv.lang(), inv.stdout, inv.stderr, inv.args
	if len(rest) != 1 {
		inv.usage(stderr, l)
		return verifyUnreadable
	}
	path := rest[0]

	pub, err := certificate.DefaultPublicKey()
	if err != nil {
		inv.warn(err.Error())
		return verifyUnreadable
	}
	c, err := certificate.VerifyFile(path, pub)
	// what it says, then the verdict: intact, or a specimen (marked as
	// one above it too)
	verdict := func(specimen bool, after locale.Key) {
		if specimen {
			fmt.Fprintln(stdout, l.T(locale.VerifySpecimenmark)+"\n")
		}
		printCertificate(stdout, l, c)
		fmt.Fprintln(stdout, "\n"+l.T(after))
	}
	switch {
	case err == nil:
		verdict(false, locale.VerifyIntact)
		return verifyIntact
	case errors.Is(err, certificate.ErrSpecimen):
		verdict(true, locale.VerifySpecimen)
		return verifyInvalid
	case errors.Is(err, certificate.ErrOtherKey), errors.Is(err, certificate.ErrAltered):
		key := locale.VerifyAltered
		if errors.Is(err, certificate.ErrOtherKey) {
			key = locale.VerifyOtherkey
		}
		fmt.Fprintln(stdout, l.T(key))
		inv.warn(err.Error())
		return verifyInvalid

	default: // certificate.ErrUnreadable, or a file that cannot be opened
		inv.warn(l.T(locale.VerifyUnreadable, path))
		inv.warn(err.Error())
		return verifyUnreadable
	}
}

// printCertificate writes what a certificate says, in language l, one
// labelled line per field and one line per module.
func printCertificate(w io.Writer, l locale.Lang, c *certificate.Certificate) {
	labels := []struct {
		key   locale.Key
		value string
	}{
		{locale.VerifyName, c.Learner},
		{locale.VerifyOrg, c.Organisation},
		{locale.VerifyCourse, c.Course},
		{locale.VerifyVersion, c.CourseVersion},
		{locale.VerifyAsof, certDate(l, c.AsOf)},
		{locale.VerifyCompleted, certDate(l, c.Completed)},
		{locale.VerifyIssuer, c.Issuer},
		{locale.VerifyCode, c.Code},
	}
	labelW := 0 // the longest label with its colon, and one space more
	for _, f := range labels {
		labelW = max(labelW, ui.Width(l.T(f.key))+2)
	}
	line := func(key locale.Key, value string) {
		if value != "" {
			fmt.Fprintf(w, "%s %s\n", ui.Pad(l.T(key)+":", labelW), value)
		}
	}
	for _, f := range labels[:len(labels)-1] {
		line(f.key, f.value)
	}

	width := 0
	for _, m := range c.Modules {
		width = max(width, ui.Width(m.Title))
	}
	fmt.Fprintln(w, l.T(locale.VerifyModules, c.PassMark))
	for _, m := range c.Modules {
		fmt.Fprintf(w, "  %s  %4d%%  %s\n", ui.Pad(m.Title, width), m.Score, certDate(l, m.Passed))
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
