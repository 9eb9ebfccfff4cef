//go:build !linux

package atomicfile

import "io/fs"

// writeHidden is only possible on Linux (O_TMPFILE); elsewhere WriteFile
// writes through a named temporary file.
func writeHidden(dir, base, path string, data []byte, perm fs.FileMode) (ok bool, err error) {
	return false, nil
}
