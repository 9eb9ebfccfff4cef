package userdirs

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestDocuments(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows asks the shell for the folder")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DOCUMENTS_DIR", "")
	if got := Documents(); got != "" {
		t.Errorf("no Documents folder, got %q", got)
	}
	os.Mkdir(filepath.Join(home, "Documenten"), 0o755)
	if got := Documents(); got != filepath.Join(home, "Documenten") {
		t.Errorf("got %q", got)
	}
	os.Mkdir(filepath.Join(home, "Documents"), 0o755)
	if got := Documents(); got != filepath.Join(home, "Documents") {
		t.Errorf("got %q", got)
	}
	xdg := filepath.Join(home, "Docs")
	os.Mkdir(xdg, 0o755)
	t.Setenv("XDG_DOCUMENTS_DIR", xdg)
	if got := Documents(); got != xdg {
		t.Errorf("XDG_DOCUMENTS_DIR ignored: %q", got)
	}
}
