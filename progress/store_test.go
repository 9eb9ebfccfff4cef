package progress

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/atomicfile"
)

func TestLoadWithoutFileGivesNewState(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nieuw")
	s := open(t, dir)
	st, notices := load(t, s)
	if !isNew(t, st) {
		t.Errorf("got %s", asJSON(t, st))
	}
	if len(notices) != 0 {
		t.Errorf("notices for a first start: %q", notices)
	}
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != dirPerm {
			t.Errorf("folder mode %v, want %v", fi.Mode().Perm(), os.FileMode(dirPerm))
		}
	}
	if s.Path() != filepath.Join(dir, "progress.json") {
		t.Errorf("Path() = %s", s.Path())
	}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	st := sample()
	save(t, s, st)

	got, notices := load(t, open(t, dir))
	if asJSON(t, got) != asJSON(t, st) {
		t.Errorf("read back\n%s\nwant\n%s", asJSON(t, got), asJSON(t, st))
	}
	if len(notices) != 0 {
		t.Errorf("notices: %q", notices)
	}

	data := read(t, s.Path())
	var head map[string]json.RawMessage
	if err := json.Unmarshal(data, &head); err != nil {
		t.Fatal(err)
	}
	if string(head["schema"]) != fmt.Sprint(SchemaVersion) {
		t.Errorf("schema field = %s, want %d", head["schema"], SchemaVersion)
	}
	if !bytes.Contains(data, []byte("\n  \"modules\": {")) || data[len(data)-1] != '\n' {
		t.Errorf("file is not indented JSON ending in a newline:\n%s", data)
	}
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != filePerm {
			t.Errorf("file mode %v, want %v", fi.Mode().Perm(), os.FileMode(filePerm))
		}
	}
}

func TestSaveKeepsPreviousVersionAsBak(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	st := sample()
	save(t, s, st)
	if _, err := os.Stat(s.Path() + bakSuffix); !os.IsNotExist(err) {
		t.Errorf("a .bak after the very first save: %v", err)
	}
	v1 := read(t, s.Path())

	st.Last.Page = 7
	save(t, s, st)
	v2 := read(t, s.Path())
	if !bytes.Equal(read(t, s.Path()+bakSuffix), v1) {
		t.Error(".bak is not the previous version")
	}

	// Saving what is already there writes nothing, so the backup still
	// holds the version before it rather than a second copy of the same.
	save(t, s, st)
	if !bytes.Equal(read(t, s.Path()+bakSuffix), v1) || !bytes.Equal(read(t, s.Path()), v2) {
		t.Error("a save without changes rotated the files")
	}

	st.Last.Page = 8
	save(t, s, st)
	if !bytes.Equal(read(t, s.Path()+bakSuffix), v2) {
		t.Error(".bak is not the previous version after the third save")
	}
	wantFiles(t, dir, FileName, FileName+bakSuffix)
}

// Save updates the caller's state to what it wrote, in place: records the
// screens hold on to stay the live ones.
func TestSaveAdoptsMergedStateInPlace(t *testing.T) {
	dir := t.TempDir()
	other := sample()
	other.Record("03-wet").Attempts = append(other.Record("03-wet").Attempts, attempt("03-wet", 40))
	save(t, open(t, dir), other)

	st := New()
	r := st.Record("01-primaat")
	r.PagesRead = []int{5}
	inProgress := attempt("01-primaat", 50)
	r.Open = inProgress
	st.live = map[string]bool{inProgress.ID: true} // opened here, as OpenAttempt does
	save(t, open(t, dir), st)

	if st.Modules["01-primaat"] != r {
		t.Fatal("the record was replaced instead of updated")
	}
	if r.Open != inProgress {
		t.Error("the open attempt was replaced")
	}
	if len(r.Attempts) != 2 || fmt.Sprint(r.PagesRead) != "[0 1 2 3 5]" {
		t.Errorf("record not merged: %d attempts, pages %v", len(r.Attempts), r.PagesRead)
	}
	if st.Modules["03-wet"] == nil || len(st.Modules["03-wet"].Attempts) != 1 {
		t.Error("a module saved by someone else is missing from the state")
	}
	got, _ := load(t, open(t, dir))
	if asJSON(t, got) != asJSON(t, st) {
		t.Errorf("in memory and on disk differ:\n%s\n%s", asJSON(t, st), asJSON(t, got))
	}
}

func TestClosedStore(t *testing.T) {
	s := open(t, t.TempDir())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(New()); err == nil || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Save after Close: %v", err)
	}
	if _, _, err := s.Load(); err == nil {
		t.Error("Load after Close succeeded")
	}
}

