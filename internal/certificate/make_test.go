package certificate

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/progress"
)

func TestFileBase(t *testing.T) {
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	cases := map[string]string{
		"Zoë Brontë-Ünal":       "certificaat-zoe-bronte-unal-2026-11-23",
		"  Jan  de Vries ":      "certificaat-jan-de-vries-2026-11-23",
		"../../etc/passwd":      "certificaat-etc-passwd-2026-11-23",
		"Ĳsbrand Łukasz":        "certificaat-ijsbrand-lukasz-2026-11-23",
		"":                      "certificaat-2026-11-23",
		strings.Repeat("a", 60): "certificaat-" + strings.Repeat("a", 40) + "-2026-11-23",
	}
	for in, want := range cases {
		if got := FileBase(in, now); got != want {
			t.Errorf("FileBase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMakeNeedsEveryModule(t *testing.T) {
	c := coursetest.Valid(t)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	st := progress.New()
	st.Record("01-eerste").Attempts = []*course.Attempt{coursetest.Attempt(c, c.Module("01-eerste"), 3, now)}
	dir := t.TempDir()
	_, _, _, err := Make(c, st, "Jan de Vries", "", dir, testKey, now)
	var np *NotPassedError
	if !errors.As(err, &np) || len(np.Missing) != 1 || np.Missing[0].ID != "02-tweede" {
		t.Fatalf("err = %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files written for a learner who did not pass: %v", entries)
	}
	st.Record("02-tweede").Attempts = []*course.Attempt{coursetest.Passed(c, c.Module("02-tweede"), now)}
	cert, pdfPath, jsonPath, err := Make(c, st, "Jan de Vries", "Gemeente Test", dir, testKey, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(cert.Modules) != 2 || cert.Modules[0].Score != 75 || cert.Course != "Testcursus" {
		t.Errorf("certificate: %+v", cert)
	}
	pub := Trust(testTrust)
	for _, p := range []string{pdfPath, jsonPath} {
		if _, err := VerifyFile(p, pub); !errors.Is(err, ErrSelfIssued) {
			t.Errorf("%s: %v, want intact and self-issued", p, err)
		}
	}
}

func TestSampleForACourse(t *testing.T) {
	c := coursetest.Valid(t)
	s, err := SampleFor(c, time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if !s.Specimen || s.Course != "Testcursus" || len(s.Modules) != 2 || s.Modules[1].Title != "Tweede module" || s.Modules[0].Score == 0 {
		t.Errorf("specimen: %+v", s)
	}
	pub := Trust(testTrust)
	if err := Verify(s, pub); !errors.Is(err, ErrSpecimen) {
		t.Errorf("verify a specimen: %v, want ErrSpecimen", err)
	}
}
