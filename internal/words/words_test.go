package words

import (
	"testing"

	"piketpalen/course"
	"piketpalen/locale"
	"piketpalen/progress"
)

func TestStatus(t *testing.T) {
	cases := []struct {
		st   progress.Status
		want string
	}{
		{progress.Status{}, "niet begonnen"},
		{progress.Status{Stage: progress.Reading, Page: 2, Pages: 8}, "pagina 3 van 8"},
		{progress.Status{Stage: progress.Reading, QuizOpen: true}, "toets bezig"},
		{progress.Status{Stage: progress.Passed, Best: &course.Attempt{Score: 88, CourseVersion: "1.0.0"}}, "gehaald (88%)"},
		{progress.Status{Stage: progress.Passed, Best: &course.Attempt{Score: 75, CourseVersion: "0.9.0"}}, "gehaald (75%) op versie 0.9.0"},
		{progress.Status{Stage: progress.NotPassed, Best: &course.Attempt{Score: 50, CourseVersion: "1.0.0"}}, "nog niet gehaald (50%)"},
	}
	for _, tc := range cases {
		if got := Status(locale.NL, tc.st, "1.0.0"); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
