package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/course/coursetest"
	"piketpalen/internal/results"
	"piketpalen/internal/xapi"
	"piketpalen/internal/xapi/xapitest"
)

const xapiLearner = "00112233445566778899aabbccddeeff"

func readStatements(t *testing.T, path string) []xapi.Statement {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ss []xapi.Statement
	if err := json.Unmarshal(data, &ss); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return ss
}

// TestExportXAPICommand: export-results --xapi writes the learner's
// statements; a second export writes the same file, and a trainer who makes
// them from the learner's pseudonymous result file gets the same ones.
func TestExportXAPICommand(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_DOCUMENTS_DIR", t.TempDir())
	c := coursetest.Valid(t)
	data := saveState(t, xapitest.State(c, xapiLearner))
	out := t.TempDir()
	var files [2][]byte
	for i := range files {
		path := filepath.Join(out, "x"+string(rune('1'+i))+".json")
		code, stdout, stderr := exportResultsCLI("--course", validCourse, "--data", data, "--xapi", "--out", path)
		if code != 0 || !strings.Contains(stdout, path) {
			t.Fatalf("exit %d: %s %s", code, stdout, stderr)
		}
		files[i], _ = os.ReadFile(path)
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two exports of the same progress differ")
	}
	own := readStatements(t, filepath.Join(out, "x1.json"))
	if len(own) == 0 {
		t.Fatal("no statements")
	}

	// the pseudonymous result file: no name, no organisation, the id
	group := t.TempDir()
	code, stdout, stderr := exportResultsCLI("--course", validCourse, "--data", data, "--pseudonym", "--name", "Eva Visser", "--org", "Gemeente Test", "--out", group)
	if code != 0 || !strings.Contains(stdout, xapiLearner) || strings.Contains(stdout, "Eva") {
		t.Fatalf("pseudonym: exit %d: %s %s", code, stdout, stderr)
	}
	path := filepath.Join(group, "resultaten-"+xapiLearner+".json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte("Eva")) || bytes.Contains(raw, []byte("Gemeente")) {
		t.Errorf("the pseudonymous file names the learner:\n%s", raw)
	}
	f, err := results.Read(path)
	if err != nil || !f.Pseudonymous() {
		t.Fatalf("read back: %v", err)
	}
	// the overview names the participant by id, and the name given stays
	// remembered for a named export
	code, stdout, _ = resultsCLI("--course", validCourse, group, "--xapi", filepath.Join(out, "group.json"))
	if code != 0 || !strings.Contains(stdout, "id "+xapiLearner[:20]) {
		t.Fatalf("results: exit %d:\n%s", code, stdout)
	}
	mine, _ := json.Marshal(own)
	theirs, _ := json.Marshal(readStatements(t, filepath.Join(out, "group.json")))
	if !bytes.Equal(mine, theirs) {
		t.Errorf("the trainer's statements differ from the learner's:\n%s\n%s", theirs, mine)
	}
}

// TestResultsXAPI: results --xapi takes only the files that count, and
// each statement once, also when a learner's file is there twice.
func TestResultsXAPI(t *testing.T) {
	dir := workshop(t)
	out := filepath.Join(t.TempDir(), "lrs.json")
	code, stdout, stderr := resultsCLI("--course", validCourse, dir, "--xapi", out)
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	ss := readStatements(t, out)
	seen := map[string]bool{}
	actors := map[string]bool{}
	for _, s := range ss {
		if seen[s.ID] {
			t.Errorf("id %s twice", s.ID)
		}
		seen[s.ID] = true
		actors[s.Actor.Account.Name] = true
	}
	// workshop: five learners count; the tampered file, the one of another
	// version and the unreadable one do not
	if len(actors) != 5 {
		t.Errorf("%d learners in the statements, want 5", len(actors))
	}
	if !strings.Contains(stdout, out) {
		t.Errorf("output does not name %s:\n%s", out, stdout)
	}
	// the file may be none of the inputs
	in := filepath.Join(dir, "resultaten-eva-visser.json")
	before, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := resultsCLI("--course", validCourse, dir, "--xapi", in); code != 1 || stderr == "" {
		t.Errorf("--xapi over an input: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(in); !bytes.Equal(before, after) {
		t.Error("--xapi overwrote an input")
	}
}
