package results

import (
	"errors"
	"fmt"
	"time"

	"piketpalen/course"
)

// Graded is one module's result as re-graded from a result file.
type Graded struct {
	Module *course.Module
	Score  int       // of the passing attempt
	Passed time.Time // when the passing attempt was finished
}

// Refusal is why a result file does not earn a certificate.
type Refusal int

const (
	RefuseOldFormat       Refusal = iota + 1 // Args: format version
	RefuseOtherCourse                        // Args: the file's course, this course
	RefuseOtherVersion                       // Args: the file's course version, this version
	RefuseOtherPassMark                      // Args: the file's pass mark, the course's
	RefuseModuleMissing                      // Args: module title
	RefusePassedElsewhere                    // Args: module title, this course version: passed, but not on this version
	RefuseNotPassed                          // Args: module title
	RefuseLatestWrong                        // Args: module title, what course.Regrade found
	RefusePassingWrong                       // Args: module title, what course.Regrade found
	RefuseBelowPassMark                      // Args: module title, score, pass mark
	RefuseInconsistent                       // Args: module title: the passing attempt and the module's result disagree
)

// NotIssuable says why a result file does not earn a certificate: Why, and
// the values its explanation names (Args, in the order Refusal lists).
type NotIssuable struct {
	Why    Refusal
	Args   []any
	Reason string // in English, for logs and errors
}

func (e *NotIssuable) Error() string { return e.Reason }

// Regrade re-grades every attempt in f against course c, with the course's
// own grading (course.Course.Regrade, the rule progress uses too), and
// returns each module's passing result in course order. f must be intact
// (see Verify) and of format version 3 or later; c must be the course f
// names, version included; every module of c must be passed by an attempt
// whose stored answers give its stored score. Anything else is a
// *NotIssuable with the reason.
func Regrade(f *File, c *course.Course) ([]Graded, error) {
	var why Refusal
	var args []any
	no := func(format string, a ...any) ([]Graded, error) {
		return nil, &NotIssuable{Why: why, Args: args, Reason: fmt.Sprintf(format, a...)}
	}
	// is names the refusal that the next no reports, with its arguments.
	is := func(w Refusal, a ...any) { why, args = w, a }
	switch {
	case f.Version < 3:
		is(RefuseOldFormat, f.Version)
		return no("made by an older piketpalen (result file format %d) that did not keep the answers of the passing attempts; export the results again", f.Version)
	case f.Course != tidy(c.Title):
		is(RefuseOtherCourse, f.Course, tidy(c.Title))
		return no("for the course %q, not %q", f.Course, tidy(c.Title))
	case f.CourseVersion != tidy(c.Version):
		is(RefuseOtherVersion, f.CourseVersion, c.Version)
		return no("made with version %s of the course; this is version %s, against which its answers cannot be re-graded", f.CourseVersion, c.Version)
	case f.PassMark != c.PassMark:
		is(RefuseOtherPassMark, f.PassMark, c.PassMark)
		return no("pass mark %d%% in the file, %d%% in the course", f.PassMark, c.PassMark)
	}
	var out []Graded
	for _, m := range c.Modules {
		fm := f.Module(m.ID)
		var p *Attempt
		if fm != nil {
			p = fm.PassingAttempt()
		}
		switch {
		case fm == nil:
			is(RefuseModuleMissing, m.Title)
			return no("module %q (%s) is not in the file", m.Title, m.ID)
		case p == nil && fm.Passed:
			is(RefusePassedElsewhere, m.Title, c.Version)
			return no("module %q is passed, but not with an attempt on course version %s whose answers the file carries", m.Title, c.Version)
		case p == nil:
			is(RefuseNotPassed, m.Title)
			return no("module %q is not passed", m.Title)
		}
		if len(fm.Answers) > 0 && !fm.PassingIsLatest {
			if err := regradeOne(c, m, f.CourseVersion, fm.AnswersFrom, fm.AnswersScore, fm.AnswersSeed, fm.Answers); err != nil {
				is(RefuseLatestWrong, m.Title, err.Error())
				return no("module %q, latest attempt: %v", m.Title, err)
			}
		}
		if err := regradeOne(c, m, f.CourseVersion, p.Finished, p.Score, p.Seed, p.Answers); err != nil {
			is(RefusePassingWrong, m.Title, err.Error())
			return no("module %q, passing attempt: %v", m.Title, err)
		}
		if p.Score < c.PassMark {
			is(RefuseBelowPassMark, m.Title, p.Score, c.PassMark)
			return no("module %q: the passing attempt scores %d%%, under the pass mark of %d%%", m.Title, p.Score, c.PassMark)
		}
		if fm.BestScore < p.Score || !fm.Passed {
			is(RefuseInconsistent, m.Title)
			return no("module %q: the passing attempt (%d%%) does not agree with the module's result (best %d%%, passed=%v)", m.Title, p.Score, fm.BestScore, fm.Passed)
		}
		out = append(out, Graded{Module: m, Score: p.Score, Passed: p.Finished})
	}
	return out, nil
}

// regradeOne turns answers back into a course.Attempt and re-grades it.
func regradeOne(c *course.Course, m *course.Module, version string, finished time.Time, score int, seed uint64, answers []Answer) error {
	if finished.IsZero() {
		return errors.New("no finishing time")
	}
	a := &course.Attempt{Module: m.ID, CourseVersion: version, Seed: seed, Started: finished, Finished: finished, Score: score, Passed: score >= c.PassMark}
	for _, ans := range answers {
		q := m.Question(ans.Question)
		if q != nil && len(ans.Chosen) == len(ans.ChosenText) {
			for i, o := range ans.Chosen {
				if o >= 0 && o < len(q.Options) && tidy(q.Options[o].Text) != ans.ChosenText[i] {
					return fmt.Errorf("question %q: option %d reads %q in the file but %q in the course", q.ID, o, ans.ChosenText[i], tidy(q.Options[o].Text))
				}
			}
		}
		a.Items = append(a.Items, course.Item{Question: ans.Question, Order: ans.Order, Chosen: ans.Chosen, Answered: true, Correct: ans.Correct})
		if ans.Correct {
			a.Correct++
		}
	}
	return c.Regrade(a)
}
