package app

import (
	"os"
	"path/filepath"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/workshop"
	"piketpalen/progress"
)

// TestReviewAnswerStaysOwn: in a workshop, a quiz answer goes to the
// workshop folder, and a review round's (whose attempt names no module)
// does not: the round is the learner's own.
func TestReviewAnswerStaysOwn(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	r, w, err := OpenWorkshop(locale.NL, dir, c, testNow)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	st := progress.New()
	ws := &Workshop{}
	if err := ws.Join(locale.NL, dir, st, t.TempDir()); err != nil {
		t.Fatal(err)
	}
	m := c.Modules[0]
	q := m.Questions[0]
	it := course.Item{Question: q.ID, Chosen: []int{0}, Answered: true}
	if err := ws.Answered(locale.NL, "", it); err != nil {
		t.Fatalf("a review round's answer: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, workshop.ParticipantName(st.Learner.ID))); !os.IsNotExist(err) {
		t.Fatalf("a review round's answer reached the workshop folder (%v)", err)
	}
	if err := ws.Answered(locale.NL, m.ID, it); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Scan(); err != nil {
		t.Fatal(err)
	}
	if s := r.Snapshot(); s.Participants != 1 || s.Tally(m.ID, q.ID, len(q.Options)).Answered != 1 {
		t.Fatalf("the quiz answer: %+v", s)
	}
}
