package progress

import (
	"slices"
	"time"

	"piketpalen/course"
)

// Stage is where a learner stands in one module.
type Stage int

// The stages of a module, in the order a learner goes through them.
const (
	NotStarted Stage = iota // no page read, no attempt
	Reading                 // pages read, no finished attempt
	NotPassed               // finished attempts, none passed
	Passed                  // at least one attempt passed
	// RetakeNeeded: passed, but on a version of the course before a change
	// to the module that requires the quiz again (course.Change
	// RequiresRetake); it counts as not passed until the quiz is passed
	// again. Status.Retake says why.
	RetakeNeeded
)

// Status sums up a learner's progress in one module.
type Status struct {
	Stage     Stage
	Page      int  // page last shown, zero-based
	PagesRead int  // distinct pages seen
	Pages     int  // pages in the module
	QuizOpen  bool // an attempt was started and not finished
	Best      *course.Attempt
	Attempts  int
	// Retake, for RetakeNeeded, is why: the changes since the learner's
	// last pass that require the quiz again, oldest first.
	Retake []course.Change
}

// Status returns the learner's status in module m. The best attempt is the
// highest score, the most recent of equals; a passed module stays passed even
// when a later retake scores lower.
func (s *State) Status(m *course.Module) Status {
	st := Status{Pages: len(m.Pages)}
	r := s.Modules[m.ID]
	if r == nil {
		return st
	}
	st.Page = min(r.Page, max(len(m.Pages)-1, 0))
	for _, p := range r.PagesRead {
		if p >= 0 && p < len(m.Pages) {
			st.PagesRead++
		}
	}
	st.QuizOpen = r.Open != nil
	st.Attempts = len(r.Attempts)
	passed, stale := false, false
	var lastPass *course.Attempt
	for _, a := range r.Attempts {
		if st.Best == nil || a.Score >= st.Best.Score {
			st.Best = a
		}
		if !a.Passed {
			continue
		}
		if len(retakeSince(m, a)) == 0 {
			passed = true
		} else {
			stale = true
			if lastPass == nil || course.CompareVersions(a.CourseVersion, lastPass.CourseVersion) >= 0 {
				lastPass = a
			}
		}
	}
	switch {
	case passed:
		st.Stage = Passed
	case stale:
		st.Stage = RetakeNeeded
		st.Retake = retakeSince(m, lastPass)
	case len(r.Attempts) > 0:
		st.Stage = NotPassed
	case len(r.PagesRead) > 0 || r.Open != nil:
		st.Stage = Reading
	}
	return st
}

// retakeSince returns the changes of m that came after the course version
// attempt a was made on and require the quiz again: a pass in a no longer
// counts when there are any. An attempt that names no course version (one
// written before attempts recorded it) counts as made before every change.
func retakeSince(m *course.Module, a *course.Attempt) []course.Change {
	var out []course.Change
	for _, ch := range m.Changes {
		if ch.RequiresRetake && course.CompareVersions(ch.Version, a.CourseVersion) > 0 {
			out = append(out, ch)
		}
	}
	return out
}

// Passed reports whether every module of the course is passed.
func (s *State) Passed(c *course.Course) bool {
	for _, m := range c.Modules {
		if s.Status(m).Stage != Passed {
			return false
		}
	}
	return true
}

// PassedCount is the number of modules of c the learner has passed.
func (s *State) PassedCount(c *course.Course) int {
	n := 0
	for _, m := range c.Modules {
		if s.Status(m).Stage == Passed {
			n++
		}
	}
	return n
}

// MarkRead records that page p of module id was shown, and that the learner
// is there now (by the clock: a page turn needs no injected time, it only
// orders two positions when progress files are merged).
func (s *State) MarkRead(id string, p int) {
	r := s.Record(id)
	r.Page = p
	if i, found := slices.BinarySearch(r.PagesRead, p); !found {
		r.PagesRead = slices.Insert(r.PagesRead, i, p)
	}
	s.Last = Position{Module: id, Page: p, At: stamp(time.Now())}
}

// stamp is a moment as the file keeps it: UTC, without the monotonic
// clock reading, so that a state compares equal to itself read back.
func stamp(t time.Time) time.Time { return t.UTC().Round(0) }

// Resume says where the learner goes on: where they were, or, once that
// module is passed and they are not in its quiz, the next module: the
// first of the course that is not passed yet (see NextModule), so modules
// left unfinished before it are not skipped. next reports the latter. It
// returns nil when there is nowhere to go on to.
func (s *State) Resume(c *course.Course) (m *course.Module, pos Position, next bool) {
	last := c.Module(s.Last.Module)
	if last == nil {
		return nil, Position{}, false
	}
	if s.Last.Quiz || s.Status(last).Stage != Passed {
		// The page as the module has it now: a file may name one beyond
		// its end (another course version, or an edit).
		pos := s.Last
		pos.Page = min(max(pos.Page, 0), max(len(last.Pages)-1, 0))
		return last, pos, false
	}
	if cand := s.NextModule(c); cand != nil {
		return cand, Position{Module: cand.ID, Page: s.Status(cand).Page}, true
	}
	return nil, Position{}, false
}

// NextModule is the module a learner is pointed to next: the first of the
// course, in course order, that is not passed yet; nil when all are. It is
// the one rule for "Volgende module" on every screen.
func (s *State) NextModule(c *course.Course) *course.Module {
	for _, m := range c.Modules {
		if s.Status(m).Stage != Passed {
			return m
		}
	}
	return nil
}

// Result is the learner's standing in one passed module, as a certificate
// shows it: the best score and the day the module was first passed.
type Result struct {
	Module *course.Module
	Score  int
	Passed time.Time
}

// Results returns a result for every passed module of c, in course order,
// and the modules that are not passed yet. A certificate may be made only
// when missing is empty.
func (s *State) Results(c *course.Course) (passed []Result, missing []*course.Module) {
	for _, m := range c.Modules {
		st := s.Status(m)
		if st.Stage != Passed {
			missing = append(missing, m)
			continue
		}
		// Only attempts on or after the last change that requires the
		// quiz again count: their best score, the day of their first pass.
		r := Result{Module: m}
		for _, a := range s.Modules[m.ID].Attempts {
			if len(retakeSince(m, a)) > 0 {
				continue
			}
			r.Score = max(r.Score, a.Score)
			if a.Passed && (r.Passed.IsZero() || a.Finished.Before(r.Passed)) {
				r.Passed = a.Finished
			}
		}
		passed = append(passed, r)
	}
	return passed, missing
}
