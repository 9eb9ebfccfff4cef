// Package coursetest makes quiz attempts for tests the way a learner makes
// them: drawn by the course, answered and graded, so that they re-grade
// (see course.Course.Regrade) and count for a certificate.
package coursetest

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
)

// Attempt draws an attempt of module m, answers the first right items
// correctly and the others wrongly, and finishes it at when.
func Attempt(c *course.Course, m *course.Module, right int, when time.Time) *course.Attempt {
	a := c.NewAttempt(m, uint64(when.UnixNano())^uint64(len(m.ID)), when.Add(-time.Minute))
	for i := range a.Items {
		q := m.Question(a.Items[i].Question)
		chosen := q.CorrectOptions()
		if i >= right {
			for o, opt := range q.Options {
				if !opt.Correct {
					chosen = []int{o}
					break
				}
			}
		}
		if _, err := c.Answer(a, i, chosen); err != nil {
			panic("coursetest: " + err.Error())
		}
	}
	c.Finish(a, when)
	return a
}

// Passed is an attempt of m with every answer right, finished at when.
func Passed(c *course.Course, m *course.Module, when time.Time) *course.Attempt {
	return Attempt(c, m, len(m.Questions), when)
}

// Valid loads the small valid course the tests share
// (course/testdata/valid: two modules of three pages and six questions
// each), wherever the test runs from; a problem fails the test.
func Valid(t testing.TB) *course.Course {
	t.Helper()
	return Load(t, ValidDir())
}

// Load loads the course in the folder dir; a problem fails the test.
func Load(t testing.TB, dir string) *course.Course {
	t.Helper()
	c, err := course.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// ValidDir is the folder of the course Valid loads.
func ValidDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "valid")
}

// Answer is one answer for Answered: a question id and the option indices
// (of the pool question) chosen.
type Answer struct {
	Q      string
	Chosen []int
}

// Answered makes a finished, graded attempt of module m with exactly the
// given questions in the given order, answered as given, on the current
// course version. Its seed is the first that draws those questions in that
// order, since an attempt re-grades only when its items are what its seed
// draws; the module must draw as many questions as are given.
func Answered(t testing.TB, c *course.Course, m *course.Module, when time.Time, answers ...Answer) *course.Attempt {
	t.Helper()
	for seed := uint64(0); seed <= 1_000_000; seed++ {
		a := c.NewAttempt(m, seed, when.Add(-time.Minute))
		if len(a.Items) != len(answers) {
			t.Fatalf("coursetest: module %s draws %d questions, %d given", m.ID, len(a.Items), len(answers))
		}
		same := true
		for i, an := range answers {
			same = same && a.Items[i].Question == an.Q
		}
		if !same {
			continue
		}
		for i, an := range answers {
			if _, err := c.Answer(a, i, an.Chosen); err != nil {
				t.Fatalf("coursetest: %v", err)
			}
		}
		c.Finish(a, when)
		return a
	}
	t.Fatalf("coursetest: no seed draws %v from module %s", answers, m.ID)
	return nil
}

// Updated writes a copy of the Valid course as a newer version: course.yaml
// says version, module 01-eerste lists changes (the YAML of its "changes:"
// list, indented under the key, or "" for none) and, when changed, one
// line of its first page is rewritten, so its content differs; module
// 02-tweede stays as it was. It returns the folder.
func Updated(t testing.TB, version, changes string, changed bool) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(ValidDir())); err != nil {
		t.Fatal(err)
	}
	manifest, err := os.ReadFile(filepath.Join(dir, course.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	entry := "  - id: 01-eerste\n"
	if changes != "" {
		entry += "    changes:\n" + changes
	}
	m := replaceOnce(t, string(manifest), "version: 0.1.0", "version: "+version)
	m = replaceOnce(t, m, "  - 01-eerste\n", entry)
	write(t, filepath.Join(dir, course.ManifestFile), m)
	if changed {
		file := filepath.Join(dir, "01-eerste", "module.md")
		lesson, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(string(lesson), "\n# ")
		k := -1
		if i >= 0 {
			k = strings.Index(string(lesson[i+1:]), "\n\n")
		}
		if k < 0 {
			t.Fatalf("%s: no heading followed by a paragraph to add a sentence to", file)
		}
		j := i + 1 + k
		write(t, file, string(lesson[:j])+"\n\nDeze zin is nieuw in versie "+version+"."+string(lesson[j:]))
	}
	return dir
}

func write(t testing.TB, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// replaceOnce is s with old replaced by new, and fails t when s has no old:
// a copy of the course that Updated was to change must not come out the
// same.
func replaceOnce(t testing.TB, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("the course has no %q to replace", old)
	}
	return strings.Replace(s, old, new, 1)
}
