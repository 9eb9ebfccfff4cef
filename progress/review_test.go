package progress

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
)

// amsterdam is a learner's local time: the review day is theirs, not UTC's.
var amsterdam = time.FixedZone("CET", 3600)

// wrongOption is an option of q that is not right.
func wrongOption(q *course.Question) []int {
	for i, o := range q.Options {
		if !o.Correct {
			return []int{i}
		}
	}
	return nil
}

// quizWithOneWrong opens and finishes an attempt of m in st at when, with
// every answer right but the first; it returns the question answered wrong.
func quizWithOneWrong(t *testing.T, c *course.Course, st *State, m *course.Module, seed uint64, when time.Time) string {
	t.Helper()
	a := st.OpenAttempt(c, m, seed, when.Add(-5*time.Minute))
	for i, it := range a.Items {
		q := m.Question(it.Question)
		chosen := q.CorrectOptions()
		if i == 0 {
			chosen = wrongOption(q)
		}
		if _, err := c.Answer(a, i, chosen); err != nil {
			t.Fatal(err)
		}
	}
	st.FinishAttempt(c, m, when)
	return a.Items[0].Question
}

// TestReviewJourney: a question answered wrong late in the evening is not
// due that evening nor at 23:59 of the same local day, is due from the
// first minute of the next local day, and after a right answer in a round
// moves out three days, after a wrong one back to the next day. The
// rounds leave the attempts, the score and the status alone.
func TestReviewJourney(t *testing.T) {
	c := coursetest.Valid(t)
	m := c.Modules[0]
	st := New()
	evening := time.Date(2026, 3, 10, 22, 30, 0, 0, amsterdam) // 21:30 UTC
	wrong := quizWithOneWrong(t, c, st, m, 7, evening)

	before := asJSON(t, &State{Modules: st.Modules})
	status := st.Status(m)
	for _, now := range []time.Time{evening, time.Date(2026, 3, 10, 23, 59, 0, 0, amsterdam)} {
		if due := st.Due(c, now); slices.Contains(due, wrong) {
			t.Fatalf("%s: %s due already: %v", now, wrong, due)
		}
		if st.Round(c, 1, now) != nil && slices.Contains(roundIDs(st.Round(c, 1, now)), wrong) {
			t.Fatalf("%s: in a round before its day", now)
		}
	}
	// 00:01 local is still 23:01 UTC of the day before: the local day counts
	next := time.Date(2026, 3, 11, 0, 1, 0, 0, amsterdam)
	if !slices.Contains(st.Due(c, next), wrong) {
		t.Fatalf("%s not due on the next day: %v", wrong, st.Due(c, next))
	}
	r := st.Round(c, 3, next)
	if r == nil || r.Module != "" || !slices.Contains(roundIDs(r), wrong) {
		t.Fatalf("round %+v does not ask %s", r, wrong)
	}
	i := slices.Index(roundIDs(r), wrong)
	_, q := c.FindQuestion(wrong)
	right, err := c.Answer(r, i, q.CorrectOptions())
	if err != nil || !right {
		t.Fatalf("answer in a round: %v %v", right, err)
	}
	st.Reviewed(c, wrong, right, next)
	if cd := st.Review[wrong]; cd.Box != 1 || cd.Due != "2026-03-14" || cd.Module != m.ID {
		t.Errorf("after a right answer: %+v, want box 1, due 2026-03-14", cd)
	}
	if slices.Contains(st.Due(c, next.AddDate(0, 0, 2)), wrong) || !slices.Contains(st.Due(c, next.AddDate(0, 0, 3)), wrong) {
		t.Error("not due exactly three days later")
	}
	st.Reviewed(c, wrong, true, next.AddDate(0, 0, 3))
	if cd := st.Review[wrong]; cd.Box != 2 || cd.Due != "2026-03-21" {
		t.Errorf("after a second right answer: %+v, want box 2, due 2026-03-21", cd)
	}
	st.Reviewed(c, wrong, false, next.AddDate(0, 0, 3))
	if cd := st.Review[wrong]; cd.Box != 0 || cd.Due != "2026-03-15" {
		t.Errorf("after a wrong answer: %+v, want box 0, due 2026-03-15", cd)
	}
	for range 10 {
		st.Reviewed(c, wrong, true, next)
	}
	if cd := st.Review[wrong]; cd.Box != len(Intervals)-1 {
		t.Errorf("box %d after many right answers, want the last", cd.Box)
	}

	if after := asJSON(t, &State{Modules: st.Modules}); after != before {
		t.Errorf("review rounds changed the modules:\n%s\n%s", before, after)
	}
	if got := st.Status(m); got.Stage != status.Stage || got.Attempts != status.Attempts || got.Best.Score != status.Best.Score {
		t.Errorf("status %+v became %+v", status, got)
	}
}

