//go:build !windows

package main

// ownConsole reports whether the program's window closes when it ends; only
// on Windows, after a double-click, does that happen.
func ownConsole() bool { return false }
