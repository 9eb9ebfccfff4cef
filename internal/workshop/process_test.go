package workshop_test

import (
	"crypto/ed25519"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"piketpalen/internal/workshop"
	"piketpalen/internal/workshop/workshoptest"
)

// The participant processes of TestTwentyFiveProcesses are this test
// binary started again with participantEnv set: it joins the workshop and
// answers, as a participant's piketpalen does, then exits.
const participantEnv = "PIKETPALEN_WORKSHOP_PARTICIPANT"

const (
	procQuestions = 10
	procOptions   = 4
)

// procChoice is what participant i chooses for question q: first, and in
// the end (the answer to question 0 is changed at the end).
func procChoice(i, q int) int { return (i + q) % procOptions }
func procFinal(i int) int     { return (i * 7) % procOptions }

func TestMain(m *testing.M) {
	if v := os.Getenv(participantEnv); v != "" {
		if err := participate(v); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// participate is one participant process: "DIR INDEX".
func participate(v string) error {
	var dir string
	var i int
	if _, err := fmt.Sscanf(v, "%s %d", &dir, &i); err != nil {
		return err
	}
	key := ed25519.NewKeyFromSeed(slices.Repeat([]byte{byte(i + 1)}, ed25519.SeedSize))
	w, err := workshop.Join(dir, fmt.Sprintf("%032x", i+1), key)
	if err != nil {
		return err
	}
	for q := range procQuestions {
		if err := w.Answer("m1", "q"+strconv.Itoa(q), []int{procChoice(i, q)}); err != nil {
			return err
		}
		time.Sleep(time.Duration(i%5) * time.Millisecond)
	}
	return w.Answer("m1", "q0", []int{procFinal(i)})
}

// TestTwentyFiveProcesses starts 25 participant processes that write their
// answers into one folder at once, each changing one answer at the end,
// while a reader scans it as fast as it can: no scan ever sees a file that
// does not count (a half-written one), no count ever exceeds the group,
// and the counts at the end are exact.
func TestTwentyFiveProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 25 processes")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, wkey, _ := ed25519.GenerateKey(nil)
	ws, _, err := workshop.Open(dir, "Piketpalen", "2026.1", wkey, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	const n = 25
	r := workshop.NewReader(dir, ws)
	scanner := workshoptest.Scan(r, n)
	var procs sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		procs.Go(func() {
			cmd := exec.Command(exe, "-test.run=^$")
			cmd.Env = append(os.Environ(), participantEnv+"="+dir+" "+strconv.Itoa(i))
			if out, err := cmd.CombinedOutput(); err != nil {
				errs[i] = fmt.Errorf("participant %d: %v\n%s", i, err, out)
			}
		})
	}
	procs.Wait()
	scans, scanErr := scanner.Stop()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if scanErr != nil {
		t.Fatal(scanErr)
	}
	if _, err := r.Scan(); err != nil {
		t.Fatal(err)
	}
	if r.Snapshot().Participants != n {
		t.Fatalf("%d participants counted, want %d", r.Snapshot().Participants, n)
	}
	for q := range procQuestions {
		want := make([]int, procOptions)
		for i := range n {
			if q == 0 {
				want[procFinal(i)]++
			} else {
				want[procChoice(i, q)]++
			}
		}
		if got := r.Snapshot().Tally("m1", "q"+strconv.Itoa(q), procOptions); got.Answered != n || !slices.Equal(got.Options, want) {
			t.Errorf("q%d: %+v, want %d answered, %v", q, got, n, want)
		}
	}
	t.Logf("%d scans while 25 processes wrote %d answers each", scans, procQuestions+1)
}
