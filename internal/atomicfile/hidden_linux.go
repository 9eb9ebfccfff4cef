//go:build linux

package atomicfile

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// writeHidden writes data into an anonymous file in dir (O_TMPFILE): no one
// sees it while it is written, and a process killed meanwhile leaves
// nothing behind, not even in a folder it cannot sweep, such as the
// learner's Documents folder. Only when the file is whole and synced does it
// get a name, a temporary one linked and at once renamed over path, so the
// time in which a kill can leave a named temporary file is that of two
// system calls instead of the whole write.
//
// ok is false, with nothing done, when the file system or the system cannot
// do this (vfat on a USB stick, an old kernel, no /proc); the caller then
// writes through a named temporary file.
func writeHidden(dir, base, path string, data []byte, perm fs.FileMode) (ok bool, err error) {
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, uint32(perm.Perm()))
	if err != nil {
		return false, nil
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	if _, err := f.Write(data); err != nil {
		return true, err
	}
	if err := f.Chmod(perm); err != nil {
		return true, err
	}
	if err := f.Sync(); err != nil {
		return true, err
	}
	tmp := filepath.Join(dir, "."+base+tempSuffix+strconv.FormatUint(rand.Uint64(), 10))
	if err := unix.Linkat(unix.AT_FDCWD, fmt.Sprintf("/proc/self/fd/%d", fd), unix.AT_FDCWD, tmp, unix.AT_SYMLINK_FOLLOW); err != nil {
		return false, nil // the anonymous file goes away when it is closed
	}
	if err := replace(tmp, path); err != nil {
		os.Remove(tmp)
		return true, err
	}
	return true, nil
}
