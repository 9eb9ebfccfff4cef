package workshop

import (
	"crypto/ed25519"
	"fmt"
	"path/filepath"
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

// oneParticipant is a new workshop with its reader and one participant
// who joined, and the path of their file.
func oneParticipant(t testing.TB) (string, *Reader, *Writer, string) {
	t.Helper()
	dir, ws := newWorkshop(t)
	w, err := Join(dir, learnerID(0), key(t, 1))
	must(t, err)
	return dir, NewReader(dir, ws), w, filepath.Join(dir, ParticipantName(learnerID(0)))
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
