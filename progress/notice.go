package progress

import "strings"

// NoticeKind says what the store had to do, or could not do, with the
// learner's files. The interfaces put it in words in the learner's language.
type NoticeKind string

// The kinds of notice.
const (
	FolderReadOnly        NoticeKind = "folder-read-only"         // Dir, Cause: nothing will be saved
	DamagedKept           NoticeKind = "damaged-kept"             // Kept: the damaged file, moved aside
	DamagedNotMoved       NoticeKind = "damaged-not-moved"        // Path, Cause: damaged, left where it is
	Missing               NoticeKind = "missing"                  // Path: progress.json was gone
	RestoredFromBackup    NoticeKind = "restored-from-backup"     // Path: the backup the state came from
	BackupDamagedKept     NoticeKind = "backup-damaged-kept"      // Kept: the damaged backup, moved aside
	BackupDamagedNotMoved NoticeKind = "backup-damaged-not-moved" // Path, Cause
	NoBackup              NoticeKind = "no-backup"                // the learner starts with empty progress
	PortableReadOnly      NoticeKind = "portable-read-only"       // Path: the read-only folder whose progress was read; Kept: where it is saved now
	PortableNotRead       NoticeKind = "portable-not-read"        // Path, Cause: the progress in the read-only folder could not be used
	FinishedTwice         NoticeKind = "finished-twice"           // Module: a quiz open in two windows was finished in both; both results are kept
)

// Notice tells the learner about something that happened to their files.
type Notice struct {
	Kind   NoticeKind
	Path   string // the file or folder concerned
	Kept   string // where a damaged file was moved
	Cause  string // why it could not be done
	Module string // the module concerned
}

// String is the notice for a log or a test, not for the learner.
func (n Notice) String() string {
	parts := []string{string(n.Kind)}
	for _, s := range []string{n.Path, n.Kept, n.Cause, n.Module} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}
