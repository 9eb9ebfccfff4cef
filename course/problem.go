package course

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a problem stops a course from being used.
type Severity int

// The severities. The zero value is Error, so every problem the loader
// reports is one without saying so.
const (
	// Error: the course cannot be loaded as it is.
	Error Severity = iota
	// Warning: the course works, but an author should look at it: a
	// sentence too long for B1, a stale check date, a distractor that
	// gives itself away (see Lint).
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "waarschuwing"
	}
	return "probleem"
}

// Problem is one thing wrong in a course's files, with the place it was found.
type Problem struct {
	File     string // path inside the course folder, slash-separated
	Line     int    // 1-based; 0 when the problem concerns the whole file
	Msg      string
	Severity Severity
}

// String gives "file:line: message" for an error, as authors have always
// seen it, and "file:line: waarschuwing: message" for a warning.
func (p Problem) String() string {
	msg := p.Msg
	if p.Severity == Warning {
		msg = "waarschuwing: " + msg
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
	}
	return fmt.Sprintf("%s: %s", p.File, msg)
}

// Count returns how many of ps have severity s.
func (ps Problems) Count(s Severity) int {
	n := 0
	for _, p := range ps {
		if p.Severity == s {
			n++
		}
	}
	return n
}

// Problems is every problem found in a course. It is returned as an error by
// Load so that an author sees them all at once, not one per run.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

func (ps Problems) sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		if ps[i].Line != ps[j].Line {
			return ps[i].Line < ps[j].Line
		}
		return ps[i].Severity < ps[j].Severity
	})
	return ps
}

// collector gathers problems while a course is read.
type collector struct{ ps Problems }

func (c *collector) add(file string, line int, format string, args ...any) {
	c.ps = append(c.ps, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// warn adds a warning: something an author should look at, which does not
// stop the course from being used.
func (c *collector) warn(file string, line int, format string, args ...any) {
	c.ps = append(c.ps, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Severity: Warning})
}
