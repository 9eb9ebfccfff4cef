package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/dirtest"
)

func TestWriteFileCreatesAndReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "data.json")
	for _, content := range []string{"first", "second, longer than the first", "3"} {
		if err := WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != content {
			t.Fatalf("got %q, want %q", got, content)
		}
	}
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, want 0600", fi.Mode().Perm())
		}
	}
	assertOnly(t, dir, "data.json")
}

// A failed rename must leave the target as it was and remove the temporary
// file. A non-empty directory in the target's place makes the rename fail
// even for root.
func TestWriteFileFailureLeavesNoTrace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "data.json")
	if err := os.MkdirAll(filepath.Join(path, "inside"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("x"), 0o600); err == nil {
		t.Fatal("rename over a non-empty directory succeeded")
	}
	assertOnly(t, dir, "data.json")
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		t.Fatalf("target changed: %v %v", fi, err)
	}
}

func TestWriteFileMissingDir(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "data.json")
	if err := WriteFile(path, []byte("x"), 0o600); err == nil {
		t.Fatal("write into a missing directory succeeded")
	}
}

func TestIsTemp(t *testing.T) {
	dir := t.TempDir()
	f, err := os.CreateTemp(dir, ".progress.json"+tempSuffix+"*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	name := filepath.Base(f.Name())
	if !IsTemp(name, "progress.json") {
		t.Errorf("IsTemp(%q) = false", name)
	}
	for _, n := range []string{"progress.json", "progress.json.bak", ".progress.json.bak", ".other.json.tmp-1"} {
		if IsTemp(n, "progress.json") {
			t.Errorf("IsTemp(%q) = true", n)
		}
	}
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	if got := dirtest.Names(t, dir); !slices.Equal(got, names) {
		t.Errorf("directory holds %q, want %q", got, names)
	}
}

// Errors name the file that was to be written, not the temporary file.
func TestWriteFileErrorNamesTarget(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "data.json")
	if err := os.MkdirAll(filepath.Join(path, "inside"), 0o700); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("x"), 0o600)
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Path != path || pe.Op != "write" || strings.Contains(err.Error(), tempSuffix) {
		t.Errorf("error = %v", err)
	}
}

// Sweep removes the program's temporary files of at least the given age,
// and of the named targets in their old names too, and nothing else.
func TestSweep(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	files := map[string]bool{ // name: removed by Sweep(dir, time.Minute, "data.json")
		".data.json" + tempSuffix + "1": true,
		".data.json.tmp-2":              true, // an earlier version's name, of a target
		".cert.pdf" + tempSuffix + "3":  true,
		".other.json.tmp-4":             false, // another program's, maybe
		"data.json":                     false,
		"notes" + tempSuffix + "5":      false, // no leading dot: not a name WriteFile makes
	}
	for n := range files {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o600); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(filepath.Join(dir, n), old, old)
	}
	young := ".young.json" + tempSuffix + "6"
	os.WriteFile(filepath.Join(dir, young), nil, 0o600)
	if err := os.Mkdir(filepath.Join(dir, ".folder"+tempSuffix+"7"), 0o700); err != nil {
		t.Fatal(err)
	}
	removed, err := Sweep(dir, time.Minute, "data.json")
	if err == nil {
		var got []string
		for _, p := range removed {
			got = append(got, filepath.Base(p))
		}
		t.Logf("removed %q", got)
	}
	if err != nil {
		t.Fatal(err)
	}
	// With targets, only theirs go.
	for n, gone := range files {
		_, err := os.Lstat(filepath.Join(dir, n))
		wantGone := gone && strings.HasPrefix(n, ".data.json")
		if (err != nil) != wantGone {
			t.Errorf("%s: removed %v, want %v", n, err != nil, wantGone)
		}
	}
	// Without, every temporary file of the program's of that age.
	if _, err := Sweep(dir, time.Minute); err != nil {
		t.Fatal(err)
	}
	for n, gone := range files {
		if _, err := os.Lstat(filepath.Join(dir, n)); (err != nil) != gone {
			t.Errorf("%s: removed %v, want %v", n, err != nil, gone)
		}
	}
	for _, n := range []string{young, ".folder" + tempSuffix + "7"} {
		if _, err := os.Lstat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed", n)
		}
	}
}

// PrepareLock removes a link in a lock file's place, dangling or not, and
// leaves its target alone; a folder there is an error; a plain file or none
// is fine.
func TestPrepareLock(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target")
	os.WriteFile(target, []byte("keep"), 0o600)
	for _, to := range []string{target, filepath.Join(dir, "missing")} {
		lock := filepath.Join(dir, "x.lock")
		if err := os.Symlink(to, lock); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
		if err := PrepareLock(lock); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Lstat(lock); err == nil {
			t.Error("the link is still there")
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "keep" {
		t.Error("the target changed")
	}
	if _, err := os.Lstat(filepath.Join(dir, "missing")); err == nil {
		t.Error("a file was made at a dangling link's target")
	}
	if err := PrepareLock(target); err != nil {
		t.Errorf("plain file: %v", err)
	}
	if err := PrepareLock(filepath.Join(dir, "none")); err != nil {
		t.Errorf("no file: %v", err)
	}
	if err := PrepareLock(dir); !errors.Is(err, ErrNotRegular) {
		t.Errorf("folder: %v", err)
	}
}

// Retry runs a read or rename that works once, and returns the error of
// one that fails for good at once.
func TestRetry(t *testing.T) {
	n := 0
	if err := Retry(func() error { n++; return nil }); err != nil || n != 1 {
		t.Errorf("%v after %d runs", err, n)
	}
	n = 0
	start := time.Now()
	_, err := os.ReadFile(filepath.Join(t.TempDir(), "none"))
	if err2 := Retry(func() error { n++; return err }); !errors.Is(err2, fs.ErrNotExist) || n != 1 || time.Since(start) > time.Second {
		t.Errorf("%v after %d runs", err2, n)
	}
}
