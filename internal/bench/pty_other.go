//go:build !linux

package main

import (
	"errors"
	"os"
	"os/exec"
)

var errNoPty = errors.New("the comparison harness runs on Linux only")

func openPty(cols, rows int) (term, prog *os.File, err error) { return nil, nil, errNoPty }
func resizePty(term *os.File, cols, rows int) error           { return errNoPty }
func onPty(cmd *exec.Cmd, prog *os.File)                      {}
func peakRSS(pid int) (int64, error)                          { return 0, errNoPty }
func maxRSS(ps *os.ProcessState) int64                        { return 0 }
