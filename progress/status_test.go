package progress

import (
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
)

func TestStatusStages(t *testing.T) {
	c := coursetest.Valid(t)
	m := c.Modules[0]
	s := New()
	if st := s.Status(m); st.Stage != NotStarted {
		t.Fatalf("fresh state: %+v", st)
	}
	s.MarkRead(m.ID, 1)
	s.MarkRead(m.ID, 1)
	s.MarkRead(m.ID, 0)
	st := s.Status(m)
	if st.Stage != Reading || st.Page != 0 || st.PagesRead != 2 || st.Pages != 3 {
		t.Fatalf("after reading: %+v", st)
	}
	fail := &course.Attempt{Score: 50}
	pass := &course.Attempt{Score: 75, Passed: true}
	worse := &course.Attempt{Score: 25}
	s.Record(m.ID).Attempts = []*course.Attempt{fail}
	if st := s.Status(m); st.Stage != NotPassed || st.Best != fail {
		t.Fatalf("after a failed attempt: %+v", st)
	}
	s.Record(m.ID).Attempts = append(s.Record(m.ID).Attempts, pass, worse)
	if st := s.Status(m); st.Stage != Passed || st.Best != pass || st.Attempts != 3 {
		t.Fatalf("a passed module must stay passed after a worse retake: %+v", st)
	}
	if s.Passed(c) || s.PassedCount(c) != 1 {
		t.Error("one of two modules passed counts as the whole course")
	}
}

func TestResume(t *testing.T) {
	c := coursetest.Valid(t)
	s := New()
	if m, _, _ := s.Resume(c); m != nil {
		t.Fatal("a fresh state has nowhere to resume")
	}
	s.MarkRead("01-eerste", 2)
	m, pos, next := s.Resume(c)
	if m != c.Modules[0] || pos.Page != 2 || next {
		t.Fatalf("resume = %v %+v %v", m.ID, pos, next)
	}
	s.Record("01-eerste").Attempts = []*course.Attempt{{Score: 100, Passed: true, Finished: time.Now()}}
	m, pos, next = s.Resume(c)
	if m != c.Modules[1] || pos.Page != 0 || !next {
		t.Fatalf("after passing, resume should go to the next module: %v %+v %v", m.ID, pos, next)
	}
	s.Record("02-tweede").Attempts = []*course.Attempt{{Score: 100, Passed: true}}
	if m, _, _ := s.Resume(c); m != nil {
		t.Fatalf("everything passed, resume = %v", m.ID)
	}
}

func TestOpenAndFinishAttempt(t *testing.T) {
	c := coursetest.Valid(t)
	m := c.Modules[0]
	s := New()
	now := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	a := s.OpenAttempt(c, m, 1, now)
	if !s.Last.Quiz || s.Last.Module != m.ID {
		t.Errorf("position not moved to the quiz: %+v", s.Last)
	}
	if b := s.OpenAttempt(c, m, 2, now); b != a {
		t.Error("an open attempt was not resumed")
	}
	a.CourseVersion = "0.0.9"
	if b := s.OpenAttempt(c, m, 3, now); b == a || b.CourseVersion != c.Version {
		t.Error("an attempt of another course version was resumed")
	}
	s.Record(m.ID).Open.Items[0].Question = "removed-question"
	if b := s.OpenAttempt(c, m, 4, now); b.Items[0].Question == "removed-question" {
		t.Error("an attempt with a question no longer in the course was resumed")
	}
	open := s.Record(m.ID).Open
	for i, it := range open.Items {
		c.Answer(open, i, m.Question(it.Question).CorrectOptions())
	}
	done := s.FinishAttempt(c, m, now)
	if done != open || !done.Passed || s.Record(m.ID).Open != nil || len(s.Record(m.ID).Attempts) != 1 || s.Last.Quiz {
		t.Errorf("finish: %+v, record %+v", done, s.Record(m.ID))
	}
	if s.FinishAttempt(c, m, now) != nil {
		t.Error("finishing with no open attempt returned one")
	}
}

func TestResults(t *testing.T) {
	c := coursetest.Valid(t)
	s := New()
	day := func(d int) time.Time { return time.Date(2026, 4, d, 12, 0, 0, 0, time.UTC) }
	s.Record("01-eerste").Attempts = []*course.Attempt{
		{Score: 50, Finished: day(1)},
		{Score: 75, Passed: true, Finished: day(2)},
		{Score: 100, Passed: true, Finished: day(3)},
	}
	passed, missing := s.Results(c)
	if len(passed) != 1 || passed[0].Score != 100 || !passed[0].Passed.Equal(day(2)) {
		t.Fatalf("passed = %+v", passed)
	}
	if len(missing) != 1 || missing[0].ID != "02-tweede" {
		t.Fatalf("missing = %v", missing)
	}
}

// Resume never points past the module's last page, whatever the file says.
func TestResumeClampsThePage(t *testing.T) {
	c := coursetest.Valid(t)
	m := c.Modules[0]
	s := New()
	s.MarkRead(m.ID, 0)
	s.Last.Page = 500
	if _, pos, _ := s.Resume(c); pos.Page != len(m.Pages)-1 {
		t.Errorf("resume at page %d of %d", pos.Page, len(m.Pages))
	}
}

// TestNextModuleIsFirstNotPassed: after passing module 3 with 1 and 2 left
// unfinished, the next module is 1, not 4 — on the home screen as in
// Resume.
func TestNextModuleIsFirstNotPassed(t *testing.T) {
	c := &course.Course{}
	for _, id := range []string{"01-a", "02-b", "03-c", "04-d"} {
		c.Modules = append(c.Modules, &course.Module{ID: id, Pages: []course.Page{{Title: "p"}}})
	}
	s := New()
	s.MarkRead("01-a", 0)
	s.MarkRead("03-c", 0)
	s.Record("03-c").Attempts = []*course.Attempt{{Score: 100, Passed: true, Finished: time.Now()}}
	if m := s.NextModule(c); m == nil || m.ID != "01-a" {
		t.Errorf("NextModule = %v, want 01-a", m)
	}
	if m, _, next := s.Resume(c); m == nil || m.ID != "01-a" || !next {
		t.Errorf("Resume = %v %v, want 01-a as the next module", m, next)
	}
	for _, id := range []string{"01-a", "02-b", "04-d"} {
		s.Record(id).Attempts = []*course.Attempt{{Score: 100, Passed: true, Finished: time.Now()}}
	}
	if m := s.NextModule(c); m != nil {
		t.Errorf("all passed, NextModule = %s", m.ID)
	}
}
