package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/modules"
)

// TestGIFTCommands: gift export --out writes the pool, gift import makes
// one folder per category whose questions.yaml a copy of the course loads
// (validate), and a question it cannot map is named by file:line.
func TestGIFTCommands(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "pool.gift")
	code, stdout, stderr := runCLI("gift", "export", "--out", out, "--lang", "en")
	if code != 0 || !strings.Contains(stdout, "93 questions of 6 modules") {
		t.Fatalf("export: %d %q %q", code, stdout, stderr)
	}
	course := filepath.Join(dir, "course")
	if err := os.CopyFS(course, modules.FS); err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"00-introductie", "03-functioneringsnorm"} {
		p := filepath.Join(course, m, "questions.yaml")
		os.Chmod(p, 0o644)
		os.Remove(p)
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(course); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runCLI("gift", "import", out, "--lang", "en")
	if code != 0 || strings.Count(stdout, "questions written to") != 6 || stderr != "" {
		t.Fatalf("import: %d %q %q", code, stdout, stderr)
	}
	os.Chdir(wd)
	if code, stdout, stderr := runCLI("validate", course); code != 0 {
		t.Fatalf("the imported course does not validate: %d %s %s", code, stdout, stderr)
	}

	bad := filepath.Join(dir, "moodle.gift")
	os.WriteFile(bad, []byte("::q1:: ok {=a#x ~b#y####E\\n\\nBron: s}\n\n::q2:: How much? {#3:1}\n"), 0o644)
	target := filepath.Join(dir, "new-module")
	code, stdout, stderr = runCLI("gift", "import", bad, "--module", target, "--lang", "en")
	if code != 0 || !strings.Contains(stderr, "moodle.gift:3: question skipped: question type numerical") || !strings.Contains(stdout, "1 questions written to") {
		t.Fatalf("import with a numerical question: %d %q %q", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(target, "questions.yaml")); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI("gift", "export", "99"); code != 2 || !strings.Contains(stderr, "99") {
		t.Errorf("unknown module: %d %q", code, stderr)
	}
}
