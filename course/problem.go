package course

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong in a course's files, with the place it was found.
type Problem struct {
	File string // path inside the course folder, slash-separated
	Line int    // 1-based; 0 when the problem concerns the whole file
	Msg  string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
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
		return ps[i].Line < ps[j].Line
	})
	return ps
}

// collector gathers problems while a course is read.
type collector struct{ ps Problems }

func (c *collector) add(file string, line int, format string, args ...any) {
	c.ps = append(c.ps, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}
