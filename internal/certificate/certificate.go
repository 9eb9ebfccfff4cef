// Package certificate makes, signs, renders and checks the piketpalen
// certificate: the proof a learner hands to a manager or HR that they finished
// the course.
//
// A certificate exists in two forms that carry the same signed data:
//
//   - a JSON file, the machine-readable twin (see JSON and ParseJSON);
//   - an A4 landscape PDF (see PDF) with the Go fonts embedded, which also
//     carries that JSON as an embedded file, so the PDF can be checked on its
//     own (see VerifyFile).
//
// The data is signed with Ed25519 by the key whose did:key it names
// (SignedBy): an organisation's key for an issued certificate, the
// learner's own key for a self-issued bewijs van deelname (see package
// issuer). Verify says whether it is intact and whether a trusted issuer
// signed it; the program holds no private key of its own. The verification
// code printed on the PDF is a short, typeable fingerprint of the signature.
//
// A PDF is verified by taking the signed JSON out of it, checking the
// signature, rendering the PDF again from that JSON and comparing the bytes:
// rendering is deterministic, so any change to the file, visible or not,
// shows. The price is that the layout of the PDF is part of the format: see
// FormatVersion.
//
// The package does no terminal input or output; the CLI wires it up.
package certificate

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"piketpalen/internal/signedfile"
)

// Kind is the value of the "kind" field of every certificate. It tells a
// reader (or a person opening the JSON) what the file is.
const Kind = "piketpalen-certificaat"

// FormatVersion is the version of the certificate format written by this
// program: the JSON fields and the layout of the PDF. A PDF is checked by
// rendering it again and comparing bytes, so any change to the PDF layout
// must raise this number, or PDFs made by earlier releases would be reported
// as altered.
//
// Version 2 (this program) adds who signed it: SignedBy, the did:key of the
// signing key, SignedByName and SelfIssued, and the optional ValidUntil and
// LearnerID. Version 1 certificates were signed with a key built into every
// binary; they still verify, as intact but from no trusted issuer.
const FormatVersion = 2

// dateLayout is the form of every date in a certificate: a calendar day,
// without time or zone, as the learner experienced it.
const dateLayout = "2006-01-02"

// Certificate is the data of one certificate. The JSON form of this struct,
// with Code and Signature left out, is what is signed (see Canonical); the
// field order of the struct is therefore part of the format.
type Certificate struct {
	Kind     string `json:"kind"`     // always Kind
	Version  int    `json:"version"`  // FormatVersion when made
	Specimen bool   `json:"specimen"` // a sample for trainers and HR, never valid

	Learner      string `json:"learner"`
	Organisation string `json:"organisation,omitempty"`

	Course         string `json:"course"`                    // course title
	CourseSubtitle string `json:"course_subtitle,omitempty"` // optional line under the title
	CourseVersion  string `json:"course_version"`
	AsOf           string `json:"as_of"` // "stand van zaken", YYYY-MM-DD
	PassMark       int    `json:"pass_mark"`
	Issuer         string `json:"issuer"`
	Text           string `json:"text"` // follows the learner's name: "heeft de e-learning ... afgerond."

	Completed string   `json:"completed"` // YYYY-MM-DD, the day the last module was passed
	Modules   []Module `json:"modules"`

	Created time.Time `json:"created"` // UTC, whole seconds; also the PDF's creation date
	Key     string    `json:"key"`     // KeyID of the public key that signed it

	// Fields of format version 2; empty in version 1, so that the canonical
	// form of a version 1 certificate is what it was.
	LearnerID    string `json:"learner_id,omitempty"`     // the learner's random id, from the result file
	ValidUntil   string `json:"valid_until,omitempty"`    // YYYY-MM-DD; none: no end (see course valid_for)
	SelfIssued   bool   `json:"self_issued,omitempty"`    // a bewijs van deelname the learner made themselves
	SignedBy     string `json:"signed_by,omitempty"`      // did:key of the key that signed it
	SignedByName string `json:"signed_by_name,omitempty"` // the issuer's name, as in its issuer file; none when self-issued

	Code      string `json:"code,omitempty"`      // verification code, derived from Signature
	Signature string `json:"signature,omitempty"` // base64 (standard) Ed25519 signature
}

