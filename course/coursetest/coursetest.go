// Package coursetest makes quiz attempts for tests the way a learner makes
// them: drawn by the course, answered and graded, so that they re-grade
// (see course.Course.Regrade) and count for a certificate.
package coursetest

import (
	"time"

	"piketpalen/course"
)

// Attempt draws an attempt of module m, answers the first right items
// correctly and the others wrongly, and finishes it at when.
func Attempt(c *course.Course, m *course.Module, right int, when time.Time) *course.Attempt {
	a := c.NewAttempt(m, uint64(when.UnixNano())^uint64(len(m.ID)), when.Add(-time.Minute))
	for i := range a.Items {
		q := m.Question(a.Items[i].Question)
		chosen := q.CorrectOptions()
		if i >= right {
			for o, opt := range q.Options {
				if !opt.Correct {
					chosen = []int{o}
					break
				}
			}
		}
		if _, err := c.Answer(a, i, chosen); err != nil {
			panic("coursetest: " + err.Error())
		}
	}
	c.Finish(a, when)
	return a
}

// Passed is an attempt of m with every answer right, finished at when.
func Passed(c *course.Course, m *course.Module, when time.Time) *course.Attempt {
	return Attempt(c, m, len(m.Questions), when)
}
