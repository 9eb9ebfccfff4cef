package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/internal/fileread"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
)

// isCredential reports whether data looks like a JSON credential (has the
// VC 2.0 context and a proof), to tell it from a certificate's JSON.
func isCredential(data []byte) bool {
	return bytes.Contains(data, []byte("https://www.w3.org/ns/credentials/v2")) && bytes.Contains(data, []byte(`"proof"`))
}

// signedBy names who signed c, for the verify output: the issuer's name and
// did:key; nothing for a format 1 certificate or a self-issued one (which
// says so in its own line).
func signedBy(c *certificate.Certificate) string {
	if c.SignedBy == "" || c.SelfIssued {
		return ""
	}
	return c.SignedByName + " (" + c.SignedBy + ")"
}

// Exit statuses of "piketpalen verify".
const (
	verifyIntact     = 0 // intact, not a specimen, from a trusted issuer
	verifyInvalid    = 1 // altered, a specimen, revoked, expired, or signed by another build
	verifyUnreadable = 2 // not a certificate, unreadable, or a usage error
	verifyNotTrusted = 3 // intact, but self-issued, from an issuer not trusted here, or made with the old built-in key
)

// listFlag is a flag that may be given more than once.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// runVerify checks a certificate file (PDF, JSON, or Open Badges 3.0
// credential) and says what it says and who stands behind it, in the
// language --lang names, else Dutch. Exit 0 only for an intact certificate
// from a trusted issuer (see package issuer for who is trusted); 3 for one
// that is intact but self-issued or from an issuer not trusted here. A
// specimen exits with 1: a script that accepts exit 0 must never accept a
// sample.
func runVerify(args []string, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := langFlag(fs, ul)
	var issuers listFlag
	fs.Var(&issuers, "issuer", "")
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

	trust, err := issuer.Default()
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyUnreadable
	}
	for _, p := range issuers {
		pub, err := issuer.LoadPublic(p)
		if err != nil {
			fmt.Fprintf(stderr, "piketpalen verify: %s\n", l.T("verify.issuerfile", p, err))
			return verifyUnreadable
		}
		trust.Add(pub)
	}
	if data, err := fileread.Bounded(path, 1<<20); err == nil && isCredential(data) {
		if ob3Verify == nil {
			fmt.Fprintf(stderr, "piketpalen verify: %s\n", l.T("verify.noob3", path))
			return verifyUnreadable
		}
		return verifyCredential(data, path, trust, l, stdout, stderr)
	}
	c, err := certificate.VerifyFile(path, trust)
	switch {
	case err == nil:
		printCertificate(stdout, l, c)
		fmt.Fprintln(stdout)
		name, _ := trust.Trusted(c.SignedBy)
		fmt.Fprintln(stdout, l.T("verify.trusted", name))
		return expired(c.ValidUntil, l, stdout, verifyIntact)

	case errors.Is(err, certificate.ErrSpecimen):
		fmt.Fprintln(stdout, l.T("verify.specimenmark"))
		fmt.Fprintln(stdout)
		printCertificate(stdout, l, c)
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, l.T("verify.specimen"))
		return verifyInvalid

	case errors.Is(err, certificate.ErrSelfIssued), errors.Is(err, certificate.ErrUntrusted), errors.Is(err, certificate.ErrLegacyKey):
		printCertificate(stdout, l, c)
		fmt.Fprintln(stdout)
		switch {
		case errors.Is(err, certificate.ErrSelfIssued):
			fmt.Fprintln(stdout, l.T("verify.selfissued"))
		case errors.Is(err, certificate.ErrLegacyKey):
			fmt.Fprintln(stdout, l.T("verify.legacy"))
		default:
			fmt.Fprintln(stdout, l.T("verify.untrusted", c.SignedByName+", "+c.SignedBy))
		}
		return expired(c.ValidUntil, l, stdout, verifyNotTrusted)

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

// expired says so and returns verifyInvalid when the last valid day
// (YYYY-MM-DD, "" for none) has passed; otherwise it returns code.
func expired(validUntil string, l locale.Lang, stdout io.Writer, code int) int {
	t, err := time.Parse(time.DateOnly, validUntil)
	if err != nil || !time.Now().After(t.AddDate(0, 0, 1)) {
		return code
	}
	fmt.Fprintln(stdout, l.T("verify.expired", certDate(l, validUntil)))
	return verifyInvalid
}

// verifyCredential checks an Open Badges 3.0 credential.
func verifyCredential(data []byte, path string, trust *issuer.Set, l locale.Lang, stdout, stderr io.Writer) int {
	got, err := ob3Verify(data)
	switch {
	case errors.Is(err, certificate.ErrAltered):
		fmt.Fprintln(stdout, l.T("verify.altered"))
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyInvalid
	case err != nil:
		fmt.Fprintf(stderr, "piketpalen verify: %s\n", l.T("verify.unreadable", path))
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyUnreadable
	}
	line := func(key, v string) {
		if v != "" {
			fmt.Fprintf(stdout, "%s: %s\n", l.T(key), v)
		}
	}
	line("verify.name", got.Learner)
	line("verify.course", got.Course)
	line("verify.signedby", got.IssuerName+" ("+got.IssuerDID+")")
	line("verify.code", got.Code)
	until := ""
	if !got.ValidUntil.IsZero() {
		until = got.ValidUntil.Format(time.DateOnly)
		line("verify.validuntil", certDate(l, until))
	}
	fmt.Fprintln(stdout)
	if name, ok := trust.Trusted(got.IssuerDID); ok {
		fmt.Fprintln(stdout, l.T("verify.trusted", name))
		return expired(until, l, stdout, verifyIntact)
	}
	fmt.Fprintln(stdout, l.T("verify.untrusted", got.IssuerName+", "+got.IssuerDID))
	return expired(until, l, stdout, verifyNotTrusted)
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
		{"verify.signedby", signedBy(c)},
		{"verify.validuntil", certDate(l, c.ValidUntil)},
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
