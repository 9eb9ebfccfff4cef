package progress

import (
	"errors"
	"io/fs"
	"path/filepath"
	"testing"

	"piketpalen/course"
)

// A learner who worked on a laptop and on a desktop merges the desktop's
// file into the laptop's progress: what was new is added and counted, the
// laptop's name and settings stay, the latest position wins, the desktop's
// file is not touched, and merging it a second time adds nothing.
func TestMergeFile(t *testing.T) {
	laptop, desktop := t.TempDir(), t.TempDir()
	own := New()
	own.Learner = Learner{ID: "aaaa", Name: "Anouk"}
	own.Settings = Settings{Theme: "light"}
	r := own.Record("01-primaat")
	r.PagesRead = []int{0, 1}
	r.Attempts = []*course.Attempt{attempt("01-primaat", 1)}
	own.Last = Position{Module: "01-primaat", Page: 1, At: base}
	save(t, open(t, laptop), own)

	other := New()
	other.Learner = Learner{ID: "bbbb", Name: "A. de Vries"}
	other.Settings = Settings{Theme: "dark", Lang: "en"}
	o := other.Record("01-primaat")
	o.PagesRead = []int{1, 2, 3}
	o.Attempts = []*course.Attempt{attempt("01-primaat", 1), attempt("01-primaat", 2)}
	o2 := other.Record("02-raad")
	o2.PagesRead = []int{0, 1, 2, 3, 4}
	o2.Attempts = []*course.Attempt{attempt("02-raad", 3), attempt("02-raad", 4)}
	other.Last = Position{Module: "02-raad", Page: 4, At: base.Add(1e9)}
	theirPath := filepath.Join(desktop, FileName)
	save(t, open(t, desktop), other)
	theirs := read(t, theirPath)

	s := open(t, laptop)
	got, err := s.MergeFile(theirPath)
	if err != nil {
		t.Fatal(err)
	}
	if got.Attempts != 3 || got.Pages != 7 || len(got.Twice) != 0 {
		t.Errorf("added %+v, want 3 attempts and 7 pages", got)
	}
	st, _ := load(t, s)
	if st.Learner != own.Learner || st.Settings != (Settings{Theme: "light", Lang: "en"}) {
		t.Errorf("learner %+v, settings %+v", st.Learner, st.Settings)
	}
	if st.Last.Module != "02-raad" || st.Last.Page != 4 {
		t.Errorf("position %+v, want the desktop's, the later", st.Last)
	}
	if n := len(st.Modules["01-primaat"].Attempts) + len(st.Modules["02-raad"].Attempts); n != 4 {
		t.Errorf("%d attempts, want 4", n)
	}
	if string(read(t, theirPath)) != string(theirs) {
		t.Error("the merged file was changed")
	}
	before := read(t, s.Path())
	if again, err := s.MergeFile(theirPath); err != nil || again.Attempts != 0 || again.Pages != 0 {
		t.Errorf("merging again: %+v, %v", again, err)
	}
	if string(read(t, s.Path())) != string(before) {
		t.Error("merging again rewrote the progress")
	}
}

// A missing, damaged or newer file is refused, and nothing changes: not
// the learner's progress, not the file.
func TestMergeFileRefuses(t *testing.T) {
	laptop, other := t.TempDir(), t.TempDir()
	s := open(t, laptop)
	save(t, s, sample())
	mine := read(t, s.Path())
	for _, tc := range []struct {
		name, data string
		is         error
	}{
		{"missing.json", "", fs.ErrNotExist},
		{"damaged.json", `{"schema": 1, "modules": [`, ErrDamaged},
		{"newer.json", `{"schema": 99, "anything": "else"}`, ErrNewerSchema},
	} {
		path := filepath.Join(other, tc.name)
		if tc.data != "" {
			write(t, path, []byte(tc.data))
		}
		_, err := s.MergeFile(path)
		if !errors.Is(err, ErrMergeFile) || !errors.Is(err, tc.is) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.is)
		}
		if string(read(t, s.Path())) != string(mine) {
			t.Errorf("%s: the progress changed", tc.name)
		}
		if tc.data != "" && string(read(t, path)) != tc.data {
			t.Errorf("%s: the file was changed", tc.name)
		}
	}
}
