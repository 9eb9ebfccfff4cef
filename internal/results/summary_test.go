package results

import (
	"reflect"
	"runtime"
	"testing"
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
