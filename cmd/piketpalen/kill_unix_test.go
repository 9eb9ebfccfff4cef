//go:build unix

package main

import (
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/buildtest"
	"piketpalen/internal/certificate"
	"piketpalen/internal/results"
)

// TestKillsDuringCertificateAndExport starts the built program making
// certificates and result files into one folder and kills it (SIGKILL) at
// random moments, the way a closed laptop lid or a task manager does.
// Afterwards every file in the folder is whole and verifies, or is absent,
// and once the commands ran again no temporary file is left in it: the
// folder is the learner's Documents folder, or one the trainer collects
// from.
func TestKillsDuringCertificateAndExport(t *testing.T) {
	bin := buildtest.Program(t, "starts and kills 120 processes", ".")
	data := t.TempDir()
	passAll(t, validCourse, data)
	out := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	const runs = 120
	killed := 0
	argsOf := func(i int) []string {
		if i%2 == 1 {
			return []string{"export-results", "--name", "Jan de Vries", "--data", data, "--course", validCourse, "--out", out}
		}
		return []string{"certificate", "--name", "Jan de Vries", "--data", data, "--course", validCourse, "--out", out}
	}
	// The kills are spread over the time a run takes, measured here, so
	// that they land while the files are written however fast the
	// program is on this machine.
	var span time.Duration
	for i := range 2 {
		start := time.Now()
		if err := exec.Command(bin, argsOf(i)...).Run(); err != nil {
			t.Fatal(err)
		}
		span = max(span, time.Since(start))
	}
	for i := range runs {
		cmd := exec.Command(bin, argsOf(i)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(span))))
		if cmd.Process.Kill() == nil {
			if err := cmd.Wait(); err != nil && strings.Contains(err.Error(), "killed") {
				killed++
			}
		}
	}
	t.Logf("%d runs, %d killed before they ended", runs, killed)
	if killed < runs/4 {
		t.Errorf("only %d of %d runs were killed: the test did not test", killed, runs)
	}
	// A kill between writing the temporary file and renaming it leaves the
	// temporary file; the next write of that file removes it once it is
	// older than a live writer's could be. So: one more run of each after
	// that time, and then nothing else may be left.
	left, _ := filepath.Glob(filepath.Join(out, ".*"))
	t.Logf("temporary files right after the kills: %d", len(left))
	time.Sleep(10*time.Second + 100*time.Millisecond)
	for _, cmdName := range []string{"certificate", "export-results"} {
		if code, _, stderr := runCLI(cmdName, "--name", "Jan de Vries", "--data", data, "--course", validCourse, "--out", out); code != 0 {
			t.Errorf("%s after the kills: exit %d: %s", cmdName, code, stderr)
		}
	}
	ents, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		p := filepath.Join(out, e.Name())
		switch {
		case strings.HasPrefix(e.Name(), "."):
			t.Errorf("temporary file left in the output folder: %s", e.Name())
		case strings.HasPrefix(e.Name(), "resultaten-"):
			if _, err := results.Read(p); err != nil {
				t.Errorf("%s: %v", e.Name(), err)
			}
		case strings.HasPrefix(e.Name(), "certificaat-"):
			if _, err := certificate.VerifyFile(p, nil); !errors.Is(err, certificate.ErrSelfIssued) {
				t.Errorf("%s: %v", e.Name(), err)
			}
		default:
			t.Errorf("unexpected file %s", e.Name())
		}
	}
}
