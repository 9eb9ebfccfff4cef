package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/buildtest"
	"piketpalen/internal/locale"
	"piketpalen/internal/workshop"
	"piketpalen/internal/workshop/workshoptest"
)

// participateInPlainMode runs the built binary in plain mode as a
// participant of the workshop in dir, with progress in data: it opens
// module 1's quiz, answers every question with the option shown first,
// and stops.
func participateInPlainMode(bin, courseDir, data, dir string) error {
	chosen := false
	log, err := inPlainMode(bin, []string{"--data", data, "--course", courseDir, "--workshop", dir}, plainLearner{
		module: func() string {
			if chosen {
				return "stop"
			}
			chosen = true
			return "1"
		},
		answer: func() string { return "1" },
	})
	if err != nil {
		return fmt.Errorf("%v\n%s", err, log)
	}
	return nil
}

// TestWorkshopTwentyFiveBinaries runs 25 copies of the built binary in
// plain mode, each a participant with its own progress, answering module
// 1's quiz into one workshop folder at once, while the presenter's reader
// scans it over and over: no scan ever finds a file that does not count
// (a half-written one), and at the end the counts per question and option
// are exactly those of the 25 participants' own progress files.
func TestWorkshopTwentyFiveBinaries(t *testing.T) {
	bin, courseDir, c, dir := workshopSetup(t, "starts 25 processes")
	r := openWorkshop(t, dir, c)
	const n = 25
	m := c.Modules[0]

	scanner := workshoptest.Scan(r, n)
	data := make([]string, n)
	errs := make([]error, n)
	var procs sync.WaitGroup
	for i := range n {
		data[i] = t.TempDir()
		procs.Go(func() { errs[i] = participateInPlainMode(bin, courseDir, data[i], dir) })
	}
	procs.Wait()
	scans, scanErr := scanner.Stop()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("participant %d: %v", i, err)
		}
	}
	if scanErr != nil {
		t.Fatal(scanErr)
	}

	// what the 25 chose, from their own progress
	want := map[string][]int{}
	answered := map[string]int{}
	for _, d := range data {
		for id, chosen := range firstAttemptChoices(t, d, m.ID) {
			q := m.Question(id)
			if want[id] == nil {
				want[id] = make([]int, len(q.Options))
			}
			answered[id]++
			for _, o := range chosen {
				want[id][o]++
			}
		}
	}
	if _, err := r.Scan(); err != nil {
		t.Fatal(err)
	}
	if r.Snapshot().Participants != n {
		t.Fatalf("%d participants counted, want %d", r.Snapshot().Participants, n)
	}
	total := 0
	for _, q := range m.Questions {
		got := r.Snapshot().Tally(m.ID, q.ID, len(q.Options))
		total += got.Answered
		if got.Answered != answered[q.ID] || (want[q.ID] != nil && !slices.Equal(got.Options, want[q.ID])) {
			t.Errorf("%s: %+v, want %d answered, %v", q.ID, got, answered[q.ID], want[q.ID])
		}
	}
	if total != n*m.Draw {
		t.Errorf("%d answers counted, want %d", total, n*m.Draw)
	}
	t.Logf("%d scans while 25 binaries answered %d questions each", scans, m.Draw)
}

// workshopSetup is what a workshop test with the built binary starts
// from, skipped in -short mode (why says why): the binary, the test
// course's folder and the course, and an empty folder for the workshop.
func workshopSetup(t *testing.T, why string) (bin, courseDir string, c *course.Course, dir string) {
	t.Helper()
	bin = buildtest.Program(t, why, ".")
	courseDir, _ = filepath.Abs(validCourse)
	return bin, courseDir, testCourse(t, courseDir), t.TempDir()
}

// openWorkshop starts a workshop of course c in the folder dir as the
// presenter does (app.OpenWorkshop: the signed workshop file), and returns
// the reader of the folder; the watcher is not needed and closed.
func openWorkshop(t *testing.T, dir string, c *course.Course) *workshop.Reader {
	t.Helper()
	r, w, err := app.OpenWorkshop(locale.NL, dir, c, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	return r
}

// firstAttemptChoices is what a learner chose in their first finished
// attempt at module, per question, in course order, as their progress in
// data says.
func firstAttemptChoices(t *testing.T, data, module string) map[string][]int {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(data, "progress.json"))
	if err != nil {
		t.Fatal(err)
	}
	var st struct {
		Modules map[string]struct {
			Attempts []struct {
				Items []struct {
					Question string `json:"question"`
					Chosen   []int  `json:"chosen"`
				} `json:"items"`
			} `json:"attempts"`
		} `json:"modules"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		t.Fatal(err)
	}
	out := map[string][]int{}
	for _, it := range st.Modules[module].Attempts[0].Items {
		out[it.Question] = it.Chosen
	}
	return out
}
