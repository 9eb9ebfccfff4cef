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
	"strings"
	"sync"
	"testing"
	"time"

	"piketpalen/internal/locale"
	"piketpalen/progress"
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
func prompt(key string) string {
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
	cmd      *exec.Cmd
	in       io.WriteCloser
	out      strings.Builder // everything it printed
	answered chan struct{}   // one value per answer given
	mu       sync.Mutex
	scores   []string // the score lines it showed
	resumed  bool     // its first question was not question 1: it took over an open quiz
	done     chan error
}

func startQuizCopy(t *testing.T, dir string, quizzes int) *quizCopy {
	t.Helper()
	c := &quizCopy{answered: make(chan struct{}, 1000), done: make(chan error, 1)}
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
	choose, page, one, many := prompt("plain.choosemodule"), prompt("plain.pageprompt"), prompt("plain.answerone"), prompt("plain.answermany")
	next, after, score := prompt("plain.next"), prompt("plain.afterquiz"), prompt("result.score")
	question := prompt("plain.question")
	first := true
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
			case first && strings.HasPrefix(line, question):
				first = false
				c.resumed = !strings.HasPrefix(line, question+"1 ")
			case strings.HasPrefix(line, choose):
				if finished < quizzes {
					say("2")
				} else {
					say("stop")
				}
			case strings.HasPrefix(line, page):
				say("toets")
			case strings.HasPrefix(line, one), strings.HasPrefix(line, many):
				say(fmt.Sprint(1 + rand.IntN(2)))
				c.answered <- struct{}{}
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
	s, err := progress.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, notices, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
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
// the other, each once the one before has answered three questions, so
// every later copy finds a quiz open that another copy is still answering
// and takes it over; at once, they all start together and save over each
// other from the first page on.
func TestCopiesFinishQuizzesOnOneModule(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	c, err := loadCourse(locale.NL, "")
	if err != nil {
		t.Fatal(err)
	}
	module := c.Modules[1].ID
	for _, staggered := range []bool{true, false} {
		for _, n := range []int{2, 5, 10} {
			name := fmt.Sprintf("%d at once", n)
			if staggered {
				name = fmt.Sprintf("%d staggered", n)
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				var copies []*quizCopy
				for i := range n {
					cp := startQuizCopy(t, dir, 3)
					copies = append(copies, cp)
					if staggered && i < n-1 {
						for range 3 {
							select {
							case <-cp.answered:
							case <-time.After(30 * time.Second):
								t.Fatalf("copy %d answered nothing:\n%s", i, cp.output())
							}
						}
					}
				}
				shown, resumed := 0, 0
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
				}
				if staggered && resumed == 0 {
					t.Error("no copy took over a quiz another copy had open; the test proved nothing")
				}
				stored := moduleAttempts(t, dir, module)
				t.Logf("%s (%d took over an open quiz): %d scores shown, %d attempts in the file, %d lost", name, resumed, shown, stored, shown-stored)
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
	s, err := progress.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, _, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	return st
}
