//go:build unix

package main

// The fault script's signals: the program stopped by kill, a hang-up and an
// interrupt, as Unix sends them. (On Windows the Go runtime turns closing the
// console into the same SIGTERM; see signals.go.)

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"piketpalen/internal/locale"
	"piketpalen/progress"
)

// programPID is the process id of the program that a tmux session runs (the
// child of the pane's shell).
func (s *tmuxSession) programPID() int {
	s.t.Helper()
	out, err := exec.Command("tmux", "-S", s.sock, "list-panes", "-t", s.name, "-F", "#{pane_pid}").Output()
	if err != nil {
		s.t.Fatal(err)
	}
	shell := strings.TrimSpace(string(out))
	kids, err := os.ReadFile("/proc/" + shell + "/task/" + shell + "/children")
	if err != nil {
		s.t.Skipf("cannot find the program's process: %v", err)
	}
	var pid int
	if _, err := fmt.Sscan(string(kids), &pid); err != nil {
		s.t.Fatalf("no program under the pane's shell: %q", kids)
	}
	return pid
}

// A page turned in the full-screen interface and, at once, the program
// stopped by a signal (kill, logout, the window closed): the page turn is
// saved, though it was still being gathered for the disk, and the program
// says nothing about the signal.
func TestSignalAfterPageTurnKeepsThePage(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	if _, err := os.Stat("/proc/self/task"); err != nil {
		t.Skip("needs /proc to find the program's process")
	}
	courseDir, _ := filepath.Abs(validCourse)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			data := t.TempDir()
			env := []string{"TERM=xterm-256color", asMainEnv + "=1", "PIKETPALEN_DATA=" + data}
			s := startTmux(t, "80", "24", env, os.Args[0], "--course", courseDir, "2>"+filepath.Join(data, "stderr.txt"))
			s.waitFor("modules gehaald")
			s.keys("Enter")
			s.waitFor("pagina 1 van 3")
			time.Sleep(400 * time.Millisecond) // the first page is saved
			s.keys("Right")
			s.waitFor("pagina 2 van 3")
			if err := syscall.Kill(s.programPID(), sig); err != nil {
				t.Fatal(err)
			}
			scr := s.waitFor("EXITED-")
			if !strings.Contains(scr, "EXITED-0") {
				t.Errorf("exit status: %s", scr)
			}
			if errOut, _ := os.ReadFile(filepath.Join(data, "stderr.txt")); len(errOut) > 0 {
				t.Errorf("said on stopping: %q", errOut)
			}
			st := loadData(t, data)
			if r := st.Modules["01-eerste"]; r == nil || r.Page != 1 || !slices.Contains(r.PagesRead, 1) {
				t.Errorf("the page turn was lost: %+v", r)
			}
		})
	}
}

// Plain mode stopped by a signal while it waits for the learner: it says
// goodbye as on "stop", saved, and exits 0 without an error.
func TestSignalStopsPlainModeWithGoodbye(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			data := t.TempDir()
			cmd := programCmd("--plain", "--data", data, "--course", validCourse)
			in, _ := cmd.StdinPipe()
			var out, errOut strings.Builder
			cmd.Stdout, cmd.Stderr = &syncWriter{w: &out}, &errOut
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			io.WriteString(in, "1\n\n") // module 1, on to page 2
			waitOutput(t, cmd.Stdout.(*syncWriter), "Pagina 2 van 3")
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			in.Close()
			if err != nil || errOut.Len() > 0 {
				t.Errorf("exit %v, stderr %q", err, errOut.String())
			}
			if !strings.Contains(cmd.Stdout.(*syncWriter).String(), locale.NL.T(locale.PlainBye)) {
				t.Errorf("no goodbye:\n%s", cmd.Stdout.(*syncWriter).String())
			}
			if r := loadData(t, data).Modules["01-eerste"]; r == nil || r.Page != 1 {
				t.Errorf("the page is not saved: %+v", r)
			}
		})
	}
}

// A disk on which files can be made but no byte written, as on a full disk
// or quota (simulated with a file size limit of 0, ulimit -f 0; the program
// ignores SIGXFSZ as Go programs do, and gets EFBIG): doctor said ok, and
// plain mode said goodbye with "Je voortgang is bewaard." after every save
// had failed. Both now say what is true.
func TestFullDiskIsReported(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	limited := func(args ...string) *exec.Cmd {
		cmd := exec.Command("sh", append([]string{"-c", `ulimit -f 0 && exec "$0" "$@"`, os.Args[0]}, args...)...)
		cmd.Env = append(os.Environ(), asMainEnv+"=1", "NO_COLOR=1")
		return cmd
	}
	data := t.TempDir()
	var out strings.Builder
	cmd := limited("doctor", "--data", data)
	cmd.Stdout, cmd.Stderr = &out, &out // pipes: the limit is on files only
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(out.String(), "FOUT   schrijven") {
		t.Errorf("doctor: exit %d (%v):\n%s", code, err, out.String())
	}

	out.Reset()
	cmd = limited("--plain", "--data", data, "--course", validCourse)
	cmd.Stdin = strings.NewReader("1\n\nstop\n")
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.Run()
	if strings.Contains(out.String(), locale.NL.T(locale.PlainBye)) || !strings.Contains(out.String(), "NIET bewaard") {
		t.Errorf("plain mode's goodbye on a full disk:\n%s", out.String())
	}
}

// A program that seems stuck (here: its save waits for a lock another
// program holds) ignores a second signal that comes with the first, which
// must not cut a final save short, and ends at once on one that comes
// seconds later.
func TestSecondSignalEndsAStuckProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	data := t.TempDir()
	cmd := programCmd("--plain", "--data", data, "--course", validCourse)
	in, _ := cmd.StdinPipe()
	out := &syncWriter{w: new(strings.Builder)}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	waitOutput(t, out, locale.NL.T(locale.PlainIntro))
	hold := flock.New(filepath.Join(data, progress.FileName+".lock"))
	if err := hold.Lock(); err != nil {
		t.Fatal(err)
	}
	defer hold.Unlock()
	io.WriteString(in, "1\n") // the page turn's save now waits for the lock
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGTERM)
	cmd.Process.Signal(syscall.SIGHUP) // part of the same ending: ignored
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		t.Fatalf("ended by the second of two signals at once: %v\n%s", err, out.String())
	case <-time.After(stuckAfter + 500*time.Millisecond):
	}
	start := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("took %v to end", d)
		} else {
			t.Logf("ended %v after the later signal", d)
		}
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		t.Fatal("a stuck program did not end on a later signal")
	}
}
