package ui

// A learner's standing in words, the same in every interface: the
// full-screen course and the plain text mode.

import (
	"strings"

	"piketpalen/course"
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
		key := locale.StatusPassed
		if st.Stage == progress.NotPassed {
			key = locale.StatusNotpassed
		}
		s := l.T(key, st.Best.Score)
		if v := st.Best.CourseVersion; v != "" && v != courseVersion {
			s += " " + l.T(locale.StatusVersion, v)
		}
		return s
	case progress.RetakeNeeded:
		return l.T(locale.UpdateStatus, st.Best.Score)
	case progress.Reading:
		if st.QuizOpen {
			return l.T(locale.StatusQuizopen)
		}
		return l.T(locale.StatusPage, st.Page+1, st.Pages)
	}
	return l.T(locale.StatusNotstarted)
}

// Updates puts what a new version of the course changed for the learner
// (progress.State.Updates) in lines: per module a heading, its changes,
// and when its quiz must be taken again, that.
func Updates(l locale.Lang, c *course.Course, ups []progress.Update) []string {
	var out []string
	for _, u := range ups {
		out = append(out, l.T(locale.UpdateModule, c.Number(u.Module), u.Module.Title, c.Version))
		for _, ch := range u.Changes {
			out = append(out, "  - "+l.T(locale.UpdateChange, ch.Text, ch.Version))
		}
		if len(u.Changes) == 0 {
			out = append(out, "  - "+l.T(locale.UpdateNochanges))
		}
		if u.Retake {
			out = append(out, "  "+l.T(locale.UpdateRetake))
		}
	}
	return out
}

// Why says why a module's quiz must be taken again (progress.RetakeNeeded):
// the changes that require it; "" when it need not.
func Why(l locale.Lang, st progress.Status) string {
	if st.Stage != progress.RetakeNeeded {
		return ""
	}
	var texts []string
	for _, ch := range st.Retake {
		texts = append(texts, l.T(locale.UpdateChange, ch.Text, ch.Version))
	}
	return l.T(locale.UpdateWhy, strings.Join(texts, " "))
}

// Notice puts a notice from the progress store in words. Each kind has its
// own catalogue key, written out here so that the catalogue test finds it.
func Notice(l locale.Lang, n progress.Notice) string {
	switch n.Kind {
	case progress.FolderReadOnly:
		return l.T(locale.NoticeFolderReadOnly, n.Path, n.Cause)
	case progress.DamagedNotMoved:
		return l.T(locale.NoticeDamagedNotMoved, n.Path, n.Cause)
	case progress.BackupDamagedNotMoved:
		return l.T(locale.NoticeBackupDamagedNotMoved, n.Path, n.Cause)
	case progress.DamagedKept:
		return l.T(locale.NoticeDamagedKept, n.Kept)
	case progress.BackupDamagedKept:
		return l.T(locale.NoticeBackupDamagedKept, n.Kept)
	case progress.Missing:
		return l.T(locale.NoticeMissing, n.Path)
	case progress.RestoredFromBackup:
		return l.T(locale.NoticeRestoredFromBackup, n.Path)
	case progress.NoBackup:
		return l.T(locale.NoticeNoBackup)
	case progress.PortableReadOnly:
		return l.T(locale.NoticePortableReadOnly, n.Path, n.Kept)
	case progress.PortableNotRead:
		return l.T(locale.NoticePortableNotRead, n.Path, n.Cause)
	case progress.FinishedTwice:
		return l.T(locale.NoticeFinishedTwice, n.Module)
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
