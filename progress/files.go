package progress

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Files returns the paths of the store's own files: the progress file, its
// backup and its lock. No output of the program may be written over them
// (see internal/outpath).
func (s *Store) Files() []string { return FilesIn(s.dir) }

// FilesIn returns the paths of the store's own files in the data folder
// dir, as Files does, without opening a store there.
func FilesIn(dir string) []string {
	path := filepath.Join(dir, FileName)
	return []string{path, path + bakSuffix, path + lockSuffix}
}

// FileKind is what one of the store's files in a data folder is.
type FileKind int

// The kinds of the store's files.
const (
	ProgressFile FileKind = iota + 1 // progress.json
	BackupFile                       // its backup
	LockFile                         // the empty lock file
	DamagedFile                      // a damaged progress file or backup, moved aside
	TempFile                         // a save or a probe cut short
)

// OwnFile is one of the store's files in a data folder.
type OwnFile struct {
	Path string
	Kind FileKind
	Size int64
}

// OwnFilesIn lists the store's files in the data folder dir as they are
// now, in name order: what Remove deletes (besides the files it is also
// given). A folder that cannot be read lists nothing.
func OwnFilesIn(dir string) []OwnFile {
	entries, _ := ownEntries(dir, []string{FileName})
	var out []OwnFile
	for _, e := range entries {
		fi, err := e.Info()
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		out = append(out, OwnFile{Path: filepath.Join(dir, e.Name()), Kind: kindOf(e.Name()), Size: fi.Size()})
	}
	return out
}

func kindOf(name string) FileKind {
	switch {
	case name == FileName:
		return ProgressFile
	case name == FileName+bakSuffix:
		return BackupFile
	case name == FileName+lockSuffix:
		return LockFile
	case !strings.HasPrefix(name, ".") && strings.Contains(name, damagedInfix):
		return DamagedFile
	}
	return TempFile
}

// ownEntries are the entries of dir that are files of names: one of them,
// a file made from it (progress.json.bak, progress.json.damaged-…) or a
// temporary file of one (.progress.json.tmp…). Subfolders are not.
func ownEntries(dir string, names []string) ([]os.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	var out []os.DirEntry
	for _, e := range entries {
		if !e.IsDir() && ownName(e.Name(), names) {
			out = append(out, e)
		}
	}
	return out, nil
}
