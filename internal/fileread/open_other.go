//go:build !unix

package fileread

import "os"

// openNonblock opens path for reading; outside Unix an open does not wait
// for a pipe's writer.
func openNonblock(path string) (*os.File, error) {
	return os.Open(path)
}
