package plain

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/progress"
)

// runAt is runScript with the clock at now, the transcript alone.
func runAt(t *testing.T, c *course.Course, st *progress.State, now time.Time, in string) string {
	t.Helper()
	out, _ := run(t, c, st, now, in)
	return out
}

// TestPlainReviewAndHint: in plain mode a quiz with a wrong answer offers
// no review that day ("r" says none is due); the next day the menu offers
// it, "r" asks the round with its feedback, "hint" before an answer reads
// the hint out and records it, and the round changes no attempt.
func TestPlainReviewAndHint(t *testing.T) {
	c := testCourse(t)
	for _, m := range c.Modules {
		for _, q := range m.Questions {
			q.Hint = "Kijk naar de regel over verantwoordelijkheid."
		}
	}
	m := c.Modules[0]
	day := time.Date(2026, 3, 14, 21, 0, 0, 0, time.Local)
	st := progress.New()
	out := runAt(t, c, st, day, "1\n\n\n\n"+"hint\n"+script(c, m, 7, map[int]bool{0: true})+"\nstop\n")
	if !strings.Contains(out, "Typ hint (of h) voor een hint") || !strings.Contains(out, "Hint: Kijk naar de regel") || !strings.Contains(out, "Met een hint beantwoord: 1 vraag.") {
		t.Fatalf("no hint in the quiz:\n%s", out)
	}
	att := st.Record(m.ID).Attempts
	if len(att) != 1 || !att[0].Items[0].Hinted || att[0].Items[1].Hinted {
		t.Fatalf("hint not recorded in the attempt: %+v", att)
	}
	if strings.Contains(out, "Typ r voor de herhaling") {
		t.Error("review offered on the day of the quiz")
	}
	out = runAt(t, c, st, day.Add(2*time.Hour+59*time.Minute), "r\nstop\n")
	if !strings.Contains(out, "Vandaag zijn er geen vragen om te herhalen.") {
		t.Errorf("r at 23:59 of the same day:\n%s", out)
	}

	next := day.Add(3*time.Hour + time.Minute)
	round := st.Round(c, 7, next)
	if round == nil {
		t.Fatal("nothing due the next day")
	}
	out = runAt(t, c, st, next, "r\n"+answerLines(c, round, func(int) bool { return false })+"stop\n")
	for _, want := range []string{fmt.Sprintf("Typ r voor de herhaling: %d vragen.", len(round.Items)), "Herhaling: ", "Goed.", fmt.Sprintf("Herhaling klaar: %d van %d goed.", len(round.Items), len(round.Items))} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if len(st.Due(c, next)) != 0 {
		t.Errorf("still due after a round answered right: %v", st.Due(c, next))
	}
	if n := len(st.Record(m.ID).Attempts); n != 1 {
		t.Errorf("%d attempts after the review, want 1", n)
	}
}
