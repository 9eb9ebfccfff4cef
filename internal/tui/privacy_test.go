package tui

import (
	"strings"
	"testing"

	"piketpalen/internal/tuitest"
	"piketpalen/progress"
)

// TestPrivacyScreen: v on the home screen opens the privacy screen, which
// names the data folder and the learner's id, scrolls, fits 60×20, and esc
// goes back home.
func TestPrivacyScreen(t *testing.T) {
	c := testCourse(t)
	st := progress.New()
	st.Learner.ID = "0123456789abcdef0123456789abcdef"
	a := newTestApp(t, c, st, &memStore{})
	dir := t.TempDir()
	a.o.DataDir = dir
	d := newDriver(t, a, 60, 20)
	d.Keys("v")
	if a.screen != privacyScreen {
		t.Fatalf("v did not open the privacy screen:\n%s", d.screen())
	}
	v := d.screen()
	tuitest.AssertFits(t, v, 60, 20)
	tuitest.AssertContains(t, v, "Privacy", dir)
	first := v
	d.Keys("end")
	if d.screen() == first {
		t.Error("end did not scroll the privacy text")
	}
	tuitest.AssertContains(t, strings.Join(strings.Fields(d.screen()), " "), "verlaat je computer")
	d.Keys("esc")
	if a.screen != homeScreen {
		t.Errorf("esc: screen %v, want home", a.screen)
	}
}
