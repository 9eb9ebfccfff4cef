package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGiftCommand exports module 1 as GIFT, imports it into a folder and
// checks the file:line report of a question that cannot be mapped, in
// English.
func TestGiftCommand(t *testing.T) {
	var stdout, stderr strings.Builder
	out := filepath.Join(t.TempDir(), "m1.gift")
	dir := filepath.Dir(out)
	if code := run([]string{"gift", "export", "1", "--out", out, "--lang", "en"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(data), "$CATEGORY: ") {
		t.Fatalf("export wrote %q (%v)", data, err)
	}
	data = append(data, []byte("\n::num:: Hoeveel? {#3}\n")...)
	bad := filepath.Join(dir, "bad.gift")
	os.WriteFile(bad, data, 0o644)
	lines := strings.Count(string(data), "\n")
	stdout.Reset()
	stderr.Reset()
	mod := filepath.Join(dir, "mod")
	if code := run([]string{"gift", "import", bad, "--module", mod, "--lang", "en"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr.String())
	}
	want := bad + ":" + fmt.Sprint(lines) + `: question "num" is a numerical question`
	if !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q lacks %q", stderr.String(), want)
	}
	y, err := os.ReadFile(filepath.Join(mod, "questions.yaml"))
	if err != nil || !strings.Contains(string(y), "id: intro-stelling-grondrecht") {
		t.Errorf("questions.yaml: %v\n%s", err, y)
	}
	if code := run([]string{"gift", "export", "99"}, nil, &stdout, &stderr); code != 2 {
		t.Errorf("an unknown module: exit %d, want 2", code)
	}
	if code := run([]string{"gift", "import", filepath.Join(dir, "none.gift")}, nil, &stdout, &stderr); code != 1 {
		t.Errorf("a missing file: exit %d, want 1", code)
	}
}
