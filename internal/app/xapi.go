package app

import (
	"errors"
	"fmt"
	"io"
	"time"

	"piketpalen/course"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/outpath"
	"piketpalen/internal/results"
	"piketpalen/internal/xapi"
	"piketpalen/progress"
)

// XAPIFileName is the name of a learner's xAPI statements when --out names
// a folder or nothing.
const XAPIFileName = "xapi-statements.json"

// XAPIExport is a file of xAPI statements made and written.
type XAPIExport struct {
	Path       string // absolute when it can be had
	Statements int
	Files      int               // result files whose statements it holds (1 for a learner's own)
	Skipped    []results.Problem // a group's result files that do not count in the overview, with why (results.Judge)
	NoLearner  []string          // a group's result files that count but name no learner id (format 1), so give no statements
}

// ExportXAPI writes the xAPI statements of the learner whose state is st
// (see package xapi) where w says, under XAPIFileName in a folder. They
// are made from the result file the learner would export, unsigned and
// without a name, so that a trainer who makes them from that file gets the
// same statements. It only reads st.
func ExportXAPI(c *course.Course, st *progress.State, w Where, now time.Time) (XAPIExport, error) {
	f, err := results.Build(c, st, "", "", now)
	if err != nil {
		return XAPIExport{}, err
	}
	ss, err := xapi.Statements(c, f)
	if err != nil {
		return XAPIExport{}, err
	}
	path, err := outputPath(w, XAPIFileName)
	if err != nil {
		return XAPIExport{}, err
	}
	x := XAPIExport{Path: path, Files: 1}
	x.Statements, err = writeStatements(path, func(xw *xapi.Writer) error { return xw.Write(ss...) })
	if err != nil {
		return XAPIExport{}, err
	}
	return x, nil
}

// writeStatements writes the array of statements that write gives into
// path, atomically, and returns how many.
func writeStatements(path string, write func(*xapi.Writer) error) (int, error) {
	n := 0
	err := atomicfile.WriteWith(path, 0o644, func(out io.Writer) error {
		xw := xapi.NewWriter(out)
		if err := write(xw); err != nil {
			return err
		}
		n = xw.Count()
		return xw.Close()
	})
	if err != nil {
		return 0, fmt.Errorf("write xAPI statements: %w", err)
	}
	return n, nil
}

// GroupXAPI writes the xAPI statements of the result files loaded names
// (results.Gather) into the file out, for the organisation's learning
// record store, and hands every file read to each as well (the overview's
// Summary.Add; nil for none), so that both come of one reading. Only files that count in the
// overview of c count (results.Judge): read, intact, of this course and
// version; the others are returned as Skipped, and a file without a
// learner id as NoLearner. Files are read and their statements written one at a time,
// so that memory does not grow with the group; only the statement ids are
// kept, to write each once. guard refuses an out that would overwrite an
// input or a course file.
func GroupXAPI(c *course.Course, loaded []results.Loaded, out string, guard outpath.Guard, each func(results.Loaded)) (XAPIExport, error) {
	for _, l := range loaded {
		guard.Inputs = append(guard.Inputs, l.Path)
	}
	path, err := outputPath(Where{Out: out, Guard: guard}, XAPIFileName)
	if err != nil {
		return XAPIExport{}, err
	}
	x := XAPIExport{Path: path}
	x.Statements, err = writeStatements(path, func(xw *xapi.Writer) error {
		var failed error
		results.ReadEach(loaded, func(l results.Loaded) {
			if each != nil {
				each(l)
			}
			if failed != nil {
				return
			}
			p, ok := results.Judge(c, l)
			if !ok {
				x.Skipped = append(x.Skipped, p)
				return
			}
			ss, err := xapi.Statements(c, l.File)
			if errors.Is(err, xapi.ErrNoLearnerID) {
				x.NoLearner = append(x.NoLearner, l.Path)
				return
			}
			x.Files++
			failed = xw.Write(ss...)
		})
		return failed
	})
	if err != nil {
		return XAPIExport{}, err
	}
	return x, nil
}
