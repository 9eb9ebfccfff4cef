// Package results is the trainer's side of piketpalen: a learner exports a
// signed result file, the trainer collects the files of a workshop (from a
// USB stick, a shared folder or mail) and gets an overview of the group: who
// passed which module, which questions most people got wrong, and which
// wrong answer they chose. The overview can be written as CSV.
//
// A result file is UTF-8 JSON (see File) that a person can read: it names
// the chosen options by their text as well as by their index. It is signed
// with Ed25519 over a canonical form with the learner's own key
// (issuer.SelfKey), whose did:key the file carries, so that any change made
// after the export shows. That key is the learner's: the signature shows
// that the file was not altered after their program made it, not that they
// answered the questions themselves. What makes a result file worth a
// certificate is the issuer re-grading its answers (see Regrade).
//
// The package does no terminal input or output; the CLI renders the
// overview.
package results

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"piketpalen/course"
	"piketpalen/internal/certificate"
	"piketpalen/internal/signedfile"
	"piketpalen/progress"
)

// Kind is the value of the "kind" field of every result file. It tells a
// reader, and a person who opens the file, what it is.
const Kind = "piketpalen-resultaten"

// FormatVersion is the version of the result file format written by this
// program. A reader refuses files of a higher version instead of guessing
// at fields it does not know. Version 2 added learner_id; files of version
// 1 are still read.
//
// Version 3 is signed with the learner's own key, names it (public_key), and
// carries the answers of the passing attempt of every passed module
// (passing), so that an issuer can re-grade it. Files of version 1 and 2
// were signed with the key built into older programs and are still read.
//
// Version 4 names every attempt it carries by the attempt's id and says when
// it was started (answers_id, answers_started; id and started of passing),
// so that an xAPI statement made from the file has the same id as one made
// from the progress, and a duration. It may also be pseudonymous: no name
// and no organisation, only the learner id (see Export's pseudonym).
//
// Version 5 records whether the learner read a question's hint before
// answering it (hinted), and does not write an attempt twice: when a module's best passing
// attempt is its latest (a learner who passed at once), it says so
// (passing_is_latest) instead of repeating the answers under passing. For
// most learners that halves the file. Module.PassingAttempt gives the
// passing attempt of a file of any version.
const FormatVersion = 5

// File is one learner's results in one course, as exported. The JSON form of
// this struct with Signature left out is what is signed (see Canonical), so
// the field order of the structs is part of the format.
type File struct {
	Kind          string    `json:"kind"`    // always Kind
	Version       int       `json:"version"` // FormatVersion when made
	Learner       string    `json:"learner"`
	Organisation  string    `json:"organisation,omitempty"`
	LearnerID     string    `json:"learner_id,omitempty"` // the learner's random id (progress.Learner.ID); none in version 1
	Course        string    `json:"course"`               // course title
	CourseVersion string    `json:"course_version"`       // version of the course the program had at export
	PassMark      int       `json:"pass_mark"`            // percent needed to pass a module
	Created       time.Time `json:"created"`              // UTC, whole seconds
	Modules       []Module  `json:"modules"`              // every module of the course, in course order
	Key           string    `json:"key"`                  // certificate.KeyID of the key that signed the file
	PublicKey     string    `json:"public_key,omitempty"` // did:key of that key; none before version 3
	Signature     string    `json:"signature,omitempty"`
}

// Module is the learner's standing in one module.
//
// Answers are those of the latest finished attempt made on this course
// version, not of the best attempt: the trainer wants to see what the group
// understands now and which misconceptions remain, and the best attempt
// would hide wrong answers that a retake with the same questions happened to
// avoid. The best score is recorded beside it, so nothing is lost. Attempts
// made on an earlier course version count for Passed, BestScore and
// Attempts (a passed module stays passed, as progress keeps it) but give no
// answers, since their option numbers may mean other options now. An attempt
// still open is not finished and gives no answers.
type Module struct {
	ID           string    `json:"id"`
	Title        string    `json:"title"`
	Passed       bool      `json:"passed"`                 // at least one attempt passed
	BestScore    int       `json:"best_score"`             // percent; 0 when there is no attempt
	Attempts     int       `json:"attempts"`               // finished attempts
	AnswersFrom  time.Time `json:"answers_from,omitzero"`  // when the attempt whose answers follow was finished, UTC
	AnswersScore int       `json:"answers_score,omitzero"` // that attempt's score, percent
	AnswersSeed  uint64    `json:"answers_seed,omitzero"`  // version 3: that attempt's seed, which decides its questions
	Answers      []Answer  `json:"answers,omitempty"`      // one per answered question of that attempt, in the order asked
	Passing      *Attempt  `json:"passing,omitempty"`      // version 3: the best passing attempt on this course version
	// version 4: the id of the attempt whose answers are above
	// (course.Attempt.ID), and when it was started, UTC
	AnswersID      string    `json:"answers_id,omitempty"`
	AnswersStarted time.Time `json:"answers_started,omitzero"`
	// version 5: the best passing attempt is the one whose answers are
	// above, and Passing is left out (see PassingAttempt)
	PassingIsLatest bool `json:"passing_is_latest,omitempty"`
}

