package progress

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"slices"
	"time"

	"piketpalen/course"
)

// OpenAttempt returns the module's quiz attempt in progress, or starts a new
// one from seed. A saved attempt that no longer fits the course (another
// course version, or questions that were removed or changed) is replaced, so
// an edited course never breaks an old attempt. The learner's position moves
// to the quiz.
//
// The attempt in progress may have been opened by another copy of
// piketpalen, earlier or in another window right now: it is continued here,
// with the answers given there. From then on it is this copy's own (see
// merge): its answers are saved from here, and if the other window finishes
// it too, both results are kept as separate attempts.
func (s *State) OpenAttempt(c *course.Course, m *course.Module, seed uint64, now time.Time) *course.Attempt {
	r := s.Record(m.ID)
	if r.Open == nil || r.Open.CourseVersion != c.Version || !fits(m, r.Open) {
		r.Open = c.NewAttempt(m, seed, now)
		r.Open.ID = newAttemptID()
	}
	if s.live == nil {
		s.live = map[string]bool{}
	}
	s.live[r.Open.ID] = true
	s.Last = Position{Module: m.ID, Page: r.Page, Quiz: true, At: stamp(now)}
	return r.Open
}

// fits reports whether attempt a can be shown and answered as module m
// now stands: it has questions, every one still in the module, with its
// options shown each once (a permutation of the question's options) and
// only options of the question chosen.
func fits(m *course.Module, a *course.Attempt) bool {
	for _, it := range a.Items {
		q := m.Question(it.Question)
		if q == nil || len(it.Order) != len(q.Options) {
			return false
		}
		seen := make([]bool, len(q.Options))
		for _, o := range it.Order {
			if o < 0 || o >= len(seen) || seen[o] {
				return false
			}
			seen[o] = true
		}
		for _, o := range it.Chosen {
			if o < 0 || o >= len(seen) {
				return false
			}
		}
	}
	return len(a.Items) > 0
}

// FinishAttempt grades the module's open attempt, files it with the finished
// ones and returns it; nil when no attempt is open. Its wrong answers, and
// a sample of its right ones, go into review (see schedule), due from the
// calendar day after now.
func (s *State) FinishAttempt(c *course.Course, m *course.Module, now time.Time) *course.Attempt {
	r := s.Record(m.ID)
	a := r.Open
	if a == nil {
		return nil
	}
	c.Finish(a, now)
	s.schedule(a, now)
	r.Attempts = append(r.Attempts, a)
	r.Open = nil
	delete(s.live, a.ID)
	s.Last = Position{Module: m.ID, Page: r.Page, At: stamp(now)}
	return a
}

// newAttemptID returns a random attempt id: 128 bits from the operating
// system's generator, so that no two attempts made anywhere share one.
func newAttemptID() string {
	return rand.Text()
}

// legacyID is the id of an attempt saved before attempts had ids. It is
// derived from what identified an attempt then (its module, start instant
// and seed), so that every copy of piketpalen that reads the same old file
// gives its attempts the same ids, and merging still recognises them.
func legacyID(module string, a *course.Attempt) string {
	h := sha256.New()
	h.Write([]byte(module))
	var b [8 * 3]byte
	binary.BigEndian.PutUint64(b[0:], uint64(a.Started.Unix()))
	binary.BigEndian.PutUint64(b[8:], uint64(a.Started.Nanosecond()))
	binary.BigEndian.PutUint64(b[16:], a.Seed)
	h.Write(b[:])
	return "old-" + hex.EncodeToString(h.Sum(nil)[:13])
}

// sameResult reports whether a and b, two finished attempts with one id,
// are the same result: the copy of one attempt that two copies of
// piketpalen both hold, rather than one quiz finished twice.
func sameResult(a, b *course.Attempt) bool {
	if !a.Finished.Equal(b.Finished) || a.Score != b.Score || a.Correct != b.Correct ||
		a.Passed != b.Passed || len(a.Items) != len(b.Items) {
		return false
	}
	for i := range a.Items {
		x, y := a.Items[i], b.Items[i]
		if x.Question != y.Question || x.Answered != y.Answered || x.Correct != y.Correct || !slices.Equal(x.Chosen, y.Chosen) {
			return false
		}
	}
	return true
}
