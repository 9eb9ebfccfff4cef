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
