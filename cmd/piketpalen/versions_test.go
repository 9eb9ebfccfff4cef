package main

import (
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/progress"
)

// A certificate made before a course update that requires a module's quiz
// again stays as it is; a new one waits until that quiz is passed again,
// and says why.
func TestCertificateWaitsForARetake(t *testing.T) {
	c := coursetest.Valid(t)
	st := progress.New()
	for _, m := range c.Modules {
		st.Record(m.ID).Attempts = []*course.Attempt{coursetest.Passed(c, m, time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC))}
	}
	data := saveState(t, st)
	if code, out, errs := runCLI("certificate", "--name", "Jan", "--out", t.TempDir(), "--data", data, "--course", validCourse); code != 0 {
		t.Fatalf("on the old version: exit %d\n%s%s", code, out, errs)
	}
	newer := coursetest.Updated(t, "0.3.0", "      - version: 0.3.0\n        text: De regels zijn veranderd.\n        requires_retake: true\n", true)
	code, _, errs := runCLI("certificate", "--name", "Jan", "--out", t.TempDir(), "--data", data, "--course", newer)
	if code != 1 || !strings.Contains(errs, "Eerste module (01-eerste)") || !strings.Contains(errs, "Toets opnieuw maken: De regels zijn veranderd. (versie 0.3.0)") || strings.Contains(errs, "02-tweede") {
		t.Errorf("exit %d\n%s", code, errs)
	}
	// without requires_retake, the passes stand
	minor := coursetest.Updated(t, "0.2.0", "      - version: 0.2.0\n        text: Een zin is nieuw.\n", true)
	if code, out, errs := runCLI("certificate", "--name", "Jan", "--out", t.TempDir(), "--data", data, "--course", minor); code != 0 {
		t.Errorf("after a change that asks no retake: exit %d\n%s%s", code, out, errs)
	}
}
