// Package tabletest checks a function of one string against a table of
// inputs and the results they must give. Tests only: it fails the test it
// is given.
package tabletest

import (
	"maps"
	"slices"
	"testing"
)

// Strings fails t for each input in cases for which f does not return the
// result the table gives, naming f by name in the message. The inputs are
// tried in sorted order, so that a failing test reads the same each run.
func Strings(t testing.TB, name string, f func(string) string, cases map[string]string) {
	t.Helper()
	for _, in := range slices.Sorted(maps.Keys(cases)) {
		if got, want := f(in), cases[in]; got != want {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, want)
		}
	}
}