// Module is one module's result on a certificate.
type Module struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Score  int    `json:"score"`  // percent, 0–100, of the passing attempt
	Passed string `json:"passed"` // YYYY-MM-DD
}

// CourseInfo is what a certificate says about the course. It mirrors the
// course manifest (course.Course) so that this package does not depend on how
// a course is loaded.
type CourseInfo struct {
	Title           string
	Subtitle        string
	Version         string
	AsOf            time.Time // "stand van zaken": the day the law was checked
	PassMark        int       // percent
	Issuer          string
	CertificateText string // continues the sentence that starts with the learner's name
}

// ModuleResult is the learner's passing result in one module.
type ModuleResult struct {
	ID     string
	Title  string
	Score  int       // percent, 0–100
	Passed time.Time // when the passing attempt was finished
}

// Input is everything needed to make a certificate.
type Input struct {
	Learner      string
	Organisation string // optional
	Course       CourseInfo
	Modules      []ModuleResult // in course order
	Specimen     bool           // make a sample, marked as such everywhere

	LearnerID  string    // optional: the learner id of the result file it was issued from
	ValidUntil time.Time // optional: the last day it is valid (a course's valid_for)
	SelfIssued bool      // a bewijs van deelname, made by the learner's own program
	IssuerName string    // the organisation that issues it; "" when SelfIssued
}

// New builds an unsigned certificate from in, made at now. It normalises
// white space in every text (a manifest's multi-line certificate text becomes
// one paragraph) so that what is signed is exactly what the PDF shows.
// Module dates are taken in the local time zone, the learner's calendar.
// The completion date is the day the last module was passed.
func New(in Input, now time.Time) (*Certificate, error) {
	learner, err := CleanName(LearnerName, in.Learner)
	if err != nil {
		return nil, fmt.Errorf("make certificate: %w", err)
	}
	org, err := CleanName(Organisation, in.Organisation)
	if err != nil {
		return nil, fmt.Errorf("make certificate: %w", err)
	}
	c := &Certificate{
		Kind:           Kind,
		Version:        FormatVersion,
		Specimen:       in.Specimen,
		Learner:        learner,
		Organisation:   org,
		Course:         clean(in.Course.Title),
		CourseSubtitle: clean(in.Course.Subtitle),
		CourseVersion:  clean(in.Course.Version),
		PassMark:       in.Course.PassMark,
		Issuer:         clean(in.Course.Issuer),
		Text:           clean(in.Course.CertificateText),
		Created:        now.UTC().Truncate(time.Second),
		LearnerID:      in.LearnerID,
		SelfIssued:     in.SelfIssued,
	}
	if !in.SelfIssued {
		if c.SignedByName, err = CleanName(Organisation, in.IssuerName); err != nil {
			return nil, fmt.Errorf("make certificate: issuer: %w", err)
		}
	}
	if !in.ValidUntil.IsZero() {
		c.ValidUntil = in.ValidUntil.Format(dateLayout)
	}
	if !in.Course.AsOf.IsZero() {
		c.AsOf = in.Course.AsOf.Format(dateLayout)
	}
	var last time.Time
	for _, r := range in.Modules {
		m := Module{ID: clean(r.ID), Title: clean(r.Title), Score: r.Score}
		if !r.Passed.IsZero() {
			m.Passed = r.Passed.Local().Format(dateLayout)
			if r.Passed.After(last) {
				last = r.Passed
			}
		}
		c.Modules = append(c.Modules, m)
	}
	if !last.IsZero() {
		c.Completed = last.Local().Format(dateLayout)
	}
	if err := c.check(); err != nil {
		return nil, fmt.Errorf("make certificate: %w", err)
	}
	return c, nil
}

// Issue makes a certificate from in and signs it with key: an
// organisation's key when in.IssuerName is set, the learner's own key (see
// issuer.SelfKey) for a self-issued bewijs van deelname.
func Issue(in Input, key ed25519.PrivateKey, now time.Time) (*Certificate, error) {
	c, err := New(in, now)
	if err != nil {
		return nil, err
	}
	if err := Sign(c, key); err != nil {
		return nil, err
	}
	return c, nil
}

