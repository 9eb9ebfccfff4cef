package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/internal/fileread"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/internal/ob3check"
	"piketpalen/internal/ui"
)

// Exit statuses of "piketpalen verify".
const (
	verifyIntact     = 0 // intact, not a specimen, from a trusted issuer
	verifyInvalid    = 1 // altered, a specimen, expired, or signed by another build
	verifyUnreadable = 2 // not a certificate, unreadable, or a usage error
	verifyNotTrusted = 3 // intact, but self-issued, from an issuer not trusted here, or made with the old built-in key
)

// listValue is a flag that may be given more than once.
type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

// verifyCommand is the verify command; see runVerify.
func verifyCommand() *command {
	var issuers, revoked listValue
	return &command{
		names: []string{"verify"},
		usage: locale.VerifyUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.choice(&issuers, "issuer", locale.CliArgFile, locale.VerifyFlagIssuer)
			fs.choice(&revoked, "revoked", locale.CliArgFile, locale.VerifyFlagRevoked)
		},
		run: func(inv *invocation) int { return runVerify(inv, issuers, revoked) },
	}
}

// runVerify checks a certificate file (PDF, JSON, or Open Badges 3.0
// credential) and says what it says and who stands behind it, in the
// language --lang names, else Dutch. Exit 0 only for an intact certificate
// from a trusted issuer (see package issuer for who is trusted); 3 for one
// that is intact but self-issued, from an issuer not trusted here, or made
// with the old built-in key. A specimen exits with 1: a script that
// accepts exit 0 must never accept a sample.
func runVerify(inv *invocation, issuers, revokedLists []string) int {
	l, stdout, stderr, rest := inv.lang(), inv.stdout, inv.stderr, inv.args
	if len(rest) != 1 {
		inv.usage(inv.stderr, l)
		return verifyUnreadable
	}
	path := rest[0]

	trust, err := issuer.Default()
	if err != nil {
		return inv.fail(verifyUnreadable, err.Error())
	}
	for _, p := range issuers {
		pub, err := issuer.LoadPublic(p)
		if err != nil {
			return inv.fail(verifyUnreadable, keyProblem(l, p, err))
		}
		trust.Add(pub)
	}
	var lists []*issuer.Revocations
	for _, p := range revokedLists {
		r, err := issuer.ReadRevocations(p)
		if err != nil {
			return inv.fail(verifyUnreadable, l.T(locale.VerifyRevokedlist, p, err))
		}
		lists = append(lists, r)
	}
	// revoked says so and returns verifyInvalid when a list revokes the
	// certificate with code that did issued; otherwise it returns code.
	revoked := func(did, certCode string, code int) int {
		for _, r := range lists {
			if r.Revoked(did, certCode) {
				fmt.Fprintln(stdout, l.T(locale.VerifyRevoked, r.Updated.Format(time.DateOnly)))
				return verifyInvalid
			}
		}
		return code
	}
	if data, err := fileread.Bounded(path, 1<<20); err == nil && isCredential(data) {
		if ob3Verify == nil {
			return inv.fail(verifyUnreadable, l.T(locale.VerifyNoob3, path))
		}
		got, code := verifyCredential(inv, data, path, trust)
		if got == nil {
			return code
		}
		return revoked(got.IssuerDID, got.Code, code)
	}
	c, err := certificate.VerifyFile(path, trust)
	// what it says, then the verdict (a specimen is marked as one above
	// it too)
	verdict := func(specimen bool, after string) {
		if specimen {
			fmt.Fprintln(stdout, l.T(locale.VerifySpecimenmark)+"\n")
		}
		printCertificate(stdout, l, c)
		fmt.Fprintln(stdout, "\n"+after)
	}
	switch {
	case err == nil:
		name, _ := trust.Trusted(c.SignedBy)
		verdict(false, l.T(locale.VerifyIntact, name))
		return revoked(c.SignedBy, c.Code, expired(inv, c.ValidUntil, verifyIntact))
	case errors.Is(err, certificate.ErrSpecimen):
		verdict(true, l.T(locale.VerifySpecimen))
		return verifyInvalid
	case errors.Is(err, certificate.ErrSelfIssued):
		verdict(false, l.T(locale.VerifySelfissued))
		return expired(inv, c.ValidUntil, verifyNotTrusted)
	case errors.Is(err, certificate.ErrLegacyKey):
		verdict(false, l.T(locale.VerifyLegacy))
		return verifyNotTrusted
	case errors.Is(err, certificate.ErrUntrusted):
		verdict(false, l.T(locale.VerifyUntrusted, c.SignedByName+", "+c.SignedBy))
		return revoked(c.SignedBy, c.Code, expired(inv, c.ValidUntil, verifyNotTrusted))
	case errors.Is(err, certificate.ErrOtherKey), errors.Is(err, certificate.ErrAltered):
		key := locale.VerifyAltered
		if errors.Is(err, certificate.ErrOtherKey) {
			key = locale.VerifyOtherkey
		}
		fmt.Fprintln(stdout, l.T(key))
		// the verdict is in words above; the check's own finding, for
		// whoever looks into it, on a detail line that says what it is
		fmt.Fprintln(stderr, l.T(locale.CliDetail, err))
		return verifyInvalid

	default: // certificate.ErrUnreadable, or a file that cannot be opened
		inv.warn(l.T(locale.VerifyUnreadable, path))
		fmt.Fprintln(stderr, l.T(locale.CliDetail, err))
		return verifyUnreadable
	}
}

