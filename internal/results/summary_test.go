package results

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"
	"time"
	"weak"
)

// TestSummaryKeepsNoFile: a Summary keeps of a counted file only what the
// overview needs, not the file, so that the memory of an overview of many
// files does not grow with the files read.
func TestSummaryKeepsNoFile(t *testing.T) {
	c, ls := readGroup(t)
	s := NewSummary(c)
	var refs []weak.Pointer[File]
	for _, l := range ls {
		if l.File != nil {
			refs = append(refs, weak.Make(l.File))
		}
		s.Add(l)
	}
	ls = nil
	runtime.GC()
	runtime.GC()
	for i, r := range refs {
		if r.Value() != nil {
			t.Fatalf("file %d of %d is still held after it was added", i+1, len(refs))
		}
	}
	if o := s.Overview(); o.Counted() != 21 || o.Files != 25 {
		t.Errorf("counted %d of %d files, want 21 of 25", o.Counted(), o.Files)
	}
}

// TestReadEachSameAsCollect: reading on every core gives the files in the
// order Collect gives them, with the same outcome, and the same overview.
func TestReadEachSameAsCollect(t *testing.T) {
	c := testCourse(t)
	g := writeGroup(t, c)
	paths := []string{g.dir, g.duplicate, g.dir + "/bestaat-niet.json"}
	want := Collect(paths...)
	var got []Loaded
	ReadEach(Gather(paths...), func(l Loaded) { got = append(got, l) })
	if len(got) != len(want) {
		t.Fatalf("%d files, Collect %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Path != want[i].Path || (got[i].Err == nil) != (want[i].Err == nil) || (got[i].File == nil) != (want[i].File == nil) {
			t.Errorf("file %d: %s %v, Collect %s %v", i, got[i].Path, got[i].Err, want[i].Path, want[i].Err)
		}
	}
	s := NewSummary(c)
	ReadEach(Gather(paths...), s.Add)
	if a, b := s.Overview(), Summarize(c, want); !reflect.DeepEqual(a, b) {
		t.Errorf("overview read on every core differs:\n%+v\n%+v", a, b)
	}
}

// TestReadEachInOrder reads more files than ReadEach has in hand at once
// (the same files again and again, under other places in the list), with
// fn slow now and then so that the cores run ahead: every Loaded comes in
// the list's order, read as Read reads it on its own.
func TestReadEachInOrder(t *testing.T) {
	c := testCourse(t)
	g := writeGroup(t, c)
	files := Gather(g.dir)
	alone := map[string]Loaded{}
	for _, l := range files {
		f, err := Read(l.Path)
		alone[l.Path] = Loaded{Path: l.Path, File: f, Err: err}
	}
	var ls []Loaded
	for i := range 3*readWindow + 5 {
		ls = append(ls, Loaded{Path: files[i*7%len(files)].Path})
	}
	i := 0
	ReadEach(ls, func(l Loaded) {
		want := alone[ls[i].Path]
		if l.Path != want.Path || !reflect.DeepEqual(l.File, want.File) || fmt.Sprint(l.Err) != fmt.Sprint(want.Err) {
			t.Fatalf("file %d: %s %v, want %s %v", i, l.Path, l.Err, want.Path, want.Err)
		}
		if i%50 == 0 {
			time.Sleep(20 * time.Millisecond)
		}
		i++
	})
	if i != len(ls) {
		t.Errorf("%d files handed on, want %d", i, len(ls))
	}
}
