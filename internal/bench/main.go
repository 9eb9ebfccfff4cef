// Command bench measures piketpalen against its peers in one interleaved
// run and prints medians, spread and ratios:
//
//	go run ./internal/bench [-rounds 15] [-only firstframe,print,help,results,reading,size]
//
// It builds piketpalen as it is shipped (CGO_ENABLED=0, -trimpath, -s -w)
// and, against stock Bubble Tea and Glamour (go.mod without the replaces of
// internal/third_party), the peers: a one-line Bubble Tea v2 program at 120
// and at 60 frames a second, a bare Glamour render of the module print is
// timed on, and a hello-world program; cat of the module as print writes it
// is the floor for writing that text. Each round runs every target of a
// group once, in an order rotated per round, after one warm-up round, so a
// machine shared with other work slows all targets alike; ratios are given
// of the medians and, per round, of paired runs. First frames are measured
// on a pseudo-terminal (80 × 24, TERM=xterm-256color) whose queries the
// harness answers as a terminal does. Linux only.
//
// The same measurements are go test benchmarks: go test -bench . ./internal/bench
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"
)

func main() {
	rounds := flag.Int("rounds", 15, "rounds of every target per group")
	only := flag.String("only", "", "comma-separated groups to run (firstframe, print, help, results, reading, size); all when empty")
	module := flag.String("module", "5", "module print is timed on (5: folder 04, the longest)")
	nResults := flag.Int("results", 10000, "result files for the results group")
	keep := flag.String("dir", "", "build into this folder and keep it (default: a temporary folder, removed after)")
	flag.Parse()
	if err := run(os.Stdout, *rounds, *only, *module, *nResults, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// group is a set of targets timed together, and what they are held to.
type group struct {
	key, title string
	rounds     int
	targets    []target
	report     func(w io.Writer, s [][]sample)
}

func run(w io.Writer, rounds int, only, module string, nResults int, dir string) error {
	want := func(k string) bool { return only == "" || slices.Contains(strings.Split(only, ","), k) }
	if dir == "" {
		tmp, err := os.MkdirTemp("", "piketpalen-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if !want("results") {
		nResults = 0
	}
	fmt.Fprintf(w, "piketpalen comparison, %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(w, "machine: %s, %d cores, %s/%s, %s; load average at start %s\n", cpuModel(), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version(), loadAvg())
	t0 := time.Now()
	e, err := setup(dir, module, nResults)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "built piketpalen and the peers in %.1f s; load average %s\n", time.Since(t0).Seconds(), loadAvg())
	fmt.Fprintf(w, "each group: one warm-up round, then %d rounds running every target once, order rotated; medians with quartiles [q1–q3] and min–max\n", rounds)
	for _, g := range groups(e, rounds) {
		if !want(g.key) {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", g.title)
		if len(g.targets) == 0 {
			g.report(w, nil)
			continue
		}
		s, err := interleave(g.targets, g.rounds)
		if err != nil {
			return err
		}
		g.report(w, s)
	}
	fmt.Fprintf(w, "\nload average at the end %s (a shared machine: other work ran alongside)\n", loadAvg())
	return nil
}

func groups(e *env, rounds int) []group {
	frame := []target{
		{"piketpalen", firstFrame(e.app, "modules gehaald")},
		{"Bubble Tea one-liner, 120 fps", firstFrame(e.tea, "Hallo, wereld", "PEER_FPS=120")},
		{"Bubble Tea one-liner, 60 fps", firstFrame(e.tea, "Hallo, wereld", "PEER_FPS=60")},
	}
	print := []target{
		{"piketpalen print " + e.module, exit(e.app, "print", e.module)},
		{"bare Glamour render", exit(e.glamour, e.moduleMD)},
		{"cat of the printed text", exit("cat", e.printed)},
	}
	help := []target{
		{"piketpalen help", exit(e.app, "help")},
		{"hello world", exit(e.hello)},
	}
	res := []target{{fmt.Sprintf("piketpalen results (%d files)", e.nResults), exit(e.app, "results", e.results)}}
	reading := []target{{"piketpalen, every page of every module, then 200 × 50", readEveryPage(e)}}
	return []group{
		{"firstframe", "first frame: start to the home screen (a one-liner: its line) on an 80 × 24 pty", rounds, frame, func(w io.Writer, s [][]sample) {
			times(w, frame, s)
			ratio(w, frame[0].name, frame[1].name, s[0], s[1], 1.0)
		}},
		{"print", "print a module: start to exit, output through a pipe", rounds, print, func(w io.Writer, s [][]sample) {
			times(w, print, s)
			ratio(w, print[0].name, print[1].name, s[0], s[1], 0.8)
			ratio(w, print[0].name, print[2].name, s[0], s[2], 0)
		}},
		{"help", "help: start to exit", rounds, help, func(w io.Writer, s [][]sample) {
			times(w, help, s)
			ratio(w, help[0].name, help[1].name, s[0], s[1], 3)
		}},
		{"results", "the trainer's overview of result files: start to exit, peak memory", min(rounds, 5), res, func(w io.Writer, s [][]sample) {
			times(w, res, s)
			memory(w, res, s)
			st, m := summarize(millis(s[0])), summarize(megabytes(s[0]))
			fmt.Fprintf(w, "  target ≤ 1500 ms: %s; target ≤ 100 MB peak: %s\n", met(st.med <= 1500), met(m.max <= 100))
		}},
		{"reading", "peak resident memory reading every page, then resizing", min(rounds, 3), reading, func(w io.Writer, s [][]sample) {
			memory(w, reading, s)
			m := summarize(megabytes(s[0]))
			fmt.Fprintf(w, "  target ≤ 25 MB: %s\n", met(m.max <= 25))
		}},
		{"size", "binary size", 0, nil, func(w io.Writer, _ [][]sample) {
			mib := float64(e.winSize) / (1 << 20)
			fmt.Fprintf(w, "  windows/amd64: %d bytes = %.2f MiB; target ≤ 12 MiB: %s\n", e.winSize, mib, met(mib <= 12))
		}},
	}
}

func times(w io.Writer, ts []target, s [][]sample) {
	for i, t := range ts {
		st := summarize(millis(s[i]))
		fmt.Fprintf(w, "  %-45s %8.2f ms  [%.2f–%.2f]  %.2f–%.2f\n", t.name, st.med, st.q1, st.q3, st.min, st.max)
	}
}

func memory(w io.Writer, ts []target, s [][]sample) {
	for i, t := range ts {
		st := summarize(megabytes(s[i]))
		fmt.Fprintf(w, "  %-45s %8.1f MB peak  [%.1f–%.1f]  %.1f–%.1f\n", t.name, st.med, st.q1, st.q3, st.min, st.max)
	}
}

// ratio prints a's median over b's, and the median and quartiles of the
// ratios of the runs of the same round; budget 0 is for information only.
func ratio(w io.Writer, an, bn string, a, b []sample, budget float64) {
	ma, mb := summarize(millis(a)).med, summarize(millis(b)).med
	p := summarize(pairedRatios(a, b))
	fmt.Fprintf(w, "  ratio %s / %s: %.2f (per round %.2f [%.2f–%.2f])", an, bn, ma/mb, p.med, p.q1, p.q3)
	if budget > 0 {
		fmt.Fprintf(w, "; target ≤ %.1f: %s", budget, met(ma/mb <= budget))
	}
	fmt.Fprintln(w)
}

func met(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown processor"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown processor"
}

func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
