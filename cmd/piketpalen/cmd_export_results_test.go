package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/results"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

func TestExportResultsCommand(t *testing.T) {
	c := testCourse(t, validCourse)
	docs := t.TempDir()
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_DOCUMENTS_DIR", docs)

	st := progress.New()
	m := c.Module("01-eerste")
	st.Record(m.ID).Attempts = []*course.Attempt{coursetest.Answered(t, c, m, time.Now(),
		coursetest.Answer{Q: "een-1", Chosen: []int{0}}, coursetest.Answer{Q: "een-2", Chosen: []int{0}}, coursetest.Answer{Q: "een-3", Chosen: []int{1}}, coursetest.Answer{Q: "een-6", Chosen: []int{0, 1}})}
	data := progresstest.DataDir(t, st)

	// No name given and none remembered: a usage error that says what to do.
	code, _, errOut := runCLI("export-results", "--course", validCourse, "--data", data)
	if code != 2 || !strings.Contains(errOut, "--name") {
		t.Fatalf("no name: exit %d, %s", code, errOut)
	}

	// With a name and a folder to write to.
	out := t.TempDir()
	code, stdout, errOut := runCLI("export-results", "--course", validCourse, "--data", data, "--name", " Zoë  Brontë-Ünal ", "--org", "Gemeente Test", "--out", out)
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
	code, stdout, errOut = runCLI("export-results", "--course", validCourse, "--data", data)
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
	if code, _, errOut := runCLI("export-results", "--course", validCourse, "--data", data, "--out", file, "--org", ""); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if f, err := results.Read(file); err != nil || f.Organisation != "" {
		t.Errorf("--org \"\" did not clear the organisation: %v %+v", err, f)
	}
}

// TestExportResultsNoProgress: a learner who has not started can export.
func TestExportResultsNoProgress(t *testing.T) {
	out := t.TempDir()
	code, stdout, errOut := runCLI("export-results", "--course", validCourse, "--data", t.TempDir(), "--name", "Nog Niet Begonnen", "--out", out)
	if code != 0 || !strings.Contains(stdout, "Modules gehaald: 0 van 2") {
		t.Fatalf("exit %d: %s%s", code, stdout, errOut)
	}
	if _, err := os.Stat(filepath.Join(out, "resultaten-nog-niet-begonnen.json")); err != nil {
		t.Fatal(err)
	}
}

func TestExportResultsUsage(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"--onbekend"}} {
		if code, _, _ := runCLI(append([]string{"export-results"}, args...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errOut := runCLI("export-results", "--help"); code != 0 || !strings.Contains(errOut, "Gebruik: piketpalen export-results") {
		t.Errorf("--help: exit %d: %s", code, errOut)
	}
	if code, _, _ := runCLI("export-results", "--course", "bestaat/niet", "--name", "X", "--data", t.TempDir()); code != 1 {
		t.Errorf("missing course: exit %d, want 1", code)
	}
	out := filepath.Join(t.TempDir(), "geen-map", "x.json")
	if code, _, errOut := runCLI("export-results", "--course", validCourse, "--name", "X", "--data", t.TempDir(), "--out", out); code != 1 || !strings.Contains(errOut, "x.json") {
		t.Errorf("unwritable target: exit %d: %s", code, errOut)
	}
}

// TestForgedProgressDoesNotPass: writing, for every module, an attempt with
// no items and a score of 100 into progress.json gave a certificate that
// verify accepted and a result file the overview counted as passed. So did
// an attempt whose wrong answers are marked right. Certificates and result
// files are made only from attempts that re-grade.
func TestForgedProgressDoesNotPass(t *testing.T) {
	c := testCourse(t, validCourse)
	now := time.Now()
	forgeries := map[string]func(m *course.Module) *course.Attempt{
		"no items": func(m *course.Module) *course.Attempt {
			return &course.Attempt{Module: m.ID, CourseVersion: c.Version, Score: 100, Passed: true, Started: now, Finished: now, Items: []course.Item{}}
		},
		"wrong answers marked right": func(m *course.Module) *course.Attempt {
			a := coursetest.Attempt(c, m, 0, now) // every answer wrong
			for i := range a.Items {
				a.Items[i].Correct = true
			}
			a.Correct, a.Score, a.Passed = len(a.Items), 100, true
			return a
		},
		"score raised": func(m *course.Module) *course.Attempt {
			a := coursetest.Attempt(c, m, 0, now) // graded as it is: failed
			a.Score, a.Passed = 100, true
			return a
		},
	}
	for name, forge := range forgeries {
		st := progress.New()
		for _, m := range c.Modules {
			st.Record(m.ID).Attempts = []*course.Attempt{forge(m)}
		}
		data := progresstest.DataDir(t, st)
		out := t.TempDir()
		code, _, stderr := runCLI("certificate", "--name", "Jan", "--data", data, "--course", validCourse, "--out", out)
		if code != 1 || !strings.Contains(stderr, "Nog geen certificaat") {
			t.Errorf("%s: certificate: exit %d: %s", name, code, stderr)
		}
		if files, _ := os.ReadDir(out); len(files) > 0 {
			t.Errorf("%s: certificate files written: %v", name, files)
		}
		code, _, stderr = runCLI("export-results", "--name", "Jan", "--data", data, "--course", validCourse, "--out", out)
		if code != 0 {
			t.Fatalf("%s: export: exit %d: %s", name, code, stderr)
		}
		f, err := results.Read(filepath.Join(out, results.FileName("Jan")))
		if err != nil {
			t.Fatal(err)
		}
		for _, fm := range f.Modules {
			forged := fm.Passed || fm.BestScore != 0 || fm.Attempts != 0 || len(fm.Answers) > 0
			if name == "score raised" {
				// The progress loader already puts the score back to what
				// the answers give (progress.normalize): what is left is an
				// attempt that did not pass, with its own score.
				forged = fm.Passed || fm.BestScore != fm.AnswersScore || fm.BestScore >= c.PassMark
			}
			if forged {
				t.Errorf("%s: module %s in the result file: %+v", name, fm.ID, fm)
			}
		}
	}
}

// TestTwoLearnersWithOneName: two learners both named "Jan Jansen" (one
// with an organisation) counted as one participant, and the one who passed
// vanished as a "duplicate". Every learner has an id of their own; files
// with one id are duplicates, two ids with one name are a name clash, and
// both are counted.
func TestTwoLearnersWithOneName(t *testing.T) {
	c := testCourse(t, validCourse)
	dir := t.TempDir()
	passed := t.TempDir()
	passAll(t, validCourse, passed)
	other := progresstest.DataDir(t, progress.New())

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
}
