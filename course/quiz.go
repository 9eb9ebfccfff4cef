package course

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// Attempt is one take of a module's quiz: the questions drawn, the order their
// options were shown in, and the learner's answers. It is plain data so that it
// can be saved as it is and resumed later.
type Attempt struct {
	// ID tells this attempt apart from every other, also from one made by
	// another copy of the program from the same seed at the same moment;
	// the progress store gives it when the attempt is opened.
	ID            string    `json:"id,omitempty"`
	Module        string    `json:"module"`
	CourseVersion string    `json:"course_version"`
	Seed          uint64    `json:"seed"`
	Started       time.Time `json:"started"`
	Finished      time.Time `json:"finished,omitzero"`
	Items         []Item    `json:"items"`
	Correct       int       `json:"correct"`
	Score         int       `json:"score"` // percent, rounded half up (see Percent)
	Passed        bool      `json:"passed"`
}

// Item is one drawn question inside an attempt.
type Item struct {
	Question string `json:"question"` // question id
	Order    []int  `json:"order"`    // option indices of the pool question, in the order shown
	Chosen   []int  `json:"chosen"`   // option indices (of the pool question) the learner chose; nil until answered
	Answered bool   `json:"answered"`
	Correct  bool   `json:"correct"`
	// Hinted is true once the learner asked for the question's hint
	// before answering it; files written before hints leave it out.
	Hinted bool `json:"hinted,omitempty"`
}

// Done reports whether the attempt has been finished and graded.
func (a *Attempt) Done() bool { return !a.Finished.IsZero() }

// Right is the number of questions answered right so far: for a review
// round, which is never finished, its score.
func (a *Attempt) Right() int { return a.count(func(it Item) bool { return it.Correct }) }

// Hints is the number of questions answered after the learner asked
// for their hint.
func (a *Attempt) Hints() int { return a.count(func(it Item) bool { return it.Hinted }) }

// TakeHint records that the learner read the hint of item i before
// answering it. An item already answered is left as it is: a hint read
// afterwards helped with no answer. It reports whether it recorded one.
func (a *Attempt) TakeHint(i int) bool {
	if i < 0 || i >= len(a.Items) || a.Items[i].Answered {
		return false
	}
	a.Items[i].Hinted = true
	return true
}

// count is the number of items for which f is true.
func (a *Attempt) count(f func(Item) bool) int {
	n := 0
	for _, it := range a.Items {
		if f(it) {
			n++
		}
	}
	return n
}

// Next returns the index of the first unanswered item, or len(Items) when all
// are answered.
func (a *Attempt) Next() int {
	for i, it := range a.Items {
		if !it.Answered {
			return i
		}
	}
	return len(a.Items)
}

// NewAttempt draws m.Draw questions from the module's pool and shuffles their
// options, all from seed, so the same seed gives the same attempt.
func (c *Course) NewAttempt(m *Module, seed uint64, now time.Time) *Attempt {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pool := r.Perm(len(m.Questions))
	n := min(m.Draw, len(pool))
	a := &Attempt{Module: m.ID, CourseVersion: c.Version, Seed: seed, Started: now}
	for _, qi := range pool[:n] {
		q := m.Questions[qi]
		a.Items = append(a.Items, Item{Question: q.ID, Order: shuffled(r, q)})
	}
	return a
}

// NewRound is a review round over the questions with the given ids, in
// that order, their options shuffled from seed as in NewAttempt. It is an
// Attempt without a Module, answered with Answer and AnswerShown like a
// quiz, but never finished or filed: a review round changes no score.
// Ids the course does not know are left out.
func (c *Course) NewRound(ids []string, seed uint64, now time.Time) *Attempt {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	a := &Attempt{CourseVersion: c.Version, Seed: seed, Started: now}
	for _, id := range ids {
		if _, q := c.FindQuestion(id); q != nil {
			a.Items = append(a.Items, Item{Question: q.ID, Order: shuffled(r, q)})
		}
	}
	return a
}

