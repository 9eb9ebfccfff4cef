//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// withinSeconds runs f and fails the test when it has not returned in n
// seconds: a FIFO made results and verify hang for ever.
func withinSeconds(t *testing.T, n int, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Duration(n) * time.Second):
		t.Fatalf("%s: still running after %d s", what, n)
	}
}

func TestFIFOsAndDevicesAreNotRead(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "wacht.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	os.Symlink("/dev/zero", filepath.Join(dir, "nul.json"))
	withinSeconds(t, 10, "results DIR", func() {
		code, stdout, _ := runCLI("results", dir, "--course", validCourse)
		if code != 1 || !strings.Contains(stdout, "wacht.json") || !strings.Contains(stdout, "geen gewoon") {
			t.Errorf("results: exit %d\n%s", code, stdout)
		}
	})
	withinSeconds(t, 10, "verify FIFO", func() {
		if code, _, stderr := runCLI("verify", fifo); code != verifyUnreadable {
			t.Errorf("verify: exit %d: %s", code, stderr)
		}
	})
	withinSeconds(t, 10, "verify /dev/zero", func() {
		if code, _, stderr := runCLI("verify", filepath.Join(dir, "nul.json")); code != verifyUnreadable {
			t.Errorf("verify: exit %d: %s", code, stderr)
		}
	})
}
