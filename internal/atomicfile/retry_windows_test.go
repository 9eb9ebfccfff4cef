package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/windows"
)

// A file that another program holds open without sharing it (a backup or
// sync tool) cannot be read for a moment: Retry reads it once it is
// released, as it renames over it.
func TestRetryReadsPastASharingViolation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.json")
	if err := os.WriteFile(path, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	p, _ := windows.UTF16PtrFromString(path)
	h, err := windows.CreateFile(p, windows.GENERIC_READ, 0, nil, windows.OPEN_EXISTING, windows.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.ReadFile(path); err == nil {
		windows.CloseHandle(h)
		t.Skip("the file can be read while held without sharing")
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		windows.CloseHandle(h)
	}()
	var data []byte
	err = Retry(func() (err error) {
		data, err = os.ReadFile(path)
		return err
	})
	if err != nil || string(data) != "{}" {
		t.Fatalf("read %q, %v", data, err)
	}
}
