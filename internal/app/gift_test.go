package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/outpath"
)

// TestImportGiftKeepsPool: an import into a module that has a pool keeps
// its draw and discussion questions, which GIFT does not carry; into a new
// folder it makes the folder; a place the guard refuses is refused.
func TestImportGiftKeepsPool(t *testing.T) {
	c := testCourse(t)
	qs := c.Modules[0].Questions
	mod := filepath.Join(t.TempDir(), "module")
	path, err := ImportGift(qs, mod, outpath.Guard{})
	if err != nil || path != filepath.Join(mod, course.QuestionsFile) {
		t.Fatalf("into a new folder: %q, %v", path, err)
	}
	old := "draw: 2\nquestions: []\ndiscussion:\n  - Wat zou jij doen?\n"
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportGift(qs, mod, outpath.Guard{}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "draw: 2\n") || !strings.Contains(string(data), "Wat zou jij doen?") {
		t.Errorf("the pool's draw and discussion are not kept:\n%s", data)
	}
	if _, err := ImportGift(qs, mod, outpath.Guard{Folders: []string{mod}}); err == nil {
		t.Error("an import into a guarded folder was written")
	}
}
