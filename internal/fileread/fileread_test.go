package fileread

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestBounded(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	os.WriteFile(p, []byte("12345"), 0o600)
	if data, err := Bounded(p, 5); err != nil || string(data) != "12345" {
		t.Errorf("at the limit: %q %v", data, err)
	}
	if _, err := Bounded(p, 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := Bounded(p+"x", 5); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// TestBoundedInto reads files of several sizes through one buffer: each
// read gives that file's bytes whole, a file that fits reuses the storage,
// and a larger one grows it.
func TestBoundedInto(t *testing.T) {
	dir := t.TempDir()
	var buf []byte
	for i, size := range []int{0, 10, 3, 4096, 100, 70000, 5} {
		want := make([]byte, size)
		for j := range want {
			want[j] = byte('a' + (i+j)%26)
		}
		p := filepath.Join(dir, "f")
		if err := os.WriteFile(p, want, 0o600); err != nil {
			t.Fatal(err)
		}
		data, err := BoundedInto(buf, p, 1<<20)
		if err != nil || string(data) != string(want) {
			t.Fatalf("size %d: %d bytes, %v", size, len(data), err)
		}
		if size < cap(buf) && &data[:1][0] != &buf[:1][0] {
			t.Errorf("size %d fits in %d bytes but was read elsewhere", size, cap(buf))
		}
		buf = data
	}
	if _, err := BoundedInto(buf, filepath.Join(dir, "f"), 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the limit: %v", err)
	}
}
