// Package outpath decides whether a path a person named (with --out or
// --csv) may be written, so that an output never destroys an input: the
// learner's progress file, its backup and its lock, any file the same
// command reads (compared with os.SameFile, so another name of the same
// file is caught too), the course folder, a device, a FIFO or a socket, and
// a symbolic link are refused. A name that ends in a path separator means a
// folder; one that does not exist is refused rather than written as a file
// of that name. It is the one check used by every command that writes a
// file a person named.
package outpath

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Reason says why an output path is refused.
type Reason int

// The reasons, each worded by the commands in the person's language.
const (
	// Protected: the progress file, its backup or its lock.
	Protected Reason = iota + 1
	// Input: a file the same command reads (Other names it).
	Input
	// InsideFolder: inside a folder the command reads, such as the course
	// (Other names the folder).
	InsideFolder
	// NotRegular: a device, a FIFO or a socket, which a file would replace.
	NotRegular
	// Symlink: a symbolic link; the program does not write through one.
	Symlink
	// NoFolder: the folder named (with a trailing separator, or the folder
	// the file would go in) does not exist, or is not a folder. Path is
	// what the person named.
	NoFolder
)

// Error is a refused output path.
type Error struct {
	Path   string
	Reason Reason
	Other  string // Input: the input it is; InsideFolder: the folder
}

func (e *Error) Error() string {
	switch e.Reason {
	case Protected:
		return fmt.Sprintf("%s is the progress file, its backup or its lock; it is never written as an output", e.Path)
	case Input:
		return fmt.Sprintf("%s is read by this command (it is %s); it is not overwritten", e.Path, e.Other)
	case InsideFolder:
		return fmt.Sprintf("%s is inside the course folder %s; nothing is written there", e.Path, e.Other)
	case NotRegular:
		return fmt.Sprintf("%s is not a regular file (a device, FIFO or socket); it is not replaced", e.Path)
	case Symlink:
		return fmt.Sprintf("%s is a symbolic link; the program does not write through one", e.Path)
	case NoFolder:
		return fmt.Sprintf("%s: the folder does not exist or is not a folder", e.Path)
	}
	return fmt.Sprintf("%s may not be written", e.Path)
}

// Guard is what a command must not write over.
type Guard struct {
	Protected []string // the progress file, its backup and its lock
	Inputs    []string // files the command reads
	Folders   []string // folders the command reads (the course): nothing goes inside
}

// Resolve turns what a person named into the file to write: an existing
// folder, or a name ending in a path separator, gets name inside it; a name
// ending in a separator that is not an existing folder is an *Error with
// NoFolder. It does not check the file; see Check.
func Resolve(target, name string) (string, error) {
	if hasTrailingSep(target) {
		fi, err := os.Stat(target)
		if err != nil || !fi.IsDir() {
			return "", &Error{Path: filepath.Clean(target), Reason: NoFolder}
		}
		return filepath.Join(target, name), nil
	}
	if fi, err := os.Stat(target); err == nil && fi.IsDir() {
		// also a link to a folder: the file goes inside it, not through it
		return filepath.Join(target, name), nil
	}
	return target, nil
}

// Folder checks that dir is an existing folder (not a symbolic link to one
// that could change under the program) to write files into.
func Folder(dir string) error {
	fi, err := os.Lstat(filepath.Clean(dir))
	switch {
	case err != nil:
		return &Error{Path: filepath.Clean(dir), Reason: NoFolder}
	case fi.Mode()&fs.ModeSymlink != 0:
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return nil // a linked folder is a folder: files go inside it, not through the link
		}
		return &Error{Path: filepath.Clean(dir), Reason: NoFolder}
	case !fi.IsDir():
		return &Error{Path: filepath.Clean(dir), Reason: NoFolder}
	}
	return nil
}

// Check reports why path may not be written as an output file, or nil. Its
// folder must exist; an existing path must be a regular file (not a
// symbolic link, device, FIFO or socket) that is none of g's files; and it
// may not lie inside one of g's folders.
func (g Guard) Check(path string) error {
	if hasTrailingSep(path) {
		return &Error{Path: filepath.Clean(path), Reason: NoFolder}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("check output %s: %w", path, err)
	}
	if err := Folder(filepath.Dir(abs)); err != nil {
		return &Error{Path: path, Reason: NoFolder}
	}
	fi, err := os.Lstat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fi = nil
	case err != nil:
		return fmt.Errorf("check output %s: %w", path, err)
	case fi.Mode()&fs.ModeSymlink != 0:
		return &Error{Path: path, Reason: Symlink}
	case fi.IsDir():
		return &Error{Path: path, Reason: NoFolder}
	case !fi.Mode().IsRegular():
		return &Error{Path: path, Reason: NotRegular}
	}
	for _, p := range g.Protected {
		if same(abs, fi, p) {
			return &Error{Path: path, Reason: Protected}
		}
	}
	for _, p := range g.Inputs {
		if same(abs, fi, p) {
			return &Error{Path: path, Reason: Input, Other: p}
		}
	}
	for _, d := range g.Folders {
		if inside(abs, d) {
			return &Error{Path: path, Reason: InsideFolder, Other: d}
		}
	}
	return nil
}

// same reports whether the output at abs (fi when it exists) is the file p:
// the same file on disk under any name, or, when either is not there yet,
// the same name in the same folder.
func same(abs string, fi fs.FileInfo, p string) bool {
	pabs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	if fi != nil {
		if pfi, err := os.Stat(pabs); err == nil && os.SameFile(fi, pfi) {
			return true
		}
	}
	if filepath.Base(abs) != filepath.Base(pabs) {
		return false
	}
	d1, err1 := os.Stat(filepath.Dir(abs))
	d2, err2 := os.Stat(filepath.Dir(pabs))
	if err1 == nil && err2 == nil {
		return os.SameFile(d1, d2)
	}
	return filepath.Clean(abs) == filepath.Clean(pabs)
}

// inside reports whether abs lies in folder dir or below it, following
// symbolic links in both.
func inside(abs, dir string) bool {
	d, err := filepath.Abs(dir)
	if err != nil {
		return false
	}
	if r, err := filepath.EvalSymlinks(d); err == nil {
		d = r
	}
	parent := filepath.Dir(abs)
	if r, err := filepath.EvalSymlinks(parent); err == nil {
		parent = r
	}
	rel, err := filepath.Rel(d, parent)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// hasTrailingSep reports whether p ends in a path separator ("/" counts on
// every system).
func hasTrailingSep(p string) bool {
	return strings.HasSuffix(p, "/") || strings.HasSuffix(p, string(filepath.Separator))
}
