package main

import (
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
)

// stopSignals end the program the way the learner's own "stop" does: the
// interface ends, and what is not saved yet is saved. SIGINT is Ctrl+C when
// it comes as a signal (plain mode, or kill -INT), and on Windows also
// Ctrl+Break; SIGTERM is kill, a logout or shutdown, and on Windows closing
// the console window (the Go runtime turns CTRL_CLOSE_EVENT,
// CTRL_LOGOFF_EVENT and CTRL_SHUTDOWN_EVENT into SIGTERM and holds the
// process until the signal's handling ends it, up to the few seconds
// Windows allows); SIGHUP is the terminal going away (a window closed on
// Unix, an ssh connection dropped).
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// notifyStop returns a channel that is closed when one of stopSignals
// arrives, and the function that stops listening. Once listening, the
// signals no longer end the process by themselves: the caller must end it,
// and should save first. A further signal within stuckAfter of the first is
// ignored, since it is most likely part of the same ending (a closing
// terminal sends SIGHUP, then the shell SIGTERM) and must not cut the save
// short; one that comes later means the program seems stuck to whoever
// sent it, and ends the process at once.
func notifyStop() (stopped <-chan struct{}, release func()) {
	sig := make(chan os.Signal, 4)
	signal.Notify(sig, stopSignals...)
	done := make(chan struct{})
	quit := make(chan struct{})
	go func() {
		select {
		case <-sig:
			close(done)
		case <-quit:
			return
		}
		first := time.Now()
		for {
			select {
			case <-sig:
				if time.Since(first) > stuckAfter {
					os.Exit(1)
				}
			case <-quit:
				return
			}
		}
	}()
	var once sync.Once
	return done, func() {
		once.Do(func() {
			signal.Stop(sig)
			close(quit)
		})
	}
}

// stuckAfter is how long after a first stop signal a second one ends the
// process outright. A final save takes milliseconds, or up to the store's
// lock wait when another copy hangs.
const stuckAfter = 3 * time.Second

// runProgram runs a Bubble Tea program on model until it quits or stopped
// (from notifyStop) is closed; Bubble Tea's own signal handling, which ends
// the program without a word to the model (SIGTERM) or with an English error
// (SIGINT), is off. signalled reports a stop by signal: err is then nil,
// since the program ended as asked. The model is not updated any more when
// runProgram returns, so the caller may save its state; it should keep
// listening (not release notifyStop) until it has, so that a second signal
// cannot end the process in the middle of the save.
func runProgram(stopped <-chan struct{}, model tea.Model, opts ...tea.ProgramOption) (_ tea.Model, signalled bool, err error) {
	p := tea.NewProgram(model, append(opts, tea.WithoutSignalHandler())...)
	ended := make(chan struct{})
	defer close(ended)
	go func() {
		select {
		case <-stopped:
			p.Quit()
		case <-ended:
		}
	}()
	m, err := p.Run()
	select {
	case <-stopped:
		return m, true, nil
	default:
	}
	return m, false, err
}

// stopReader reads from r until stop is closed; from then on Read returns
// io.EOF, at once, even while the read from r still waits. Plain mode reads
// its input through it, so that a signal ends the session as the end of the
// input does: with the goodbye, after the last save.
func stopReader(r io.Reader, stop <-chan struct{}) io.Reader {
	return &stoppable{r: r, stop: stop, data: make(chan chunk, 1), want: make(chan int)}
}

type chunk struct {
	b   []byte
	err error
}

type stoppable struct {
	r     io.Reader
	stop  <-chan struct{}
	data  chan chunk
	want  chan int
	start sync.Once
	rest  []byte
	err   error
}

func (s *stoppable) Read(p []byte) (int, error) {
	if len(s.rest) > 0 {
		n := copy(p, s.rest)
		s.rest = s.rest[n:]
		return n, nil
	}
	if s.err != nil {
		return 0, s.err
	}
	select {
	case <-s.stop:
		return 0, io.EOF
	default:
	}
	// One goroutine does the reading, one read at a time, asked for by
	// Read, so nothing is read that nobody will take.
	s.start.Do(func() {
		go func() {
			for n := range s.want {
				b := make([]byte, n)
				k, err := s.r.Read(b)
				s.data <- chunk{b[:k], err}
				if err != nil {
					return
				}
			}
		}()
	})
	select {
	case s.want <- len(p):
	case <-s.stop:
		return 0, io.EOF
	}
	select {
	case c := <-s.data:
		s.err = c.err
		n := copy(p, c.b)
		s.rest = c.b[n:]
		if n > 0 {
			return n, nil
		}
		return 0, c.err
	case <-s.stop:
		return 0, io.EOF
	}
}
