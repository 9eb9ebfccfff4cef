package main

// The fault script: real copies of piketpalen, started as separate
// processes on one data folder, doing what learners and operating systems
// do to them. Skipped with -short.

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/dirtest"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

// asMainEnv makes the test binary run as piketpalen itself: TestMain calls
// main instead of the tests. A copy started that way is the real program
// (flags, signals, exit), without a separate build.
const asMainEnv = "PIKETPALEN_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// programCmd is piketpalen with args, as a process of its own.
func programCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asMainEnv+"=1", "NO_COLOR=1")
	return cmd
}

// prompt is the start of a message of plain mode, up to its first verb.
func prompt(key locale.Key) string {
	s := locale.NL.T(key)
	if i := strings.Index(s, "%"); i >= 0 {
		s = s[:i]
	}
	return s
}

// quizCopy is one copy of piketpalen in plain mode that opens module 2 (the
// first with a quiz after the introduction) and finishes its quiz quizzes
// times, answering at random, driven through its standard input.
type quizCopy struct {
	cmd     *exec.Cmd
	in      io.WriteCloser
	out     strings.Builder // everything it printed
	mu      sync.Mutex
	scores  []string // the score lines it showed
	resumed bool     // its first question was not question 1: it took over an open quiz
	told    int      // times it said a quiz was finished in another window too
	done    chan error

	// With a gate, the copy stops before its fourth answer of its first
	// quiz (the first three are saved by then), says so on paused, and
	// goes on when release is closed. firstQ is closed when it shows its
	// first question.
	gate    bool
	paused  chan struct{}
	release chan struct{}
	firstQ  chan struct{}
}

func startQuizCopy(t *testing.T, dir string, quizzes int, gate bool) *quizCopy {
	t.Helper()
	c := &quizCopy{done: make(chan error, 1), gate: gate, paused: make(chan struct{}, 1), release: make(chan struct{}), firstQ: make(chan struct{})}
	c.cmd = programCmd("--plain", "--data", dir)
	var err error
	if c.in, err = c.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stdout, err := c.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c.cmd.Stderr = &c.out
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	choose, page, one, many := prompt(locale.PlainChoosemodule), prompt(locale.PlainPageprompt), prompt(locale.PlainAnswerone), prompt(locale.PlainAnswermany)
	// a page's prompt: with the begrippenlijst when the course has one, and
	// the last page's own, where Enter starts the quiz
	pageTerms, lastPage := prompt(locale.PlainPromptterms), prompt(locale.PlainLastpageprompt)
	next, after, score := prompt(locale.PlainNext), prompt(locale.PlainAfterquiz), prompt(locale.ResultScore)
	question := prompt(locale.PlainQuestion)
	twice := prompt(locale.NoticeFinishedTwice)
	first := true
	answers := 0
	go func() {
		sc := bufio.NewScanner(stdout)
		finished := 0
		say := func(s string) { io.WriteString(c.in, s+"\n") }
		for sc.Scan() {
			line := sc.Text()
			c.mu.Lock()
			c.out.WriteString(line + "\n")
			c.mu.Unlock()
			switch {
			case strings.HasPrefix(line, twice):
				c.told++
			case first && strings.HasPrefix(line, question):
				first = false
				c.resumed = !strings.HasPrefix(line, question+"1 ")
				close(c.firstQ)
			case strings.HasPrefix(line, choose):
				if finished < quizzes {
					say("2")
				} else {
					say("stop")
				}
			case strings.HasPrefix(line, page), strings.HasPrefix(line, pageTerms), strings.HasPrefix(line, lastPage):
				say("toets")
			case strings.HasPrefix(line, one), strings.HasPrefix(line, many):
				if c.gate && answers == 3 {
					c.paused <- struct{}{}
					<-c.release
					c.gate = false
				}
				answers++
				say(fmt.Sprint(1 + rand.IntN(2)))
			case strings.HasPrefix(line, next):
				time.Sleep(time.Duration(rand.IntN(3)) * time.Millisecond)
				say("")
			case strings.HasPrefix(line, score):
				finished++
				c.mu.Lock()
				c.scores = append(c.scores, line)
				c.mu.Unlock()
			case strings.HasPrefix(line, after):
				if finished < quizzes {
					say("opnieuw")
				} else {
					say("")
				}
			}
		}
		c.in.Close()
		c.done <- c.cmd.Wait()
	}()
	return c
}

// moduleAttempts loads the progress in dir as a new start would and returns
// the finished attempts of module id.
func moduleAttempts(t *testing.T, dir, id string) int {
	t.Helper()
	st, notices := progresstest.Load(t, dir)
	if len(notices) > 0 {
		t.Errorf("notices on load: %v", notices)
	}
	r := st.Modules[id]
	if r == nil {
		return 0
	}
	return len(r.Attempts)
}

