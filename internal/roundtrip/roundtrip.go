// Package roundtrip checks that a file this program reads comes back the
// same when it is written again and read back: what a reader accepts is a
// file the program itself would write. Tests only: it fails the test it is
// given.
package roundtrip

import (
	"bytes"
	"testing"
)

// Reread encodes v, parses the bytes again and returns what was parsed. It
// fails t when encoding fails or the parser refuses the bytes; what names
// the kind of file in the messages.
func Reread[T any](t testing.TB, what string, v T, encode func(T) ([]byte, error), parse func([]byte) (T, error)) T {
	t.Helper()
	data, err := encode(v)
	if err != nil {
		t.Fatalf("encode %s: %v", what, err)
	}
	back, err := parse(data)
	if err != nil {
		t.Fatalf("re-encoded %s not accepted: %v\n%s", what, err, data)
	}
	return back
}

// Check is Reread, and fails t too when the canonical form (what is
// signed) of what was parsed differs from that of v.
func Check[T any](t testing.TB, what string, v T, encode func(T) ([]byte, error), parse func([]byte) (T, error), canonical func(T) ([]byte, error)) T {
	t.Helper()
	back := Reread(t, what, v, encode, parse)
	a, err := canonical(v)
	if err != nil {
		t.Fatalf("canonical form of %s: %v", what, err)
	}
	b, err := canonical(back)
	if err != nil {
		t.Fatalf("canonical form of re-encoded %s: %v", what, err)
	}
	if !bytes.Equal(a, b) {
		t.Fatalf("re-encoded %s reads otherwise:\n%s\n%s", what, a, b)
	}
	return back
}
