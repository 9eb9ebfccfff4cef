//go:build !unix && !windows

package atomicfile

import "os"

// replace renames tmp over path. Platforms other than Unix and Windows are
// not targets of piketpalen; this keeps the package building there.
func replace(tmp, path string) error { return os.Rename(tmp, path) }
