package workshop

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// fill writes n participant files, each with answers to 10 questions.
func fill(b *testing.B, n int) (string, *Workshop) {
	dir, ws := newWorkshop(b)
	for i := range n {
		w, err := Join(dir, learnerID(i), key(b, byte(i%250+1)))
		must(b, err)
		w.p.Seq = 9
		for q := range 10 {
			w.p.Answers = append(w.p.Answers, Answer{Module: "m1", Question: fmt.Sprint("q", q), Chosen: []int{(i + q) % 4}, Seq: uint64(q)})
		}
		w.p.seal(w.key)
		must(b, os.WriteFile(filepath.Join(dir, ParticipantName(learnerID(i))), w.p.Marshal(), 0o644))
	}
	return dir, ws
}

// BenchmarkFullRescan reads a folder of 1,000 participant files from
// nothing: list, read, parse and verify every one.
func BenchmarkFullRescan(b *testing.B) {
	dir, ws := fill(b, 1000)
	for b.Loop() {
		r := NewReader(dir, ws)
		must(b, scanErr(r))
		if r.Snapshot().Participants != 1000 {
			b.Fatal(r.Snapshot().Participants)
		}
	}
}

// BenchmarkUnchangedRescan is the scan a watching screen makes every poll:
// a folder of 1,000 files of which none changed.
func BenchmarkUnchangedRescan(b *testing.B) {
	dir, ws := fill(b, 1000)
	r := NewReader(dir, ws)
	r.settle = 0 // as once the files were written a while ago
	must(b, scanErr(r))
	for b.Loop() {
		must(b, scanErr(r))
	}
}

func scanErr(r *Reader) error { _, err := r.Scan(); return err }
