//go:build unix

package fileread

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestBoundedRefusesWhatIsNotAFile: a FIFO made reading hang for ever, and
// a symlink to /dev/zero made it take memory without end. Only regular files
// are read, and the check does not block.
func TestBoundedRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	zero := filepath.Join(dir, "zero.json")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fifo, zero, dir, "/dev/null"} {
		done := make(chan error, 1)
		go func() { _, err := Bounded(p, 1<<20); done <- err }()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) {
				t.Errorf("%s: %v, want ErrNotRegular", p, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: still reading after 5 s", p)
		}
	}
	// A symlink to a regular file is read.
	real := filepath.Join(dir, "real")
	os.WriteFile(real, []byte("ok"), 0o600)
	link := filepath.Join(dir, "link")
	os.Symlink(real, link)
	if data, err := Bounded(link, 10); err != nil || string(data) != "ok" {
		t.Errorf("symlink to a file: %q %v", data, err)
	}
}
