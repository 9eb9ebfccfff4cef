package course

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestXAPINames reads xapi_base and xapi_home_page: absent they are the
// documented defaults, given they are taken without a trailing slash, and
// a value that is no absolute IRI is a problem at its line in course.yaml.
func TestXAPINames(t *testing.T) {
	withLines := func(lines ...string) string {
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS("testdata/valid")); err != nil {
			t.Fatal(err)
		}
		man := filepath.Join(dir, ManifestFile)
		data, _ := os.ReadFile(man)
		data = append([]byte(strings.TrimRight(string(data), "\n")+"\n"), strings.Join(lines, "\n")+"\n"...)
		os.WriteFile(man, data, 0o644)
		return dir
	}
	c := loadValid(t)
	if c.XAPIBase != DefaultXAPIBase || c.XAPIHomePage != DefaultXAPIHomePage {
		t.Errorf("defaults: %q, %q", c.XAPIBase, c.XAPIHomePage)
	}
	dir := withLines("xapi_base: https://leren.example.nl/xapi/piketpalen/", "xapi_home_page: https://sso.example.nl")
	c, err := Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if c.XAPIBase != "https://leren.example.nl/xapi/piketpalen" || c.XAPIHomePage != "https://sso.example.nl" {
		t.Errorf("given: %q, %q", c.XAPIBase, c.XAPIHomePage)
	}
	data, _ := os.ReadFile(filepath.Join(dir, ManifestFile))
	line := strings.Count(strings.TrimRight(string(data), "\n"), "\n") // the last line, 1-based minus one
	for _, bad := range []string{"leren.example.nl/xapi", "https://", "https://leren example.nl", "https://x.nl/a?b=c", "https://x.nl/#top", "1http://x.nl", "[a, b]"} {
		ps := Validate(os.DirFS(withLines("xapi_home_page: https://sso.example.nl", "xapi_base: "+bad)))
		want := ManifestFile + ":" + strconv.Itoa(line+1) + `: "xapi_base" moet`
		found := false
		for _, p := range ps {
			found = found || strings.HasPrefix(p.String(), want)
		}
		if !found {
			t.Errorf("xapi_base %q: want a problem %q..., got %v", bad, want, ps)
		}
	}
}

// FuzzIRI: whatever iriProblem accepts has a scheme of letters first, ://,
// a host, and no white space, control character, ? or #; it never panics.
func FuzzIRI(f *testing.F) {
	for _, s := range []string{DefaultXAPIBase, "https://x.nl/a b", "urn:x", "http://[::1]/x", "ftp://é.nl/ü", "a+b://h", "https://h/\x7f", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if iriProblem(s) != "" {
			return
		}
		scheme, rest, ok := strings.Cut(s, "://")
		if !ok || scheme == "" || strings.HasPrefix(rest, "/") || rest == "" {
			t.Fatalf("%q accepted without scheme://host", s)
		}
		if c := scheme[0]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			t.Fatalf("%q accepted with scheme %q", s, scheme)
		}
		if strings.ContainsAny(s, " \t\r\n?#<>\"{}|\\^`\x00") {
			t.Fatalf("%q accepted", s)
		}
	})
}
