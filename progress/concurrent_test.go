package progress

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/dirtest"
)

// The helper process: the test binary run again with helperEnv set, acting
// as a second (third, ...) copy of piketpalen on the same data folder.
const helperEnv = "PIKETPALEN_TEST_HELPER"

// TestHelperProcess is not a test. Started by the tests below with
// helperEnv=<mode>,<dir>,<worker>,<saves>, it saves attempts of its own into
// dir and exits 0 when every save succeeded and kept what it saved before.
func TestHelperProcess(t *testing.T) {
	spec := os.Getenv(helperEnv)
	if spec == "" {
		t.Skip("only runs as a helper process")
	}
	if err := helper(strings.Split(spec, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "helper:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

func helper(args []string) error {
	mode, dir := args[0], args[1]
	worker, _ := strconv.Atoi(args[2])
	saves, _ := strconv.Atoi(args[3])
	s, err := Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	if mode == "race" {
		// Say "ready" and wait for the start signal, so that all helpers
		// start saving at the same moment and their saves overlap.
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("ready-%d", worker)), nil, 0o600); err != nil {
			return err
		}
		for !exists(filepath.Join(dir, "go")) {
			time.Sleep(time.Millisecond)
		}
	}
	merged, err := saveAttempts(s, worker, saves, mode == "forever")
	fmt.Printf("merged %d\n", merged)
	return err
}

// saveAttempts is one copy of the program at work: it loads, then saves
// n times, each time with one more attempt of its own, and checks after
// every save that none of its own attempts went missing. Unless forever, it
// pauses a moment between saves, as a learner does, which lets the others
// take the lock in between. It returns how many of its saves brought in
// attempts that others had saved meanwhile: proof that the saves overlapped.
func saveAttempts(s *Store, worker, n int, forever bool) (merged int, err error) {
	st, _, err := s.Load()
	if err != nil {
		return 0, err
	}
	for i := 0; forever || i < n; i++ {
		m := fmt.Sprintf("%02d-module", i%3+1)
		r := st.Record(m)
		r.Attempts = append(r.Attempts, attempt(m, worker*100000+i))
		r.PagesRead = append(r.PagesRead, worker*1000+i)
		st.Last = Position{Module: m, Page: i}
		before := countAttempts(st)
		if err := s.Save(st); err != nil {
			return merged, err
		}
		if countAttempts(st) > before {
			merged++
		}
		for j := 0; j <= i; j++ {
			if !hasAttempt(st, fmt.Sprintf("%02d-module", j%3+1), worker*100000+j) {
				return merged, fmt.Errorf("worker %d: after save %d, attempt %d is missing", worker, i, j)
			}
		}
		if !forever {
			time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
		}
	}
	return merged, nil
}

func countAttempts(st *State) int {
	n := 0
	for _, r := range st.Modules {
		n += len(r.Attempts)
	}
	return n
}

func hasAttempt(st *State, m string, n int) bool {
	want := attempt(m, n)
	r := st.Modules[m]
	if r == nil {
		return false
	}
	for _, a := range r.Attempts {
		if a.Started.Equal(want.Started) && a.Seed == want.Seed {
			return true
		}
	}
	return false
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func helperCmd(t *testing.T, spec string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+spec)
	return cmd
}

// checkAll asserts that the file in dir is valid JSON holding every attempt
// and page of workers × saves, and that nothing else was left behind.
func checkAll(t *testing.T, dir string, workers, saves int) {
	t.Helper()
	data := read(t, filepath.Join(dir, FileName))
	if !json.Valid(data) {
		t.Fatalf("progress.json is not valid JSON")
	}
	st, notices := load(t, open(t, dir))
	if len(notices) != 0 {
		t.Errorf("notices: %q", notices)
	}
	total, missing := 0, 0
	for _, r := range st.Modules {
		total += len(r.Attempts)
	}
	pages := map[int]bool{}
	for _, r := range st.Modules {
		for _, p := range r.PagesRead {
			pages[p] = true
		}
	}
	for w := range workers {
		for i := range saves {
			if !hasAttempt(st, fmt.Sprintf("%02d-module", i%3+1), w*100000+i) {
				missing++
			}
			if !pages[w*1000+i] {
				t.Errorf("page %d of worker %d missing", i, w)
			}
		}
	}
	if missing > 0 || total != workers*saves {
		t.Errorf("%d attempts in the file, %d missing; want all %d", total, missing, workers*saves)
	}
	for _, n := range dirtest.Names(t, dir) {
		if atomicfile.IsTemp(n, FileName) || atomicfile.IsTemp(n, FileName+bakSuffix) || strings.Contains(n, damagedInfix) {
			t.Errorf("left behind: %s", n)
		}
	}
}

// Two copies of piketpalen, as separate processes, each saving 20 attempts
// of their own at the same time: all 40 end up in the file.
func TestTwoProcessesSaveAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	const workers, saves = 2, 20
	dir := t.TempDir()
	var cmds []*exec.Cmd
	var outs []*strings.Builder
	for w := range workers {
		cmd := helperCmd(t, fmt.Sprintf("race,%s,%d,%d", dir, w, saves))
		out := new(strings.Builder)
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	signals := []string{filepath.Join(dir, "go")}
	for w := range workers {
		signals = append(signals, filepath.Join(dir, fmt.Sprintf("ready-%d", w)))
	}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(time.Millisecond) {
		ready := 0
		for _, r := range signals[1:] {
			if exists(r) {
				ready++
			}
		}
		if ready == workers {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("helpers did not start")
		}
	}
	write(t, signals[0], nil)
	merges := 0
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("helper %d: %v\n%s", i, err, outs[i])
		}
		var n int
		if _, err := fmt.Sscanf(outs[i].String(), "merged %d", &n); err != nil {
			t.Errorf("helper %d said %q", i, outs[i])
		}
		merges += n
	}
	if merges == 0 {
		t.Error("the processes never saved in between each other; the test proved nothing")
	}
	for _, f := range signals {
		os.Remove(f)
	}
	checkAll(t, dir, workers, saves)
}

