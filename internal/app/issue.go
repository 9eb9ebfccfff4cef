package app

// The organisation's side of certificates: the result files a trainer or HR
// collected become certificates signed with the organisation's key (package
// issuer), after each file's signature is checked and every attempt in it
// is re-graded against the course (results.Regrade).

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"piketpalen/course"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/certificate"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
)

// IssueOutcome is what became of one result file.
type IssueOutcome int

const (
	Issued  IssueOutcome = iota // a certificate was written
	Refused                     // the file does not earn one; Reason says why
	Already                     // a certificate for this learner and course version exists; not issued again
)

// IssueEntry is one result file's outcome.
type IssueEntry struct {
	Path    string
	Learner string
	Outcome IssueOutcome
	Reason  string   // for Refused, in English
	Err     error    // for Refused: the error, for ExplainRefusal
	Files   []string // written (Issued) or found (Already)
}

// IssueSummary is what IssueFromResults did, one entry per result file, in path order.
type IssueSummary struct{ Entries []IssueEntry }

// Count returns how many entries have outcome o.
func (s *IssueSummary) Count(o IssueOutcome) int {
	n := 0
	for _, e := range s.Entries {
		if e.Outcome == o {
			n++
		}
	}
	return n
}

// IssueOptions steer IssueFromResults.
type IssueOptions struct {
	Out   string // folder the certificates go into
	Again bool   // issue again to learners who already have a certificate
	Now   time.Time

	// Credential makes the Open Badges 3.0 credential (ob3.Credential);
	// nil: none is written. It is a function so that a program can be
	// built without the JSON-LD library, which links net/http.
	Credential func(*certificate.Certificate, ed25519.PrivateKey) ([]byte, error)
}

// ResultPaths expands folders into the *.json result files in them (not
// recursively); files are kept as given.
func ResultPaths(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		m, err := filepath.Glob(filepath.Join(a, "*.json"))
		if err != nil {
			return nil, err
		}
		out = append(out, m...)
	}
	sort.Strings(out)
	return out, nil
}

// IssueFromResults issues a certificate for every result file in paths that earns
// one: intact, for course c at its version, every attempt re-grading, every
// module passed. Each is written as PDF, JSON and Open Badges 3.0
// credential into o.Out, named after the learner and the course version;
// such a set existing already means Already, unless o.Again.
func IssueFromResults(c *course.Course, key *issuer.Key, paths []string, o IssueOptions) *IssueSummary {
	s := &IssueSummary{}
	for _, p := range paths {
		s.Entries = append(s.Entries, issueOne(c, key, p, o))
	}
	return s
}

func issueOne(c *course.Course, key *issuer.Key, path string, o IssueOptions) IssueEntry {
	e := IssueEntry{Path: path, Outcome: Refused}
	f, err := results.Read(path)
	if f != nil {
		e.Learner = f.Shown()
	}
	switch {
	case errors.Is(err, results.ErrTampered), errors.Is(err, results.ErrOtherKey):
		e.Reason, e.Err = "the file was changed after it was exported: "+err.Error(), err
		return e
	case err != nil:
		e.Reason, e.Err = "not a readable result file: "+err.Error(), err
		return e
	}
	if f.Pseudonymous() {
		e.Reason, e.Err = "the file is pseudonymous: a certificate needs the learner's name", ErrNoName
		return e
	}
	graded, err := results.Regrade(f, c)
	if err != nil {
		e.Reason, e.Err = err.Error(), err
		return e
	}
	base := IssuedBase(f)
	files := []string{filepath.Join(o.Out, base+".pdf"), filepath.Join(o.Out, base+".json")}
	if o.Credential != nil {
		files = append(files, filepath.Join(o.Out, base+".ob3.json"))
	}
	if !o.Again {
		if _, err := os.Stat(files[1]); err == nil {
			e.Outcome, e.Files = Already, files
			return e
		}
	}
	in := certificate.Input{Learner: f.Learner, Organisation: f.Organisation, Course: certificate.Info(c), LearnerID: f.LearnerID, IssuerName: key.Name}
	var last time.Time
	for _, g := range graded {
		in.Modules = append(in.Modules, certificate.ModuleResult{ID: g.Module.ID, Title: g.Module.Title, Score: g.Score, Passed: g.Passed})
		if g.Passed.After(last) {
			last = g.Passed
		}
	}
	if c.ValidFor > 0 {
		in.ValidUntil = certificate.ValidUntil(last.Local(), c.ValidFor)
	}
	cert, err := certificate.Issue(in, key.Private, o.Now)
	if err != nil {
		e.Reason, e.Err = err.Error(), err
		return e
	}
	var cred []byte
	if o.Credential != nil {
		if cred, err = o.Credential(cert, key.Private); err != nil {
			e.Reason, e.Err = err.Error(), err
			return e
		}
	}
	if _, _, err := certificate.WriteFiles(o.Out, base, cert); err != nil {
		e.Reason, e.Err = fmt.Sprintf("writing the certificate: %v", err), err
		return e
	}
	if cred != nil {
		if err := atomicfile.WriteFile(files[2], cred, 0o644); err != nil {
			e.Reason, e.Err = fmt.Sprintf("writing the Open Badges credential: %v", err), err
			return e
		}
	}
	e.Outcome, e.Files = Issued, files
	return e
}

// IssuedBase is the file name, without extension, of the certificate issued from
// f: the learner's name, their id when the file has one (two people of one
// name), and the course version.
func IssuedBase(f *results.File) string {
	b := "certificaat-" + certificate.Slug(f.Learner)
	if len(f.LearnerID) >= 8 {
		b += "-" + f.LearnerID[:8]
	}
	return b + "-v" + certificate.Slug(f.CourseVersion)
}

// refusalKeys words each results.Refusal; its text takes the refusal's Args.
var refusalKeys = map[results.Refusal]locale.Key{
	results.RefuseOldFormat:       locale.IssueWhyOldformat,
	results.RefuseOtherCourse:     locale.IssueWhyOthercourse,
	results.RefuseOtherVersion:    locale.IssueWhyOtherversion,
	results.RefuseOtherPassMark:   locale.IssueWhyOtherpassmark,
	results.RefuseModuleMissing:   locale.IssueWhyModulemissing,
	results.RefusePassedElsewhere: locale.IssueWhyPassedelsewhere,
	results.RefuseNotPassed:       locale.IssueWhyNotpassed,
	results.RefuseLatestWrong:     locale.IssueWhyLatestwrong,
	results.RefusePassingWrong:    locale.IssueWhyPassingwrong,
	results.RefuseBelowPassMark:   locale.IssueWhyBelowpassmark,
	results.RefuseInconsistent:    locale.IssueWhyInconsistent,
}

// ExplainRefusal words, in language l, why an entry was not issued.
func ExplainRefusal(l locale.Lang, e IssueEntry) string {
	var ni *results.NotIssuable
	switch {
	case errors.As(e.Err, &ni):
		if k, ok := refusalKeys[ni.Why]; ok {
			return l.T(k, ni.Args...)
		}
	case errors.Is(e.Err, results.ErrTampered), errors.Is(e.Err, results.ErrOtherKey):
		return l.T(locale.IssueWhyTampered)
	case errors.Is(e.Err, results.ErrUnreadable):
		return l.T(locale.IssueWhyUnreadable, e.Err)
	}
	return l.T(locale.FormFailed, e.Err)
}
