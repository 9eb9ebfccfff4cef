package gencourse

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteLarge writes the generated 50-module course to the folder in
// PIKETPALEN_GEN_DIR, for measuring the program with it; skipped otherwise.
func TestWriteLarge(t *testing.T) {
	dir := os.Getenv("PIKETPALEN_GEN_DIR")
	if dir == "" {
		t.Skip("set PIKETPALEN_GEN_DIR to write the generated course")
	}
	for name, f := range Make(50, 8, 20) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
