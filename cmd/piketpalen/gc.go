package main

import (
	"runtime/debug"
	"sync"
)

// startupHeapLimit bounds the heap while the collector is held (see
// holdGC): far above what a start or print uses (some 10 MB), low enough
// that nothing runs away.
const startupHeapLimit = 64 << 20

// holdGC turns the garbage collector off, under a soft memory limit, while
// a command starts, and returns the function that restores the settings it
// found (safe to call more than once). Start-up allocates a few megabytes
// that nearly all stay in use (package initialisation, the course, the
// catalogue), so a collection then frees little, and on a busy machine one
// held the first frame up by 2–4 ms. The full-screen interface releases it
// once its first frame is on screen; print, help and results hold it to
// the end.
func holdGC() (release func()) {
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(-1)
	debug.SetMemoryLimit(min(limit, startupHeapLimit))
	var once sync.Once
	return func() {
		once.Do(func() {
			debug.SetGCPercent(percent)
			debug.SetMemoryLimit(limit)
		})
	}
}
