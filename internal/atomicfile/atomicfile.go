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
	"bufio"
	"crypto/rand"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tempSuffix follows the target's name in the names of temporary files: a
// file "progress.json" is written through
// ".progress.json.piketpalen-tmp-123456". The leading dot keeps them out of
// sight in file browsers on Unix; the program's name in it makes them
// recognisable as this program's, so that Sweep can remove what a killed
// process left behind, also in a folder shared with other programs.
const tempSuffix = ".piketpalen-tmp-"

// TempInfix is what the names of the program's temporary files contain, for
// code that makes its own (a probe of a folder) and wants Sweep to know it.
const TempInfix = tempSuffix

// oldTempSuffix is what earlier versions put in the names of their
// temporary files (".progress.json.tmp-123456"). Only Sweep's targets are
// recognised by it, since other programs use such names too.
const oldTempSuffix = ".tmp-"

// IsTemp reports whether name (a base name) is a temporary file that
// WriteFile makes, or an earlier version made, while writing target (also a
// base name). A crash between writing and renaming leaves such a file
// behind; it is never the real data.
func IsTemp(name, target string) bool {
	return strings.HasPrefix(name, "."+target+tempSuffix) || strings.HasPrefix(name, "."+target+oldTempSuffix)
}

// isOwnTemp reports whether name is a temporary file of this package for any
// target.
func isOwnTemp(name string) bool {
	return strings.HasPrefix(name, ".") && strings.Contains(name, tempSuffix)
}

// Sweep removes from dir the temporary files that a process killed while
// writing left behind, when they were last changed at least age ago: with
// targets, those that WriteFile (or an earlier version, which named them
// differently) makes while writing one of targets; without, every file named
// as WriteFile names its temporary files. A temporary file that another
// process is writing at this moment is younger than a sensible age, unless
// the caller holds a lock that every writer of targets takes; then age may
// be 0. Only regular files are removed; links are never followed. It
// returns the paths it removed.
func Sweep(dir string, age time.Duration, targets ...string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var removed []string
	var errs []error
	for _, e := range ents {
		name := e.Name()
		ours := len(targets) == 0 && isOwnTemp(name)
		for _, t := range targets {
			ours = ours || IsTemp(name, t)
		}
		if !ours || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil || time.Since(fi.ModTime()) < age {
			continue
		}
		path := filepath.Join(dir, name)
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, path)
	}
	return removed, errors.Join(errs...)
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
	return WriteWith(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteWith is WriteFile for contents too large to hold at once: write
// writes them to the temporary file, through a buffer, in as many pieces as
// it likes. An error from write leaves the old file as it was; it is
// returned as it is, unless it is one of writing the temporary file.
func WriteWith(path string, perm fs.FileMode, write func(io.Writer) error) error {
	var own error
	err := writeFile(path, perm, func(w io.Writer) error {
		own = write(w)
		return own
	})
	var pe *fs.PathError
	switch {
	case err == nil:
		return nil
	case own != nil && !errors.As(own, &pe):
		return own
	}
	return &fs.PathError{Op: "write", Path: path, Err: reason(err)}
}

func writeFile(path string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, base)
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
	buf := bufio.NewWriterSize(f, 64<<10)
	if err := write(buf); err != nil {
		return err
	}
	if err := buf.Flush(); err != nil {
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

// PrepareLock makes sure that opening path by name (a lock file) opens or
// creates a regular file right there and never follows a link. A symbolic
// link in its place (on Windows, any reparse point: a symbolic link, a
// junction, a mount point) is removed: it holds no data, only a pointer that
// would make the program create or lock a file elsewhere. Anything else that
// is not a regular file (a folder, a device, a FIFO) is an error. On Unix
// open the file with NoFollow too, which closes the gap between the check
// and the open.
func PrepareLock(path string) error {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case isLink(fi):
		return os.Remove(path)
	case !fi.Mode().IsRegular():
		return &fs.PathError{Op: "open", Path: path, Err: ErrNotRegular}
	}
	return nil
}

// ErrNotRegular is the reason PrepareLock gives for a folder, a device or a
// FIFO where a plain file should be.
var ErrNotRegular = errors.New("not a regular file")

// Retry runs op, and on Windows runs it again for up to a couple of seconds
// while it fails with an error that another program holding the file for a
// moment causes (a sharing or lock violation, access denied: a virus
// scanner, the search indexer, a backup or sync tool). It is the one
// mechanism for that: WriteFile's rename uses it, and readers of a file that
// such programs touch should too. Elsewhere op runs once.
func Retry(op func() error) error { return retry(op) }

// Probe does in dir what WriteFile does when writing target (a base name),
// short of replacing anything: it writes size bytes to a temporary file of
// the name WriteFile would give it, flushes them to the disk, and removes the
// file. It fails where a write would: a folder that cannot be written to, a
// full disk or quota (making an empty file works there; writing its blocks
// does not), a disk that refuses to flush. The bytes are random, so that a
// file system that compresses gets no discount. A probe killed half-way
// leaves a temporary file of target, which Sweep knows.
func Probe(dir, target string, size int) (err error) {
	f, err := os.CreateTemp(dir, "."+target+tempSuffix+"*")
	if err != nil {
		return reason(err)
	}
	defer func() {
		f.Close()
		if rerr := os.Remove(f.Name()); err == nil && rerr != nil {
			err = reason(rerr)
		}
	}()
	data := make([]byte, size)
	rand.Read(data)
	if _, err := f.Write(data); err != nil {
		return reason(err)
	}
	if err := f.Sync(); err != nil {
		return reason(err)
	}
	return reason(f.Close())
}

// Rename renames from to to with the same care as WriteFile's last step: on
// Unix the directory is flushed afterwards, on Windows a rename blocked for
// a moment by another program is retried. An existing to is replaced.
func Rename(from, to string) error {
	return replace(from, to)
}
