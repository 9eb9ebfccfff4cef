package plain

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/progress"
)

// TestPlainJoinsWorkshop: w on the overview asks for the workshop's folder
// and joins it, as the full screen's workshop form does; the quiz answers
// then reach the trainer's counts; w again offers to leave, and leave
// leaves. A folder that is no workshop is said, and the menu follows.
func TestPlainJoinsWorkshop(t *testing.T) {
	c := testCourse(t)
	m := c.Modules[0]
	dir := t.TempDir()
	r, w, err := app.OpenWorkshop(locale.NL, dir, c, testNow)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	st := progress.New()
	in := "w\n" + filepath.Join(dir, "bestaat-niet") + "\n" + // a folder that is no workshop
		"w\n" + dir + "\n" + // the workshop
		"1\n\n\n\n" + script(c, m, 7, nil) + "\n" +
		"w\nuit\n" + // leave
		"stop\n"
	var out bytes.Buffer
	if err := Run(Options{
		Learner: app.Learner{Course: c, State: st, KeyDir: t.TempDir(),
			Save: func(*progress.State) error { return nil },
			Now:  func() time.Time { return testNow }, Seed: func() uint64 { return 7 }},
		In: strings.NewReader(in), Out: &out,
	}); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	code := r.Workshop().Code
	for _, want := range []string{
		"Doe mee aan de workshop van je trainer",
		"Typ de map van de workshop",
		"Je doet mee aan workshop " + code,
		"Je bent uit de workshop gestapt.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	if n := strings.Count(text, "Je doet mee aan workshop "+code); n != 2 {
		t.Errorf("joined said %d times, want 2 (on joining, and on w again)", n)
	}
	if st.Learner.ID == "" {
		t.Error("joining gave the learner no id")
	}
	if _, err := r.Scan(); err != nil {
		t.Fatal(err)
	}
	if r.Snapshot().Participants != 1 {
		t.Fatalf("%d participants in the workshop, want 1", r.Snapshot().Participants)
	}
	att := st.Record(m.ID).Attempts[0]
	for _, it := range att.Items {
		q := m.Question(it.Question)
		if tl := r.Snapshot().Tally(m.ID, q.ID, len(q.Options)); tl.Answered != 1 {
			t.Errorf("question %s: %d answers in the workshop, want 1", q.ID, tl.Answered)
		}
	}
}