// expired says so and returns verifyInvalid when the last valid day
// (YYYY-MM-DD; "" for none) has passed; otherwise it returns code.
func expired(inv *invocation, validUntil string, code int) int {
	t, err := time.Parse(time.DateOnly, validUntil)
	if err != nil || !time.Now().After(t.AddDate(0, 0, 1)) {
		return code
	}
	fmt.Fprintln(inv.stdout, inv.lang().T(locale.VerifyExpired, certDate(inv.lang(), validUntil)))
	return verifyInvalid
}

// isCredential reports whether data looks like a JSON credential (the VC
// 2.0 context and a proof), to tell it from a certificate's JSON.
func isCredential(data []byte) bool {
	return bytes.Contains(data, []byte("https://www.w3.org/ns/credentials/v2")) && bytes.Contains(data, []byte(`"proof"`))
}

// verifyCredential checks an Open Badges 3.0 credential (package ob3; only
// in a build with -tags ob3). It returns what the credential says (nil when
// it is not intact) and the exit status.
func verifyCredential(inv *invocation, data []byte, path string, trust *issuer.Set) (*ob3check.Checked, int) {
	l, stdout := inv.lang(), inv.stdout
	got, err := ob3Verify(data)
	switch {
	case errors.Is(err, certificate.ErrAltered):
		fmt.Fprintln(stdout, l.T(locale.VerifyAltered))
		inv.warn(err.Error())
		return nil, verifyInvalid
	case err != nil:
		inv.warn(l.T(locale.VerifyUnreadable, path))
		inv.warn(err.Error())
		return nil, verifyUnreadable
	}
	until := ""
	if !got.ValidUntil.IsZero() {
		until = got.ValidUntil.Format(time.DateOnly)
	}
	fields := []struct {
		key   locale.Key
		value string
	}{
		{locale.VerifyName, got.Learner},
		{locale.VerifyCourse, got.Course},
		{locale.VerifySignedby, got.IssuerName + " (" + got.IssuerDID + ")"},
		{locale.VerifyValiduntil, certDate(l, until)},
		{locale.VerifyCode, got.Code},
	}
	labelW := 0
	for _, f := range fields {
		labelW = max(labelW, ui.Width(l.T(f.key))+2)
	}
	for _, f := range fields {
		if f.value != "" {
			fmt.Fprintf(stdout, "%s %s\n", ui.Pad(l.T(f.key)+":", labelW), f.value)
		}
	}
	fmt.Fprintln(stdout)
	if name, ok := trust.Trusted(got.IssuerDID); ok {
		fmt.Fprintln(stdout, l.T(locale.VerifyIntact, name))
		return got, expired(inv, until, verifyIntact)
	}
	fmt.Fprintln(stdout, l.T(locale.VerifyUntrusted, got.IssuerName+", "+got.IssuerDID))
	return got, expired(inv, until, verifyNotTrusted)
}

// signedBy names who signed c, for the verify output: the issuer's name and
// did:key; nothing for a format 1 certificate or a self-issued one, whose
// verdict says so.
func signedBy(c *certificate.Certificate) string {
	if c.SignedBy == "" || c.SelfIssued {
		return ""
	}
	return c.SignedByName + " (" + c.SignedBy + ")"
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
		{locale.VerifySignedby, signedBy(c)},
		{locale.VerifyValiduntil, certDate(l, c.ValidUntil)},
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
