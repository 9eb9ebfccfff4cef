package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/internal/buildtest"
	"piketpalen/internal/winresource"
)

// TestExeResources builds piketpalen.exe with a plain go build, for both
// Windows architectures, and reads its resources the way Windows does: the
// version information that SmartScreen, Explorer and AppLocker/WDAC rules
// show and match, the manifest (no elevation, UTF-8 code page, long paths,
// Windows 10/11) and the icon. With mingw installed the test also logs what
// x86_64-w64-mingw32-objdump -p says about the resource section.
func TestExeResources(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: cross-building piketpalen.exe is skipped")
	}
	c := testCourse(t, "")
	for _, arch := range winresource.Arches {
		t.Run(arch, func(t *testing.T) {
			exe := filepath.Join(t.TempDir(), "piketpalen.exe")
			buildtest.Build(t, exe, ".", buildtest.Windows(arch), "-trimpath", "-ldflags", "-s -w")
			f, err := os.Open(exe)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			res, err := winresource.Read(f)
			if err != nil {
				t.Fatal(err)
			}
			checkResources(t, res, c.Issuer, "dev", [4]uint16{})
			if arch == "amd64" {
				if objdump, err := exec.LookPath("x86_64-w64-mingw32-objdump"); err == nil {
					out, _ := exec.Command(objdump, "-p", exe).Output()
					t.Logf("x86_64-w64-mingw32-objdump -p piketpalen.exe, resource section:\n%s", rsrcPart(string(out)))
				}
			}
		})
	}
}

// checkResources checks what a locked-down laptop needs to see in res, and
// logs it.
func checkResources(t *testing.T, res *winresource.Resources, company, ver string, numeric [4]uint16) {
	t.Helper()
	for _, k := range []string{"ProductName", "CompanyName", "FileDescription", "FileVersion", "ProductVersion", "OriginalFilename"} {
		t.Logf("%-16s %s", k, res.Strings[k])
	}
	t.Logf("fixed file version %v, product version %v; %d icon images in %d icon; manifest of %d bytes", res.FileVersion, res.ProductVersion, res.Icons, res.IconGroups, len(res.Manifest))
	for k, want := range map[string]string{"ProductName": "piketpalen", "CompanyName": company, "FileVersion": ver, "ProductVersion": ver, "OriginalFilename": "piketpalen.exe"} {
		if res.Strings[k] != want {
			t.Errorf("%s = %q, want %q", k, res.Strings[k], want)
		}
	}
	if res.FileVersion != numeric || res.ProductVersion != numeric {
		t.Errorf("fixed versions %v, %v; want %v", res.FileVersion, res.ProductVersion, numeric)
	}
	for _, want := range []string{
		`<requestedExecutionLevel level="asInvoker" uiAccess="false"/>`,
		`>UTF-8</activeCodePage>`,
		`>true</longPathAware>`,
		`<supportedOS Id="{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"/>`, // Windows 10 and 11
	} {
		if !strings.Contains(res.Manifest, want) {
			t.Errorf("manifest lacks %s", want)
		}
	}
	for _, bad := range []string{"requireAdministrator", "highestAvailable"} {
		if strings.Contains(res.Manifest, bad) {
			t.Errorf("manifest asks for elevation: %s", bad)
		}
	}
	if res.IconGroups != 1 || res.Icons < 4 {
		t.Errorf("%d icons in %d groups", res.Icons, res.IconGroups)
	}
}

// rsrcPart is the resource directory part of objdump -p's output.
func rsrcPart(s string) string {
	if i := strings.Index(s, "The .rsrc Resource Directory section"); i >= 0 {
		s = s[i:]
		if j := strings.Index(s, "\n\n"); j >= 0 {
			s = s[:j]
		}
		return s
	}
	return "(objdump shows no resource directory)"
}
