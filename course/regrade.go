package course

import (
	"errors"
	"fmt"
	"slices"
)

// Regrade grades a finished attempt again against the course and returns
// nil when every stored answer gives what is stored: each item is an
// answered question of the attempt's module (each question once), with
// options that exist, marked right exactly when the course says it is;
// as many items as the module draws, and on the course version the attempt
// was made on, the very questions and option orders its seed draws;
// and the count of right answers, the score and the pass follow from
// them under the course's pass mark. An attempt with no items never
// re-grades. It is the rule that decides which attempts a certificate or a
// result file may be made from: a progress file is a text file the learner
// can edit, and an attempt written by hand must not pass.
func (c *Course) Regrade(a *Attempt) error {
	if a == nil || !a.Done() {
		return errors.New("not a finished attempt")
	}
	m := c.Module(a.Module)
	if m == nil {
		return fmt.Errorf("module %q is not in the course", a.Module)
	}
	if len(a.Items) == 0 {
		return errors.New("the attempt has no questions")
	}
	if want := min(m.Draw, len(m.Questions)); len(a.Items) != want {
		return fmt.Errorf("the attempt has %d questions; module %s asks %d", len(a.Items), m.ID, want)
	}
	if a.CourseVersion == c.Version {
		// On the course version it was made on, the seed decides which
		// questions were drawn and in what order their options stood.
		drawn := c.NewAttempt(m, a.Seed, a.Started)
		for i, it := range a.Items {
			if d := drawn.Items[i]; it.Question != d.Question || !slices.Equal(it.Order, d.Order) {
				return fmt.Errorf("item %d: question %q is not what seed %d draws", i+1, it.Question, a.Seed)
			}
		}
	}
	seen := map[string]bool{}
	correct := 0
	for i, it := range a.Items {
		q := m.Question(it.Question)
		switch {
		case q == nil:
			return fmt.Errorf("item %d: question %q is not in module %s", i+1, it.Question, m.ID)
		case seen[q.ID]:
			return fmt.Errorf("item %d: question %q is asked twice", i+1, q.ID)
		case !it.Answered || len(it.Chosen) == 0:
			return fmt.Errorf("item %d: question %q is not answered", i+1, q.ID)
		}
		seen[q.ID] = true
		for _, o := range it.Chosen {
			if o < 0 || o >= len(q.Options) {
				return fmt.Errorf("item %d: option %d of question %q does not exist", i+1, o, q.ID)
			}
		}
		if right := q.IsCorrect(it.Chosen); right != it.Correct {
			return fmt.Errorf("item %d: question %q is stored as right=%v but grades as right=%v", i+1, q.ID, it.Correct, right)
		} else if right {
			correct++
		}
	}
	score := Score(correct, len(a.Items))
	switch {
	case a.Correct != correct:
		return fmt.Errorf("%d right answers stored, %d re-graded", a.Correct, correct)
	case a.Score != score:
		return fmt.Errorf("score %d stored, %d re-graded", a.Score, score)
	case a.Passed != (score >= c.PassMark):
		return fmt.Errorf("passed=%v stored, but %d%% against a pass mark of %d%%", a.Passed, score, c.PassMark)
	}
	return nil
}
