// Package course is the domain model of piketpalen: a course with its modules,
// pages and question pools, loaded and validated from an fs.FS, and the rules
// for drawing, shuffling and grading a quiz attempt. It knows nothing of
// terminals or of where files live on disk.
package course

import (
	"strconv"
	"time"
)

// Course is a loaded, validated course.
type Course struct {
	Title               string
	Subtitle            string
	Version             string
	Language            string
	AsOf                time.Time // "stand van zaken": the date up to which the legal sources were checked
	PassMark            int       // percent needed to pass a module quiz
	QuestionsPerAttempt int
	Issuer              string
	CertificateText     string
	ValidFor            int // months a certificate is valid from completion (valid_for); 0: no end
	Modules             []*Module
	// ReviewAfterMonths is how old as_of and a module's checked date may
	// get before the lint warns that the content is due for review
	// (review_after_months in course.yaml; DefaultReviewAfterMonths when
	// absent).
	ReviewAfterMonths int
	// Glossary is the begrippenlijst from glossary.yaml at the course root,
	// in file order; empty when the course has none.
	Glossary Glossary
	// XAPIBase is the IRI under which the course's xAPI activities are
	// named (xapi_base in course.yaml; DefaultXAPIBase when absent): the
	// organisation's own, so that its learning record store tells this
	// course from others.
	XAPIBase string
	// XAPIHomePage is the homePage of the account that names a learner in
	// xAPI statements (xapi_home_page; DefaultXAPIHomePage when absent): the
	// system whose ids the learner ids are, with no e-mail address needed.
	XAPIHomePage string

	asOfLine int // line of as_of in course.yaml, for the lint
}

// DefaultReviewAfterMonths is the review age when course.yaml names none:
// content whose sources were last checked a year ago is due for review.
const DefaultReviewAfterMonths = 12

// Module is one lesson with its pages and quiz.
type Module struct {
	ID         string // folder name, stable key for progress
	Title      string
	Summary    string
	Minutes    int
	Objectives []string
	Pages      []Page
	Questions  []*Question
	Draw       int      // questions drawn per attempt
	Discussion []string // questions for a group discussion in a workshop
	File       string   // path of module.md inside the course FS
	// Checked is the day this module was last checked against its legal
	// sources ("checked" in the front matter); zero when not given.
	Checked time.Time
	// Changes is what changed in the module in each version of the course,
	// oldest first ("changes" of the module's entry in course.yaml); see
	// Change and Course.ChangesSince.
	Changes []Change

	questionsRead bool     // Load read questions.yaml (LoadLessons does not); see Fingerprint
	qfile         string   // path of questions.yaml
	checkedLine   int      // line of "checked" in module.md; 0 when absent
	src           []string // the lines of module.md, for the lint
	qsrc          []string // the lines of questions.yaml, for the lint
}

// Page is one screen-sized part of a module, in markdown.
type Page struct {
	Title    string
	Markdown string // the page including its "# Title" line
	Line     int    // line in module.md where the page starts
}

// QuestionType says how a question is answered.
type QuestionType string

// The question types.
const (
	Single    QuestionType = "single"    // exactly one option is right
	Multiple  QuestionType = "multiple"  // select all that apply
	TrueFalse QuestionType = "truefalse" // two options: true or false
)

// QuestionKind says what a question asks of the learner. The course
// design wants mostly casus and few feit questions, and a typed kind on
// every question is what makes that measurable.
type QuestionKind string

// The question kinds.
const (
	// Casus: a situation the learner must judge ("Je werkt als ... Wat doe je?").
	Casus QuestionKind = "casus"
	// Begrip: understanding a rule or concept, applied or explained.
	Begrip QuestionKind = "begrip"
	// Feit: recall of a fact, such as what a court decided or what a law says.
	Feit QuestionKind = "feit"
)

// QuestionKinds lists the kinds in the order an author reads them.
var QuestionKinds = []QuestionKind{Casus, Begrip, Feit}

// Question is one quiz question from a module's pool.
type Question struct {
	ID          string
	Type        QuestionType
	Kind        QuestionKind // "" when the author gave none (a lint warning, not an error)
	Text        string
	Options     []Option
	Explanation string
	Source      string
	// Hint is shown on request before the learner answers: a pointer to
	// the rule to apply, never the answer; "" when the author gave none.
	Hint   string
	Line   int // line in questions.yaml
	idLine int // line of its id, for messages about duplicates

	// where the texts are in questions.yaml, for the lint
	textAt, explanationAt, sourceAt, hintAt span
}

// Option is one answer to choose, with the feedback that explains it.
type Option struct {
	Text     string
	Correct  bool
	Feedback string

	textAt, feedbackAt span
}

// span is where a text value starts in its file: the line of the YAML
// scalar and its style. A literal block ("|") keeps the file's lines one
// for one from the line after the indicator; a folded block (">") starts
// on that line too but joins its lines; a plain or quoted value starts on
// the line of its key.
type span struct {
	line            int
	literal, folded bool
}

// lineAt returns the file line of line i (counting from 0) of the value,
// as near as the style allows: exact for a literal block, the first line
// of the value otherwise.
func (s span) lineAt(i int) int {
	switch {
	case s.line == 0:
		return 0
	case s.literal:
		return s.line + 1 + i
	case s.folded:
		return s.line + 1
	}
	return s.line
}

// Module returns the module with the given id, or nil.
func (c *Course) Module(id string) *Module {
	for _, m := range c.Modules {
		if m.ID == id {
			return m
		}
	}
	return nil
}

// Question returns the question of the module's pool with the given id, or nil.
func (m *Module) Question(id string) *Question {
	for _, q := range m.Questions {
		if q.ID == id {
			return q
		}
	}
	return nil
}

// FindQuestion returns the question with the given id wherever it is in
// the course, and its module; nil, nil when there is none. Question ids
// are unique across a course (Load checks), so a review round, which mixes
// modules, names its questions by id alone.
func (c *Course) FindQuestion(id string) (*Module, *Question) {
	for _, m := range c.Modules {
		if q := m.Question(id); q != nil {
			return m, q
		}
	}
	return nil, nil
}

// Find returns the module that arg names: its number as every screen and
// listing shows it ("3", counting from 1; see Number) or its id, the name of
// its folder ("03-functioneringsnorm"). It returns nil when none matches.
// A number with a leading zero ("03") matches nothing: it reads both as the
// third module and as the folder that starts with 03, which is the fourth.
func (c *Course) Find(arg string) *Module {
	if m := c.Module(arg); m != nil {
		return m
	}
	if n, err := strconv.Atoi(arg); err == nil && strconv.Itoa(n) == arg && n >= 1 && n <= len(c.Modules) {
		return c.Modules[n-1]
	}
	return nil
}

// Number is the module's number as people count: 1 for the first module of
// the course. It is the one numbering of the home screen, plain mode, the
// presenter, print, results and the MODULE arguments; 0 when m is not in
// the course.
func (c *Course) Number(m *Module) int {
	for i, x := range c.Modules {
		if x == m {
			return i + 1
		}
	}
	return 0
}

// IDs lists the module ids in course order, for messages that say what a
// valid choice would have been.
func (c *Course) IDs() []string {
	ids := make([]string, len(c.Modules))
	for i, m := range c.Modules {
		ids[i] = m.ID
	}
	return ids
}
