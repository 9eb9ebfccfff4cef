package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
)

// verifyInput is an ordinary certificate request for the verify tests.
func verifyInput() certificate.Input {
	in := certificate.Input{
		Learner:      "Zoë Brontë-Ünal",
		Organisation: "Gemeente Voorbeeldstad",
		Course:       certificate.SampleCourse,
	}
	for i, title := range []string{"Primaat van de politiek", "Vrijheid van meningsuiting", "Jurisprudentie"} {
		in.Modules = append(in.Modules, certificate.ModuleResult{
			ID: title, Title: title, Score: []int{87, 73, 91}[i],
			Passed: time.Date(2026, time.November, 20+i, 12, 0, 0, 0, time.Local),
		})
	}
	return in
}

// writeCert issues a certificate and writes its PDF and JSON into a
// temporary directory.
func writeCert(t *testing.T) (pdfPath, jsonPath string, c *certificate.Certificate) {
	t.Helper()
	c, err := certificate.Issue(verifyInput(), time.Date(2026, time.November, 23, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	pdfPath, jsonPath, err = certificate.WriteFiles(t.TempDir(), "certificaat", c)
	if err != nil {
		t.Fatal(err)
	}
	return pdfPath, jsonPath, c
}

func verify(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCLI(append([]string{"verify"}, args...)...)
}

func TestVerifyIntact(t *testing.T) {
	pdfPath, jsonPath, c := writeCert(t)
	for _, p := range []string{pdfPath, jsonPath} {
		code, out, errs := verify(t, p)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s%s", p, code, out, errs)
		}
		for _, want := range []string{
			"Intact: dit certificaat is niet gewijzigd sinds piketpalen het maakte.",
			"Naam:             Zoë Brontë-Ünal",
			"Organisatie:      Gemeente Voorbeeldstad",
			"Cursus:           Weet waar de piketpalen staan",
			"Versie:           1.0.0",
			"Stand van zaken:  23 november 2026",
			"Afgerond op:      22 november 2026",
			"Vrijheid van meningsuiting    73%  21 november 2026",
			"87%", "91%",
			"Verificatiecode:  " + c.Code,
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q:\n%s", filepath.Base(p), want, out)
			}
		}
	}
}

func TestVerifyAltered(t *testing.T) {
	pdfPath, jsonPath, _ := writeCert(t)

	js, _ := os.ReadFile(jsonPath)
	forgedJSON := filepath.Join(t.TempDir(), "vervalst.json")
	os.WriteFile(forgedJSON, bytes.Replace(js, []byte(`"score": 73`), []byte(`"score": 93`), 1), 0o644)

	pdf, _ := os.ReadFile(pdfPath)
	pdf[len(pdf)/2] ^= 0x01 // inside the embedded fonts, past the attached JSON
	forgedPDF := filepath.Join(t.TempDir(), "vervalst.pdf")
	os.WriteFile(forgedPDF, pdf, 0o644)

	for _, p := range []string{forgedJSON, forgedPDF} {
		code, out, errs := verify(t, p)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1\n%s%s", filepath.Base(p), code, out, errs)
		}
		if !strings.HasPrefix(out, "GEWIJZIGD: ") {
			t.Errorf("%s: output:\n%s", filepath.Base(p), out)
		}
		if strings.Contains(out, "Naam:") {
			t.Errorf("%s: shows the contents of an altered certificate:\n%s", filepath.Base(p), out)
		}
	}
}

func TestVerifySpecimen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nieuw")
	var out, errb bytes.Buffer
	if code := runCertificateSample(locale.NL, dir, "", &out, &errb); code != 0 {
		t.Fatalf("runCertificateSample: exit %d: %s", code, errb.String())
	}
	pdfPath := filepath.Join(dir, "voorbeeldcertificaat.pdf")
	jsonPath := filepath.Join(dir, "voorbeeldcertificaat.json")
	for _, p := range []string{pdfPath, jsonPath} {
		if !strings.Contains(out.String(), p) {
			t.Errorf("sample output does not name %s:\n%s", p, out.String())
		}
		code, vout, verrs := verify(t, p)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (a specimen is not valid)\n%s%s", filepath.Base(p), code, vout, verrs)
		}
		if !strings.HasPrefix(vout, "VOORBEELD — geen geldig certificaat\n") ||
			!strings.Contains(vout, "Voorbeeldcertificaat: ") ||
			!strings.Contains(vout, "Zoë Brontë-Ünal") || strings.Contains(vout, "Intact") {
			t.Errorf("%s: output:\n%s", filepath.Base(p), vout)
		}
	}
}

