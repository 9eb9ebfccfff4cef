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

// TestItemQuestion: an item's question comes from the attempt's module, or
// for a review round from any module; out of range or unknown is nil.
func TestItemQuestion(t *testing.T) {
	m1 := &Module{ID: "m1", Questions: []*Question{{ID: "a"}}}
	m2 := &Module{ID: "m2", Questions: []*Question{{ID: "b"}}}
	c := &Course{Modules: []*Module{m1, m2}}
	quiz := &Attempt{Module: "m1", Items: []Item{{Question: "a"}, {Question: "b"}}}
	round := &Attempt{Items: []Item{{Question: "b"}, {Question: "x"}}}
	switch {
	case c.ItemQuestion(quiz, 0) != m1.Questions[0]:
		t.Error("a quiz's item: not its module's question")
	case c.ItemQuestion(quiz, 1) != nil:
		t.Error("a quiz's item from another module was found")
	case c.ItemQuestion(round, 0) != m2.Questions[0]:
		t.Error("a review round's item: not found in its module")
	case c.ItemQuestion(round, 1) != nil || c.ItemQuestion(round, 2) != nil || c.ItemQuestion(round, -1) != nil:
		t.Error("an unknown question or an item out of range gave a question")
	}
}
