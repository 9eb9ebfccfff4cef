package winresource

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/modules"
)

func TestNumeric(t *testing.T) {
	for v, want := range map[string][4]uint16{
		"v1.2.3":             {1, 2, 3, 0},
		"1.2.3-4-gabcdef":    {1, 2, 3, 0},
		"1.2.3.4":            {1, 2, 3, 4},
		"v2":                 {2, 0, 0, 0},
		"1.0.0+build":        {1, 0, 0, 0},
		"dev":                {},
		"2f9f1130":           {}, // a bare commit hash is not version 2
		"1.99999.0":          {}, // does not fit in 16 bits
		"v1.2.3-dirty":       {1, 2, 3, 0},
		"1.2.3.4.5":          {}, // five parts: not a version
		"":                   {},
		"10.20.30.40-rc.1+x": {10, 20, 30, 40},
	} {
		if got := Numeric(v); got != want {
			t.Errorf("Numeric(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestCommittedSysoIsCurrent: the .syso files a plain go build links in are
// the ones genwinres makes now from the icon, the manifest and the built-in
// course; after changing any of those, run go generate ./cmd/piketpalen.
func TestCommittedSysoIsCurrent(t *testing.T) {
	c, err := course.Load(modules.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, arch := range Arches {
		want, err := Syso(ForCourse(c, "dev"), arch)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "..", "cmd", "piketpalen", SysoName(arch)))
		if err != nil {
			t.Fatalf("%v: run go generate ./cmd/piketpalen", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("cmd/piketpalen/%s is stale: run go generate ./cmd/piketpalen", SysoName(arch))
		}
	}
}

func TestForCourse(t *testing.T) {
	c := coursetest.Valid(t)
	info := ForCourse(c, "v1.4.0")
	if info.CompanyName != "Testorganisatie" || info.ProductName != "piketpalen" || info.Version != "v1.4.0" || !strings.Contains(info.Description, "Testcursus") {
		t.Errorf("%+v", info)
	}
}
