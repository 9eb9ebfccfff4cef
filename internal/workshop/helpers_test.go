package workshop

import (
	"crypto/ed25519"
	"fmt"
	"slices"
	"testing"
	"time"
)

// key is a fixed key; t may be nil (in a participant process).
func key(_ testing.TB, seed byte) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(slices.Repeat([]byte{seed}, ed25519.SeedSize))
}

func learnerID(i int) string { return fmt.Sprintf("%032x", i+1) }

// newWorkshop makes a workshop in a new folder.
func newWorkshop(t testing.TB) (string, *Workshop) {
	t.Helper()
	dir := t.TempDir()
	ws, made, err := Open(dir, "Piketpalen", "2026.1", key(t, 200), time.Now())
	if err != nil || !made {
		t.Fatalf("Open: %v, made %v", err, made)
	}
	return dir, ws
}

func scan(t testing.TB, r *Reader) {
	t.Helper()
	if _, err := r.Scan(); err != nil {
		t.Fatal(err)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