// N copies finish quizzes on the same module at once; every score a copy
// showed is in the file afterwards. Staggered, the copies start one after
// the other, each while the one before waits after three saved answers of
// its first quiz, so every later copy finds a quiz open that another copy
// is still answering and takes it over (both then finish it); at once, they
// all start together and save over each other from the first page on.
func TestCopiesFinishQuizzesOnOneModule(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	c := testCourse(t, "")
	module := c.Modules[1].ID
	for _, staggered := range []bool{true, false} {
		for _, n := range []int{2, 5, 10} {
			name := fmt.Sprintf("%d at once", n)
			if staggered {
				name = fmt.Sprintf("%d staggered", n)
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				wait := func(ch <-chan struct{}, cp *quizCopy, what string) {
					select {
					case <-ch:
					case <-time.After(time.Minute):
						t.Fatalf("a copy never %s:\n%s", what, cp.output())
					}
				}
				copies := []*quizCopy{startQuizCopy(t, dir, 3, staggered && n > 1)}
				for i := 1; i < n; i++ {
					prev := copies[i-1]
					if staggered {
						wait(prev.paused, prev, "answered three questions")
					}
					cp := startQuizCopy(t, dir, 3, staggered && i < n-1)
					copies = append(copies, cp)
					if staggered {
						wait(cp.firstQ, cp, "showed a question")
						close(prev.release)
					}
				}
				shown, resumed, told := 0, 0, 0
				for i, cp := range copies {
					select {
					case err := <-cp.done:
						if err != nil {
							t.Errorf("copy %d: %v\n%s", i, err, cp.output())
						}
					case <-time.After(2 * time.Minute):
						cp.cmd.Process.Kill()
						t.Fatalf("copy %d did not finish:\n%s", i, cp.output())
					}
					shown += len(cp.scores)
					if cp.resumed {
						resumed++
					}
					told += cp.told
				}
				// The second copy surely took over the first one's quiz
				// (nothing else ran meanwhile); later ones may find a quiz
				// opened afresh by another copy's retake, and take over
				// that one, where the count of this test cannot see it.
				if staggered && resumed == 0 {
					t.Error("no copy took over a quiz another copy had open; the test proved nothing")
				}
				// A copy that took over a quiz and the copy that opened it
				// both finish it: both results are kept, and the learner in
				// the second window to save is told.
				if resumed > 0 && told == 0 {
					t.Error("quizzes were finished in two windows, and no window said so")
				}
				stored := moduleAttempts(t, dir, module)
				t.Logf("%s (%d took over an open quiz, %d told of a quiz finished twice): %d scores shown, %d attempts in the file, %d lost", name, resumed, told, shown, stored, shown-stored)
				if stored != shown {
					t.Errorf("%d scores shown, %d attempts kept: %d lost", shown, stored, shown-stored)
				}
			})
		}
	}
}

func (c *quizCopy) output() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out.String()
}

type syncWriter struct {
	mu sync.Mutex
	w  *strings.Builder
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}

func waitOutput(t *testing.T, w *syncWriter, want string) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !strings.Contains(w.String(), want); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("never printed %q:\n%s", want, w.String())
		}
	}
}

// loadData reads the progress in data as the next start would.
func loadData(t *testing.T, data string) *progress.State {
	t.Helper()
	st, _ := progresstest.Load(t, data)
	return st
}

// Copies of certificate and export-results killed at random moments near
// the end of their run, when they write: every file they leave in the
// output folder verifies (or is a temporary file), and the next start of
// the course, later, sweeps the temporary files from the folder it offers
// for these files (here the Documents folder, which is OUT).
func TestKilledWhileWritingOutputs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	data := t.TempDir()
	passAll(t, validCourse, data)
	for _, command := range []string{"certificate", "export-results"} {
		t.Run(command, func(t *testing.T) {
			out := t.TempDir()
			args := []string{command, "--name", "Jan de Vries", "--data", data, "--course", validCourse, "--out", out}
			var whole time.Duration // the quickest of three whole runs
			for range 3 {
				start := time.Now()
				if b, err := programCmd(args...).CombinedOutput(); err != nil {
					t.Fatalf("%v\n%s", err, b)
				}
				if d := time.Since(start); whole == 0 || d < whole {
					whole = d
				}
			}
			temps := map[string]bool{}
			for range 25 {
				cmd := programCmd(args...)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(time.Duration(float64(whole) * (0.5 + 0.6*rand.Float64())))
				cmd.Process.Kill()
				cmd.Wait()
				for _, e := range dirtest.Names(t, out) {
					path := filepath.Join(out, e)
					switch {
					case strings.Contains(e, atomicfile.TempInfix) || strings.HasSuffix(e, ".tmp"):
						temps[e] = true
					case strings.HasPrefix(e, "resultaten"):
						if _, err := results.Read(path); err != nil {
							t.Errorf("%s left behind does not read: %v", e, err)
						}
					case strings.HasSuffix(e, ".pdf"), strings.HasSuffix(e, ".json"):
						// intact: verify's 0, or its 3 for a certificate that is
						// whole but self-issued, as one made without an
						// organisation's key is
						if code, out, errOut := runCLI("verify", path); code != verifyIntact && code != verifyNotTrusted {
							t.Errorf("%s left behind does not verify: exit %d: %s%s", e, code, out, errOut)
						}
					default:
						t.Errorf("left behind: %s", e)
					}
				}
			}
			t.Logf("a whole run takes %v; 25 kills left %d temporary files", whole, len(temps))
			// The next start, an hour later.
			hourAgo := time.Now().Add(-time.Hour)
			for _, e := range dirtest.Names(t, out) {
				os.Chtimes(filepath.Join(out, e), hourAgo, hourAgo)
			}
			cmd := programCmd("--plain", "--data", data, "--course", validCourse)
			cmd.Env = append(cmd.Env, "XDG_DOCUMENTS_DIR="+out)
			cmd.Stdin = strings.NewReader("stop\n")
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%v\n%s", err, b)
			}
			for _, e := range dirtest.Names(t, out) {
				if strings.Contains(e, atomicfile.TempInfix) || strings.HasSuffix(e, ".tmp") {
					t.Errorf("left after the next start: %s", e)
				}
			}
		})
	}
}
