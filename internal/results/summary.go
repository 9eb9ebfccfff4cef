package results

import (
	"errors"
	"math/bits"
	"sort"
	"time"

	"piketpalen/course"
)

// Summary sums up result files added one at a time. Of a file that counts
// it keeps only what the overview needs: the participant's row and the
// answers as option sets, a few hundred bytes, never the file with its
// question and option texts, so that files can be dropped once added.
type Summary struct {
	c        *course.Course
	index    []map[string]int // per module of c: question id -> place in the pool
	files    int
	problems []Problem
	good     []*digest
}

// digest is what a Summary keeps of a file that may count.
type digest struct {
	path, learner, nameKey, org, learnerID string
	created                                time.Time
	modules                                []moduleDigest // as c.Modules
}

type moduleDigest struct {
	present, attempted, passed bool
	answers                    []answerDigest // those that fit a question of c
}

// answerDigest is one answer: the question's place in the pool, and the
// options chosen as a set of bits (options from 64 on in wide).
type answerDigest struct {
	q               int32
	correct, hinted bool
	set             uint64
	wide            []int
}

func (a answerDigest) options() []int {
	if a.wide != nil {
		return a.wide
	}
	out := make([]int, 0, bits.OnesCount64(a.set))
	for set := a.set; set != 0; set &= set - 1 {
		out = append(out, bits.TrailingZeros64(set))
	}
	return out
}

// NewSummary starts the overview of course c.
func NewSummary(c *course.Course) *Summary {
	s := &Summary{c: c}
	for _, m := range c.Modules {
		idx := make(map[string]int, len(m.Questions))
		for i, q := range m.Questions {
			idx[q.ID] = i
		}
		s.index = append(s.index, idx)
	}
	return s
}

// Add counts one file read (see Summarize for which files count); l.File
// is not kept.
func (s *Summary) Add(l Loaded) {
	s.files++
	if p, ok := Judge(s.c, l); !ok {
		s.problems = append(s.problems, p)
		return
	}
	s.good = append(s.good, s.digest(l))
}

// Judge is the rule by which a file counts in the overview of course c:
// read, intact, signed by the key it names, of this course and of this
// version of it. When it does not count, the Problem says why.
func Judge(c *course.Course, l Loaded) (Problem, bool) {
	p := Problem{Path: l.Path, Err: l.Err}
	if l.File != nil {
		p.Learner = l.File.Shown()
	}
	switch {
	case l.Err != nil && errors.Is(l.Err, ErrTampered):
		p.Kind = Tampered
	case l.Err != nil && errors.Is(l.Err, ErrOtherKey):
		p.Kind = OtherKey
	case l.Err != nil || l.File == nil:
		p.Kind, p.Learner = Unreadable, ""
		if p.Err == nil {
			p.Err = ErrUnreadable
		}
	case l.File.Course != tidy(c.Title):
		p.Kind, p.Course = OtherCourse, l.File.Course
	case l.File.CourseVersion != tidy(c.Version):
		p.Kind, p.Version = OtherVersion, l.File.CourseVersion
	default:
		return p, true
	}
	return p, false
}

func (s *Summary) digest(l Loaded) *digest {
	f := l.File
	d := &digest{path: l.Path, learner: f.Shown(), nameKey: LearnerKey(f.Shown()), org: f.Organisation,
		learnerID: f.LearnerID, created: f.Created, modules: make([]moduleDigest, len(s.c.Modules))}
	for mi, m := range s.c.Modules {
		fm := f.Module(m.ID)
		if fm == nil {
			continue
		}
		md := moduleDigest{present: true, attempted: fm.Attempts > 0, passed: fm.Passed,
			answers: make([]answerDigest, 0, len(fm.Answers))}
		for _, a := range fm.Answers {
			i, ok := s.index[mi][a.Question]
			if !ok || !fits(m.Questions[i], a.Chosen) {
				continue
			}
			ad := answerDigest{q: int32(i), correct: a.Correct, hinted: a.Hinted}
			for _, o := range a.Chosen {
				if o >= 64 {
					ad.wide = sortedSet(a.Chosen)
					break
				}
				ad.set |= 1 << o
			}
			md.answers = append(md.answers, ad)
		}
		d.modules[mi] = md
	}
	return d
}

// Overview sums up the files added so far.
func (s *Summary) Overview() *Overview {
	o := &Overview{Course: s.c.Title, Version: s.c.Version, Files: s.files}
	o.Problems = append(o.Problems, s.problems...)
	counted := newest(s.good, &o.Problems)
	sort.SliceStable(o.Problems, func(i, j int) bool {
		a, b := o.Problems[i], o.Problems[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Path < b.Path
	})
	for _, d := range counted {
		p := Participant{Name: d.learner, Organisation: d.org, Path: d.path, Created: d.created, Modules: len(s.c.Modules)}
		for _, m := range d.modules {
			if m.passed {
				p.Passed++
			}
		}
		o.Participants = append(o.Participants, p)
	}
	sort.SliceStable(o.Participants, func(i, j int) bool {
		a, b := LearnerKey(o.Participants[i].Name), LearnerKey(o.Participants[j].Name)
		if a != b {
			return a < b
		}
		return o.Participants[i].Path < o.Participants[j].Path
	})
	o.Modules, o.Questions = tally(s.c, counted)
	analyse(o, counted)
	o.Clashes = clashes(counted)
	return o
}
