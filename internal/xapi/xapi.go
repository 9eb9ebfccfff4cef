// Package xapi turns a learner's results into xAPI 1.0.3 statements, the
// form an organisation's learning record store (LRS) takes with
// POST /statements: per answered question an "answered" statement on a
// cmi.interaction activity, per finished quiz "passed" or "failed" with its
// score and duration, and "completed" for the course once every module is
// passed.
//
// The statements are made from a result file (results.File): the one a
// learner's program builds for export-results, or one a trainer collected.
// Both give the same statements for the same attempt, since the file carries
// what they are made of — the attempt's id, start and end, score and
// answers. Of every module that is the latest finished attempt and the best
// passing one, the two a result file carries.
//
// Nothing in a statement names the learner: the actor is an account on the
// organisation's homePage (course.yaml's xapi_home_page) whose name is the
// learner's random id. Statement ids are name-based UUIDs (version 5) of the
// learner id, the attempt and the question, so that sending a file twice, or
// a newer export with the same attempts, adds nothing to the LRS: it ignores
// a statement whose id it knows.
package xapi

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"piketpalen/course"
	"piketpalen/internal/results"
)

// The verbs and activity types, from ADL's registry.
const (
	VerbAnswered  = "http://adlnet.gov/expapi/verbs/answered"
	VerbPassed    = "http://adlnet.gov/expapi/verbs/passed"
	VerbFailed    = "http://adlnet.gov/expapi/verbs/failed"
	VerbCompleted = "http://adlnet.gov/expapi/verbs/completed"

	TypeInteraction = "http://adlnet.gov/expapi/activities/cmi.interaction"
	TypeAssessment  = "http://adlnet.gov/expapi/activities/assessment"
	TypeCourse      = "http://adlnet.gov/expapi/activities/course"
)

// Statement is one xAPI statement, with the properties this program sets.
type Statement struct {
	ID        string   `json:"id"`
	Actor     Actor    `json:"actor"`
	Verb      Verb     `json:"verb"`
	Object    Activity `json:"object"`
	Result    *Result  `json:"result,omitempty"`
	Context   *Context `json:"context,omitempty"`
	Timestamp string   `json:"timestamp"`
}

// Actor is the learner, as an account: no name, no e-mail address.
type Actor struct {
	ObjectType string  `json:"objectType"` // "Agent"
	Account    Account `json:"account"`
}

// Account names the learner by their id on the organisation's homePage.
type Account struct {
	HomePage string `json:"homePage"`
	Name     string `json:"name"`
}

// Verb is what the learner did.
type Verb struct {
	ID      string            `json:"id"`
	Display map[string]string `json:"display"`
}

// Activity is a course, a module's quiz or a question.
type Activity struct {
	ObjectType string      `json:"objectType"` // "Activity"
	ID         string      `json:"id"`
	Definition *Definition `json:"definition,omitempty"`
}

// Definition describes an activity; for a question, its options and the
// answer that is right.
type Definition struct {
	Type                    string            `json:"type"`
	Name                    map[string]string `json:"name,omitempty"`
	InteractionType         string            `json:"interactionType,omitempty"`
	CorrectResponsesPattern []string          `json:"correctResponsesPattern,omitempty"`
	Choices                 []Choice          `json:"choices,omitempty"`
}

// Choice is one option of a question: its index in the course files.
type Choice struct {
	ID          string            `json:"id"`
	Description map[string]string `json:"description"`
}

// Result is the outcome: the response chosen and whether it was right, or
// a quiz's score and how long it took.
type Result struct {
	Score      *Score `json:"score,omitempty"`
	Success    *bool  `json:"success,omitempty"`
	Completion *bool  `json:"completion,omitempty"`
	Response   string `json:"response,omitempty"`
	Duration   string `json:"duration,omitempty"`
	// Extensions holds, for an answer given after the question's hint
	// was read, Names.HintRead: true.
	Extensions map[string]any `json:"extensions,omitempty"`
}

// Score is a quiz's score in percent: raw of max 100, and scaled 0..1.
type Score struct {
	Scaled float64 `json:"scaled"`
	Raw    int     `json:"raw"`
	Min    int     `json:"min"`
	Max    int     `json:"max"`
}

// Context places a statement in its quiz and course.
type Context struct {
	ContextActivities *ContextActivities `json:"contextActivities,omitempty"`
	Platform          string             `json:"platform,omitempty"`
	Language          string             `json:"language,omitempty"`
}

// ContextActivities are the quiz a question is part of (parent) and the
// course (grouping).
type ContextActivities struct {
	Parent   []Activity `json:"parent,omitempty"`
	Grouping []Activity `json:"grouping,omitempty"`
}

