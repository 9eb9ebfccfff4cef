package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// session is a program running on a pseudo-terminal that this harness plays
// the terminal for: it reads what the program writes and answers the
// queries a terminal answers (device attributes, mode reports, colours,
// cursor position, version, capabilities), as a real terminal would, so a
// program that waits for a reply is not measured waiting for a timeout.
type session struct {
	cmd   *exec.Cmd
	term  *os.File
	start time.Time

	mu      sync.Mutex
	out     []byte // everything the program wrote
	pend    []byte // an escape sequence not yet complete
	marker  []byte
	found   time.Time // when marker was first read
	queries int       // queries answered
	last    time.Time // when output last arrived
	done    chan struct{}
	exited  chan error
}

// startSession starts bin on a new cols × rows pty with the environment env.
func startSession(bin string, args, env []string, cols, rows int, marker string) (*session, error) {
	term, prog, err := openPty(cols, rows)
	if err != nil {
		return nil, err
	}
	s := &session{term: term, marker: []byte(marker), done: make(chan struct{}), exited: make(chan error, 1)}
	s.cmd = exec.Command(bin, args...)
	s.cmd.Env = env
	onPty(s.cmd, prog)
	s.start = time.Now()
	err = s.cmd.Start()
	prog.Close()
	if err != nil {
		term.Close()
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	go s.read()
	go func() { s.exited <- s.cmd.Wait() }()
	return s, nil
}

func (s *session) read() {
	defer close(s.done)
	buf := make([]byte, 64<<10)
	for {
		n, err := s.term.Read(buf)
		now := time.Now()
		if n > 0 {
			s.mu.Lock()
			from := max(len(s.out)-len(s.marker), 0)
			s.out = append(s.out, buf[:n]...)
			s.last = now
			if s.found.IsZero() && len(s.marker) > 0 && bytes.Contains(s.out[from:], s.marker) {
				s.found = now
			}
			replies := s.answer(buf[:n])
			s.mu.Unlock()
			if len(replies) > 0 {
				_, _ = s.term.Write(replies)
			}
		}
		if err != nil {
			return
		}
	}
}

// waitMarker waits until the marker has been written and returns the time
// from the start of the program to the moment it was read.
func (s *session) waitMarker(timeout time.Duration) (time.Duration, error) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		found := s.found
		s.mu.Unlock()
		if !found.IsZero() {
			return found.Sub(s.start), nil
		}
		select {
		case <-s.done:
			return 0, fmt.Errorf("%s ended before writing %q: %q", s.cmd.Path, s.marker, s.tail())
		case <-time.After(200 * time.Microsecond):
		}
	}
	return 0, fmt.Errorf("%s did not write %q within %v: %q", s.cmd.Path, s.marker, timeout, s.tail())
}

// settle waits, from now, until the program has written something and then
// nothing for quiet; at most max.
func (s *session) settle(quiet, max time.Duration) {
	from := time.Now()
	end := from.Add(max)
	for time.Now().Before(end) {
		s.mu.Lock()
		last := s.last
		s.mu.Unlock()
		if last.After(from) && time.Since(last) >= quiet {
			return
		}
		time.Sleep(quiet / 4)
	}
}

func (s *session) tail() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return string(s.out[max(len(s.out)-300, 0):])
}

// send types keys.
func (s *session) send(keys string) error {
	_, err := s.term.WriteString(keys)
	return err
}

// stop quits the program with q, or kills it when it does not end.
func (s *session) stop() error {
	_ = s.send("q")
	var err error
	select {
	case err = <-s.exited:
	case <-time.After(3 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
		err = errors.New("did not quit on q within 3 s")
	}
	s.term.Close()
	<-s.done
	return err
}

// answer returns the replies to the queries in chunk. Sequences may be split
// across chunks; the incomplete end is kept in pend.
func (s *session) answer(chunk []byte) []byte {
	data := append(s.pend, chunk...)
	s.pend = nil
	var out bytes.Buffer
	for i := 0; i < len(data); {
		if data[i] != 0x1b {
			i++
			continue
		}
		if i+1 >= len(data) {
			s.keep(data[i:])
			break
		}
		switch data[i+1] {
		case '[':
			j := i + 2
			for j < len(data) && data[j] >= 0x20 && data[j] <= 0x3f {
				j++
			}
			if j >= len(data) {
				s.keep(data[i:])
				return out.Bytes()
			}
			out.WriteString(s.csiReply(string(data[i+2:j]), data[j]))
			i = j + 1
		case ']', 'P':
			end, stLen := terminator(data[i+2:])
			if end < 0 {
				s.keep(data[i:])
				return out.Bytes()
			}
			body := string(data[i+2 : i+2+end])
			if data[i+1] == ']' {
				out.WriteString(s.oscReply(body))
			} else if strings.HasPrefix(body, "+q") {
				s.queries++
				out.WriteString("\x1bP0+r\x1b\\") // no such capability
			}
			i += 2 + end + stLen
		default:
			i += 2
		}
	}
	return out.Bytes()
}

func (s *session) keep(b []byte) {
	if len(b) < 4096 {
		s.pend = append([]byte(nil), b...)
	}
}

// terminator finds the end of an OSC or DCS string: BEL or ESC \.
func terminator(b []byte) (end, length int) {
	for i := range b {
		switch {
		case b[i] == 0x07:
			return i, 1
		case b[i] == 0x1b && i+1 < len(b) && b[i+1] == '\\':
			return i, 2
		}
	}
	return -1, 0
}

// csiReply answers a CSI query as a terminal with synchronized output and
// the kitty keyboard protocol (like Windows Terminal, kitty or WezTerm)
// does; anything else gets no reply.
func (s *session) csiReply(params string, final byte) string {
	reply := ""
	switch {
	case final == 'p' && strings.HasPrefix(params, "?") && strings.HasSuffix(params, "$"):
		mode := strings.TrimSuffix(strings.TrimPrefix(params, "?"), "$")
		state := "0" // not recognised
		if mode == "2026" {
			state = "2" // known, reset
		}
		reply = "\x1b[?" + mode + ";" + state + "$y"
	case final == 'c' && (params == "" || params == "0"):
		reply = "\x1b[?62;22c"
	case final == 'c' && strings.HasPrefix(params, ">"):
		reply = "\x1b[>0;0;0c"
	case final == 'n' && params == "6":
		reply = "\x1b[1;1R"
	case final == 'u' && params == "?":
		reply = "\x1b[?0u"
	case final == 'q' && (params == ">" || params == ">0"):
		reply = "\x1bP>|bench-terminal\x1b\\"
	}
	if reply != "" {
		s.queries++
	}
	return reply
}

func (s *session) oscReply(body string) string {
	switch body {
	case "10;?":
		s.queries++
		return "\x1b]10;rgb:cccc/cccc/cccc\x1b\\"
	case "11;?":
		s.queries++
		return "\x1b]11;rgb:0000/0000/0000\x1b\\"
	case "12;?":
		s.queries++
		return "\x1b]12;rgb:cccc/cccc/cccc\x1b\\"
	}
	return ""
}

func splitLines(s string) []string { return strings.Split(s, "\n") }
