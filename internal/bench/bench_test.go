package main

import (
	"fmt"
	"os"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/coursetext"
	"piketpalen/internal/gencourse"
	"piketpalen/internal/locale"
	"piketpalen/internal/tui"
	"piketpalen/progress"
)

// The benchmarks measure the targets of the comparison harness one at a
// time. A benchmark with a peer runs both in turn, b.N times each, and
// reports both medians and their ratio. go run ./internal/bench prints the
// same with more rounds and the spread.

var (
	benchOnce sync.Once
	benchEnv  *env
	benchErr  error
)

func built(b *testing.B) *env {
	b.Helper()
	if testing.Short() {
		b.Skip("builds piketpalen and its peers")
	}
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "piketpalen-bench-")
		if err != nil {
			benchErr = err
			return
		}
		benchEnv, benchErr = setup(dir, "5", 10000)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchEnv
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchEnv != nil {
		os.RemoveAll(benchEnv.dir)
	}
	os.Exit(code)
}

// versus runs a and b in turn b.N times and reports their medians and ratio.
func versus(b *testing.B, a, peer target, budget float64) {
	var sa, sp []sample
	b.ResetTimer()
	for range b.N {
		x, err := a.run()
		if err != nil {
			b.Fatal(err)
		}
		y, err := peer.run()
		if err != nil {
			b.Fatal(err)
		}
		sa, sp = append(sa, x), append(sp, y)
	}
	b.StopTimer()
	ma, mp := summarize(millis(sa)).med, summarize(millis(sp)).med
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(ma, "piketpalen-ms")
	b.ReportMetric(mp, "peer-ms")
	b.ReportMetric(ma/mp, "ratio")
	if budget > 0 {
		b.ReportMetric(budget, "ratio-target")
	}
}

// BenchmarkFirstFrame: start to the home screen on a pty, against the
// one-line Bubble Tea v2 program at the same 120 frames a second; target
// ratio ≤ 1.0.
func BenchmarkFirstFrame(b *testing.B) {
	e := built(b)
	versus(b, target{"piketpalen", firstFrame(e.app, "modules gehaald")},
		target{"tea", firstFrame(e.tea, "Hallo, wereld", "PEER_FPS=120")}, 1.0)
}

// BenchmarkPrint: print 4 against a bare Glamour render of the same
// markdown; target ratio ≤ 0.8.
func BenchmarkPrint(b *testing.B) {
	e := built(b)
	versus(b, target{"print", exit(e.app, "print", e.module)}, target{"glamour", exit(e.glamour, e.moduleMD)}, 0.8)
}

// BenchmarkHelp: help against a hello-world process; target ratio ≤ 3.
func BenchmarkHelp(b *testing.B) {
	e := built(b)
	versus(b, target{"help", exit(e.app, "help")}, target{"hello", exit(e.hello)}, 3)
}

// BenchmarkResults: the trainer's overview of 10,000 result files; targets
// ≤ 1.5 s and ≤ 100 MB peak resident memory.
func BenchmarkResults(b *testing.B) {
	e := built(b)
	reportPeak(b, exit(e.app, "results", e.results))
}

// BenchmarkReadingPeakRSS: peak resident memory reading every page of every
// module, then resizing to 200 × 50; target ≤ 25 MB.
func BenchmarkReadingPeakRSS(b *testing.B) {
	e := built(b)
	reportPeak(b, readEveryPage(e))
}

// reportPeak runs run b.N times and reports the highest peak resident
// memory of its runs.
func reportPeak(b *testing.B, run func() (sample, error)) {
	b.Helper()
	var ss []sample
	b.ResetTimer()
	for range b.N {
		s, err := run()
		if err != nil {
			b.Fatal(err)
		}
		ss = append(ss, s)
	}
	b.StopTimer()
	b.ReportMetric(summarize(megabytes(ss)).max, "peak-MB")
}

// BenchmarkWindowsBinary reports the size of the windows/amd64 binary;
// target ≤ 12 MiB.
func BenchmarkWindowsBinary(b *testing.B) {
	e := built(b)
	for range b.N {
	}
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(float64(e.winSize)/(1<<20), "MiB")
}

// BenchmarkCourseSize: the work that grows with the course, at 6, 50 and
// 200 modules of 8 pages and 20 questions: reading the lessons (what the
// full-screen interface and print start from), reading everything, the
// first frame of the home screen, and printing one module. Each should grow
// no faster than the course.
func BenchmarkCourseSize(b *testing.B) {
	for _, n := range []int{6, 50, 200} {
		fsys := gencourse.Make(n, 8, 20)
		lessons, err := course.LoadLessons(fsys)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("modules=%d/LoadLessons", n), func(b *testing.B) {
			for range b.N {
				if _, err := course.LoadLessons(fsys); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("modules=%d/Load", n), func(b *testing.B) {
			for range b.N {
				if _, err := course.Load(fsys); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("modules=%d/FirstView", n), func(b *testing.B) {
			for range b.N {
				a := tui.New(tui.Options{Learner: app.Learner{Course: lessons, State: progress.New()}})
				a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
				_ = a.View()
			}
		})
		b.Run(fmt.Sprintf("modules=%d/PrintOneModule", n), func(b *testing.B) {
			for range b.N {
				c, err := course.LoadLessons(fsys)
				if err != nil {
					b.Fatal(err)
				}
				var w discard
				if err := coursetext.Write(&w, c, c.Modules[1:2], coursetext.Options{Width: 80, Lang: locale.NL}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestAnswersQueries: the harness answers a terminal's queries, also when a
// query arrives split over two reads, and passes other output by.
func TestAnswersQueries(t *testing.T) {
	s := &session{}
	got := string(s.answer([]byte("hallo\x1b[?2026$p\x1b[?20"))) + string(s.answer([]byte("27$p\x1b[c\x1b]11;?\x07\x1b[6n\x1b[?u\x1b[>q\x1bP+q544e\x1b\\\x1b[1;31mrood\x1b[m")))
	want := "\x1b[?2026;2$y\x1b[?2027;0$y\x1b[?62;22c\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[1;1R\x1b[?0u\x1bP>|bench-terminal\x1b\\\x1bP0+r\x1b\\"
	if got != want {
		t.Errorf("replies\n got %q\nwant %q", got, want)
	}
	if s.queries != 8 {
		t.Errorf("%d queries counted, want 8", s.queries)
	}
}

func TestSummarize(t *testing.T) {
	st := summarize([]float64{5, 1, 4, 2, 3})
	if st.med != 3 || st.q1 != 2 || st.q3 != 4 || st.min != 1 || st.max != 5 {
		t.Errorf("%+v", st)
	}
	if st := summarize([]float64{1, 2}); st.med != 1.5 {
		t.Errorf("median of 1, 2: %v", st.med)
	}
}