// Latest returns the attempt whose answers the module carries (the latest
// finished one on this course version), or nil when there is none.
func (m *Module) Latest() *Attempt {
	if m.AnswersFrom.IsZero() {
		return nil
	}
	return &Attempt{Finished: m.AnswersFrom, Score: m.AnswersScore, Seed: m.AnswersSeed,
		Answers: m.Answers, ID: m.AnswersID, Started: m.AnswersStarted}
}

// PassingAttempt returns the best passing attempt on this course version,
// or nil when there is none: Passing, or from version 5 the latest attempt
// when the file says that is the one.
func (m *Module) PassingAttempt() *Attempt {
	if m.PassingIsLatest {
		return m.Latest()
	}
	return m.Passing
}

// Attempt is one finished attempt with all its answers, enough to re-grade
// it against the course.
type Attempt struct {
	Finished time.Time `json:"finished"`         // UTC
	Score    int       `json:"score"`            // percent, as graded when the learner finished
	Seed     uint64    `json:"seed"`             // the attempt's seed: it decides the questions drawn and their option orders
	Answers  []Answer  `json:"answers"`          // every question of the attempt, in the order asked
	ID       string    `json:"id,omitempty"`     // version 4: the attempt's id (course.Attempt.ID)
	Started  time.Time `json:"started,omitzero"` // version 4: when it was started, UTC
}

// Answer is the learner's answer to one question.
type Answer struct {
	Question   string   `json:"question"`         // question id
	Text       string   `json:"text"`             // the question, so the file reads on its own
	Chosen     []int    `json:"chosen"`           // option indices of the pool question (as in the course files), ascending
	ChosenText []string `json:"chosen_text"`      // the texts of those options, in the same order
	Correct    bool     `json:"correct"`          // as graded when the learner answered
	Order      []int    `json:"order,omitempty"`  // version 3: the options in the order shown (pool indices)
	Hinted     bool     `json:"hinted,omitempty"` // version 5: the learner read the question's hint before answering
}

// Export makes the signed result file of a learner with state st in course
// c, made at now. It works at any time, finished or not: a module without a
// finished attempt is listed as not passed, without answers. name is
// required; org may be empty. Both are cleaned by certificate.CleanName
// (white space tidied, control characters dropped, at most
// certificate.MaxNameLength characters).
//
// It is signed with key, the learner's own key (see issuer.SelfKey).
func Export(c *course.Course, st *progress.State, name, org string, key ed25519.PrivateKey, now time.Time) (*File, error) {
	f, err := Build(c, st, name, org, now)
	if err != nil {
		return nil, err
	}
	if err := Sign(f, key); err != nil {
		return nil, fmt.Errorf("export results: %w", err)
	}
	return f, nil
}

// Build makes the file Export signs, unsigned: for what is made from the
// same facts without a signature (the xAPI statements). An empty name and
// organisation make a pseudonymous file, which names the learner by their
// random id alone.
func Build(c *course.Course, st *progress.State, name, org string, now time.Time) (*File, error) {
	if c == nil || st == nil {
		return nil, errors.New("export results: no course or no progress")
	}
	learner, err := certificate.CleanName(certificate.LearnerName, name)
	if err != nil {
		return nil, fmt.Errorf("export results: %w", err)
	}
	organisation, err := certificate.CleanName(certificate.Organisation, org)
	if err != nil {
		return nil, fmt.Errorf("export results: %w", err)
	}
	f := &File{
		Kind:          Kind,
		Version:       FormatVersion,
		Learner:       learner,
		Organisation:  organisation,
		LearnerID:     st.Learner.ID,
		Course:        tidy(c.Title),
		CourseVersion: tidy(c.Version),
		PassMark:      c.PassMark,
		Created:       now.UTC().Truncate(time.Second),
	}
	// Only attempts that re-grade against the course count: progress.json
	// can be edited by hand.
	graded := st.Graded(c)
	for _, m := range c.Modules {
		f.Modules = append(f.Modules, exportModule(c, graded, m))
	}
	if err := f.check(); err != nil {
		return nil, fmt.Errorf("export results: %w", err)
	}
	return f, nil
}

