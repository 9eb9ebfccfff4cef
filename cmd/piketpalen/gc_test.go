package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestHoldGC: holding the collector turns it off under a memory limit, and
// releasing it (once or more) restores the settings it found.
func TestHoldGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	release := holdGC()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("GC percent %d while held, want off", p)
	}
	if l := debug.SetMemoryLimit(-1); l != startupHeapLimit {
		t.Errorf("memory limit %d while held, want %d", l, startupHeapLimit)
	}
	release()
	release()
	if p := debug.SetGCPercent(77); p != 77 {
		t.Errorf("GC percent %d after release, want 77", p)
	}
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		t.Errorf("memory limit %d after release, want none", l)
	}
}
