package plain

import (
	"strings"
	"testing"

	"piketpalen/internal/tuitest"
	"piketpalen/progress"
)

// TestPlainPrivacy: privacy on the overview tells what is kept where, and
// the overview's question is asked again, not taken as a wrong choice.
func TestPlainPrivacy(t *testing.T) {
	c := testCourse(t)
	out, _, _ := runScript(t, c, progress.New(), "privacy\nstop\n")
	tuitest.AssertContains(t, strings.Join(strings.Fields(out), " "), "in de map /home/jan/.config/piketpalen", "Niets hiervan verlaat je computer")
	if strings.Contains(out, "Dat is geen keuze.") {
		t.Errorf("privacy was taken for a wrong choice:\n%s", out)
	}
}
