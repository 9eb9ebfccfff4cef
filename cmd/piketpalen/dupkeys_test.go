package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/progress"
)

// TestDuplicateKeysAreAltered: a certificate or result file with a key
// twice ("learner":"Mallory","learner":"Zoë") verified as intact, because
// Go takes the last value while other readers take the first. Such a file
// is reported as altered.
func TestDuplicateKeysAreAltered(t *testing.T) {
	_, jsonPath, c := writeCert(t)
	data, _ := os.ReadFile(jsonPath)
	for _, dup := range []string{`"learner": "Mallory",`, `"Learner": "Mallory",`} {
		bad := strings.Replace(string(data), `"learner":`, dup+"\n  \"learner\":", 1)
		p := filepath.Join(t.TempDir(), "dubbel.json")
		os.WriteFile(p, []byte(bad), 0o644)
		code, stdout, stderr := runCLI("verify", p)
		if code != verifyInvalid || !strings.Contains(strings.ToLower(stdout), "gewijzigd") {
			t.Errorf("verify %s: exit %d\n%s%s", dup, code, stdout, stderr)
		}
	}
	_ = c

	dir := t.TempDir()
	in := exportFor(t, validCourse, progress.New(), "Zoë Bakker", dir)
	data, _ = os.ReadFile(in)
	bad := strings.Replace(string(data), `"learner":`, `"learner": "Mallory", "learner":`, 1)
	os.WriteFile(in, []byte(bad), 0o644)
	code, stdout, _ := runCLI("results", dir, "--course", validCourse)
	if code != 1 || !strings.Contains(strings.ToLower(stdout), "gewijzigd") || strings.Contains(stdout, "1 deelnemer geteld") {
		t.Errorf("results: exit %d\n%s", code, stdout)
	}
}
