package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/internal/app"
	"piketpalen/internal/theme"
	"piketpalen/internal/tuitest"
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

// TestFormShowsBidiControlsVisibly: the text fields of the certificate and
// results forms show what is typed or pasted and the folder they offer by
// the rule of internal/termsafe: a bidi control, which the field keeps,
// would reorder what the terminal shows, so it is shown as \u202d, while
// the field keeps the value as it is (internal/app cleans the name for the
// certificate). A name and organisation remembered in progress.json are
// cleaned when the program starts.
func TestFormShowsBidiControlsVisibly(t *testing.T) {
	for _, kind := range []formKind{certificateForm, resultsForm} {
		t.Run(fmt.Sprint(kind), func(t *testing.T) {
			c := testCourse(t)
			st := progress.New()
			st.Learner.Name = "Jan\u202esemaJ"
			st.Learner.Organisation = "Org\u2066X\u2069"
			a := newTestApp(t, c, st, &memStore{})
			a.o.OutDir = "/tmp/uit\u200f"
			d := newDriver(t, a, 100, 30)
			a.openForm(kind)
			d.Send(tea.KeyPressMsg{Code: 'x', Text: "\u202dx"})
			for _, view := range []string{a.View().Content, func() string { d.Keys("tab"); return a.View().Content }()} {
				for _, r := range []rune{0x202e, 0x202d, 0x2066, 0x2069, 0x200f} {
					if strings.ContainsRune(view, r) {
						t.Errorf("U+%04X reaches the terminal raw:\n%q", r, view)
					}
				}
				tuitest.AssertContains(t, ansi.Strip(view), `JansemaJ\u202dx`, "OrgX", `/tmp/uit\u200f`)
			}
			if got := a.form.inputs[fieldName].Value(); got != "JansemaJ\u202dx" {
				t.Errorf("the field's value changed: %q", got)
			}
		})
	}
}

// TestTypedSearchAndStatusShowBidiVisibly: a search typed in the reader is
// shown in the footer while it is typed, and in the status line when it is
// nowhere, by the rule of internal/termsafe; so is a form's message about
// the folder typed in it.
func TestTypedSearchAndStatusShowBidiVisibly(t *testing.T) {
	d := freshDriver(t, testCourse(t), 100, 30)
	a := d.app
	d.Keys("enter", "/")
	d.Send(tea.KeyPressMsg{Code: 'q', Text: "q\u202eq"})
	views := []string{a.View().Content}
	d.Keys("enter")
	views = append(views, a.View().Content)
	d.Keys("esc", "esc")
	a.openForm(resultsForm)
	a.form.done(formDoneMsg{err: errors.New("cannot write /tmp/uit\u202e")})
	views = append(views, a.View().Content)
	a.form.done(formDoneMsg{written: []string{"/tmp/uit\u2067/Jan.json"}})
	views = append(views, a.View().Content)
	// each view shows its own control: the last the written path's
	shown := []string{`\u202e`, `\u202e`, `\u202e`, `\u2067`}
	for i, v := range views {
		if strings.ContainsRune(v, 0x202e) || strings.ContainsRune(v, 0x2067) {
			t.Errorf("view %d: a bidi control reaches the terminal raw:\n%s", i, ansi.Strip(v))
		}
		if !strings.Contains(ansi.Strip(v), shown[i]) {
			t.Errorf("view %d: the bidi control %s is not shown:\n%s", i, shown[i], ansi.Strip(v))
		}
	}
}