// ErrNoLearnerID is returned for a result file without a learner id (of
// format 1): without one there is no actor.
var ErrNoLearnerID = fmt.Errorf("the result file has no learner id (it was made by a program older than version 2 of the format)")

// Names are the IRIs of one course version's activities and learners.
type Names struct {
	Course   string // the course version's activity
	HomePage string // the account's homePage
	HintRead string // the result extension of an answer given after the hint was read
	Lang     string // language tag of names and descriptions: the course's
	ns       [16]byte
}

// NamesOf returns the names of course c's activities at version (the
// course version a result file names): c's xapi_base, then the version,
// then module and question ids, each escaped as a path segment. The
// course has its defaults filled in when it is loaded (course.DefaultXAPIBase
// and the like; language is a required key).
func NamesOf(c *course.Course, version string) Names {
	return Names{Course: c.XAPIBase + "/" + url.PathEscape(version), HomePage: c.XAPIHomePage,
		HintRead: c.XAPIBase + "/extensions/hint-read", Lang: c.Language, ns: NameUUID(NamespaceURL, c.XAPIBase)}
}

func (n Names) quiz(module string) string { return n.Course + "/" + url.PathEscape(module) }

func (n Names) question(module, q string) string { return n.quiz(module) + "/" + url.PathEscape(q) }

func (n Names) text(s string) map[string]string { return map[string]string{n.Lang: s} }

// Statements returns the statements of f, a result file of course c (its
// course version need not be c's: then questions are named without their
// options). It returns ErrNoLearnerID for a file without a learner id.
func Statements(c *course.Course, f *results.File) ([]Statement, error) {
	if f.LearnerID == "" {
		return nil, ErrNoLearnerID
	}
	n := NamesOf(c, f.CourseVersion)
	actor := Actor{ObjectType: "Agent", Account: Account{HomePage: n.HomePage, Name: f.LearnerID}}
	courseAct := Activity{ObjectType: "Activity", ID: n.Course, Definition: &Definition{Type: TypeCourse, Name: n.text(f.Course)}}
	sameVersion := f.CourseVersion == c.Version
	var out []Statement
	allPassed, last := len(f.Modules) > 0, time.Time{}
	for _, fm := range f.Modules {
		var cm *course.Module
		if sameVersion {
			cm = c.Module(fm.ID)
		}
		quiz := Activity{ObjectType: "Activity", ID: n.quiz(fm.ID), Definition: &Definition{Type: TypeAssessment, Name: n.text(fm.Title)}}
		for _, a := range attemptsOf(fm) {
			key := attemptKey(fm.ID, a)
			ctx := &Context{ContextActivities: &ContextActivities{Parent: []Activity{quiz}, Grouping: []Activity{courseAct}}, Platform: "piketpalen", Language: n.Lang}
			stamp := a.Finished.UTC().Format(time.RFC3339)
			for _, ans := range a.Answers {
				res := &Result{Success: ptr(ans.Correct), Response: response(ans.Chosen)}
				if ans.Hinted {
					res.Extensions = map[string]any{n.HintRead: true}
				}
				out = append(out, Statement{
					ID: n.id(f.LearnerID, key, "answered", ans.Question), Actor: actor,
					Verb:   verb(VerbAnswered, "answered", "beantwoordde"),
					Object: Activity{ObjectType: "Activity", ID: n.question(fm.ID, ans.Question), Definition: interaction(n, cm, ans)},
					Result: res, Context: ctx, Timestamp: stamp,
				})
			}
			passed := a.Score >= f.PassMark
			v := verb(VerbFailed, "failed", "zakte voor")
			if passed {
				v = verb(VerbPassed, "passed", "slaagde voor")
			}
			res := &Result{Score: &Score{Scaled: float64(a.Score) / 100, Raw: a.Score, Min: 0, Max: 100}, Success: ptr(passed), Completion: ptr(true)}
			if !a.Started.IsZero() && !a.Finished.Before(a.Started) {
				res.Duration = Duration(a.Finished.Sub(a.Started))
			}
			out = append(out, Statement{
				ID: n.id(f.LearnerID, key, "result"), Actor: actor, Verb: v, Object: quiz, Result: res,
				Context:   &Context{ContextActivities: &ContextActivities{Parent: []Activity{courseAct}}, Platform: "piketpalen", Language: n.Lang},
				Timestamp: stamp,
			})
			if passed && a.Finished.After(last) {
				last = a.Finished
			}
		}
		allPassed = allPassed && fm.Passed
	}
	// Completed when every module is passed, at the last passing attempt
	// the file names: a time that stays the same in every later export.
	if allPassed && !last.IsZero() {
		out = append(out, Statement{
			ID: n.id(f.LearnerID, "course", f.CourseVersion, "completed"), Actor: actor,
			Verb: verb(VerbCompleted, "completed", "rondde af"), Object: courseAct,
			Result:    &Result{Completion: ptr(true), Success: ptr(true)},
			Context:   &Context{Platform: "piketpalen", Language: n.Lang},
			Timestamp: last.UTC().Format(time.RFC3339),
		})
	}
	return out, nil
}

