package tui

import (
	"os"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/tuitest"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

// seenState is a learner who passed both modules of the Valid course, on
// its version 0.1.0, and was told about that version.
func seenState(c *course.Course) *progress.State { return progresstest.SeenState(c, testNow) }

func updatedCourse(t *testing.T, version, changes string) *course.Course {
	t.Helper()
	c := coursetest.Load(t, coursetest.Updated(t, version, changes, true))
	return c
}

// rowOf is the home screen's line for the module titled title.
func rowOf(t *testing.T, screen, title string) string {
	t.Helper()
	for _, line := range strings.Split(screen, "\n") {
		if strings.Contains(line, title) && !strings.Contains(line, ":") {
			return line
		}
	}
	t.Fatalf("no row for %q in:\n%s", title, screen)
	return ""
}

// A course update that changed module 1 only: the home screen says what
// changed, once, marks module 1 "bijgewerkt" and not module 2, and both
// stay passed; started again from what was saved, it says nothing more.
func TestJourneyCourseUpdate(t *testing.T) {
	st := seenState(testCourse(t))
	newer := updatedCourse(t, "0.2.0", "      - version: 0.2.0\n        text: Een nieuwe zin over de minister.\n")
	ms := &memStore{}
	app := newTestApp(t, newer, st, ms)
	d := newDriver(t, app, 100, 30)
	s := d.screen()
	tuitest.AssertContains(t, s, "Module 1, Eerste module, is bijgewerkt in versie 0.2.0 van de cursus:",
		"Een nieuwe zin over de minister. (versie 0.2.0)", "2 van 2 modules gehaald")
	if r := rowOf(t, s, "Eerste module"); !strings.Contains(r, "gehaald (100%)") || !strings.Contains(r, "· bijgewerkt") {
		t.Errorf("module 1: %q", r)
	}
	if r := rowOf(t, s, "Tweede module"); strings.Contains(r, "bijgewerkt") || !strings.Contains(r, "gehaald") {
		t.Errorf("module 2 is marked: %q", r)
	}
	if err := app.Flush(); err != nil || ms.last == nil {
		t.Fatalf("that it was shown is not saved: %v", err)
	}
	again := newDriver(t, newTestApp(t, newer, ms.last, &memStore{}), 100, 30)
	if s := again.screen(); strings.Contains(s, "bijgewerkt") {
		t.Errorf("shown a second time:\n%s", s)
	}
}

// A change that requires the quiz again: module 1 says so and why, the
// certificate waits, and passing the quiz again brings it back.
func TestJourneyCourseUpdateRequiresRetake(t *testing.T) {
	st := seenState(testCourse(t))
	newer := updatedCourse(t, "0.3.0", "      - version: 0.3.0\n        text: De regels over loyaliteit zijn veranderd.\n        requires_retake: true\n")
	d := newDriver(t, newTestApp(t, newer, st, &memStore{}), 100, 30)
	s := d.screen()
	tuitest.AssertContains(t, s, "Je had deze module gehaald, maar door deze wijziging moet je de toets opnieuw maken", "1 van 2 modules gehaald")
	if r := rowOf(t, s, "Eerste module"); !strings.Contains(r, "toets opnieuw maken (eerder 100%)") {
		t.Errorf("module 1: %q", r)
	}
	if strings.Contains(s, "Certificaat maken (je hebt") {
		t.Error("the certificate is offered")
	}
	d.Keys("1")
	tuitest.AssertContains(t, d.screen(), "Toets opnieuw maken: De regels over loyaliteit zijn veranderd. (versie 0.3.0)")
	d.Keys("c")
	tuitest.AssertContains(t, d.screen(), "nu 1 van 2")
	d.Keys("t", "enter")
	d.answerAll(true)
	d.Keys("enter")
	s = d.screen()
	tuitest.AssertContains(t, s, "2 van 2 modules gehaald", "Certificaat maken")
	if r := rowOf(t, s, "Eerste module"); !strings.Contains(r, "gehaald (100%)") || strings.Contains(r, "opnieuw") {
		t.Errorf("after the retake: %q", r)
	}
}

// The full screen starts from the lessons alone, which have no
// fingerprints; the update is told once the question pools are read.
func TestCourseUpdateAfterBackgroundLoad(t *testing.T) {
	st := seenState(testCourse(t))
	dir := coursetest.Updated(t, "0.2.0", "      - version: 0.2.0\n        text: Nieuw.\n", true)
	lessons, err := course.LoadLessons(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	ms := &memStore{}
	app := newTestApp(t, lessons, st, ms)
	app.o.Load = func() (*course.Course, error) { return course.Load(os.DirFS(dir)) }
	msgs := untilFirstFrame(t, app)
	d := &driver{Driver: &tuitest.Driver{T: t, Model: app}, app: app}
	if strings.Contains(d.screen(), "bijgewerkt") {
		t.Fatal("an update is told before the questions are read")
	}
	for _, msg := range msgs {
		d.Send(msg)
	}
	tuitest.AssertContains(t, d.screen(), "Module 1, Eerste module, is bijgewerkt", "Nieuw. (versie 0.2.0)")
}

// What changed takes at most a third of the home screen, so the modules
// stay in view; the rest is left to print.
func TestCourseUpdateFits(t *testing.T) {
	long := "      - version: 0.2.0\n        text: Een heel lange wijziging die over meerdere regels loopt omdat de auteur veel te zeggen had over de minister en de ambtenaar.\n      - version: 0.3.0\n        text: De regels over loyaliteit zijn veranderd.\n        requires_retake: true\n"
	newer := updatedCourse(t, "0.3.0", long)
	for _, size := range [][2]int{{80, 24}, {100, 20}} {
		d := newDriver(t, newTestApp(t, newer, seenState(testCourse(t)), &memStore{}), size[0], size[1])
		s := d.screen()
		tuitest.AssertFits(t, s, size[0], size[1])
		tuitest.AssertContains(t, s, "Module 1, Eerste module, is bijgewerkt", "Eerste module  toets opnieuw maken")
		if size[1] < 24 {
			tuitest.AssertContains(t, s, "… en meer: piketpalen print toont alle wijzigingen.")
		}
	}
}
