package coursetest

import (
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/progress"
)

// PassedState is a learner's progress with one attempt of every module of
// c, all answers right, finished at when: enough for a certificate.
func PassedState(c *course.Course, when time.Time) *progress.State {
	st := progress.New()
	for _, m := range c.Modules {
		st.Record(m.ID).Attempts = []*course.Attempt{Passed(c, m, when)}
	}
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
