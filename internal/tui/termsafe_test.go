package tui

import (
	"strings"
	"testing"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/theme"
	"piketpalen/progress"
)

// TestFullScreenShowsNoForeignEscapes: the data folder's name, the notices
// about files and a name read from progress.json come from outside the
// program; on the full screen they are shown as text, never as escape
// sequences, while the program's own colours stay.
func TestFullScreenShowsNoForeignEscapes(t *testing.T) {
	const evil = "\x1b]0;hacked\x07\x1b]52;c;YQ==\x07\x1b[2J\u009b2J"
	c := testCourse(t)
	st := progress.New()
	st.Learner.Name = "Jan" + evil
	st.Learner.Organisation = "Org" + evil
	app := New(Options{
		Learner: app.Learner{Course: c, State: st, Save: (&memStore{}).save,
			DataDir: "/home/jan" + evil, Notices: []string{"bestand /tmp/x" + evil + " hersteld"},
			Now: func() time.Time { return testNow }, Seed: func() uint64 { return testSeed }},
		Theme: theme.Dark, SaveDelay: time.Millisecond,
	})
	d := newDriver(t, app, 100, 30)
	views := []string{app.View().Content}
	d.Keys("?")
	views = append(views, app.View().Content)
	for i, v := range views {
		for _, bad := range []string{"\x1b]0;hacked", "\x1b]52", "\x1b[2J", "\u009b", "\x07"} {
			if strings.Contains(v, bad) {
				t.Errorf("view %d: %q reaches the terminal", i, bad)
			}
		}
		if !strings.Contains(v, "\x1b[") {
			t.Errorf("view %d: the program's own styling is gone", i)
		}
	}
	if strings.ContainsRune(st.Learner.Name, 0x1b) {
		t.Errorf("name kept its escape: %q", st.Learner.Name)
	}
}