func roundIDs(a *course.Attempt) []string {
	var ids []string
	for _, it := range a.Items {
		ids = append(ids, it.Question)
	}
	return ids
}

// TestRoundIsBounded: a round asks at most RoundSize questions, the
// longest overdue first, and only questions the course still has.
func TestRoundIsBounded(t *testing.T) {
	c := coursetest.Valid(t)
	st := New()
	st.Review = map[string]*Card{"weg-uit-de-cursus": {Module: "m", Due: "2026-01-01"}}
	var all []string
	for _, m := range c.Modules {
		for k, q := range m.Questions {
			all = append(all, q.ID)
			st.Review[q.ID] = &Card{Module: m.ID, Due: fmt.Sprintf("2026-01-%02d", 10-k)}
		}
	}
	now := time.Date(2026, 2, 1, 12, 0, 0, 0, amsterdam)
	due := st.Due(c, now)
	if len(due) != len(all) || slices.Contains(due, "weg-uit-de-cursus") {
		t.Fatalf("due %v, want the %d questions of the course", due, len(all))
	}
	for i := 1; i < len(due); i++ {
		if st.Review[due[i-1]].Due > st.Review[due[i]].Due {
			t.Errorf("%s before %s", due[i-1], due[i])
		}
	}
	r := st.Round(c, 1, now)
	if want := min(len(all), RoundSize); len(r.Items) != want {
		t.Errorf("a round of %d questions, want %d", len(r.Items), want)
	}
	if st.Round(c, 1, time.Date(2025, 12, 1, 0, 0, 0, 0, amsterdam)) != nil {
		t.Error("a round with nothing due")
	}
}

// TestRightAnswersSampled: of the questions answered right, about one in
// RightShare goes into review, the same ones for the same seed; every
// wrong one does.
func TestRightAnswersSampled(t *testing.T) {
	c := coursetest.Valid(t)
	m := c.Modules[0]
	when := time.Date(2026, 3, 10, 12, 0, 0, 0, amsterdam)
	sampledN, rightN := 0, 0
	for seed := range uint64(400) {
		st := New()
		a := st.OpenAttempt(c, m, seed, when)
		for i, it := range a.Items {
			if _, err := c.Answer(a, i, m.Question(it.Question).CorrectOptions()); err != nil {
				t.Fatal(err)
			}
		}
		st.FinishAttempt(c, m, when)
		for _, it := range a.Items {
			rightN++
			if cd := st.Review[it.Question]; cd != nil {
				sampledN++
				if cd.Box != 1 || cd.Due != "2026-03-13" {
					t.Fatalf("a sampled right answer: %+v, want box 1 due in 3 days", cd)
				}
			}
			if (st.Review[it.Question] != nil) != sampled(seed, it.Question) {
				t.Fatal("the sample is not the seed's")
			}
		}
	}
	t.Logf("%d of %d right answers sampled", sampledN, rightN)
	if share := float64(sampledN) / float64(rightN); share < 0.20 || share > 0.30 {
		t.Errorf("%d of %d right answers sampled (%.2f), want about 1/%d", sampledN, rightN, share, RightShare)
	}
}

