// Package atomicfile replaces a file's contents so that, after a crash or a
// power cut at any moment, the file holds either the old contents or the new,
// never a mix of both and never nothing.
//
// The recipe is the usual one: write a temporary file in the same directory,
// flush it to the disk, close it, and rename it over the target. A rename
// within one directory replaces the name in a single step on every platform
// piketpalen runs on. What differs per platform is kept in the rename_*.go
// files: on Unix the directory is flushed after the rename so that the rename
// itself survives a power cut; on Windows the rename is retried for a short
// while, because a virus scanner or the search indexer briefly holding the
// target open makes it fail with "access denied" or a sharing violation.
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// tempSuffix follows the target's name in the names of temporary files: a
// file "progress.json" is written through ".progress.json.tmp-123456". The
// leading dot keeps them out of sight in file browsers on Unix.
const tempSuffix = ".tmp-"

// IsTemp reports whether name (a base name) is a temporary file that
// WriteFile makes while writing target (also a base name). A crash between
// writing and renaming leaves such a file behind; it is never the real data.
func IsTemp(name, target string) bool {
	return strings.HasPrefix(name, "."+target+tempSuffix)
}

// WriteFile writes data to path atomically and durably, with permissions
// perm (only the read-only bit counts on Windows). When it returns nil the
// new contents are on the disk; when it returns an error the old file, if
// any, is unchanged and no temporary file is left behind.
//
// Errors are *fs.PathError values for path with the operating system's
// reason (write /x/progress.json: permission denied): the temporary file's
// name would only confuse whoever reads the message.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	if err := writeFile(path, data, perm); err != nil {
		return &fs.PathError{Op: "write", Path: path, Err: reason(err)}
	}
	return nil
}

func writeFile(path string, data []byte, perm fs.FileMode) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, base)
	if ok, err := writeHidden(dir, base, path, data, perm); ok {
		return err
	}
	f, err := os.CreateTemp(dir, "."+base+tempSuffix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close() // harmless when already closed
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	// Sync before rename: otherwise a power cut can leave the new name
	// pointing at a file whose blocks were never written (a zero-length or
	// garbage file), which is exactly what this package exists to prevent.
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return replace(tmp, path)
}

// reason strips the path (of the temporary file) from an error of the os
// package, leaving the operating system's reason.
func reason(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}

// Rename renames from to to with the same care as WriteFile's last step: on
// Unix the directory is flushed afterwards, on Windows a rename blocked for
// a moment by another program is retried. An existing to is replaced.
func Rename(from, to string) error {
	return replace(from, to)
}
