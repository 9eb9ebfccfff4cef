// Package fileread reads files whose size the program does not control,
// such as certificates and result files a trainer collects, without taking
// in more than a sane amount.
package fileread

import (
	"errors"
	"io"
	"os"
)

// ErrTooLarge is returned for a file larger than the limit.
var ErrTooLarge = errors.New("file too large")

// Bounded reads the file at path, or fails with ErrTooLarge when it holds
// more than max bytes: someone may point the program at a disk image.
func Bounded(path string, max int) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, ErrTooLarge
	}
	return data, nil
}
