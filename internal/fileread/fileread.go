// Package fileread reads files whose size and kind the program does not
// control, such as certificates and result files a trainer collects and the
// learner's progress file, without blocking and without taking in more than
// a sane amount.
package fileread

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrTooLarge is returned for a file larger than the limit.
var ErrTooLarge = errors.New("file too large")

// ErrNotRegular is returned for a path that is not a regular file: a
// folder, a FIFO (reading one waits for a writer for ever), a device such as
// /dev/zero (which never ends) or a socket. A symlink is followed; what it
// points to must be a regular file.
var ErrNotRegular = errors.New("not a regular file")

// Bounded reads the file at path, or fails with ErrTooLarge when it holds
// more than max bytes (someone may point the program at a disk image), or
// with ErrNotRegular when it is not a regular file. The file is opened
// without blocking (O_NONBLOCK on Unix, so that opening a FIFO returns at
// once) and its kind is checked on the open file, so it cannot be swapped
// between the check and the read.
func Bounded(path string, max int) ([]byte, error) {
	return BoundedInto(nil, path, max)
}

// BoundedInto is Bounded reading into buf's storage, which it grows when
// the file does not fit: a reader of thousands of files passes the slice
// the last call returned and allocates almost nothing. The bytes returned
// are valid until buf is used again.
func BoundedInto(buf []byte, path string, max int) ([]byte, error) {
	fh, err := openNonblock(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w (%s)", path, ErrNotRegular, kind(fi.Mode()))
	}
	if fi.Size() > int64(max) {
		return nil, ErrTooLarge
	}
	// Room for the size Stat gave and one byte more, so that a file read
	// whole is seen to end without a second grow; a file that grew since
	// Stat is read on, up to max+1 bytes.
	if want := int(fi.Size()) + 1; cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	data := buf[:0]
	r := io.LimitReader(fh, int64(max)+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if len(data) > max {
		return nil, ErrTooLarge
	}
	return data, nil
}

// kind names what a path that is not a regular file is, for messages.
func kind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&os.ModeNamedPipe != 0:
		return "a FIFO"
	case m&os.ModeDevice != 0:
		return "a device"
	case m&os.ModeSocket != 0:
		return "a socket"
	}
	return "mode " + m.String()
}
