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

// TestForgedProgressDoesNotPass: writing, for every module, an attempt with
// no items and a score of 100 into progress.json gave a certificate that
// verify accepted and a result file the overview counted as passed. So did
// an attempt whose wrong answers are marked right. Certificates and result
// files are made only from attempts that re-grade.
func TestForgedProgressDoesNotPass(t *testing.T) {
	c, err := loadCourse(locale.NL, validCourse)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	forgeries := map[string]func(m *course.Module) *course.Attempt{
		"no items": func(m *course.Module) *course.Attempt {
			return &course.Attempt{Module: m.ID, CourseVersion: c.Version, Score: 100, Passed: true, Started: now, Finished: now, Items: []course.Item{}}
		},
		"wrong answers marked right": func(m *course.Module) *course.Attempt {
			a := c.NewAttempt(m, 7, now.Add(-time.Minute))
			for i := range a.Items {
				q := m.Question(a.Items[i].Question)
				wrong := 0
				for q.Options[wrong].Correct {
					wrong++
				}
				a.Items[i].Chosen, a.Items[i].Answered, a.Items[i].Correct = []int{wrong}, true, true
			}
			a.Correct, a.Score, a.Passed, a.Finished = len(a.Items), 100, true, now
			return a
		},
		"score raised": func(m *course.Module) *course.Attempt {
			a := c.NewAttempt(m, 7, now.Add(-time.Minute))
			for i := range a.Items {
				c.Answer(a, i, []int{len(m.Question(a.Items[i].Question).Options) - 1})
			}
			c.Finish(a, now)
			if a.Passed {
				t.Skip("the last options happen to pass")
			}
			a.Score, a.Passed = 100, true
			return a
		},
	}
	for name, forge := range forgeries {
		st := progress.New()
		for _, m := range c.Modules {
			st.Record(m.ID).Attempts = []*course.Attempt{forge(m)}
		}
		data := coursetest.DataDir(t, st)
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
