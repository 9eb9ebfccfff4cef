//go:build windows

package main

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

var procGetConsoleProcessList = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")

// ownConsole reports whether this program has its console window to itself,
// as when it was started by a double-click: the window then closes the
// moment the program ends, before anyone can read an error.
func ownConsole() bool {
	if procGetConsoleProcessList.Find() != nil {
		return false
	}
	var pids [4]uint32
	n, _, _ := procGetConsoleProcessList.Call(uintptr(unsafe.Pointer(&pids[0])), uintptr(len(pids)))
	return n == 1
}
