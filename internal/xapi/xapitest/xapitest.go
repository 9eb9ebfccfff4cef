// Package xapitest makes the learner the xAPI tests share: in the test
// course (coursetest.Valid), module one failed after it was passed, module
// two passed, so that every kind of statement is made.
package xapitest

import (
	"fmt"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/progress"
)

// Start is when the learner's first attempt was finished.
var Start = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

// State is a learner of c with id id: in c's first module an attempt
// passed at Start and one failed an hour later, in every other module one
// passed at Start plus a day per module. Each attempt has an id and took
// a minute; the first question of every passed attempt was answered after
// its hint.
func State(c *course.Course, id string) *progress.State {
	st := progress.New()
	st.Learner = progress.Learner{ID: id, Name: "Eva Visser", Organisation: "Gemeente Test"}
	for i, m := range c.Modules {
		r := st.Record(m.ID)
		when := Start.Add(time.Duration(i) * 24 * time.Hour)
		passed := coursetest.Passed(c, m, when)
		passed.Items[0].Hinted = true // its first question answered after the hint
		r.Attempts = append(r.Attempts, named(passed, id, m.ID, 1))
		if i == 0 {
			r.Attempts = append(r.Attempts, named(coursetest.Attempt(c, m, 0, when.Add(time.Hour)), id, m.ID, 2))
		}
	}
	return st
}

func named(a *course.Attempt, learner, module string, n int) *course.Attempt {
	a.ID = fmt.Sprintf("%.8s-%s-%d", learner, module, n)
	return a
}
