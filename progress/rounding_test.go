package progress

import (
	"testing"

	"piketpalen/course"
)

// A pass written when scores were rounded down (7 of 8 stored as 87) is not
// an edited file: it loads as passed, with the score under today's rule.
func TestFloorRoundedScoreLoadsAsPassedWithHalfUpScore(t *testing.T) {
	st := sample()
	a := st.Record("01-primaat").Attempts[0]
	a.Items = a.Items[:8]
	a.Correct = 0
	for i := range a.Items {
		a.Items[i].Correct = i != 0
		if a.Items[i].Correct {
			a.Correct++
		}
	}
	a.Score, a.Passed = course.FloorScore(a.Correct, 8), true
	if a.Correct != 7 || a.Score != 87 {
		t.Fatalf("fixture: %d right, score %d; want 7 and 87", a.Correct, a.Score)
	}
	b := reread(t, st).Record("01-primaat").Attempts[0]
	if b.Score != 88 || !b.Passed || b.Correct != 7 {
		t.Errorf("loaded score %d passed=%v right=%d; want 88 true 7", b.Score, b.Passed, b.Correct)
	}
	// A score that fits neither rule is still taken as edited.
	a.Score = 90
	if b := reread(t, st).Record("01-primaat").Attempts[0]; b.Passed || b.Score != 88 {
		t.Errorf("edited score loaded as score %d passed=%v; want 88 false", b.Score, b.Passed)
	}
}
