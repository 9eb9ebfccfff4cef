package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWriteRemovesStaleTempFiles: a temporary file that a killed process
// left is removed at the next write of the same file once it is older than
// a live writer's could be; a fresh one, another file's, and a link stay.
func TestWriteRemovesStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, ".uit.json"+tempSuffix+"111")
	fresh := filepath.Join(dir, ".uit.json"+tempSuffix+"222")
	other := filepath.Join(dir, ".ander.json"+tempSuffix+"333")
	link := filepath.Join(dir, ".uit.json"+tempSuffix+"444")
	for _, p := range []string{old, fresh, other} {
		os.WriteFile(p, []byte("half"), 0o600)
	}
	os.Symlink(other, link)
	long := time.Now().Add(-time.Hour)
	os.Chtimes(old, long, long)
	os.Chtimes(other, long, long)
	if err := WriteFile(filepath.Join(dir, "uit.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); err == nil {
		t.Error("the stale temporary file is still there")
	}
	for _, p := range []string{fresh, other, link} {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed", filepath.Base(p))
		}
	}
}
