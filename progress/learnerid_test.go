package progress

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var learnerIDPattern = regexp.MustCompile(`^[0-9a-f]{32}$`)

// TestLearnerID: every learner gets a random id when their progress file is
// made; an older file gets one on its first load and keeps it.
func TestLearnerID(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	id := st.Learner.ID
	if !learnerIDPattern.MatchString(id) {
		t.Fatalf("new learner: id %q", id)
	}
	if err := s.Save(st); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, _ = Open(dir)
	st, _, _ = s.Load()
	if st.Learner.ID != id {
		t.Errorf("id changed from %q to %q", id, st.Learner.ID)
	}
	s.Close()

	// A file of before ids.
	old := t.TempDir()
	os.WriteFile(filepath.Join(old, FileName), []byte(`{"schema":1,"learner":{"name":"Jan"},"modules":{}}`), 0o600)
	s, _ = Open(old)
	st, _, _ = s.Load()
	id = st.Learner.ID
	if !learnerIDPattern.MatchString(id) || st.Learner.Name != "Jan" {
		t.Fatalf("old file: %+v", st.Learner)
	}
	s.Save(st)
	s.Close()
	s, _ = Open(old)
	defer s.Close()
	st, _, _ = s.Load()
	if st.Learner.ID != id {
		t.Errorf("old file: id changed from %q to %q", id, st.Learner.ID)
	}
	if a, b := NewLearnerID(), NewLearnerID(); a == b {
		t.Errorf("two ids alike: %s", a)
	}
}

// TestMergeKeepsTheLearnerIDOnDisk: two copies that loaded a file without
// an id each made one; the first saved wins, so both copies end with one id.
func TestMergeKeepsTheLearnerIDOnDisk(t *testing.T) {
	mine, disk := New(), New()
	mine.Learner.ID, disk.Learner.ID = "aa", "bb"
	if m, _ := merge(mine, disk); m.Learner.ID != "bb" {
		got := m.Learner.ID
		t.Errorf("merged id %q, want the one on disk", got)
	}
	disk.Learner.ID = ""
	if m, _ := merge(mine, disk); m.Learner.ID != "aa" {
		got := m.Learner.ID
		t.Errorf("merged id %q, want mine", got)
	}
}

// isNew reports whether st is a new learner's state: New() with a learner
// id of its own.
func isNew(t testing.TB, st *State) bool {
	t.Helper()
	if !learnerIDPattern.MatchString(st.Learner.ID) {
		return false
	}
	c := *st
	c.Learner.ID = ""
	return asJSON(t, &c) == asJSON(t, New())
}
