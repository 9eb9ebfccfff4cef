package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
	"piketpalen/internal/theme"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

// testNow is when the tests make their files.
var testNow = time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC)

func testCourse(t *testing.T) *course.Course { return coursetest.Valid(t) }

func TestIssueCertificate(t *testing.T) {
	c := coursetest.Valid(t)
	dir := t.TempDir()
	st := progresstest.PassedState(c, testNow)
	if _, err := IssueCertificate(c, st, Person{Name: " \t "}, Where{Folder: dir}, testNow); !errors.Is(err, ErrNoName) {
		t.Errorf("blank name: %v", err)
	}
	if _, err := IssueCertificate(c, st, Person{Name: "Jan"}, Where{Folder: " "}, testNow); !errors.Is(err, ErrNoFolder) {
		t.Errorf("no folder: %v", err)
	}
	var np *certificate.NotPassedError
	if _, err := IssueCertificate(c, progress.New(), Person{Name: "Jan"}, Where{Folder: dir}, testNow); !errors.As(err, &np) || len(np.Missing) != 2 {
		t.Errorf("nothing passed: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 || st.Learner.Name != "" {
		t.Fatalf("a refused certificate wrote %v or remembered %+v", entries, st.Learner)
	}
	made, err := IssueCertificate(c, st, Person{Name: "  Jan \t de   Vries ", Organisation: " Gemeente  Test"}, Where{Folder: dir}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if made.Cert.Learner != "Jan de Vries" || made.Cert.Organisation != "Gemeente Test" || filepath.Dir(made.PDF) != dir {
		t.Errorf("made %+v at %s", made.Cert, made.PDF)
	}
	if st.Learner.Name != "" {
		t.Errorf("making the certificate changed the state: %+v", st.Learner)
	}
	st.Learner.ID = "id-1"
	if !Remember(st, made.For) || st.Learner != (progress.Learner{ID: "id-1", Name: "Jan de Vries", Organisation: "Gemeente Test"}) || Remember(st, made.For) {
		t.Errorf("remembered %+v", st.Learner)
	}
}

func TestExportResults(t *testing.T) {
	c := coursetest.Valid(t)
	dir := t.TempDir()
	st := progress.New()
	exp, err := ExportResults(c, st, Person{Name: " Ann  Smith "}, Where{Folder: dir}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if exp.Path != filepath.Join(dir, results.FileName("Ann Smith")) || exp.Passed() != 0 || exp.For.Name != "Ann Smith" {
		t.Errorf("exported to %s, %d passed, for %+v", exp.Path, exp.Passed(), exp.For)
	}
	file := filepath.Join(dir, "mine.json")
	if exp, err := ExportResults(c, st, Person{Name: "Ann Smith"}, Where{Out: file}, testNow); err != nil || exp.Path != file {
		t.Errorf("to a file: %s, %v", exp.Path, err)
	}
	if _, err := ExportResults(c, st, Person{Name: "Ann"}, Where{}, testNow); !errors.Is(err, ErrNoFolder) {
		t.Errorf("nowhere: %v", err)
	}
}

func TestSettings(t *testing.T) {
	st := progress.New()
	if l, th, changed := Settings(st, "", ""); l != locale.NL || th != theme.Dark || changed {
		t.Errorf("nothing: %s %s %v", l, th, changed)
	}
	if l, th, changed := Settings(st, locale.EN, theme.Light); l != locale.EN || th != theme.Light || !changed {
		t.Errorf("given: %s %s %v", l, th, changed)
	}
	if l, th, _ := Settings(st, "", ""); l != locale.EN || th != theme.Light {
		t.Errorf("remembered: %s %s", l, th)
	}
	st.Settings.Theme = "roze"
	if _, th, _ := Settings(st, "", ""); th != theme.Dark {
		t.Errorf("a theme edited into the file: %s", th)
	}
	if l := Language(locale.NL, st); l != locale.NL {
		t.Errorf("the flag does not win: %s", l)
	}
}

func TestOpenProgressInTheLearnersWords(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "progress.json"), []byte(`{"schema": 999}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, _, err := OpenProgress(locale.EN, dir)
	if err == nil || !strings.Contains(err.Error(), "was made by a newer version of piketpalen and has not been touched") {
		t.Fatalf("a file of a newer version: %v", err)
	}
}
