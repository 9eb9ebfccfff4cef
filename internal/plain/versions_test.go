package plain

import (
	"os"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/tuitest"
	"piketpalen/progress"
)

// Plain mode tells a course update as the home screen does: once, only for
// the changed module, and with the quiz to take again and why.
func TestPlainCourseUpdate(t *testing.T) {
	old := testCourse(t)
	st := progress.New()
	for _, m := range old.Modules {
		st.MarkRead(m.ID, 0)
		st.Record(m.ID).Attempts = []*course.Attempt{coursetest.Passed(old, m, time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC))}
	}
	st.MarkSeen(old)
	newer, err := course.Load(os.DirFS(coursetest.Updated(t, "0.3.0", "      - version: 0.3.0\n        text: De regels zijn veranderd.\n        requires_retake: true\n", true)))
	if err != nil {
		t.Fatal(err)
	}
	out, st, saves := runScript(t, newer, st, "stop\n")
	tuitest.AssertContains(t, out, "Module 1, Eerste module, is bijgewerkt in versie 0.3.0 van de cursus:",
		"- De regels zijn veranderd. (versie 0.3.0)", "1. Eerste module: toets opnieuw maken (eerder 100%), bijgewerkt",
		"Toets opnieuw maken: De regels zijn veranderd.", "1 van 2 modules gehaald")
	if strings.Contains(out, "2. Tweede module: gehaald (100%), bijgewerkt") || !strings.Contains(out, "2. Tweede module: gehaald") {
		t.Errorf("module 2:\n%s", out)
	}
	if saves == 0 {
		t.Error("that the update was told is not saved")
	}
	out, _, _ = runScript(t, newer, st, "stop\n")
	if strings.Contains(out, "is bijgewerkt") {
		t.Errorf("told twice:\n%s", out)
	}
	tuitest.AssertContains(t, out, "Toets opnieuw maken: De regels zijn veranderd.")
}
