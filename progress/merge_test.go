package progress

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"piketpalen/course"
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
	got := merge(mine, disk)

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
	if a.Page != 4 || a.Open != r.Open {
		t.Errorf("page %d, open %v: want mine's", a.Page, a.Open)
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

// One instant written in two time zones is one attempt.
func TestMergeIdentityIgnoresTimeZone(t *testing.T) {
	mine, disk := New(), New()
	x := attempt("a", 1)
	y := *x
	y.Started = x.Started.In(time.FixedZone("CET", 3600))
	z := *x
	z.Seed++ // same start, other seed: another attempt
	mine.Record("a").Attempts = []*course.Attempt{x}
	disk.Record("a").Attempts = []*course.Attempt{&y, &z}
	if got := merge(mine, disk).Modules["a"].Attempts; len(got) != 2 {
		t.Errorf("got %d attempts, want 2", len(got))
	}
}

func TestMergeWithoutDisk(t *testing.T) {
	mine := sample()
	got := merge(mine, nil)
	if asJSON(t, got) != asJSON(t, mine) {
		t.Errorf("merge with nothing on disk changed the state:\n%s", asJSON(t, got))
	}
	got = merge(New(), mine)
	if len(got.Modules) != 2 || len(got.Modules["01-primaat"].Attempts) != 2 {
		t.Errorf("an empty state lost what was on disk: %s", asJSON(t, got))
	}
}

func TestMergeSortsAndDeduplicates(t *testing.T) {
	mine := New()
	mine.Record("a").PagesRead = []int{5, 2, 5, 0}
	mine.Record("a").Attempts = []*course.Attempt{attempt("a", 3), attempt("a", 1), attempt("a", 3)}
	got := merge(mine, nil).Modules["a"]
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