func exportModule(c *course.Course, st *progress.State, m *course.Module) Module {
	s := st.Status(m)
	out := Module{ID: m.ID, Title: tidy(m.Title), Passed: s.Stage == progress.Passed, Attempts: s.Attempts}
	if s.Best != nil {
		out.BestScore = s.Best.Score
	}
	r := st.Modules[m.ID]
	if r == nil {
		return out
	}
	var latest *course.Attempt
	for _, a := range r.Attempts {
		if a.Done() && a.CourseVersion == c.Version && (latest == nil || !a.Finished.Before(latest.Finished)) {
			latest = a
		}
	}
	var best *course.Attempt
	for _, a := range r.Attempts {
		if a.Done() && a.Passed && a.CourseVersion == c.Version && (best == nil || a.Score > best.Score) {
			best = a
		}
	}
	if best != nil {
		p := &Attempt{Finished: best.Finished.UTC().Truncate(time.Second), Score: best.Score, Seed: best.Seed,
			ID: best.ID, Started: best.Started.UTC().Truncate(time.Second)}
		for _, it := range best.Items {
			if a, ok := exportAnswer(m, it); ok {
				p.Answers = append(p.Answers, a)
			}
		}
		out.Passing = p
	}
	if latest == nil {
		return out
	}
	if best == latest {
		out.Passing, out.PassingIsLatest = nil, true
	}
	out.AnswersFrom = latest.Finished.UTC().Truncate(time.Second)
	out.AnswersScore = latest.Score
	out.AnswersSeed = latest.Seed
	out.AnswersID = latest.ID
	out.AnswersStarted = latest.Started.UTC().Truncate(time.Second)
	for _, it := range latest.Items {
		if a, ok := exportAnswer(m, it); ok {
			out.Answers = append(out.Answers, a)
		}
	}
	return out
}

// exportAnswer describes one answered item; ok is false for an item not
// answered, or one that no longer fits the module's pool (a question
// removed, or an option index out of range after an edit).
func exportAnswer(m *course.Module, it course.Item) (Answer, bool) {
	q := m.Question(it.Question)
	if q == nil || !it.Answered || len(it.Chosen) == 0 {
		return Answer{}, false
	}
	chosen := sortedSet(it.Chosen)
	a := Answer{Question: q.ID, Text: tidy(q.Text), Chosen: chosen, Correct: it.Correct, Order: slices.Clone(it.Order), Hinted: it.Hinted}
	for _, o := range chosen {
		if o < 0 || o >= len(q.Options) {
			return Answer{}, false
		}
		a.ChosenText = append(a.ChosenText, tidy(q.Options[o].Text))
	}
	return a, true
}

