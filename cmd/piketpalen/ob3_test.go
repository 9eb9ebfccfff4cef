//go:build ob3

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestOB3IssueAndVerify (build tag ob3): issue writes the Open Badges 3.0
// credential beside the PDF and JSON, and verify checks it: 0 with its
// issuer trusted, 3 without, 1 once changed.
func TestOB3IssueAndVerify(t *testing.T) {
	valid := validCourse
	data, out, org, issued := t.TempDir(), t.TempDir(), t.TempDir(), t.TempDir()
	passAll(t, valid, data)
	if code, _, errs := runCLI("export-results", "--name", "Zoë Brontë-Ünal", "--course", valid, "--data", data, "--out", out); code != 0 {
		t.Fatalf("export-results: %d %s", code, errs)
	}
	if code, _, errs := runCLI("issuer", "init", "--name", "Gemeente Test", "--out", org); code != 0 {
		t.Fatalf("issuer init: %d %s", code, errs)
	}
	if code, sout, errs := runCLI("issue", "--key", filepath.Join(org, "gemeente-test.key"), "--course", valid, "--out", issued, out); code != 0 {
		t.Fatalf("issue: %d %s%s", code, sout, errs)
	}
	creds, _ := filepath.Glob(filepath.Join(issued, "*.ob3.json"))
	if len(creds) != 1 {
		t.Fatalf("credentials: %v", creds)
	}
	pub := filepath.Join(org, "gemeente-test.uitgever.json")
	if code, sout, errs := runCLI("verify", "--issuer", pub, creds[0]); code != verifyIntact {
		t.Errorf("trusted: exit %d\n%s%s", code, sout, errs)
	}
	if code, sout, _ := runCLI("verify", creds[0]); code != verifyNotTrusted {
		t.Errorf("untrusted: exit %d\n%s", code, sout)
	}
	raw, _ := os.ReadFile(creds[0])
	bad := filepath.Join(t.TempDir(), "vals.ob3.json")
	os.WriteFile(bad, bytes.Replace(raw, []byte("Zoë Brontë-Ünal"), []byte("Mallory Nooitgeweest"), 1), 0o644)
	if code, sout, _ := runCLI("verify", "--issuer", pub, bad); code != verifyInvalid {
		t.Errorf("altered: exit %d\n%s", code, sout)
	}
}