// TestReviewMergeOrderFree: two copies' review cards merge into the same
// cards whichever is mine, per question the one changed last, and none is
// lost.
func TestReviewMergeOrderFree(t *testing.T) {
	t0 := time.Date(2026, 3, 10, 12, 0, 0, 0, amsterdam)
	a := &State{Review: map[string]*Card{
		"q1": {Module: "m", Box: 2, Due: "2026-03-17", Changed: t0},
		"q2": {Module: "m", Box: 0, Due: "2026-03-11", Changed: t0.Add(time.Hour)},
		"q3": {Module: "m", Box: 1, Due: "2026-03-13", Changed: t0},
	}}
	b := &State{Review: map[string]*Card{
		"q1": {Module: "m", Box: 0, Due: "2026-03-12", Changed: t0.Add(time.Minute)},
		"q2": {Module: "m", Box: 3, Due: "2026-03-24", Changed: t0},
		"q3": {Module: "m", Box: 2, Due: "2026-03-17", Changed: t0}, // same instant: the higher box
		"q4": {Module: "n", Box: 1, Due: "2026-03-13", Changed: t0},
	}}
	ab, _ := merge(a, b)
	ba, _ := merge(b, a)
	if asJSON(t, ab) != asJSON(t, ba) {
		t.Fatalf("merge depends on the order:\n%s\n%s", asJSON(t, ab), asJSON(t, ba))
	}
	want := map[string]int{"q1": 0, "q2": 0, "q3": 2, "q4": 1}
	for id, box := range want {
		if cd := ab.Review[id]; cd == nil || cd.Box != box {
			t.Errorf("%s: %+v, want box %d", id, cd, box)
		}
	}
	if len(ab.Review) != len(want) {
		t.Errorf("%d cards, want %d", len(ab.Review), len(want))
	}
	if aa, _ := merge(a, a); asJSON(t, aa) != asJSON(t, &State{Schema: SchemaVersion, Modules: map[string]*Record{}, Review: a.Review}) {
		t.Errorf("merging a state with itself changed it: %s", asJSON(t, aa))
	}
}

// TestReviewSurvivesTheStore: cards saved by two stores on one folder are
// both kept, and a reload gives them back.
func TestReviewSurvivesTheStore(t *testing.T) {
	c := coursetest.Valid(t)
	dir := t.TempDir()
	s1, s2 := open(t, dir), open(t, dir)
	st1, _ := load(t, s1)
	st2, _ := load(t, s2)
	day := time.Date(2026, 3, 10, 12, 0, 0, 0, amsterdam)
	q1 := quizWithOneWrong(t, c, st1, c.Modules[0], 1, day)
	q2 := quizWithOneWrong(t, c, st2, c.Modules[1], 2, day.Add(time.Minute))
	save(t, s1, st1)
	save(t, s2, st2)
	got, _ := load(t, open(t, dir))
	for _, q := range []string{q1, q2} {
		if cd := got.Review[q]; cd == nil || cd.Box != 0 || cd.Due != "2026-03-11" {
			t.Errorf("%s after two saves: %+v", q, cd)
		}
	}
	save(t, s1, st1)
	if cd := st1.Review[q2]; cd == nil {
		t.Error("the first copy did not take in the second's card on its next save")
	}
}

