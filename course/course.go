// Package course is the domain model of piketpalen: a course with its modules,
// pages and question pools, loaded and validated from an fs.FS, and the rules
// for drawing, shuffling and grading a quiz attempt. It knows nothing of
// terminals or of where files live on disk.
package course

import (
	"strconv"
	"strings"
	"time"
)

// Course is a loaded, validated course.
type Course struct {
	Title               string
	Subtitle            string
	Version             string
	Language            string
	AsOf                time.Time // "stand van zaken": the date the law was checked
	PassMark            int       // percent needed to pass a module quiz
	QuestionsPerAttempt int
	Issuer              string
	CertificateText     string
	ValidFor            int // months a certificate is valid from completion (valid_for); 0: no end
	Modules             []*Module
}

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
	qfile      string   // path of questions.yaml
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

// Question is one quiz question from a module's pool.
type Question struct {
	ID          string
	Type        QuestionType
	Text        string
	Options     []Option
	Explanation string
	Source      string
	Line        int // line in questions.yaml
	idLine      int // line of its id, for messages about duplicates
}

// Option is one answer to choose, with the feedback that explains it.
type Option struct {
	Text     string
	Correct  bool
	Feedback string
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

// Find returns the module that arg names: its id ("03-functioneringsnorm"),
// its number as the home screen shows it ("3", counting from 0), or the
// number its id starts with ("03"). It returns nil when none matches.
func (c *Course) Find(arg string) *Module {
	if m := c.Module(arg); m != nil {
		return m
	}
	if n, err := strconv.Atoi(arg); err == nil && strconv.Itoa(n) == arg && n >= 0 && n < len(c.Modules) {
		return c.Modules[n]
	}
	for _, m := range c.Modules {
		if strings.HasPrefix(m.ID, arg+"-") {
			return m
		}
	}
	return nil
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
