package ui

import (
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/locale"
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

func TestNoticeForEveryKind(t *testing.T) {
	kinds := []progress.NoticeKind{progress.FolderReadOnly, progress.DamagedKept, progress.DamagedNotMoved, progress.Missing,
		progress.RestoredFromBackup, progress.BackupDamagedKept, progress.BackupDamagedNotMoved, progress.NoBackup}
	for _, l := range []locale.Lang{locale.NL, locale.EN} {
		for _, k := range kinds {
			n := progress.Notice{Kind: k, Path: "/data/progress.json", Kept: "/data/progress.json.damaged-1", Cause: "permission denied"}
			got := Notice(l, n)
			if strings.HasPrefix(got, "!") || strings.Contains(got, "%!") || got == n.String() {
				t.Errorf("%s %s: %q", l, k, got)
			}
		}
	}
	if got := Notice(locale.NL, progress.Notice{Kind: progress.DamagedKept, Kept: "/x.damaged-1"}); got != "Je voortgangsbestand was beschadigd. Het is bewaard als /x.damaged-1." {
		t.Errorf("got %q", got)
	}
}
