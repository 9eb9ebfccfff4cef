// Package xapitest makes the learner the xAPI tests share: in the test
// course (coursetest.Valid), module one failed after it was passed, module
// two passed, so that every kind of statement is made.
package xapitest

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/issuer"
	"piketpalen/internal/results"
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

// WriteGroup writes n signed result files of course c into dir, named by
// their learner ids (%032x of 1 to n), each of a learner as State makes
// one, named by who (a name and an organisation; both empty makes a
// pseudonymous file), all signed with one key made for the group.
func WriteGroup(tb testing.TB, c *course.Course, dir string, n int, who func(i int) (name, org string)) {
	tb.Helper()
	key, err := issuer.SelfKeyIn("")
	if err != nil {
		tb.Fatal(err)
	}
	now := time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)
	for i := range n {
		id := fmt.Sprintf("%032x", i+1)
		name, org := who(i)
		f, err := results.Export(c, State(c, id), name, org, key, now)
		if err != nil {
			tb.Fatal(err)
		}
		if err := results.WriteFile(filepath.Join(dir, id+".json"), f); err != nil {
			tb.Fatal(err)
		}
	}
}