// check reports the first reason why c cannot be a certificate: a missing
// field, a date that is not YYYY-MM-DD, a score out of range. It does not
// look at the signature.
func (c *Certificate) check() error {
	h := signedfile.Header{Kind: c.Kind, WantKind: Kind, Version: c.Version, Newest: FormatVersion,
		Course: c.Course, CourseVersion: c.CourseVersion, PassMark: c.PassMark}
	if err := h.Check(); err != nil {
		return err
	}
	switch {
	case c.Learner == "":
		return errors.New("no learner name")
	case len(c.Modules) == 0:
		return errors.New("no modules")
	case c.Created.IsZero():
		return errors.New("no creation time")
	case c.Version < 2 && (c.LearnerID != "" || c.ValidUntil != "" || c.SelfIssued || c.SignedBy != "" || c.SignedByName != ""):
		return fmt.Errorf("format version %d has no issuer fields", c.Version)
	case c.Version >= 2 && !c.SelfIssued && c.SignedByName == "":
		return errors.New("no signed_by_name: the issuing organisation")
	}
	if c.ValidUntil != "" {
		if err := checkDate("valid_until", c.ValidUntil); err != nil {
			return err
		}
	}
	if err := CheckName(LearnerName, c.Learner); err != nil {
		return err
	}
	if err := CheckName(Organisation, c.Organisation); err != nil {
		return err
	}
	if err := checkDate("as_of", c.AsOf); err != nil {
		return err
	}
	if err := checkDate("completed", c.Completed); err != nil {
		return err
	}
	for i, m := range c.Modules {
		switch {
		case m.ID == "":
			return fmt.Errorf("module %d has no id", i+1)
		case m.Title == "":
			return fmt.Errorf("module %q has no title", m.ID)
		case m.Score < 0 || m.Score > 100:
			return fmt.Errorf("module %q: score %d is not a percentage", m.ID, m.Score)
		}
		if err := checkDate("module "+m.ID+" passed", m.Passed); err != nil {
			return err
		}
	}
	return c.checkPrintable()
}

// checkPrintable makes sure the fonts of the PDF have a glyph for every
// character of every text, so that a name never prints as empty boxes.
func (c *Certificate) checkPrintable() error {
	fields := []struct{ name, text string }{
		{"learner name", c.Learner}, {"organisation", c.Organisation},
		{"course title", c.Course}, {"course subtitle", c.CourseSubtitle},
		{"course version", c.CourseVersion}, {"issuer", c.Issuer},
		{"certificate text", c.Text}, {"verification code", c.Code},
		{"issuer name", c.SignedByName},
	}
	for _, m := range c.Modules {
		fields = append(fields, struct{ name, text string }{"title of module " + m.ID, m.Title})
	}
	for _, fld := range fields {
		bad, err := unprintable(fld.text)
		if err != nil {
			return err
		}
		if len(bad) > 0 {
			return fmt.Errorf("%s %q has characters the certificate font cannot print: %q", fld.name, fld.text, string(bad))
		}
	}
	return nil
}

func checkDate(field, s string) error {
	if s == "" {
		return fmt.Errorf("no %s date", field)
	}
	if _, err := time.Parse(dateLayout, s); err != nil {
		return fmt.Errorf("%s date %q is not YYYY-MM-DD", field, s)
	}
	return nil
}

// clean collapses runs of white space to one space, trims the ends and drops
// control characters, so text prints the same in the PDF and the JSON.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

var dutchMonths = [...]string{
	"januari", "februari", "maart", "april", "mei", "juni",
	"juli", "augustus", "september", "oktober", "november", "december",
}

// DutchDate writes a YYYY-MM-DD date the Dutch way: "23 november 2026".
// A string that is not such a date is returned unchanged.
func DutchDate(s string) string {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return s
	}
	return fmt.Sprintf("%d %s %d", t.Day(), dutchMonths[t.Month()-1], t.Year())
}