func TestOpenRejectsEmptyAndFilePath(t *testing.T) {
	if _, err := Open(""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
	file := filepath.Join(t.TempDir(), "file")
	write(t, file, []byte("x"))
	if _, err := Open(filepath.Join(file, "sub")); err == nil {
		t.Error("Open below a file succeeded")
	}
}

// benchState is a learner well into the course: 6 modules, 20 finished
// attempts of 10 questions each, one open attempt.
func benchState() *State {
	st := New()
	st.Learner = Learner{Name: "Anouk de Vries", Organisation: "Gemeente Zwolle"}
	for n := range 20 {
		id := fmt.Sprintf("%02d-module", n%6+1)
		r := st.Record(id)
		r.Attempts = append(r.Attempts, attempt(id, n))
		if len(r.PagesRead) == 0 {
			for p := range 12 {
				r.PagesRead = append(r.PagesRead, p)
			}
		}
	}
	st.Record("06-module").Open = attempt("06-module", 99)
	return st
}

// BenchmarkSave measures one save of a changed state: lock, read and merge
// what is on disk, write the backup and the new file, each with fsync.
func BenchmarkSave(b *testing.B) {
	s := open(b, b.TempDir())
	st := benchState()
	n := 0
	for _, r := range st.Modules {
		n += len(r.Attempts)
	}
	if n != 20 {
		b.Fatalf("%d attempts", n)
	}
	save(b, s, st)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		st.Last.Page = i // a change, so every save writes
		if err := s.Save(st); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad measures reading the same state at start-up.
func BenchmarkLoad(b *testing.B) {
	s := open(b, b.TempDir())
	save(b, s, benchState())
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := s.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// A link in the lock file's place is never followed: a dangling one made
// the program create a file at its target. It is replaced by a lock file of
// its own, and the save works.
func TestLockFileLinkIsNotFollowed(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "elsewhere")
	if err := os.Symlink(target, filepath.Join(dir, FileName+lockSuffix)); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	s := open(t, dir)
	save(t, s, sample())
	load(t, s)
	if _, err := os.Lstat(target); err == nil {
		t.Error("a file was created at the link's target")
	}
	if fi, err := os.Lstat(filepath.Join(dir, FileName+lockSuffix)); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		t.Error("the link is still in place")
	}
}

// Temporary files that killed saves left are removed at the next start,
// in the old names too; a young one of another target, which a process
// writing without the lock may still be using, stays.
func TestLoadSweepsStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	_, second, _, _ := twoVersions(t, dir)
	stale := []string{".progress.json.tmp-123", ".progress.json.bak.tmp-9", ".progress.json" + atomicfile.TempInfix + "77",
		".progress.json.probe" + atomicfile.TempInfix + "8", // a probe Load made under the lock: however new
		".probe" + atomicfile.TempInfix + "5"}               // a probe by Dir, without the lock: made old below
	for _, n := range stale {
		write(t, filepath.Join(dir, n), []byte("{half"))
	}
	old := time.Now().Add(-2 * time.Minute)
	os.Chtimes(filepath.Join(dir, stale[4]), old, old)
	young := ".resultaten.json" + atomicfile.TempInfix + "1"
	write(t, filepath.Join(dir, young), []byte("{"))
	other := ".other.tmp-1" // not this program's
	write(t, filepath.Join(dir, other), nil)

	st, notices := load(t, open(t, dir))
	if asJSON(t, st) != second || len(notices) != 0 {
		t.Errorf("notices %q", notices)
	}
	wantFiles(t, dir, FileName, FileName+bakSuffix, young, other)
}

// TestRemove deletes the store's files and the ones named, and nothing
// else in the folder or beside it; the store is closed after it.
func TestRemove(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "data")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	st := New()
	st.EnsureLearnerID()
	if err := s.Save(st); err != nil {
		t.Fatal(err)
	}
	st.Settings.Lang = "en"
	if err := s.Save(st); err != nil { // a backup too
		t.Fatal(err)
	}
	own := []string{"progress.json.damaged-20260101-120000", ".progress.json.piketpalen-tmp-123", "eigen-sleutel.key", ".eigen-sleutel.key.piketpalen-tmp-9"}
	others := []string{"notities.txt", "progress.jsonx", "resultaten.json"}
	for _, n := range append(slices.Clone(own), others...) {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o600)
	}
	os.Mkdir(filepath.Join(dir, "progress.json.d"), 0o700)
	beside := filepath.Join(parent, "progress.json")
	os.WriteFile(beside, []byte("x"), 0o600)

	removed, err := s.Remove("eigen-sleutel.key")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"progress.json", "progress.json.bak", "progress.json.lock"}
	want = append(want, own...)
	var wantPaths []string
	for _, n := range want {
		wantPaths = append(wantPaths, filepath.Join(dir, n))
	}
	slices.Sort(wantPaths)
	if !slices.Equal(removed, wantPaths) {
		t.Errorf("removed %v, want %v", removed, wantPaths)
	}
	for _, n := range want {
		if _, err := os.Lstat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s is still there", n)
		}
	}
	for _, n := range append(others, "progress.json.d") {
		if _, err := os.Lstat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed", n)
		}
	}
	if _, err := os.Lstat(beside); err != nil {
		t.Error("a file outside the data folder was removed")
	}
	if _, _, err := s.Load(); err == nil {
		t.Error("the store still loads after Remove")
	}

	// the folder left empty stays: it may be the portable piketpalen-data
	// folder, which decides where the next start keeps the progress
	dir2 := filepath.Join(parent, PortableDirName)
	s2, _ := Open(dir2)
	s2.Save(New())
	if _, err := s2.Remove(); err != nil {
		t.Fatal(err)
	}
	if left, err := os.ReadDir(dir2); err != nil || len(left) != 0 {
		t.Errorf("the emptied data folder: %v, %v; want it there and empty", left, err)
	}
}
