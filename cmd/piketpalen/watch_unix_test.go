//go:build unix

package main

import (
	"bytes"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/progress"
)

// syncBuffer is a bytes.Buffer that a process writes while a test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestResultsWatch: results --watch shows the overview of a workshop
// folder, and again, from the top of the screen, when a result file
// arrives; the workshop's own files are not listed as problems; Ctrl+C
// ends it with exit 0.
func TestResultsWatch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the built binary for a few seconds")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	c, err := loadCourse(locale.NL, validCourse)
	if err != nil {
		t.Fatal(err)
	}
	_, w, err := app.OpenWorkshop(locale.NL, dir, c, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	cmd := exec.Command(bin, "results", "--watch", dir, "--course", validCourse)
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitOut := func(want string, times int) string {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			s := out.String()
			if strings.Count(s, want) >= times {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("the output never showed %q %d times:\n%s", want, times, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitOut("0 deelnemers", 1)
	exportFor(t, validCourse, progress.New(), "Carla Jansen", dir)
	s := waitOut("Carla Jansen", 1)
	if n := strings.Count(s, "\x1b[H\x1b[2J"); n != 2 {
		t.Errorf("the screen was cleared %d times for two overviews:\n%q", n, s)
	}
	if strings.Contains(s, "workshop.json") {
		t.Errorf("the workshop file is listed:\n%s", s)
	}
	time.Sleep(1500 * time.Millisecond) // a poll that finds nothing new draws nothing
	if n := strings.Count(out.String(), "\x1b[H\x1b[2J"); n != 2 {
		t.Errorf("the overview was drawn again without a change (%d times)", n)
	}
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("after Ctrl+C: %v\n%s", err, out.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("results --watch did not stop on Ctrl+C")
	}
}
