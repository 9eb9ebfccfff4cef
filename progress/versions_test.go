package progress_test

import (
	"testing"
	"time"

	"piketpalen/course/coursetest"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

func TestOneChangedModuleIsMarked(t *testing.T) {
	old := coursetest.Valid(t)
	st := progresstest.SeenState(old, time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC))
	if ups := st.Updates(old); len(ups) != 0 {
		t.Fatalf("updates on the same course: %+v", ups)
	}
	newer := coursetest.Load(t, coursetest.Updated(t, "0.2.0", "      - version: 0.2.0\n        text: Een nieuwe zin.\n", true))
	ups := st.Updates(newer)
	if len(ups) != 1 || ups[0].Module.ID != "01-eerste" || ups[0].Since != "0.1.0" || len(ups[0].Changes) != 1 || ups[0].Changes[0].Text != "Een nieuwe zin." || ups[0].Retake {
		t.Fatalf("updates: %+v", ups)
	}
	for _, m := range newer.Modules {
		if got := st.Status(m).Stage; got != progress.Passed {
			t.Errorf("%s: stage %v, want still passed", m.ID, got)
		}
	}
	if !st.MarkSeen(newer) || len(st.Updates(newer)) != 0 || st.CourseVersion != "0.2.0" {
		t.Error("the update is shown again after it was seen")
	}
	if st.MarkSeen(newer) {
		t.Error("marking seen twice changed the state")
	}

	// The same version number with the same content: nothing to tell.
	same := coursetest.Load(t, coursetest.Updated(t, "0.3.0", "", false))
	st2 := progresstest.SeenState(old, time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC))
	if ups := st2.Updates(same); len(ups) != 0 {
		t.Errorf("unchanged content is marked: %+v", ups)
	}
}

func TestRequiresRetake(t *testing.T) {
	old := coursetest.Valid(t)
	st := progresstest.SeenState(old, time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC))
	changes := "      - version: 0.2.0\n        text: Kleine wijziging.\n      - version: 0.3.0\n        text: De regels zijn veranderd.\n        requires_retake: true\n"
	newer := coursetest.Load(t, coursetest.Updated(t, "0.3.0", changes, true))
	ups := st.Updates(newer)
	if len(ups) != 1 || !ups[0].Retake || len(ups[0].Changes) != 2 {
		t.Fatalf("updates: %+v", ups)
	}
	m1, m2 := newer.Modules[0], newer.Modules[1]
	s1 := st.Status(m1)
	if s1.Stage != progress.RetakeNeeded || len(s1.Retake) != 1 || s1.Retake[0].Text != "De regels zijn veranderd." {
		t.Fatalf("status %+v", s1)
	}
	if st.Status(m2).Stage != progress.Passed || st.Passed(newer) {
		t.Error("only module 1 needs the quiz again")
	}
	if _, missing := st.Graded(newer).Results(newer); len(missing) != 1 || missing[0] != m1 {
		t.Errorf("a certificate could be made: missing %v", missing)
	}
	if st.NextModule(newer) != m1 {
		t.Error("the next module is not the one to retake")
	}
	// Passing again on the new version counts.
	r := st.Record(m1.ID)
	r.Attempts = append(r.Attempts, coursetest.Passed(newer, m1, time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)))
	if st.Status(m1).Stage != progress.Passed {
		t.Error("passed again, but not passed")
	}
	passed, missing := st.Graded(newer).Results(newer)
	if len(missing) != 0 || !passed[0].Passed.Equal(time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("results %+v, missing %v", passed, missing)
	}
}

// A file from before versions were recorded: no Seen, no CourseVersion.
// Its attempts say the version; a module with changes since is marked, one
// without is not; an attempt with no version counts as before every change.
func TestOlderProgressWithoutVersions(t *testing.T) {
	old := coursetest.Valid(t)
	st := progresstest.SeenState(old, time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC))
	st.CourseVersion = ""
	for _, r := range st.Modules {
		r.Seen = progress.Seen{}
	}
	newer := coursetest.Load(t, coursetest.Updated(t, "0.2.0", "      - version: 0.2.0\n        text: Nieuw.\n        requires_retake: true\n", true))
	if ups := st.Updates(newer); len(ups) != 1 || ups[0].Module.ID != "01-eerste" || ups[0].Since != "0.1.0" {
		t.Fatalf("updates %+v", ups)
	}
	st.Modules["02-tweede"].Attempts[0].CourseVersion = ""
	if st.Status(newer.Modules[1]).Stage != progress.Passed {
		t.Error("module 2 lists no change; its pass stands")
	}
	st.Modules["01-eerste"].Attempts[0].CourseVersion = ""
	if st.Status(newer.Modules[0]).Stage != progress.RetakeNeeded {
		t.Error("an attempt without a version counts as before the change")
	}
}
