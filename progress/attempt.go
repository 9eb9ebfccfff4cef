package progress

import (
	"time"

	"piketpalen/course"
)

// OpenAttempt returns the module's quiz attempt in progress, or starts a new
// one from seed. A saved attempt that no longer fits the course (another
// course version, or questions that were removed or changed) is replaced, so
// an edited course never breaks an old attempt. The learner's position moves
// to the quiz.
func (s *State) OpenAttempt(c *course.Course, m *course.Module, seed uint64, now time.Time) *course.Attempt {
	r := s.Record(m.ID)
	if r.Open == nil || r.Open.CourseVersion != c.Version || !fits(m, r.Open) {
		r.Open = c.NewAttempt(m, seed, now)
	}
	s.Last = Position{Module: m.ID, Page: r.Page, Quiz: true}
	return r.Open
}

func fits(m *course.Module, a *course.Attempt) bool {
	for _, it := range a.Items {
		q := m.Question(it.Question)
		if q == nil || len(it.Order) != len(q.Options) {
			return false
		}
	}
	return len(a.Items) > 0
}

// FinishAttempt grades the module's open attempt, files it with the finished
// ones and returns it; nil when no attempt is open.
func (s *State) FinishAttempt(c *course.Course, m *course.Module, now time.Time) *course.Attempt {
	r := s.Record(m.ID)
	a := r.Open
	if a == nil {
		return nil
	}
	c.Finish(a, now)
	r.Attempts = append(r.Attempts, a)
	r.Open = nil
	s.Last = Position{Module: m.ID, Page: r.Page}
	return a
}
