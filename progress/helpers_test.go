package progress

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/internal/dirtest"
	"piketpalen/internal/roundtrip"
)

// base is the start time of test attempts; fixed so that files are stable.
var base = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// attempt returns a finished attempt of module m that is told apart from
// others by n (its Started time and Seed derive from n).
func attempt(m string, n int) *course.Attempt {
	a := &course.Attempt{
		Module:        m,
		CourseVersion: "2026.1",
		Seed:          uint64(n)*7919 + 1,
		Started:       base.Add(time.Duration(n) * time.Minute),
		Finished:      base.Add(time.Duration(n)*time.Minute + 30*time.Second),
	}
	for i := range 10 {
		a.Items = append(a.Items, course.Item{
			Question: fmt.Sprintf("%s-q%d", m, i), Order: []int{2, 0, 1, 3},
			Chosen: []int{i % 4}, Answered: true, Correct: i%3 != 0,
		})
		if i%3 != 0 {
			a.Correct++
		}
	}
	a.Score = course.Score(a.Correct, len(a.Items))
	a.Passed = a.Score >= 70
	a.ID = legacyID(m, a)
	return a
}

// sample returns a state with a learner, settings and two modules.
func sample() *State {
	st := New()
	st.Learner = Learner{ID: "5a3e0c2f9b7d41e6a8c1f0d2b4e6a8c1", Name: "Anouk de Vries", Organisation: "Gemeente Zwolle"}
	st.Settings = Settings{Theme: "dark", Lang: "nl"}
	st.Last = Position{Module: "02-raad", Page: 3}
	r := st.Record("01-primaat")
	r.PagesRead = []int{0, 1, 2, 3}
	r.Page = 3
	r.Attempts = []*course.Attempt{attempt("01-primaat", 1), attempt("01-primaat", 2)}
	r2 := st.Record("02-raad")
	r2.PagesRead = []int{0, 1}
	r2.Page = 3
	r2.Open = attempt("02-raad", 3)
	r2.Open.Finished = time.Time{}
	return st
}

// asJSON is how states are compared: two states are the same when they
// encode the same.
func asJSON(t testing.TB, st *State) string {
	t.Helper()
	b, err := json.MarshalIndent(st, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// open opens a store in dir whose clock is fixed, so damaged files get
// predictable names.
func open(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.now = func() time.Time { return time.Date(2026, 4, 5, 6, 7, 8, 0, time.Local) }
	t.Cleanup(func() { s.Close() })
	return s
}

// keptName is the name a damaged file gets with open's clock.
const keptSuffix = ".damaged-20260405-060708"

func load(t testing.TB, s *Store) (*State, []Notice) {
	t.Helper()
	st, notices, err := s.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return st, notices
}

func save(t testing.TB, s *Store, st *State) {
	t.Helper()
	if err := s.Save(st); err != nil {
		t.Fatalf("Save: %v", err)
	}
}

func read(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// reread returns st as it reads back from its file: encoded as
// progress.json is, and decoded again. An error fails t.
func reread(t testing.TB, st *State) *State {
	t.Helper()
	return roundtrip.Reread(t, "progress", st, encode, decode)
}

// readOnly takes the owner's write permission on dir away until the test
// ends. Where permissions do not stop a writer (root, or a system without
// Unix permissions) it skips the test instead.
func readOnly(t testing.TB, dir string) {
	t.Helper()
	if os.Geteuid() == 0 {
		t.Skip("root ignores file permissions")
	}
	if os.Geteuid() == -1 {
		t.Skip("no Unix permissions on this system")
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
}

// wantFiles fails unless dir holds exactly the given files (the lock file
// aside, which comes and goes with the first lock).
func wantFiles(t testing.TB, dir string, want ...string) {
	t.Helper()
	got := slices.DeleteFunc(dirtest.Names(t, dir), func(n string) bool { return n == FileName+lockSuffix })
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("folder holds %q, want %q", got, want)
	}
}

// mentions fails unless some notice contains every one of the parts.
func mentions(t testing.TB, notices []Notice, parts ...string) {
	t.Helper()
	for _, n := range notices {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(n.String(), p)
		}
		if ok {
			return
		}
	}
	t.Errorf("no notice mentions %q; notices: %q", parts, notices)
}

// twoVersions saves sample() and then a changed copy, so that dir holds the
// second as progress.json and the first as progress.json.bak. It returns
// both as JSON and the bytes of both files.
func twoVersions(t testing.TB, dir string) (first, second string, mainBytes, bakBytes []byte) {
	t.Helper()
	s := open(t, dir)
	st := sample()
	save(t, s, st)
	first = asJSON(t, st)
	st.Record("01-primaat").Attempts = append(st.Record("01-primaat").Attempts, attempt("01-primaat", 9))
	st.Last.Page = 4
	save(t, s, st)
	second = asJSON(t, st)
	return first, second, read(t, filepath.Join(dir, FileName)), read(t, filepath.Join(dir, FileName+bakSuffix))
}
