package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/course/coursetest"
	"piketpalen/progress"
)

// A learner did module 1 on the laptop and module 2 on the desktop; merging
// the desktop's file on the laptop says what it added, the certificate can
// then be made on the laptop, and a second merge adds nothing.
func TestProgressMerge(t *testing.T) {
	c := coursetest.Valid(t)
	when := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	laptop := progress.New()
	laptop.MarkRead(c.Modules[0].ID, 0)
	laptop.Record(c.Modules[0].ID).Attempts = append(laptop.Record(c.Modules[0].ID).Attempts, coursetest.Passed(c, c.Modules[0], when))
	desktop := progress.New()
	for p := range 3 {
		desktop.MarkRead(c.Modules[1].ID, p)
	}
	r := desktop.Record(c.Modules[1].ID)
	r.Attempts = append(r.Attempts, coursetest.Attempt(c, c.Modules[1], 0, when), coursetest.Passed(c, c.Modules[1], when.Add(time.Hour)))
	own, other := saveState(t, laptop), saveState(t, desktop)
	theirs := filepath.Join(other, progress.FileName)
	before, _ := os.ReadFile(theirs)

	code, out, errs := runCLI("progress", "merge", theirs, "--data", own)
	if code != 0 || !strings.Contains(out, "2 pogingen en 3 pagina's toegevoegd") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	unchanged(t, theirs, before)
	code, out, errs = runCLI("certificate", "--name", "Jan", "--out", t.TempDir(), "--data", own, "--course", validCourse)
	if code != 0 {
		t.Errorf("no certificate after the merge: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = runCLI("progress", "merge", theirs, "--data", own, "--lang", "en")
	if code != 0 || !strings.Contains(out, "held nothing your progress") {
		t.Errorf("second merge: exit %d\n%s", code, out)
	}
}

func TestProgressMergeRefuses(t *testing.T) {
	own := saveState(t, progress.New())
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(data), 0o600)
		return p
	}
	for _, tc := range []struct{ file, want string }{
		{filepath.Join(dir, "weg.json"), "bestaat niet"},
		{write("kapot.json", `{"schema": 1, "modules": {`), "beschadigd"},
		{write("nieuw.json", `{"schema": 42}`), "nieuwere versie"},
		{dir, "geen gewoon bestand"},
	} {
		code, _, errs := runCLI("progress", "merge", tc.file, "--data", own)
		if code != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d, %q; want %q", tc.file, code, errs, tc.want)
		}
	}
	for _, args := range [][]string{{"progress"}, {"progress", "merge"}, {"progress", "mix", "a"}, {"progress", "merge", "a", "b"}} {
		if code, _, errs := runCLI(args...); code != 2 || !strings.Contains(errs, "progress merge BESTAND") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}
