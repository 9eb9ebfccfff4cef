package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/internal/winresource"
)

// TestWindowsHandOut builds the windows/amd64 hand-out of version v1.4.2:
// the program's resources name that version (not the "dev" of the
// committed .syso, which stays as it was), and the LEESMIJ, with Windows
// line ends, says what to do about SmartScreen and network shares.
func TestWindowsHandOut(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: building a hand-out is skipped")
	}
	syso := filepath.Join("..", "..", "..", "cmd", "piketpalen", winresource.SysoName("amd64"))
	before, err := os.ReadFile(syso)
	if err != nil {
		t.Fatal(err)
	}
	zipPath, err := build(t.TempDir(), "v1.4.2", "windows", "amd64")
	if err != nil {
		t.Fatal(err)
	}
	z, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	files := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name], _ = io.ReadAll(r)
		r.Close()
	}
	if _, ok := files["piketpalen/piketpalen-data/"]; !ok {
		t.Errorf("no piketpalen-data folder in the zip: %v", z.File)
	}
	exe, ok := files["piketpalen/piketpalen.exe"]
	if !ok {
		t.Fatal("no piketpalen.exe in the zip")
	}
	res, err := winresource.Read(bytes.NewReader(exe))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("hand-out v1.4.2: FileVersion %q, fixed %v, CompanyName %q", res.Strings["FileVersion"], res.FileVersion, res.Strings["CompanyName"])
	if res.Strings["FileVersion"] != "v1.4.2" || res.Strings["ProductVersion"] != "v1.4.2" || res.FileVersion != [4]uint16{1, 4, 2, 0} {
		t.Errorf("version resource: %+v", res)
	}
	if !strings.Contains(res.Manifest, `level="asInvoker"`) || res.Icons == 0 {
		t.Errorf("manifest or icon lost in patching: %d icons\n%s", res.Icons, res.Manifest)
	}
	readme := string(files["piketpalen/LEESMIJ.txt"])
	for _, want := range []string{"piketpalen v1.4.2:", "SmartScreen", "Toch uitvoeren", "Vanaf een netwerkschijf"} {
		if !strings.Contains(readme, want) {
			t.Errorf("LEESMIJ lacks %q", want)
		}
	}
	if strings.Count(readme, "\r\n") != strings.Count(readme, "\n") {
		t.Error("LEESMIJ for Windows has lines without CR LF")
	}
	after, err := os.ReadFile(syso)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("packaging changed the committed %s", syso)
	}
}
