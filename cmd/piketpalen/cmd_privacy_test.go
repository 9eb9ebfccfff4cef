package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/course/coursetest"
	"piketpalen/internal/app"
	"piketpalen/internal/issuer"
	"piketpalen/internal/xapi/xapitest"
)

// TestPrivacyCommands: privacy names the data folder and each file in it;
// privacy export writes the whole progress without the secret key; privacy
// delete refuses without a terminal or --yes, and with --yes removes the
// learner's files and nothing else.
func TestPrivacyCommands(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_DOCUMENTS_DIR", t.TempDir())
	c := coursetest.Valid(t)
	data := saveState(t, xapitest.State(c, xapiLearner))
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
	code, stdout, stderr = runCLI("--data", data, "--course", validCourse, "privacy", "delete", "--yes")
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