// The same within one process: four goroutines, each with its own Store on
// the same folder, as two windows of one program might.
func TestStoresInGoroutinesSaveAtOnce(t *testing.T) {
	const workers, saves = 4, 15
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	var merges atomic.Int64
	for w := range workers {
		wg.Go(func() {
			s, err := Open(dir)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			n, err := saveAttempts(s, w, saves, false)
			merges.Add(int64(n))
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if merges.Load() == 0 {
		t.Error("the stores never saved in between each other; the test proved nothing")
	}
	checkAll(t, dir, workers, saves)
}

// One Store shared by goroutines: its own mutex serialises them, since the
// file lock alone does not (a Flock already held by the process is
// "taken" at once by a second goroutine).
func TestSharedStoreFromGoroutines(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			if _, err := saveAttempts(s, w, 10, false); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	checkAll(t, dir, 4, 10)
}

// A process killed at a random moment while saving, over and over: the file
// it leaves is always whole, never damaged, and keeps what was saved before.
func TestKilledWhileSaving(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	prev := 0
	for round := range 6 {
		cmd := helperCmd(t, fmt.Sprintf("forever,%s,%d,0", dir, round))
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(40+round*23) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Wait(); err == nil {
			t.Fatalf("helper stopped by itself:\n%s", &out)
		}
		s := open(t, dir)
		st, notices, err := s.Load()
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		s.Close()
		if len(notices) != 0 {
			t.Fatalf("round %d: %q", round, notices)
		}
		n := countAttempts(st)
		if n < prev {
			t.Fatalf("round %d: %d attempts, had %d", round, n, prev)
		}
		prev = n
	}
	if prev == 0 {
		t.Error("no save finished at all; the test proved nothing")
	}
	t.Logf("%d attempts saved by killed processes", prev)
}

// A lock held for too long (a hung copy of the program) makes Save give up
// with an error instead of freezing; Load still reads, without repairing.
func TestLockHeldTooLong(t *testing.T) {
	old := lockWait
	lockWait = 150 * time.Millisecond
	t.Cleanup(func() { lockWait = old })

	dir := t.TempDir()
	s := open(t, dir)
	st := sample()
	save(t, s, st)
	before := read(t, s.Path())

	hung := flock.New(s.Path() + lockSuffix)
	if err := hung.Lock(); err != nil {
		t.Fatal(err)
	}
	defer hung.Unlock()

	st.Last.Page = 13
	want := asJSON(t, st)
	start := time.Now()
	err := s.Save(st)
	if err == nil || !strings.Contains(err.Error(), "locked by another piketpalen") {
		t.Errorf("Save: %v", err)
	}
	if waited := time.Since(start); waited < lockWait || waited > lockWait+2*time.Second {
		t.Errorf("Save gave up after %v", waited)
	}
	if asJSON(t, st) != want || !bytes.Equal(read(t, s.Path()), before) {
		t.Error("a failed save changed something")
	}

	got, notices := load(t, open(t, dir))
	if got.Last.Page != 3 || len(notices) != 0 {
		t.Errorf("Load under a held lock: page %d, notices %q", got.Last.Page, notices)
	}

	// Damage is reported, but not moved without the lock.
	write(t, s.Path(), []byte("{"))
	_, notices = load(t, open(t, dir))
	mentions(t, notices, string(DamagedNotMoved))
	if string(read(t, s.Path())) != "{" {
		t.Error("the damaged file was touched without the lock")
	}
}

// A process killed again and again while it saves, as fast as it can: the
// files it leaves always load, and the next start (Load) removes every
// temporary file the kills left behind. Before, they piled up (the issue
// counted 65 after 450 kills).
func TestKilledWhileSavingLeavesNoTemp(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	left := 0 // rounds that left a temporary file for Load to remove
	main := filepath.Join(dir, FileName)
	for round := range 40 {
		before, _ := os.Stat(main)
		cmd := helperCmd(t, fmt.Sprintf("forever,%s,%d,0", dir, round))
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Once it has saved (however long a busy machine takes to start
		// it), it saves without a pause: kill it a moment later.
		for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(time.Millisecond) {
			if now, err := os.Stat(main); err == nil && (before == nil || !now.ModTime().Equal(before.ModTime()) || now.Size() != before.Size()) {
				break
			}
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatalf("round %d: the helper never saved:\n%s", round, &out)
			}
		}
		time.Sleep(time.Duration(rand.IntN(15)) * time.Millisecond)
		cmd.Process.Kill()
		if err := cmd.Wait(); err == nil {
			t.Fatalf("helper stopped by itself:\n%s", &out)
		}
		if len(temps(t, dir)) > 0 {
			left++
		}
		s := open(t, dir)
		if _, notices, err := s.Load(); err != nil || len(notices) != 0 {
			t.Fatalf("round %d: %v %q", round, err, notices)
		}
		s.Close()
		if ts := temps(t, dir); len(ts) > 0 {
			t.Fatalf("round %d: left after the next start: %q", round, ts)
		}
	}
	if left == 0 {
		t.Error("no kill hit a save in progress; the test proved nothing")
	}
	t.Logf("%d of 40 kills left a temporary file; the next start removed each", left)
}

// temps lists the temporary files in dir.
func temps(t *testing.T, dir string) []string {
	var out []string
	for _, n := range dirtest.Names(t, dir) {
		if atomicfile.IsTemp(n, FileName) || atomicfile.IsTemp(n, FileName+bakSuffix) || strings.Contains(n, atomicfile.TempInfix) {
			out = append(out, n)
		}
	}
	return out
}
