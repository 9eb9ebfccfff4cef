package present

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"piketpalen/internal/tuitest"
)

// TestProgramLoop runs the presenter in a real Bubble Tea program at 80×24:
// choose the first module by its number (0), turn to the first question, reveal its
// answer, quit. The final model and its last screen are checked.
func TestProgramLoop(t *testing.T) {
	c := testCourse(t)
	tm := tuitest.Program(t, New(Options{Course: c}), 80, 24)
	wait := func(text string) { t.Helper(); tuitest.WaitFor(t, tm, text) }
	wait("Kies een module")
	tm.Type("0")
	wait("pagina 1 van 3") // rendered in the background, then shown
	for range 4 {
		tm.Send(tea.KeyPressMsg{Code: tea.KeyRight})
	}
	wait("Vraag 1 van 6")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	wait("Het juiste antwoord")
	tm.Type("q")

	fm, ok := tuitest.Final(t, tm).(*Model)
	if !ok {
		t.Fatalf("final model is %T", fm)
	}
	if fm.screen != deckScreen || fm.deck.m != c.Modules[0] {
		t.Fatalf("final screen %v, module %v", fm.screen, fm.deck.m)
	}
	if s := fm.deck.slide(); s.kind != questionSlide || s.index != 0 || !fm.deck.revealed {
		t.Errorf("final slide %+v, revealed %v; want question 1 revealed", s, fm.deck.revealed)
	}
	if fm.width != 80 || fm.height != 24 {
		t.Errorf("size %d×%d", fm.width, fm.height)
	}
	screen := tuitest.Screen(fm)
	tuitest.AssertFits(t, screen, 80, 24)
	golden.RequireEqual(t, trimRight(screen))
}
