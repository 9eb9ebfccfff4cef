package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/locale"
)

// participateInPlainMode runs the built binary in plain mode as a
// participant of the workshop in dir, with progress in data: it opens
// module 1's quiz, answers every question with the option shown first,
// and stops.
func participateInPlainMode(bin, courseDir, data, dir string) error {
	cmd := exec.Command(bin, "--plain", "--data", data, "--course", courseDir, "--workshop", dir)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	var log strings.Builder
	cmd.Stderr = &log
	if err := cmd.Start(); err != nil {
		return err
	}
	say := func(s string) { io.WriteString(in, s+"\n") }
	choose, page, one, many := prompt(locale.PlainChoosemodule), prompt(locale.PlainPageprompt), prompt(locale.PlainAnswerone), prompt(locale.PlainAnswermany)
	pageTerms, next, after := prompt(locale.PlainPromptterms), prompt(locale.PlainNext), prompt(locale.PlainAfterquiz)
	chosen := false
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		log.WriteString(line + "\n")
		switch {
		case strings.HasPrefix(line, choose) && !chosen:
			chosen = true
			say("1")
		case strings.HasPrefix(line, choose):
			say("stop")
		case strings.HasPrefix(line, page), strings.HasPrefix(line, pageTerms):
			say("toets")
		case strings.HasPrefix(line, one), strings.HasPrefix(line, many):
			say("1")
		case strings.HasPrefix(line, next), strings.HasPrefix(line, after):
			say("")
		}
	}
	in.Close()
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("%v\n%s", err, log.String())
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
	if testing.Short() {
		t.Skip("starts 25 processes")
	}
	bin := buildBinary(t)
	courseDir, _ := filepath.Abs("../../course/testdata/valid")
	c, err := loadCourse(locale.NL, courseDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	r, w, err := app.OpenWorkshop(locale.NL, dir, c, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	const n = 25
	m := c.Modules[0]

	stop := make(chan struct{})
	var scans int
	var bad []string
	var reader sync.WaitGroup
	reader.Go(func() {
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
			if p := r.Participants(); p > n {
				bad = append(bad, fmt.Sprintf("scan %d: %d participants", scans, p))
			}
		}
	})
	data := make([]string, n)
	errs := make([]error, n)
	var procs sync.WaitGroup
	for i := range n {
		data[i] = t.TempDir()
		procs.Go(func() { errs[i] = participateInPlainMode(bin, courseDir, data[i], dir) })
	}
	procs.Wait()
	close(stop)
	reader.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("participant %d: %v", i, err)
		}
	}
	if len(bad) > 0 {
		t.Fatalf("%d bad scans of %d, first: %s", len(bad), scans, bad[0])
	}

	// what the 25 chose, from their own progress
	want := map[string][]int{}
	answered := map[string]int{}
	for _, d := range data {
		raw, err := os.ReadFile(filepath.Join(d, "progress.json"))
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
		for _, it := range st.Modules[m.ID].Attempts[0].Items {
			q := m.Question(it.Question)
			if want[q.ID] == nil {
				want[q.ID] = make([]int, len(q.Options))
			}
			answered[q.ID]++
			for _, o := range it.Chosen {
				want[q.ID][o]++
			}
		}
	}
	if _, err := r.Scan(); err != nil {
		t.Fatal(err)
	}
	if r.Participants() != n {
		t.Fatalf("%d participants counted, want %d", r.Participants(), n)
	}
	total := 0
	for _, q := range m.Questions {
		got := r.Tally(m.ID, q.ID, len(q.Options))
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
