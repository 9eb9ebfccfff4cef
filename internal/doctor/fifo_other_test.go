//go:build !unix

package doctor

import "errors"

func mkfifo(string) error { return errors.New("no FIFOs here") }
