package progress

import "piketpalen/course"

// Graded returns a copy of the state that keeps only the finished attempts
// that re-grade against c (see course.Course.Regrade), and no open ones.
// Certificates and result files are made from it, so that an attempt
// written into progress.json by hand, such as one with no questions and a
// score of 100, counts for nothing. The attempts themselves are shared,
// not copied; s is not changed.
func (s *State) Graded(c *course.Course) *State {
	out := *s
	out.Modules = make(map[string]*Record, len(s.Modules))
	for id, r := range s.Modules {
		if r == nil {
			continue
		}
		kept := &Record{PagesRead: r.PagesRead, Page: r.Page}
		for _, a := range r.Attempts {
			if a != nil && a.Module == id && c.Regrade(a) == nil {
				kept.Attempts = append(kept.Attempts, a)
			}
		}
		out.Modules[id] = kept
	}
	return &out
}