// shuffled is the order q's options are shown in: shuffled from r, except
// for true/false, which always reads true, then false.
func shuffled(r *rand.Rand, q *Question) []int {
	order := make([]int, len(q.Options))
	for i := range order {
		order[i] = i
	}
	if q.Type != TrueFalse {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return order
}

// IsCorrect reports whether choosing exactly the given option indices answers q
// right. For single and true/false questions that is the one correct option;
// for multiple-choice questions it is exactly the set of correct options.
func (q *Question) IsCorrect(chosen []int) bool {
	want := q.CorrectOptions()
	got := slices.Clone(chosen)
	slices.Sort(got)
	got = slices.Compact(got)
	return slices.Equal(want, got)
}

// CorrectOptions returns the indices of the correct options, ascending.
func (q *Question) CorrectOptions() []int {
	var out []int
	for i, o := range q.Options {
		if o.Correct {
			out = append(out, i)
		}
	}
	return out
}

// ItemQuestion is the question of item i of a: from the attempt's module,
// or for a review round (an attempt without a module) from any module.
// It is nil for an item or a question the course does not have.
func (c *Course) ItemQuestion(a *Attempt, i int) *Question {
	if i < 0 || i >= len(a.Items) {
		return nil
	}
	id := a.Items[i].Question
	if a.Module == "" {
		_, q := c.FindQuestion(id)
		return q
	}
	if m := c.Module(a.Module); m != nil {
		return m.Question(id)
	}
	return nil
}

// Answer records the learner's choice for item i and says whether it was right.
func (c *Course) Answer(a *Attempt, i int, chosen []int) (bool, error) {
	if a.Done() {
		return false, fmt.Errorf("attempt already finished")
	}
	if i < 0 || i >= len(a.Items) {
		return false, fmt.Errorf("item %d out of range", i)
	}
	if a.Module != "" && c.Module(a.Module) == nil {
		return false, fmt.Errorf("unknown module %q", a.Module)
	}
	q := c.ItemQuestion(a, i)
	if q == nil {
		return false, fmt.Errorf("unknown question %q", a.Items[i].Question)
	}
	if len(chosen) == 0 {
		return false, fmt.Errorf("no option chosen")
	}
	for _, o := range chosen {
		if o < 0 || o >= len(q.Options) {
			return false, fmt.Errorf("option %d out of range", o)
		}
	}
	ok := q.IsCorrect(chosen)
	stored := slices.Clone(chosen)
	slices.Sort(stored)
	a.Items[i].Chosen = slices.Compact(stored)
	a.Items[i].Answered = true
	a.Items[i].Correct = ok
	return ok, nil
}

// AnswerShown is Answer for options given by the place they were shown in
// (0 for the first option on screen), which the attempt's order turns into
// the options of the pool question.
func (c *Course) AnswerShown(a *Attempt, i int, shown []int) (bool, error) {
	if i < 0 || i >= len(a.Items) {
		return false, fmt.Errorf("item %d out of range", i)
	}
	order := a.Items[i].Order
	chosen := make([]int, len(shown))
	for k, p := range shown {
		if p < 0 || p >= len(order) {
			return false, fmt.Errorf("shown option %d out of range", p)
		}
		chosen[k] = order[p]
	}
	return c.Answer(a, i, chosen)
}

// Finish grades the attempt against the course's pass mark.
func (c *Course) Finish(a *Attempt, now time.Time) {
	a.Correct = a.Right()
	a.Score = Score(a.Correct, len(a.Items))
	a.Passed = a.Score >= c.PassMark
	a.Finished = now
}

// Score is the percentage of right answers under the course's one rounding
// rule (see Percent); 0 for no questions.
func Score(correct, total int) int { return Percent(correct, total) }

// Percent is part of whole as a whole percent, rounded half up: 7 of 8 is
// 88, 1 of 8 is 13, 2 of 3 is 67. It is the one rounding rule for every
// percentage the program shows or writes — the quiz's result screen, the
// certificate, the result file, the trainer's overview and its CSV — so
// that the same figure never reads differently in two places. 0 when whole
// is 0 or less.
func Percent(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	return (200*part + whole) / (2 * whole)
}

// FloorScore is the score as versions before the one rounding rule stored
// it: rounded down. Loading a progress file uses it to recognise such a
// score as consistent (and bring it up to Score) instead of taking it for
// an edited file.
func FloorScore(correct, total int) int {
	if total <= 0 {
		return 0
	}
	return correct * 100 / total
}
