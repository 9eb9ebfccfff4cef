// Package words says a learner's standing in words, the same in every
// interface: the full-screen course and the plain text mode.
package ui

import (
	"piketpalen/internal/locale"
	"piketpalen/progress"
)

// Status describes a module's status: "niet begonnen", "pagina 3 van 8",
// "toets bezig", "gehaald (88%)" or "nog niet gehaald (50%)". A score earned
// on another version of the course says so, since the questions may have
// changed since.
func Status(l locale.Lang, st progress.Status, courseVersion string) string {
	switch st.Stage {
	case progress.Passed, progress.NotPassed:
		key := "status.passed"
		if st.Stage == progress.NotPassed {
			key = "status.notpassed"
		}
		s := l.T(key, st.Best.Score)
		if v := st.Best.CourseVersion; v != "" && v != courseVersion {
			s += " " + l.T("status.version", v)
		}
		return s
	case progress.Reading:
		if st.QuizOpen {
			return l.T("status.quizopen")
		}
		return l.T("status.page", st.Page+1, st.Pages)
	}
	return l.T("status.notstarted")
}

// Notice puts a notice from the progress store in words.
func Notice(l locale.Lang, n progress.Notice) string {
	switch n.Kind {
	case progress.FolderReadOnly, progress.DamagedNotMoved, progress.BackupDamagedNotMoved:
		return l.T("notice."+string(n.Kind), n.Path, n.Cause)
	case progress.DamagedKept, progress.BackupDamagedKept:
		return l.T("notice."+string(n.Kind), n.Kept)
	case progress.Missing, progress.RestoredFromBackup:
		return l.T("notice."+string(n.Kind), n.Path)
	case progress.NoBackup:
		return l.T("notice." + string(n.Kind))
	}
	return n.String()
}

// Notices puts each notice in words.
func Notices(l locale.Lang, ns []progress.Notice) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = Notice(l, n)
	}
	return out
}
