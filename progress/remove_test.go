package progress

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

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
	if len(removed) != len(want) {
		t.Errorf("removed %v, want %v", removed, want)
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

	// a folder left empty goes too
	dir2 := filepath.Join(parent, "leeg")
	s2, _ := Open(dir2)
	s2.Save(New())
	if _, err := s2.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(dir2); err == nil {
		t.Error("the empty data folder is still there")
	}
}
