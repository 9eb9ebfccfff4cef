package workshop

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"
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
		os.Exit(participate(v))
	}
	os.Exit(m.Run())
}

// participate is one participant process: "DIR INDEX".
func participate(v string) int {
	var dir string
	var i int
	if _, err := fmt.Sscanf(v, "%s %d", &dir, &i); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	w, err := Join(dir, learnerID(i), key(nil, byte(i+1)))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	for q := range procQuestions {
		if err := w.Answer("m1", "q"+strconv.Itoa(q), []int{procChoice(i, q)}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		time.Sleep(time.Duration(i%5) * time.Millisecond)
	}
	if err := w.Answer("m1", "q0", []int{procFinal(i)}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// TestTwentyFiveProcesses starts 25 participant processes that write their
// answers into one folder at once, while a reader scans it as fast as it
// can: no scan ever sees a file that does not count (a half-written one),
// no count ever exceeds the group, and the counts at the end are exact.
func TestTwentyFiveProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 25 processes")
	}
	exe, err := os.Executable()
	must(t, err)
	dir, ws := newWorkshop(t)
	const n = 25

	r := NewReader(dir, ws)
	stop := make(chan struct{})
	var scans int
	var bad []string
	var readerDone sync.WaitGroup
	readerDone.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := r.Scan(); err != nil {
				bad = append(bad, err.Error())
				return
			}
			scans++
			if nc := r.NotCounted(); len(nc) > 0 {
				bad = append(bad, fmt.Sprintf("scan %d: not counted %v", scans, nc))
			}
			snap := r.Snapshot()
			for q := range procQuestions {
				if st, rt := snap.Tally("m1", "q"+strconv.Itoa(q), procOptions), r.Tally("m1", "q"+strconv.Itoa(q), procOptions); !slices.Equal(st.Options, rt.Options) || st.Answered != rt.Answered {
					bad = append(bad, fmt.Sprintf("scan %d: snapshot %+v, reader %+v", scans, st, rt))
				}
				if tl := r.Tally("m1", "q"+strconv.Itoa(q), procOptions); tl.Answered > n {
					bad = append(bad, fmt.Sprintf("scan %d: %d answered", scans, tl.Answered))
				}
			}
		}
	})

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
	close(stop)
	readerDone.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if len(bad) > 0 {
		t.Fatalf("%d bad scans, first: %s", len(bad), bad[0])
	}
	scan(t, r)
	if r.Participants() != n {
		t.Fatalf("%d participants counted, want %d", r.Participants(), n)
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
		if got := r.Tally("m1", "q"+strconv.Itoa(q), procOptions); got.Answered != n || !slices.Equal(got.Options, want) {
			t.Errorf("q%d: %+v, want %d answered, %v", q, got, n, want)
		}
	}
	t.Logf("%d scans while 25 processes wrote %d answers each", scans, procQuestions+1)
}