// attemptsOf returns the finished attempts module m of a result file
// carries: the latest, and the best passing one when that is another.
func attemptsOf(m results.Module) []results.Attempt {
	var out []results.Attempt
	if l := m.Latest(); l != nil {
		out = append(out, *l)
	}
	if p := m.PassingAttempt(); p != nil && (len(out) == 0 || attemptKey(m.ID, out[0]) != attemptKey(m.ID, *p)) {
		out = append(out, *p)
	}
	return out
}

// attemptKey identifies an attempt among the learner's: its id, or for a
// file made before attempts were named in it, its module, end and seed.
func attemptKey(module string, a results.Attempt) string {
	if a.ID != "" {
		return "attempt:" + a.ID
	}
	return "module:" + module + "@" + a.Finished.UTC().Format(time.RFC3339) + "#" + strconv.FormatUint(a.Seed, 10)
}

// id is the statement id named by parts, under the course base's namespace.
func (n Names) id(parts ...string) string {
	return NameUUID(n.ns, strings.Join(parts, "\x00")).String()
}

// interaction defines the question of answer a: with its options and the
// right answer when m, the module at the file's course version, has it.
func interaction(n Names, m *course.Module, a results.Answer) *Definition {
	d := &Definition{Type: TypeInteraction, Name: n.text(a.Text), InteractionType: "choice"}
	var q *course.Question
	if m != nil {
		q = m.Question(a.Question)
	}
	if q == nil {
		return d
	}
	d.Name = n.text(q.Text)
	var right []int
	for i, o := range q.Options {
		d.Choices = append(d.Choices, Choice{ID: strconv.Itoa(i), Description: n.text(o.Text)})
		if o.Correct {
			right = append(right, i)
		}
	}
	d.CorrectResponsesPattern = []string{response(right)}
	return d
}

// response is a set of options as xAPI writes a choice response: the ids
// joined by "[,]".
func response(options []int) string {
	s := make([]string, len(options))
	for i, o := range options {
		s[i] = strconv.Itoa(o)
	}
	return strings.Join(s, "[,]")
}

func verb(id, en, nl string) Verb {
	return Verb{ID: id, Display: map[string]string{"en-US": en, "nl-NL": nl}}
}

func ptr[T any](v T) *T { return &v }

// Duration writes d, rounded to whole seconds, as an ISO 8601 duration:
// PT1H2M3S, PT45S, PT0S.
func Duration(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s < 0 {
		s = 0
	}
	var b strings.Builder
	b.WriteString("PT")
	if h := s / 3600; h > 0 {
		fmt.Fprintf(&b, "%dH", h)
	}
	if m := s / 60 % 60; m > 0 {
		fmt.Fprintf(&b, "%dM", m)
	}
	if sec := s % 60; sec > 0 || s == 0 {
		fmt.Fprintf(&b, "%dS", sec)
	}
	return b.String()
}

// Writer writes statements as one JSON array, one statement at a time, so
// that a group's statements need not be held at once. A statement whose id
// was written already is left out: an LRS refuses a batch with an id twice.
type Writer struct {
	w    *bufio.Writer
	enc  *json.Encoder
	seen map[string]struct{}
	n    int
}

// NewWriter starts an array on w; Close ends it.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer{w: bw, enc: enc, seen: map[string]struct{}{}}
}

// Write adds statements to the array.
func (w *Writer) Write(ss ...Statement) error {
	for _, s := range ss {
		if _, dup := w.seen[s.ID]; dup {
			continue
		}
		w.seen[s.ID] = struct{}{}
		sep := ",\n"
		if w.n == 0 {
			sep = "[\n"
		}
		if _, err := w.w.WriteString(sep); err != nil {
			return err
		}
		if err := w.enc.Encode(s); err != nil {
			return fmt.Errorf("encode xAPI statement: %w", err)
		}
		w.n++
	}
	return nil
}

// Count is how many statements were written.
func (w *Writer) Count() int { return w.n }

// Close ends the array (an empty one when nothing was written) and flushes.
func (w *Writer) Close() error {
	end := "]\n"
	if w.n == 0 {
		end = "[]\n"
	}
	if _, err := w.w.WriteString(end); err != nil {
		return err
	}
	return w.w.Flush()
}
