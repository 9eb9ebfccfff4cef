package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// sample is one measured run: its time and, where measured, peak memory.
type sample struct {
	d   time.Duration
	rss int64
}

// target is one program the harness times.
type target struct {
	name string
	run  func() (sample, error)
}

// firstFrame starts bin on an 80 × 24 pty with a fresh data folder and times
// it until marker has been written, then quits it.
func firstFrame(bin, marker string, extraEnv ...string) func() (sample, error) {
	return func() (sample, error) {
		data, err := os.MkdirTemp("", "bench-data-")
		if err != nil {
			return sample{}, err
		}
		defer os.RemoveAll(data)
		s, err := startSession(bin, nil, append(baseEnv(data), extraEnv...), 80, 24, marker)
		if err != nil {
			return sample{}, err
		}
		d, err := s.waitMarker(5 * time.Second)
		if stopErr := s.stop(); err == nil && stopErr != nil {
			err = fmt.Errorf("%s: %w", bin, stopErr)
		}
		return sample{d: d}, err
	}
}

// exit times bin from start to exit, its output read through a pipe, and
// takes its peak memory.
func exit(bin string, args ...string) func() (sample, error) {
	return func() (sample, error) {
		data, err := os.MkdirTemp("", "bench-data-")
		if err != nil {
			return sample{}, err
		}
		defer os.RemoveAll(data)
		cmd := exec.Command(bin, args...)
		cmd.Env = baseEnv(data)
		cmd.Stdout = io.Discard
		var stderr strings.Builder
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return sample{}, fmt.Errorf("%s %s: %w: %s", bin, strings.Join(args, " "), err, stderr.String())
		}
		return sample{d: time.Since(start), rss: maxRSS(cmd.ProcessState)}, nil
	}
}

// readEveryPage runs the course on an 80 × 24 pty, opens every module and
// turns every page, then resizes the terminal to 200 × 50 and returns the
// program's peak resident memory.
func readEveryPage(e *env) func() (sample, error) {
	return func() (sample, error) {
		data, err := os.MkdirTemp("", "bench-data-")
		if err != nil {
			return sample{}, err
		}
		defer os.RemoveAll(data)
		start := time.Now()
		s, err := startSession(e.app, nil, baseEnv(data), 80, 24, "modules gehaald")
		if err != nil {
			return sample{}, err
		}
		defer s.stop()
		if _, err := s.waitMarker(5 * time.Second); err != nil {
			return sample{}, err
		}
		for i, m := range e.course.Modules {
			if i >= 9 {
				break // the home screen picks modules 1–9 by digit
			}
			if err := s.send(fmt.Sprint(i + 1)); err != nil { // the cursor to module i+1
				return sample{}, err
			}
			time.Sleep(20 * time.Millisecond) // no frame when it is there already
			keys := []string{"\r"}
			for range len(m.Pages) - 1 {
				keys = append(keys, "l")
			}
			keys = append(keys, "\x7f") // backspace: back to the home screen
			for _, k := range keys {
				if err := s.send(k); err != nil {
					return sample{}, err
				}
				// until the page has been rendered in the background and
				// shown, as a reader would wait for it
				s.settle(100*time.Millisecond, 3*time.Second)
			}
		}
		if err := resizePty(s.term, 200, 50); err != nil {
			return sample{}, err
		}
		s.settle(100*time.Millisecond, 2*time.Second)
		rss, err := peakRSS(s.cmd.Process.Pid)
		return sample{d: time.Since(start), rss: rss}, err
	}
}

// interleave runs every target once per round, rounds times, rotating the
// order each round so that none always runs first or after the same one.
// One warm-up round is run first and not counted.
func interleave(targets []target, rounds int) ([][]sample, error) {
	out := make([][]sample, len(targets))
	for r := -1; r < rounds; r++ {
		for k := range targets {
			i := (k + max(r, 0)) % len(targets)
			s, err := targets[i].run()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", targets[i].name, err)
			}
			if r >= 0 {
				out[i] = append(out[i], s)
			}
		}
	}
	return out, nil
}

// stats are the median, quartiles and extremes of a series.
type stats struct{ med, q1, q3, min, max float64 }

func summarize(xs []float64) stats {
	s := slices.Clone(xs)
	slices.Sort(s)
	return stats{med: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0], max: s[len(s)-1]}
}

// quantile of a sorted series, interpolating between neighbours.
func quantile(s []float64, p float64) float64 {
	if len(s) == 1 {
		return s[0]
	}
	pos := p * float64(len(s)-1)
	lo := int(pos)
	if lo+1 >= len(s) {
		return s[lo]
	}
	return s[lo] + (pos-float64(lo))*(s[lo+1]-s[lo])
}

func millis(ss []sample) []float64 {
	var xs []float64
	for _, s := range ss {
		xs = append(xs, float64(s.d)/float64(time.Millisecond))
	}
	return xs
}

func megabytes(ss []sample) []float64 {
	var xs []float64
	for _, s := range ss {
		xs = append(xs, float64(s.rss)/1e6)
	}
	return xs
}

// pairedRatios divides a's run by b's run of the same round.
func pairedRatios(a, b []sample) []float64 {
	var xs []float64
	for i := range min(len(a), len(b)) {
		xs = append(xs, float64(a[i].d)/float64(b[i].d))
	}
	return xs
}
