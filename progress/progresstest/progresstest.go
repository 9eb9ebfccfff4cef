// Package progresstest makes and reads a learner's stored progress for
// tests: a state in which every module is passed, a data folder holding
// it, and what the program's next start reads back. It lives apart from
// course/coursetest because the progress package's own tests use that one.
package progresstest

import (
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/progress"
)

// PassedState is a learner's progress with one attempt of every module of
// c, all answers right, finished at when: enough for a certificate.
func PassedState(c *course.Course, when time.Time) *progress.State {
	st := progress.New()
	for _, m := range c.Modules {
		st.Record(m.ID).Attempts = []*course.Attempt{coursetest.Passed(c, m, when)}
	}
	return st
}

// SeenState is PassedState with the first page of every module read, and
// told about the course version c is at (State.MarkSeen): a learner who
// finished the course before an update to it.
func SeenState(c *course.Course, when time.Time) *progress.State {
	st := PassedState(c, when)
	for _, m := range c.Modules {
		st.MarkRead(m.ID, 0)
	}
	st.MarkSeen(c)
	return st
}

// Save writes st as the progress of the data folder dir, the way the
// program stores it; a failure fails the test.
func Save(t testing.TB, dir string, st *progress.State) {
	t.Helper()
	store, err := progress.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := store.Save(st); err != nil {
		t.Fatal(err)
	}
}

// DataDir writes st as the progress of a new data folder and returns it.
func DataDir(t testing.TB, st *progress.State) string {
	t.Helper()
	dir := t.TempDir()
	Save(t, dir, st)
	return dir
}

// Load reads the progress of the data folder dir as the program's next
// start would, and what it noticed on the way (a damaged file set aside);
// a failure fails the test.
func Load(t testing.TB, dir string) (*progress.State, []progress.Notice) {
	t.Helper()
	store, err := progress.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	st, notices, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	return st, notices
}
