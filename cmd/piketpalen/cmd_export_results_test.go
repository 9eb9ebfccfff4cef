package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
	"piketpalen/progress"
)

var validCourse = filepath.Join("..", "..", "course", "testdata", "valid")

func exportResultsCLI(args ...string) (code int, stdout, stderr string) {
	return runCLI(append([]string{"export-results"}, args...)...)
}

func TestExportResultsCommand(t *testing.T) {
	c, err := loadCourse(locale.NL, validCourse)
	if err != nil {
		t.Fatal(err)
	}
	docs := t.TempDir()
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_DOCUMENTS_DIR", docs)

	st := progress.New()
	m := c.Module("01-eerste")
	st.Record(m.ID).Attempts = []*course.Attempt{coursetest.Answered(t, c, m, time.Now(),
		coursetest.Answer{Q: "een-1", Chosen: []int{0}}, coursetest.Answer{Q: "een-2", Chosen: []int{0}}, coursetest.Answer{Q: "een-3", Chosen: []int{1}}, coursetest.Answer{Q: "een-6", Chosen: []int{0, 1}})}
	data := coursetest.DataDir(t, st)

	// No name given and none remembered: a usage error that says what to do.
	code, _, errOut := exportResultsCLI("--course", validCourse, "--data", data)
	if code != 2 || !strings.Contains(errOut, "--name") {
		t.Fatalf("no name: exit %d, %s", code, errOut)
	}

	// With a name and a folder to write to.
	out := t.TempDir()
	code, stdout, errOut := exportResultsCLI("--course", validCourse, "--data", data, "--name", " Zoë  Brontë-Ünal ", "--org", "Gemeente Test", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := filepath.Join(out, "resultaten-zoe-bronte-unal.json")
	if !strings.Contains(stdout, "\n  "+want+"\n") || !strings.Contains(stdout, "Modules gehaald: 1 van 2") {
		t.Errorf("stdout:\n%s", stdout)
	}
	f, err := results.Read(want)
	if err != nil {
		t.Fatal(err)
	}
	if f.Learner != "Zoë Brontë-Ünal" || f.Organisation != "Gemeente Test" || !f.Modules[0].Passed || len(f.Modules[0].Answers) != 4 {
		t.Errorf("%+v", f)
	}

	// The name is remembered; the default place is the Documents folder.
	code, stdout, errOut = exportResultsCLI("--course", validCourse, "--data", data)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want = filepath.Join(docs, "resultaten-zoe-bronte-unal.json")
	if !strings.Contains(stdout, want) {
		t.Errorf("not in Documents (%s):\n%s", want, stdout)
	}
	if f, err := results.Read(want); err != nil || f.Organisation != "Gemeente Test" {
		t.Errorf("%v %+v", err, f)
	}

	// An explicit file name.
	file := filepath.Join(out, "mijn-resultaten.json")
	if code, _, errOut := exportResultsCLI("--course", validCourse, "--data", data, "--out", file, "--org", ""); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if f, err := results.Read(file); err != nil || f.Organisation != "" {
		t.Errorf("--org \"\" did not clear the organisation: %v %+v", err, f)
	}
}

// TestExportResultsNoProgress: a learner who has not started can export.
func TestExportResultsNoProgress(t *testing.T) {
	out := t.TempDir()
	code, stdout, errOut := exportResultsCLI("--course", validCourse, "--data", t.TempDir(), "--name", "Nog Niet Begonnen", "--out", out)
	if code != 0 || !strings.Contains(stdout, "Modules gehaald: 0 van 2") {
		t.Fatalf("exit %d: %s%s", code, stdout, errOut)
	}
	if _, err := os.Stat(filepath.Join(out, "resultaten-nog-niet-begonnen.json")); err != nil {
		t.Fatal(err)
	}
}

func TestExportResultsUsage(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"--onbekend"}} {
		if code, _, _ := exportResultsCLI(args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errOut := exportResultsCLI("--help"); code != 0 || !strings.Contains(errOut, "Gebruik: piketpalen export-results") {
		t.Errorf("--help: exit %d: %s", code, errOut)
	}
	if code, _, _ := exportResultsCLI("--course", "bestaat/niet", "--name", "X", "--data", t.TempDir()); code != 1 {
		t.Errorf("missing course: exit %d, want 1", code)
	}
	out := filepath.Join(t.TempDir(), "geen-map", "x.json")
	if code, _, errOut := exportResultsCLI("--course", validCourse, "--name", "X", "--data", t.TempDir(), "--out", out); code != 1 || !strings.Contains(errOut, "x.json") {
		t.Errorf("unwritable target: exit %d: %s", code, errOut)
	}
}
