package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"

	"golang.org/x/sys/unix"
)

// openPty opens a new pseudo-terminal of cols × rows and returns its
// controlling side (the terminal's) and the side a program runs on.
func openPty(cols, rows int) (term, prog *os.File, err error) {
	term, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("open pty: %w", err)
	}
	fd := int(term.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		term.Close()
		return nil, nil, fmt.Errorf("unlock pty: %w", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		term.Close()
		return nil, nil, fmt.Errorf("pty number: %w", err)
	}
	prog, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		term.Close()
		return nil, nil, fmt.Errorf("open pty: %w", err)
	}
	if err := resizePty(term, cols, rows); err != nil {
		term.Close()
		prog.Close()
		return nil, nil, err
	}
	return term, prog, nil
}

// resizePty sets the window size; the kernel tells the program with SIGWINCH.
func resizePty(term *os.File, cols, rows int) error {
	if err := unix.IoctlSetWinsize(int(term.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: uint16(rows), Col: uint16(cols)}); err != nil {
		return fmt.Errorf("set pty size: %w", err)
	}
	return nil
}

// onPty makes cmd run as the session leader with prog as its terminal.
func onPty(cmd *exec.Cmd, prog *os.File) {
	cmd.Stdin, cmd.Stdout, cmd.Stderr = prog, prog, prog
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
}

// peakRSS is the process's peak resident set size in bytes, from /proc.
func peakRSS(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	var kb int64
	for _, l := range splitLines(string(data)) {
		if _, err := fmt.Sscanf(l, "VmHWM: %d kB", &kb); err == nil {
			return kb << 10, nil
		}
	}
	return 0, fmt.Errorf("no VmHWM for process %d", pid)
}

// maxRSS is the peak resident set size of a process that has ended.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10 // kB on Linux
	}
	return 0
}
