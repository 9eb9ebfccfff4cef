//go:build unix

package main

import (
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"piketpalen/progress"
)

// TestResultsWatch: results --watch shows the overview of a workshop
// folder, and again, from the top of the screen, when a result file
// arrives; the workshop's own files are not listed as problems; Ctrl+C
// ends it with exit 0.
func TestResultsWatch(t *testing.T) {
	bin, courseDir, c, dir := workshopSetup(t, "runs the built binary for a few seconds")
	openWorkshop(t, dir, c)
	cmd := exec.Command(bin, "results", "--watch", dir, "--course", courseDir)
	out := &syncWriter{w: &strings.Builder{}}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitOutput(t, out, "0 deelnemers")
	exportFor(t, courseDir, progress.New(), "Carla Jansen", dir)
	waitOutput(t, out, "Carla Jansen")
	s := out.String()
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
