package progress

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
)

func seeds(as []*course.Attempt) []uint64 {
	var out []uint64
	for _, a := range as {
		out = append(out, a.Seed)
	}
	return out
}

func TestMergeUnitesAttemptsAndPages(t *testing.T) {
	mine := New()
	mine.Learner = Learner{Name: "mij"}
	mine.Last = Position{Module: "a", Page: 2}
	mine.Settings = Settings{Theme: "light"}
	r := mine.Record("a")
	r.PagesRead = []int{0, 1, 4}
	r.Page = 4
	r.Attempts = []*course.Attempt{attempt("a", 1), attempt("a", 3)}
	r.Open = attempt("a", 9)

	disk := New()
	disk.Learner = Learner{Name: "ander"}
	disk.Last = Position{Module: "b", Page: 7}
	disk.Settings = Settings{Theme: "dark", Lang: "en"}
	d := disk.Record("a")
	d.PagesRead = []int{1, 2, 3}
	d.Page = 1
	d.Attempts = []*course.Attempt{attempt("a", 1), attempt("a", 2), attempt("a", 4)}
	d.Open = attempt("a", 8)
	db := disk.Record("b")
	db.PagesRead = []int{0}
	db.Page = 5
	db.Attempts = []*course.Attempt{attempt("b", 5)}
	db.Open = attempt("b", 6)

	mineBefore, diskBefore := asJSON(t, mine), asJSON(t, disk)
	got, twice := merge(mine, disk)
	if len(twice) != 0 {
		t.Errorf("kept twice: %v", twice)
	}

	if asJSON(t, mine) != mineBefore || asJSON(t, disk) != diskBefore {
		t.Error("merge changed its inputs")
	}
	if got.Schema != SchemaVersion {
		t.Errorf("schema %d", got.Schema)
	}
	if got.Learner != mine.Learner || got.Last != mine.Last || got.Settings != mine.Settings {
		t.Errorf("learner, last, settings not from mine: %+v %+v %+v", got.Learner, got.Last, got.Settings)
	}
	a := got.Modules["a"]
	if want := seeds([]*course.Attempt{attempt("a", 1), attempt("a", 2), attempt("a", 3), attempt("a", 4)}); !slices.Equal(seeds(a.Attempts), want) {
		t.Errorf("attempts %v, want %v (the union, oldest first, once each)", seeds(a.Attempts), want)
	}
	if a.Attempts[0] != r.Attempts[0] {
		t.Error("an attempt on both sides was not taken from mine")
	}
	if fmt.Sprint(a.PagesRead) != "[0 1 2 3 4]" {
		t.Errorf("pages %v", a.PagesRead)
	}
	if a.Page != 4 || a.Open != d.Open {
		t.Errorf("page %d, open %v: want mine's page and, as mine did not open it, disk's open attempt", a.Page, a.Open)
	}
	mine.live = map[string]bool{r.Open.ID: true}
	if got, _ := merge(mine, disk); got.Modules["a"].Open != r.Open {
		t.Errorf("open %v: want mine's, which mine opened", got.Modules["a"].Open)
	}
	b := got.Modules["b"]
	if b == nil || b.Page != 5 || b.Open == nil || b.Open.Seed != db.Open.Seed || len(b.Attempts) != 1 {
		t.Errorf("module only on disk not kept whole: %+v", b)
	}

	// The result owns its records and slices: changing them leaves the
	// inputs alone.
	a.PagesRead[0] = 99
	a.Attempts[0] = nil
	b.PagesRead[0] = 99
	if asJSON(t, mine) != mineBefore || asJSON(t, disk) != diskBefore {
		t.Error("the result shares slices with its inputs")
	}
}

// One instant written in two time zones is one attempt: an old attempt
// without an ID gets the same one from either file.
func TestLegacyIDIgnoresTimeZone(t *testing.T) {
	x := attempt("a", 1)
	y := *x
	y.Started = x.Started.In(time.FixedZone("CET", 3600))
	z := *x
	z.Seed++ // same start, other seed: another attempt
	if legacyID("a", x) != legacyID("a", &y) {
		t.Error("one instant, two ids")
	}
	if legacyID("a", x) == legacyID("a", &z) || legacyID("a", x) == legacyID("b", x) {
		t.Error("two attempts, one id")
	}
}

func TestMergeWithoutDisk(t *testing.T) {
	mine := sample()
	got, _ := merge(mine, nil)
	if asJSON(t, got) != asJSON(t, mine) {
		t.Errorf("merge with nothing on disk changed the state:\n%s", asJSON(t, got))
	}
	got, _ = merge(New(), mine)
	if len(got.Modules) != 2 || len(got.Modules["01-primaat"].Attempts) != 2 {
		t.Errorf("an empty state lost what was on disk: %s", asJSON(t, got))
	}
}

func TestMergeSortsAndDeduplicates(t *testing.T) {
	mine := New()
	mine.Record("a").PagesRead = []int{5, 2, 5, 0}
	mine.Record("a").Attempts = []*course.Attempt{attempt("a", 3), attempt("a", 1), attempt("a", 3)}
	m, _ := merge(mine, nil)
	got := m.Modules["a"]
	if fmt.Sprint(got.PagesRead) != "[0 2 5]" {
		t.Errorf("pages %v", got.PagesRead)
	}
	if want := []uint64{attempt("a", 1).Seed, attempt("a", 3).Seed}; !slices.Equal(seeds(got.Attempts), want) {
		t.Errorf("attempts %v, want %v", seeds(got.Attempts), want)
	}
}

