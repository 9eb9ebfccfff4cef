package course

import "testing"

// TestTakeHint: a hint read before answering is recorded; one read after
// the answer, or for an item that is not there, is not.
func TestTakeHint(t *testing.T) {
	a := &Attempt{Items: []Item{{Question: "a"}, {Question: "b", Answered: true}}}
	if !a.TakeHint(0) || !a.Items[0].Hinted {
		t.Error("a hint before answering is not recorded")
	}
	if a.TakeHint(1) || a.Items[1].Hinted {
		t.Error("a hint after answering is recorded")
	}
	if a.TakeHint(2) || a.TakeHint(-1) || a.Hints() != 1 {
		t.Errorf("items out of range: %d hints", a.Hints())
	}
}
