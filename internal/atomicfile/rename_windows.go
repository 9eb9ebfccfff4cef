//go:build windows

package atomicfile

import (
	"errors"
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/windows"
)

// retryFor is how long a rename keeps being retried. Go's own toolchain
// (cmd/internal/robustio) uses the same bound for the same errors.
const retryFor = 2 * time.Second

// replace renames tmp over path. os.Rename is MoveFileEx with
// MOVEFILE_REPLACE_EXISTING, which on one volume swaps the name in one step.
// The data was flushed with FlushFileBuffers (File.Sync) before; Windows has
// no way to flush a directory, so there is no step after the rename.
//
// Another program that holds the target open without FILE_SHARE_DELETE (a
// virus scanner, the search indexer, a backup tool) makes the rename fail for
// a moment. Those errors are retried with a growing pause for up to retryFor;
// any other error is returned at once.
func replace(tmp, path string) error {
	return retry(func() error { return os.Rename(tmp, path) })
}

// retry runs op until it succeeds, fails with an error that is not
// transient, or retryFor has passed, with a growing pause in between.
func retry(op func() error) error {
	deadline := time.Now().Add(retryFor)
	pause := 2 * time.Millisecond
	for {
		err := op()
		if err == nil || !transient(err) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(pause)
		pause = min(2*pause, 200*time.Millisecond)
	}
}

// transient reports whether an error is one that another process
// holding the file briefly causes, and so may go away by itself.
func transient(err error) bool {
	return errors.Is(err, windows.ERROR_ACCESS_DENIED) ||
		errors.Is(err, windows.ERROR_SHARING_VIOLATION) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}

// NoFollow is 0 on Windows, which has no such flag: PrepareLock's check of
// the reparse point attribute does its work.
const NoFollow = 0

// isLink reports whether fi, from Lstat, is a reparse point: Go reports
// symbolic links and mount points as ModeSymlink and other reparse points
// as ModeIrregular; the attribute itself is checked too.
func isLink(fi os.FileInfo) bool {
	if fi.Mode()&(os.ModeSymlink|os.ModeIrregular) != 0 {
		return true
	}
	d, ok := fi.Sys().(*syscall.Win32FileAttributeData)
	return ok && d.FileAttributes&syscall.FILE_ATTRIBUTE_REPARSE_POINT != 0
}
