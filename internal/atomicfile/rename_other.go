//go:build !unix && !windows

package atomicfile

import "os"

// replace renames tmp over path. Platforms other than Unix and Windows are
// not targets of piketpalen; this keeps the package building there.
func replace(tmp, path string) error { return os.Rename(tmp, path) }

func retry(op func() error) error { return op() }

// NoFollow is 0 where no such flag is known.
const NoFollow = 0

func isLink(fi os.FileInfo) bool { return fi.Mode()&os.ModeSymlink != 0 }