// check reports the first reason why f cannot be a result file. It does
// not look at the signature.
func (f *File) check() error {
	h := signedfile.Header{Kind: f.Kind, WantKind: Kind, Version: f.Version, Newest: FormatVersion,
		Course: f.Course, CourseVersion: f.CourseVersion, PassMark: f.PassMark}
	if err := h.Check(); err != nil {
		return err
	}
	switch {
	case f.Learner == "" && (f.Version < 4 || f.LearnerID == ""):
		return errors.New("no learner name")
	case f.Learner == "" && f.Organisation != "":
		return errors.New("a pseudonymous file names an organisation")
	case f.LearnerID != "" && !validLearnerID(f.LearnerID):
		return fmt.Errorf("learner id %q is not 32 hex digits", f.LearnerID)
	case f.Created.IsZero():
		return errors.New("no creation time")
	case len(f.Modules) == 0:
		return errors.New("no modules")
	case f.Version < 3 && f.PublicKey != "":
		return fmt.Errorf("format version %d has no public_key", f.Version)
	}
	if err := certificate.CheckName(certificate.LearnerName, f.Learner); err != nil {
		return err
	}
	if err := certificate.CheckName(certificate.Organisation, f.Organisation); err != nil {
		return err
	}
	for i, m := range f.Modules {
		switch {
		case m.ID == "":
			return fmt.Errorf("module %d has no id", i+1)
		case m.BestScore < 0 || m.BestScore > 100:
			return fmt.Errorf("module %q: best score %d is not a percentage", m.ID, m.BestScore)
		case m.AnswersScore < 0 || m.AnswersScore > 100:
			return fmt.Errorf("module %q: score %d is not a percentage", m.ID, m.AnswersScore)
		case m.Attempts < 0:
			return fmt.Errorf("module %q: %d attempts", m.ID, m.Attempts)
		}
		if m.Passing != nil && f.Version < 3 {
			return fmt.Errorf("module %q: format version %d has no passing attempt", m.ID, f.Version)
		}
		if f.Version < 4 && (m.AnswersID != "" || !m.AnswersStarted.IsZero() || m.Passing != nil && (m.Passing.ID != "" || !m.Passing.Started.IsZero())) {
			return fmt.Errorf("module %q: format version %d has no attempt ids", m.ID, f.Version)
		}
		if m.PassingIsLatest && (f.Version < 5 || m.Passing != nil || m.AnswersFrom.IsZero()) {
			return fmt.Errorf("module %q: passing_is_latest needs format version 5, no passing attempt beside it and a latest attempt", m.ID)
		}
		var passing []Answer
		if m.Passing != nil {
			if m.Passing.Score < 0 || m.Passing.Score > 100 {
				return fmt.Errorf("module %q: passing score %d is not a percentage", m.ID, m.Passing.Score)
			}
			passing = m.Passing.Answers
		}
		for _, answers := range [][]Answer{m.Answers, passing} {
			for _, a := range answers {
				switch {
				case a.Question == "":
					return fmt.Errorf("module %q: an answer has no question id", m.ID)
				case len(a.Chosen) == 0:
					return fmt.Errorf("module %q, question %q: no option chosen", m.ID, a.Question)
				case len(a.Chosen) != len(a.ChosenText):
					return fmt.Errorf("module %q, question %q: %d options chosen but %d texts", m.ID, a.Question, len(a.Chosen), len(a.ChosenText))
				case a.Hinted && f.Version < 5:
					return fmt.Errorf("module %q, question %q: format version %d records no hints", m.ID, a.Question, f.Version)
				}
				for _, o := range a.Chosen {
					if o < 0 {
						return fmt.Errorf("module %q, question %q: option index %d", m.ID, a.Question, o)
					}
				}
			}
		}
	}
	return nil
}

// Module returns the file's entry for module id, or nil.
func (f *File) Module(id string) *Module {
	for i := range f.Modules {
		if f.Modules[i].ID == id {
			return &f.Modules[i]
		}
	}
	return nil
}

// ExportTo exports the learner's results (see Export) and writes them into
// dir under FileName, returning the file and its path.
func ExportTo(c *course.Course, st *progress.State, name, org, dir string, key ed25519.PrivateKey, now time.Time) (*File, string, error) {
	f, err := Export(c, st, name, org, key, now)
	if err != nil {
		return nil, "", err
	}
	path := filepath.Join(dir, f.DefaultName())
	if err := WriteFile(path, f); err != nil {
		return nil, "", err
	}
	return f, path, nil
}

// FileName is the default name of a learner's result file:
// "resultaten-zoe-bronte-unal.json", named like their certificate (see
// certificate.Slug). It has no date: a newer export replaces the older one,
// which is what the trainer wants to collect.
func FileName(learner string) string {
	if s := certificate.Slug(learner); s != "" {
		return "resultaten-" + s + ".json"
	}
	return "resultaten.json"
}

// DefaultName is the name f is written under unless the learner chooses
// another: FileName of the learner, or for a pseudonymous file of the
// learner id, so that files of a group do not overwrite each other.
func (f *File) DefaultName() string {
	if f.Learner == "" {
		return FileName(f.LearnerID)
	}
	return FileName(f.Learner)
}

// Pseudonymous reports whether f names the learner by their id alone.
func (f *File) Pseudonymous() bool { return f.Learner == "" }

// Shown is how the trainer's overview names the learner of f: by name, or
// when the file is pseudonymous by "id" and the learner id.
func (f *File) Shown() string {
	if f.Pseudonymous() {
		return "id " + f.LearnerID
	}
	return f.Learner
}

// LearnerKey is the key by which files of the same learner are found: the
// name in Unicode NFC, lower case, with runs of white space as one space and
// none at the ends. "  anna  DE Vries" and "Anna de Vries" are the same.
func LearnerKey(name string) string {
	return strings.ToLower(tidy(norm.NFC.String(name)))
}

// tidy collapses runs of white space to one space and trims the ends, so
// names typed with a stray space or a line break read the same everywhere.
func tidy(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// sortedSet returns the distinct values of xs in ascending order, as a new
// slice.
func sortedSet(xs []int) []int {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// validLearnerID reports whether id has the form progress.NewLearnerID
// makes: 32 lower-case hex digits.
func validLearnerID(id string) bool {
	if len(id) != 32 {
		return false
	}
	for _, r := range id {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			return false
		}
	}
	return true
}
