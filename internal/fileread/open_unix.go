//go:build unix

package fileread

import (
	"os"
	"syscall"
)

// openNonblock opens path for reading with O_NONBLOCK, so that a FIFO
// without a writer does not make the open wait.
func openNonblock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
