// Package dirtest answers what tests ask of a folder after the program
// wrote into it. Tests only: it fails the test it is given.
package dirtest

import (
	"os"
	"testing"
)

// Names lists the names of the entries of dir, sorted (as os.ReadDir
// sorts them); a folder that cannot be read fails t.
func Names(t testing.TB, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}
