package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/progress/progresstest"
)

// issueFor runs the trainer's side for a learner who passed every module of
// the course in courseDir at when: export, issuer init, issue. It returns
// the issued certificate's PDF, the issuer file and the key file.
func issueFor(t *testing.T, courseDir string, when time.Time) (pdf, pub, key string) {
	t.Helper()
	c := testCourse(t, courseDir)
	data, out, org, issued := progresstest.DataDir(t, progresstest.PassedState(c, when)), t.TempDir(), t.TempDir(), t.TempDir()
	for _, args := range [][]string{
		{"export-results", "--name", "Jan de Vries", "--course", courseDir, "--data", data, "--out", out},
		{"issuer", "init", "--name", "Gemeente Test", "--out", org},
		{"issue", "--key", filepath.Join(org, "gemeente-test.key"), "--course", courseDir, "--out", issued, out},
	} {
		if code, sout, errs := runCLI(args...); code != 0 {
			t.Fatalf("%v: exit %d\n%s%s", args, code, sout, errs)
		}
	}
	pdfs, _ := filepath.Glob(filepath.Join(issued, "*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("issued %v", pdfs)
	}
	return pdfs[0], filepath.Join(org, "gemeente-test.uitgever.json"), filepath.Join(org, "gemeente-test.key")
}

// TestRevoke: after "issuer revoke CODE", verify with the signed list says
// revoked and exits 1; without the list it is still valid (exit 0); a
// changed list is refused.
func TestRevoke(t *testing.T) {
	valid := validCourse
	pdf, pub, key := issueFor(t, valid, time.Now())
	c, err := certificate.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	code, sout, errs := runCLI("issuer", "revoke", strings.ToLower(c.Code), "--key", key)
	if code != 0 {
		t.Fatalf("revoke: exit %d\n%s%s", code, sout, errs)
	}
	list := strings.TrimSuffix(key, ".key") + ".ingetrokken.json"
	if code, sout, _ := runCLI("verify", "--issuer", pub, "--revoked", list, pdf); code != verifyInvalid || !strings.Contains(sout, "INGETROKKEN") {
		t.Errorf("revoked: exit %d\n%s", code, sout)
	}
	if code, _, _ := runCLI("verify", "--issuer", pub, pdf); code != verifyIntact {
		t.Errorf("without the list: exit %d", code)
	}
	raw, _ := os.ReadFile(list)
	os.WriteFile(list, []byte(strings.Replace(string(raw), c.Code, "0000-0000-0000", 1)), 0o644)
	if code, _, errs := runCLI("verify", "--issuer", pub, "--revoked", list, pdf); code != verifyUnreadable || !strings.Contains(errs, "intrekkingslijst") {
		t.Errorf("changed list: exit %d\n%s", code, errs)
	}
}

// TestValidFor: a course with valid_for gives certificates a last valid
// day, shown by verify; once past, verify says expired and exits 1.
func TestValidFor(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(validCourse)); err != nil {
		t.Fatal(err)
	}
	man := filepath.Join(dir, "course.yaml")
	data, _ := os.ReadFile(man)
	os.WriteFile(man, append(data, []byte("\nvalid_for: 1\n")...), 0o644)

	pdf, pub, _ := issueFor(t, dir, time.Now())
	code, sout, _ := runCLI("verify", "--issuer", pub, pdf)
	if code != verifyIntact || !strings.Contains(sout, "Geldig tot:") {
		t.Errorf("valid: exit %d\n%s", code, sout)
	}
	old, pub2, _ := issueFor(t, dir, time.Now().AddDate(0, -3, 0))
	code, sout, _ = runCLI("verify", "--issuer", pub2, old)
	if code != verifyInvalid || !strings.Contains(sout, "VERLOPEN") {
		t.Errorf("expired: exit %d\n%s", code, sout)
	}
}
