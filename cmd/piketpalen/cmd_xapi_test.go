package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/course/coursetest"
	"piketpalen/internal/app"
	"piketpalen/internal/issuer"
	"piketpalen/internal/results"
	"piketpalen/internal/xapi"
	"piketpalen/internal/xapi/xapitest"
	"piketpalen/progress/progresstest"
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
	data := progresstest.DataDir(t, xapitest.State(c, xapiLearner))
	out := t.TempDir()
	var files [2][]byte
	for i := range files {
		path := filepath.Join(out, "x"+string(rune('1'+i))+".json")
		code, stdout, stderr := runCLI("export-results", "--course", validCourse, "--data", data, "--xapi", "--out", path)
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
	code, stdout, stderr := runCLI("export-results", "--course", validCourse, "--data", data, "--pseudonym", "--name", "Eva Visser", "--org", "Gemeente Test", "--out", group)
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
	code, stdout, _ = runCLI("results", "--course", validCourse, group, "--xapi", filepath.Join(out, "group.json"))
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
	dir := resultFolder(t)
	out := filepath.Join(t.TempDir(), "lrs.json")
	code, stdout, stderr := runCLI("results", "--course", validCourse, dir, "--xapi", out)
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
	if code, _, stderr := runCLI("results", "--course", validCourse, dir, "--xapi", in); code != 1 || stderr == "" {
		t.Errorf("--xapi over an input: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(in); !bytes.Equal(before, after) {
		t.Error("--xapi overwrote an input")
	}
}

// TestPrivacyCommands: privacy names the data folder and each file in it;
// privacy export writes the whole progress without the secret key; privacy
// delete refuses without a terminal or --yes, and with --yes removes the
// learner's files and nothing else.
func TestPrivacyCommands(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_DOCUMENTS_DIR", t.TempDir())
	c := coursetest.Valid(t)
	data := progresstest.DataDir(t, xapitest.State(c, xapiLearner))
	key, err := issuer.SelfKey(data)
	if err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(data, "mijn-notities.txt")
	os.WriteFile(mine, []byte("van mij"), 0o600)

	code, stdout, stderr := runCLI("--course", validCourse, "--data", data, "privacy", "--lang", "en")
	if code != 0 {
		t.Fatalf("privacy: exit %d: %s", code, stderr)
	}
	for _, want := range []string{data, "progress.json", issuer.SelfKeyFile, xapiLearner, "Eva Visser", "None of this leaves your computer"} {
		if !strings.Contains(strings.Join(strings.Fields(stdout), " "), want) {
			t.Errorf("privacy does not say %q:\n%s", want, stdout)
		}
	}
	checkWidth(t, stdout)

	out := t.TempDir()
	code, stdout, stderr = runCLI("--course", validCourse, "--data", data, "privacy", "export", "--out", out)
	if code != 0 {
		t.Fatalf("privacy export: exit %d: %s", code, stderr)
	}
	raw, err := os.ReadFile(filepath.Join(out, app.PrivacyFileName))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Kind   string `json:"kind"`
		OwnKey struct {
			PublicKey string `json:"public_key"`
		} `json:"own_key"`
		Progress struct {
			Learner struct{ ID, Name string }
			Modules map[string]any
		} `json:"progress"`
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if got.Kind != app.PrivacyKind || got.Progress.Learner.ID != xapiLearner || got.Progress.Learner.Name != "Eva Visser" || len(got.Progress.Modules) != len(c.Modules) || !strings.HasPrefix(got.OwnKey.PublicKey, "did:key:") {
		t.Errorf("export: %+v", got)
	}
	keyFile, _ := os.ReadFile(filepath.Join(data, issuer.SelfKeyFile))
	var k struct{ Seed string }
	json.Unmarshal(keyFile, &k)
	if k.Seed == "" || strings.Contains(string(raw), k.Seed) || len(key) == 0 {
		t.Error("the export holds the secret key")
	}

	// not a terminal, no --yes: nothing deleted
	code, _, stderr = runWith(strings.NewReader("delete\n"), "--data", data, "--course", validCourse, "privacy", "delete")
	if code != 1 || !strings.Contains(stderr, "--yes") {
		t.Errorf("delete without a terminal: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(data, "progress.json")); err != nil {
		t.Fatal("deleted without confirmation")
	}
	// the course plays no part in what is kept about the learner: a course
	// that does not load does not stand in the way
	if code, _, stderr := runCLI("--data", data, "--course", brokenCourse, "privacy"); code != 0 {
		t.Errorf("privacy with a course that does not load: exit %d: %s", code, stderr)
	}
	code, stdout, stderr = runCLI("--data", data, "--course", brokenCourse, "privacy", "delete", "--yes")
	if code != 0 {
		t.Fatalf("delete --yes: exit %d: %s", code, stderr)
	}
	for _, gone := range []string{"progress.json", "progress.json.lock", issuer.SelfKeyFile} {
		if _, err := os.Stat(filepath.Join(data, gone)); err == nil {
			t.Errorf("%s is still there", gone)
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("a file of the learner's own in the folder was deleted")
	}
	if _, err := os.Stat(filepath.Join(out, app.PrivacyFileName)); err != nil {
		t.Error("the export elsewhere was deleted")
	}
	if code, _, _ := runCLI("--data", data, "privacy", "rubbish"); code != 2 {
		t.Errorf("privacy rubbish: exit %d", code)
	}
}

// TestPrivacyDeleteConfirmation: on a terminal, delete asks for the word;
// another answer deletes nothing, the word (in the language of the
// messages) deletes.
func TestPrivacyDeleteConfirmation(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_DOCUMENTS_DIR", t.TempDir())
	confirmIn = func(any) bool { return true }
	t.Cleanup(func() { confirmIn = isTerminal })
	data := progresstest.DataDir(t, xapitest.State(coursetest.Valid(t), xapiLearner))
	progressFile := filepath.Join(data, "progress.json")
	code, stdout, _ := runWith(strings.NewReader("ja\n"), "--data", data, "--course", validCourse, "privacy", "delete")
	if _, err := os.Stat(progressFile); code != 1 || err != nil || !strings.Contains(stdout, "Typ verwijder") || !strings.Contains(stdout, "Niets verwijderd") {
		t.Fatalf("answer ja: exit %d, %v:\n%s", code, err, stdout)
	}
	code, stdout, _ = runWith(strings.NewReader("delete\n"), "--data", data, "--course", validCourse, "--lang", "en", "privacy", "delete")
	if _, err := os.Stat(progressFile); code != 0 || err == nil || !strings.Contains(stdout, "Deleted") {
		t.Fatalf("answer delete in English: exit %d, %v:\n%s", code, err, stdout)
	}
}
