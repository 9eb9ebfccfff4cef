//go:build unix

package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

// replace renames tmp over path and then flushes the directory, so that the
// new directory entry is on the disk too and not only the file's data.
func replace(tmp, path string) error {
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// syncDir flushes a directory's entries. Some file systems (certain network
// and FUSE mounts) cannot sync a directory and say so with EINVAL, ENOTSUP
// or ENOTTY; the rename has happened by then, so those are not failures.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil &&
		!errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) && !errors.Is(err, syscall.ENOTTY) {
		return err
	}
	return nil
}

// retry runs op once: Unix does not stop a rename or a read of a file that
// another program has open.
func retry(op func() error) error { return op() }

// NoFollow makes os.OpenFile fail, instead of following it, when the last
// element of the path is a symbolic link.
const NoFollow = syscall.O_NOFOLLOW

// isLink reports whether fi, from Lstat, is a symbolic link.
func isLink(fi os.FileInfo) bool { return fi.Mode()&os.ModeSymlink != 0 }
