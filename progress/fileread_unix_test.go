//go:build unix

package progress

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestLoadDoesNotHangOnAFIFO: a FIFO as progress.json made the course hang
// at start, and a symlink to /dev/zero grew memory at 300 MB/s. Load
// returns an error at once and changes nothing.
func TestLoadDoesNotHangOnAFIFO(t *testing.T) {
	for _, mk := range []func(string) error{
		func(p string) error { return syscall.Mkfifo(p, 0o600) },
		func(p string) error { return os.Symlink("/dev/zero", p) },
	} {
		dir := t.TempDir()
		p := filepath.Join(dir, "progress.json")
		if err := mk(p); err != nil {
			t.Skip(err)
		}
		s, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { _, _, err := s.Load(); done <- err }()
		select {
		case err := <-done:
			if err == nil {
				t.Errorf("Load of a %s gave no error", p)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("Load still running after 5 s")
		}
		s.Close()
	}
}