// TestReviewLoadClamps: what a file may hold in its review part is bounded.
func TestReviewLoadClamps(t *testing.T) {
	data := `{"schema": 2, "modules": {}, "review": {
		"ok":       {"module": "m", "box": 2, "due": "2026-03-11", "changed": "2026-03-10T12:00:00Z"},
		"high":     {"module": "m", "box": 99, "due": "2026-03-11"},
		"low":      {"module": "m", "box": -4, "due": "2026-03-11"},
		"baddate":  {"module": "m", "box": 1, "due": "morgen"},
		"baddate2": {"module": "m", "box": 1, "due": "2026-02-30"},
		"nomodule": {"box": 1, "due": "2026-03-11"},
		"null":     null,
		"":         {"module": "m", "box": 1, "due": "2026-03-11"}
	}}`
	st, err := decode([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for id := range st.Review {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if strings.Join(ids, " ") != "high low ok" {
		t.Errorf("cards kept: %v", ids)
	}
	if st.Review["high"].Box != len(Intervals)-1 || st.Review["low"].Box != 0 || st.Review["ok"].Box != 2 {
		t.Errorf("boxes: %d %d %d", st.Review["high"].Box, st.Review["low"].Box, st.Review["ok"].Box)
	}

	many := map[string]*Card{}
	for i := range maxCards + 50 {
		many[fmt.Sprintf("q%d", i)] = &Card{Module: "m", Due: "2026-03-11", Changed: time.Unix(int64(i), 0)}
	}
	raw, _ := json.Marshal(&State{Schema: SchemaVersion, Modules: map[string]*Record{}, Review: many})
	st, err = decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Review) != maxCards || st.Review["q0"] != nil || st.Review[fmt.Sprintf("q%d", maxCards+49)] == nil {
		t.Errorf("%d cards kept of %d; want the %d changed last", len(st.Review), len(many), maxCards)
	}
}

// TestOlderFileLoads: a file of schema 1, without review cards or hints,
// loads as it is and is saved as the current schema with nothing lost.
func TestOlderFileLoads(t *testing.T) {
	dir := t.TempDir()
	old := `{"schema": 1, "modules": {"m": {"pages_read": [0], "page": 0, "attempts": [{"id": "a1", "module": "m", "seed": 1, "started": "2026-01-01T10:00:00Z", "finished": "2026-01-01T10:05:00Z", "items": [{"question": "q", "order": [0, 1], "chosen": [0], "answered": true, "correct": true}], "correct": 1, "score": 100, "passed": true}]}}}`
	write(t, dir+"/"+FileName, []byte(old))
	s := open(t, dir)
	st, _ := load(t, s)
	if len(st.Modules["m"].Attempts) != 1 || st.Review != nil || st.Modules["m"].Attempts[0].Items[0].Hinted {
		t.Fatalf("old file read as %s", asJSON(t, st))
	}
	st.Modules["m"].Attempts[0].Items[0].Hinted = true
	save(t, s, st)
	got, _ := load(t, open(t, dir))
	if got.Schema != SchemaVersion || !got.Modules["m"].Attempts[0].Items[0].Hinted || !got.Modules["m"].Attempts[0].Passed {
		t.Errorf("saved again as %s", asJSON(t, got))
	}
}

// TestReviewMergeProperty: for random pairs of review states, merging in
// either order gives the same cards, no question of either side is lost,
// and merging the result with either side again changes nothing.
func TestReviewMergeProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	t0 := time.Date(2026, 3, 10, 12, 0, 0, 0, amsterdam)
	random := func() *State {
		st := &State{Review: map[string]*Card{}}
		for range r.IntN(8) {
			st.Review[fmt.Sprintf("q%d", r.IntN(10))] = &Card{
				Module:  fmt.Sprintf("m%d", r.IntN(2)),
				Box:     r.IntN(len(Intervals)),
				Due:     dueAfter(t0, r.IntN(40)),
				Changed: t0.Add(time.Duration(r.IntN(3)) * time.Hour),
			}
		}
		return st
	}
	for range 2000 {
		a, b := random(), random()
		ab, _ := merge(a, b)
		ba, _ := merge(b, a)
		if asJSON(t, ab) != asJSON(t, ba) {
			t.Fatalf("order matters:\n%s\n%s", asJSON(t, ab), asJSON(t, ba))
		}
		for _, side := range []*State{a, b} {
			for id := range side.Review {
				if ab.Review[id] == nil {
					t.Fatalf("%s lost", id)
				}
			}
			again, _ := merge(ab, side)
			if asJSON(t, again) != asJSON(t, ab) {
				t.Fatalf("merging again changed it:\n%s\n%s", asJSON(t, ab), asJSON(t, again))
			}
		}
	}
}
