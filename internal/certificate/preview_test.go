package certificate

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWritePreviews writes example PDFs for a person to look at, when
// PIKETPALEN_CERT_PREVIEW names a directory:
//
//	PIKETPALEN_CERT_PREVIEW=/tmp/cert go test -run TestWritePreviews ./certificate/
//	pdftoppm -png -r 80 /tmp/cert/voorbeeld.pdf /tmp/cert/voorbeeld
func TestWritePreviews(t *testing.T) {
	dir := os.Getenv("PIKETPALEN_CERT_PREVIEW")
	if dir == "" {
		t.Skip("set PIKETPALEN_CERT_PREVIEW=DIR to write example certificates")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := Sample(testNow)
	if err != nil {
		t.Fatal(err)
	}
	long := testInput()
	long.Learner = "Maria Magdalena Theodora van den Bergh-Oudshoorn de Wit-Ĳsselstein"
	long.Organisation = ""
	long.Course.Subtitle = ""
	long.Modules = nil
	for i := 0; i < 14; i++ {
		long.Modules = append(long.Modules, ModuleResult{
			ID: fmt.Sprint(i), Title: fmt.Sprintf("Module %d over een onderwerp met een titel die niet in de kolom past", i),
			Score: 70 + 2*i, Passed: time.Date(2026, 11, 1+i, 12, 0, 0, 0, time.UTC),
		})
	}
	many := long
	for i := 14; i < 50; i++ {
		many.Modules = append(many.Modules, ModuleResult{
			ID: fmt.Sprint(i), Title: fmt.Sprintf("Module %d", i), Score: 50 + i, Passed: testNow,
		})
	}
	certs := map[string]*Certificate{"voorbeeld": s, "gewoon": issue(t)}
	for name, in := range map[string]Input{"lang": long, "vijftig": many} {
		c, err := Issue(in, testKey, testNow)
		if err != nil {
			t.Fatal(err)
		}
		certs[name] = c
	}
	for name, c := range certs {
		if _, _, err := WriteFiles(dir, name, c); err != nil {
			t.Fatal(err)
		}
		t.Log(filepath.Join(dir, name+".pdf"))
	}
}
