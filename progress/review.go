package progress

import (
	"cmp"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"time"

	"piketpalen/course"
)

// Herhaling (spaced review) is a Leitner system: every question that comes
// back for review has a card in a box, and the box says how many days the
// card waits before it is due again. A right answer moves the card one box
// up (a longer wait), a wrong one back to the first box (tomorrow). It is
// chosen over an adaptive scheduler such as FSRS because a trainer can
// explain it in one sentence, it needs no library and no training data,
// and its whole state is two small numbers per question.

// Intervals are the days a card waits in each box: after a wrong answer
// one day, then three, a week, two weeks and a month.
var Intervals = [...]int{1, 3, 7, 14, 30}

// RoundSize is the most questions in one review round: a few minutes.
const RoundSize = 10

// RightShare: one in RightShare questions answered right in a quiz goes
// into review as well (25 %), so that what was known is refreshed too.
// Which ones follows from the attempt's seed, so it is the same in every
// copy of the program.
const RightShare = 4

// maxCards bounds the cards a file may hold: far more questions than any
// course has. Beyond it, the ones changed longest ago are dropped.
const maxCards = 5000

// maxCardID bounds a question id on a card; course ids are short.
const maxCardID = 200

// Card is one question's place in review.
type Card struct {
	Module  string    `json:"module"`  // the module the question was asked in
	Box     int       `json:"box"`     // 0 .. len(Intervals)-1
	Due     string    `json:"due"`     // the calendar day it comes back, YYYY-MM-DD, in the learner's time
	Changed time.Time `json:"changed"` // when it was last scheduled; the later change wins a merge
}

// day is the calendar day of t where t is: the learner's local day when
// the clock gives local time.
func day(t time.Time) string { return t.Format(time.DateOnly) }

// dueAfter is the day n days after t's day.
func dueAfter(t time.Time, n int) string { return day(t.AddDate(0, 0, n)) }

// sampled reports whether a question answered right in the attempt of this
// seed goes into review (see RightShare).
func sampled(seed uint64, question string) bool {
	h := fnv.New64a()
	h.Write(strconv.AppendUint(nil, seed, 16))
	h.Write([]byte{0})
	h.Write([]byte(question))
	return h.Sum64()%RightShare == 0
}

// schedule puts the questions of a finished quiz attempt into review: a
// wrong answer in the first box (due tomorrow, also when it had a card
// already), a right one, when sampled and not yet in review, in the second
// (due in Intervals[1] days). Cards of questions answered right that are
// already in review keep their place: the review round moves them.
func (s *State) schedule(a *course.Attempt, now time.Time) {
	for _, it := range a.Items {
		if !it.Answered {
			continue
		}
		switch {
		case !it.Correct:
			s.setCard(it.Question, a.Module, 0, now)
		case s.Review[it.Question] == nil && sampled(a.Seed, it.Question):
			s.setCard(it.Question, a.Module, 1, now)
		}
	}
}

func (s *State) setCard(question, module string, box int, now time.Time) {
	if s.Review == nil {
		s.Review = map[string]*Card{}
	}
	s.Review[question] = &Card{Module: module, Box: box, Due: dueAfter(now, Intervals[box]), Changed: now}
}

// Due lists the questions of c due for review on now's calendar day, the
// longest overdue first (then by id, so the order is the same everywhere).
// Cards of questions the course no longer has are left out, not removed:
// the learner may go back to the course they came from.
func (s *State) Due(c *course.Course, now time.Time) []string {
	today := day(now)
	var ids []string
	for id, cd := range s.Review {
		if cd.Due <= today {
			if _, q := c.FindQuestion(id); q != nil {
				ids = append(ids, id)
			}
		}
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(s.Review[a].Due, s.Review[b].Due), cmp.Compare(a, b))
	})
	return ids
}

// Round is the next review round: at most RoundSize of the questions due
// now, their options shuffled from seed. It is nil when none is due. The
// round is answered with course.Answer, then each answer is recorded with
// Reviewed; it is never finished or filed, so scores, attempts and
// certificates stay as they are.
func (s *State) Round(c *course.Course, seed uint64, now time.Time) *course.Attempt {
	ids := s.Due(c, now)
	if len(ids) == 0 {
		return nil
	}
	return c.NewRound(ids[:min(len(ids), RoundSize)], seed, now)
}

// Reviewed records an answer given in a review round: right moves the
// card one box up and its next day out; wrong puts it back in the first
// box, due tomorrow. A question without a card (its card was merged away
// meanwhile) gets one.
func (s *State) Reviewed(c *course.Course, question string, right bool, now time.Time) {
	cd := s.Review[question]
	box, module := 0, ""
	if cd != nil {
		box, module = cd.Box, cd.Module
	}
	if m, _ := c.FindQuestion(question); m != nil {
		module = m.ID
	}
	if right {
		box = min(box+1, len(Intervals)-1)
	} else {
		box = 0
	}
	s.setCard(question, module, box, now)
}

// laterCard is the card a merge keeps of two for one question: the one
// changed last; of two changed at the same instant, the one in the higher
// box, due later, of the later module id. It is a total order, so a
// merge gives the same result whichever side is mine.
func laterCard(a, b *Card) *Card {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return larger(a, b, compareCards)
}

// compareCards orders cards by laterCard's rule: +1 when a is the later.
func compareCards(a, b *Card) int {
	return cmp.Or(a.Changed.Compare(b.Changed), cmp.Compare(a.Box, b.Box), cmp.Compare(a.Due, b.Due), cmp.Compare(a.Module, b.Module))
}

// mergeReview is the review state of merge: per question, the card
// changed last (laterCard).
func mergeReview(mine, disk map[string]*Card) map[string]*Card {
	if len(mine) == 0 && len(disk) == 0 {
		return nil
	}
	out := make(map[string]*Card, max(len(mine), len(disk)))
	for _, side := range []map[string]*Card{mine, disk} {
		for id, cd := range side {
			if cd != nil {
				out[id] = laterCard(out[id], cd)
			}
		}
	}
	return out
}

// normalizeReview bounds the review state of a file (see normalize): null
// cards, cards without a question id or module, with an id longer than
// maxCardID or a day that is not a date are dropped; a box outside the
// boxes is put in the nearest one; of more than maxCards cards, the ones
// changed last are kept.
func normalizeReview(st *State) {
	for id, cd := range st.Review {
		if cd == nil || id == "" || len(id) > maxCardID || cd.Module == "" || len(cd.Module) > maxCardID {
			delete(st.Review, id)
			continue
		}
		if d, err := time.Parse(time.DateOnly, cd.Due); err != nil || day(d) != cd.Due {
			delete(st.Review, id)
			continue
		}
		cd.Box = min(max(cd.Box, 0), len(Intervals)-1)
	}
	if len(st.Review) > maxCards {
		ids := slices.Collect(maps.Keys(st.Review))
		slices.SortFunc(ids, func(a, b string) int {
			return cmp.Or(compareCards(st.Review[b], st.Review[a]), cmp.Compare(a, b))
		})
		for _, id := range ids[maxCards:] {
			delete(st.Review, id)
		}
	}
	if len(st.Review) == 0 {
		st.Review = nil
	}
}