// adopt keeps the caller's record pointers and adds the records it lacks.
func TestAdoptInPlace(t *testing.T) {
	st := New()
	r := st.Record("a")
	merged := New()
	merged.Record("a").PagesRead = []int{1, 2}
	merged.Record("b").Page = 3
	adopt(st, merged)
	if st.Modules["a"] != r || fmt.Sprint(r.PagesRead) != "[1 2]" {
		t.Errorf("record a: %p %v", st.Modules["a"], r.PagesRead)
	}
	if st.Modules["b"] == nil || st.Modules["b"].Page != 3 {
		t.Error("record b not added")
	}
}

// twoCopies is one data folder opened by two copies of the program, a and
// b, where a has opened the first module's quiz (att) and saved its first
// answer.
type twoCopies struct {
	dir  string
	c    *course.Course
	m    *course.Module
	a, b *Store
	stA  *State
	att  *course.Attempt
}

func quizInTwoCopies(t *testing.T) twoCopies {
	t.Helper()
	q := twoCopies{dir: t.TempDir(), c: coursetest.Valid(t)}
	q.m = q.c.Modules[0]
	q.a, q.b = open(t, q.dir), open(t, q.dir)
	q.stA, _ = load(t, q.a)
	q.att = q.stA.OpenAttempt(q.c, q.m, 7, base)
	q.c.AnswerShown(q.att, 0, []int{0})
	save(t, q.a, q.stA)
	return q
}

// One quiz open in two windows and finished in both: two results, both
// kept. Before attempts had their own IDs, the second save kept only one
// (the defect 1).
func TestMergeKeepsAQuizFinishedTwice(t *testing.T) {
	q := quizInTwoCopies(t)
	dir, c, m, a, b, stA, att := q.dir, q.c, q.m, q.a, q.b, q.stA, q.att

	stB, _ := load(t, b) // B finds A's quiz open and takes it over
	attB := stB.OpenAttempt(c, m, 8, base)
	if attB.ID != att.ID {
		t.Fatal("B did not continue the open quiz")
	}
	for i := attB.Next(); i < len(attB.Items); i++ {
		c.AnswerShown(attB, i, []int{1})
	}
	stB.FinishAttempt(c, m, base.Add(time.Minute))
	save(t, b, stB)

	for i := att.Next(); i < len(att.Items); i++ {
		c.AnswerShown(att, i, []int{0})
	}
	stA.FinishAttempt(c, m, base.Add(2*time.Minute))
	save(t, a, stA)
	mentions(t, a.Notices(), string(FinishedTwice), m.ID)

	got, _ := load(t, open(t, dir))
	r := got.Modules[m.ID]
	if len(r.Attempts) != 2 || r.Attempts[0].ID == r.Attempts[1].ID || r.Open != nil {
		t.Fatalf("want two finished attempts with their own IDs and none open: %s", asJSON(t, got))
	}
	// Both copies hold both after their next save.
	save(t, b, stB)
	if len(stB.Modules[m.ID].Attempts) != 2 || len(stA.Modules[m.ID].Attempts) != 2 {
		t.Error("a copy does not hold both results")
	}
}

// A copy that only read an open quiz from disk does not write its stale
// answers over the ones the copy answering it saved since, nor bring it
// back once that copy finished it.
func TestMergeStaleOpenQuizYields(t *testing.T) {
	q := quizInTwoCopies(t)
	dir, c, m, a, b, stA, att := q.dir, q.c, q.m, q.a, q.b, q.stA, q.att

	stB, _ := load(t, b) // B holds A's quiz with one answer, but does not open it
	c.AnswerShown(att, 1, []int{0})
	save(t, a, stA)
	stB.MarkRead(m.ID, 0)
	save(t, b, stB)
	if got, _ := load(t, open(t, dir)); got.Modules[m.ID].Open.Next() != 2 {
		t.Fatalf("B's stale copy of the open quiz was saved over A's: %d answered", got.Modules[m.ID].Open.Next())
	}
	for i := att.Next(); i < len(att.Items); i++ {
		c.AnswerShown(att, i, []int{0})
	}
	stA.FinishAttempt(c, m, base.Add(time.Minute))
	save(t, a, stA)
	stB.MarkRead(m.ID, 1)
	save(t, b, stB)
	got, _ := load(t, open(t, dir))
	if r := got.Modules[m.ID]; r.Open != nil || len(r.Attempts) != 1 {
		t.Errorf("after A finished: open %v, %d attempts", r.Open != nil, len(r.Attempts))
	}
}

// A file from before attempts had IDs loads, and its attempts get the same
// IDs in every copy that reads it.
func TestOldFileWithoutIDs(t *testing.T) {
	dir := t.TempDir()
	a := attempt("01-primaat", 1)
	a.ID = ""
	st := New()
	st.Record("01-primaat").Attempts = []*course.Attempt{a}
	data, err := encode(st)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"id"`) {
		t.Fatal("the old file has ids")
	}
	write(t, filepath.Join(dir, FileName), data)
	x, _ := load(t, open(t, dir))
	y, _ := load(t, open(t, dir))
	idX, idY := x.Modules["01-primaat"].Attempts[0].ID, y.Modules["01-primaat"].Attempts[0].ID
	if idX == "" || idX != idY || idX != legacyID("01-primaat", a) {
		t.Errorf("ids %q and %q", idX, idY)
	}
}