func TestVerifyOtherKey(t *testing.T) {
	c, err := certificate.New(verifyInput(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	key, _ := certificate.KeyFromSeedHex(strings.Repeat("42", 32))
	if err := certificate.Sign(c, key); err != nil {
		t.Fatal(err)
	}
	pdfPath, _, err := certificate.WriteFiles(t.TempDir(), "ander", c)
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := verify(t, pdfPath)
	if code != 1 || !strings.HasPrefix(out, "NIET TE CONTROLEREN: ") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestVerifyUnreadable(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "rommel.pdf")
	os.WriteFile(garbage, []byte("%PDF-1.4\nniets\n%%EOF\n"), 0o644)
	empty := filepath.Join(dir, "leeg.json")
	os.WriteFile(empty, nil, 0o644)
	text := filepath.Join(dir, "brief.txt")
	os.WriteFile(text, []byte("Beste HR, ik heb de cursus gehaald."), 0o644)

	cases := map[string][]string{
		"pdf without certificate": {garbage},
		"empty file":              {empty},
		"text file":               {text},
		"missing file":            {filepath.Join(dir, "bestaat-niet.pdf")},
		"no argument":             nil,
		"two arguments":           {garbage, empty},
		"unknown flag":            {"--snel", garbage},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			code, out, errs := verify(t, args...)
			if code != 2 {
				t.Errorf("exit %d, want 2\n%s%s", code, out, errs)
			}
			if errs == "" {
				t.Error("nothing on stderr")
			}
		})
	}
}

func TestVerifyHelp(t *testing.T) {
	code, _, errs := verify(t, "-h")
	if code != 0 || !strings.Contains(errs, "Gebruik: piketpalen verify BESTAND") || !strings.Contains(errs, "Afsluitcode:") {
		t.Errorf("exit %d:\n%s", code, errs)
	}
}

// TestVerifyEnglish: with --lang en (before or after the file) the report,
// the labels, the dates and the verdicts are English; the certificate's own
// texts stay as they are.
func TestVerifyEnglish(t *testing.T) {
	pdfPath, jsonPath, c := writeCert(t)
	for _, args := range [][]string{{"--lang", "en", pdfPath}, {jsonPath, "--lang", "en"}} {
		code, out, errs := verify(t, args...)
		if code != 0 {
			t.Fatalf("%q: exit %d\n%s%s", args, code, out, errs)
		}
		for _, want := range []string{
			"Intact: this certificate has not been changed since piketpalen made it.",
			"Name:               Zoë Brontë-Ünal",
			"Organisation:       Gemeente Voorbeeldstad",
			"Course:             Weet waar de piketpalen staan",
			"Law as of:          23 November 2026",
			"Completed on:       22 November 2026",
			"Modules (passed at 70% or more):",
			"Vrijheid van meningsuiting    73%  21 November 2026",
			"Verification code:  " + c.Code,
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%q: output lacks %q:\n%s", args, want, out)
			}
		}
		for _, dutch := range []string{"Naam:", "november", "Intact: dit"} {
			if strings.Contains(out, dutch) {
				t.Errorf("%q: English output says %q:\n%s", args, dutch, out)
			}
		}
	}

	js, _ := os.ReadFile(jsonPath)
	forged := filepath.Join(t.TempDir(), "vervalst.json")
	os.WriteFile(forged, bytes.Replace(js, []byte(`"score": 73`), []byte(`"score": 93`), 1), 0o644)
	if code, out, _ := verify(t, forged, "--lang", "en"); code != 1 || !strings.HasPrefix(out, "ALTERED: ") {
		t.Errorf("altered: exit %d:\n%s", code, out)
	}

	dir := t.TempDir()
	var sout, serr bytes.Buffer
	if code := runCertificateSample(locale.EN, dir, "", &sout, &serr); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, serr.String())
	}
	code, out, _ := verify(t, "--lang", "en", filepath.Join(dir, "voorbeeldcertificaat.pdf"))
	if code != 1 || !strings.HasPrefix(out, "SAMPLE — not a valid certificate\n") || !strings.Contains(out, "Sample certificate: the file has not been changed") {
		t.Errorf("sample: exit %d:\n%s", code, out)
	}

	code, _, errs := verify(t, filepath.Join(dir, "bestaat-niet.pdf"), "--lang", "en")
	if code != 2 || !strings.Contains(errs, "cannot be read as a piketpalen certificate") {
		t.Errorf("missing file: exit %d:\n%s", code, errs)
	}
	code, _, errs = verify(t, "-h", "--lang", "en")
	if code != 0 || !strings.Contains(errs, "Usage: piketpalen verify FILE") || !strings.Contains(errs, "Exit status:") {
		t.Errorf("-h: exit %d:\n%s", code, errs)
	}
}
