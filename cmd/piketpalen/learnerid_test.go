package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"piketpalen/course/coursetest"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
	"piketpalen/progress"
)

// TestTwoLearnersWithOneName: two learners both named "Jan Jansen" (one
// with an organisation) counted as one participant, and the one who passed
// vanished as a "duplicate". Every learner has an id of their own; files
// with one id are duplicates, two ids with one name are a name clash, and
// both are counted.
func TestTwoLearnersWithOneName(t *testing.T) {
	c, err := loadCourse(locale.NL, validCourse)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	passed := t.TempDir()
	passAll(t, validCourse, passed)
	other := coursetest.DataDir(t, progress.New())

	if code, _, stderr := runCLI("export-results", "--name", "Jan Jansen", "--org", "Gemeente A", "--data", passed, "--course", validCourse, "--out", filepath.Join(dir, "a.json")); code != 0 {
		t.Fatal(stderr)
	}
	time.Sleep(1100 * time.Millisecond) // export times have whole seconds
	if code, _, stderr := runCLI("export-results", "--name", "Jan Jansen", "--data", other, "--course", validCourse, "--out", filepath.Join(dir, "b.json")); code != 0 {
		t.Fatal(stderr)
	}
	// The first learner exports again: that is a duplicate of a.json.
	if code, _, stderr := runCLI("export-results", "--data", passed, "--course", validCourse, "--out", filepath.Join(dir, "a2.json")); code != 0 {
		t.Fatal(stderr)
	}
	a, errA := results.Read(filepath.Join(dir, "a.json"))
	a2, errA2 := results.Read(filepath.Join(dir, "a2.json"))
	b, errB := results.Read(filepath.Join(dir, "b.json"))
	if errA != nil || errA2 != nil || errB != nil {
		t.Fatal(errA, errA2, errB)
	}
	hex := regexp.MustCompile(`^[0-9a-f]{32}$`)
	if !hex.MatchString(a.LearnerID) || a.LearnerID != a2.LearnerID || a.LearnerID == b.LearnerID || !hex.MatchString(b.LearnerID) {
		t.Fatalf("learner ids: %q %q %q", a.LearnerID, a2.LearnerID, b.LearnerID)
	}

	for _, lang := range []string{"nl", "en"} {
		code, stdout, stderr := runCLI("results", dir, "--course", validCourse, "--lang", lang)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		want := map[string][]string{
			"nl": {"2 deelnemers geteld", "Zelfde naam", "a.json"},
			"en": {"2 participants counted", "Same name", "a.json"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(stdout, w) {
				t.Errorf("%s: no %q in\n%s", lang, w, stdout)
			}
		}
		if got := strings.Count(stdout, "Jan Jansen"); got < 2 {
			t.Errorf("%s: Jan Jansen listed %d times:\n%s", lang, got, stdout)
		}
	}
	o := results.Summarize(c, results.Collect(dir))
	if o.Counted() != 2 || len(o.Clashes) != 1 {
		t.Errorf("counted %d, clashes %v, problems %v", o.Counted(), o.Clashes, o.Problems)
	}
	if n := o.Modules[0].Passed; n != 1 {
		t.Errorf("the learner who passed is not counted: %d passed", n)
	}
	_ = os.Remove
}
