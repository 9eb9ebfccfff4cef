package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"os"
	"path/filepath"
	"piketpalen/internal/issuer"
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
		IssuerName:   "Gemeente Voorbeeldstad",
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
	c, err := certificate.Issue(verifyInput(), testIssuer.Private, time.Date(2026, time.November, 23, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	pdfPath, jsonPath, err = certificate.WriteFiles(t.TempDir(), "certificaat", c)
	if err != nil {
		t.Fatal(err)
	}
	return pdfPath, jsonPath, c
}

// testIssuer is the organisation whose certificates writeCert issues;
// verify trusts it.
var testIssuer = &issuer.Key{Name: "Gemeente Voorbeeldstad", Private: ed25519.NewKeyFromSeed([]byte("cmd verify test issuer key 32 by"))}

// testIssuerFile writes testIssuer's public issuer file and returns its path.
func testIssuerFile(t *testing.T) string {
	t.Helper()
	data, _ := json.Marshal(testIssuer.Public())
	p := filepath.Join(t.TempDir(), "test"+issuer.PublicExt)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// verify runs "piketpalen verify" with testIssuer trusted.
func verify(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCLI(append([]string{"verify", "--issuer", testIssuerFile(t)}, args...)...)
}

func TestVerifyIntact(t *testing.T) {
	pdfPath, jsonPath, c := writeCert(t)
	for _, p := range []string{pdfPath, jsonPath} {
		intactReport(t, []string{p},
			"Intact en uitgegeven door Gemeente Voorbeeldstad, een vertrouwde uitgever.",
			"Naam:              Zoë Brontë-Ünal",
			"Organisatie:       Gemeente Voorbeeldstad",
			"Cursus:            Weet waar de piketpalen staan",
			"Versie:            1.0.0",
			"Stand van zaken:   23 november 2026",
			"Afgerond op:       22 november 2026",
			"Vrijheid van meningsuiting    73%  21 november 2026",
			"87%", "91%",
			"Verificatiecode:   "+c.Code,
		)
	}
}

// intactReport runs verify with args, which must end with exit 0 (intact,
// from a trusted issuer), and checks that its report has every text of
// want; it returns the report.
func intactReport(t *testing.T, args []string, want ...string) string {
	t.Helper()
	code, out, errs := verify(t, args...)
	if code != 0 {
		t.Fatalf("%q: exit %d\n%s%s", args, code, out, errs)
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%q: output lacks %q:\n%s", args, w, out)
		}
	}
	return out
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
		// after the Dutch verdict, the check's own finding only on a
		// detail line that says so in Dutch, never as a bare English line
		for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
			if !strings.HasPrefix(line, "Details: ") {
				t.Errorf("%s: a line on stderr that is not a detail line: %q", filepath.Base(p), line)
			}
		}
	}
}

func TestVerifySpecimen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nieuw")
	var out, errb bytes.Buffer
	if code := runCertificateSample(locale.NL, dir, "", "", &out, &errb); code != 0 {
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

// TestVerifyOtherIssuer: a certificate issued with key A does not verify as
// trusted when only issuer B is trusted: exit 3, and it says so.
func TestVerifyOtherIssuer(t *testing.T) {
	c, err := certificate.Issue(verifyInput(), ed25519.NewKeyFromSeed([]byte("some other organisation's key 32")), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	pdfPath, _, err := certificate.WriteFiles(t.TempDir(), "ander", c)
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := verify(t, pdfPath)
	if code != verifyNotTrusted || !strings.Contains(out, "niet vertrouwd") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// With no issuer trusted at all, the same.
	if code, out, _ := runCLI("verify", pdfPath); code != verifyNotTrusted {
		t.Errorf("nobody trusted: exit %d:\n%s", code, out)
	}
}

// TestVerifyFormat1Fixture: a certificate of format 1, made with the old
// built-in key before it was removed, still verifies as intact, but as made
// with a key anyone had: exit 3, never 0.
func TestVerifyFormat1Fixture(t *testing.T) {
	for _, p := range []string{"../../internal/certificate/testdata/v1-builtin-key.pdf", "../../internal/certificate/testdata/v1-builtin-key.json"} {
		code, out, errs := verify(t, p)
		if code != verifyNotTrusted || !strings.Contains(out, "oude ingebouwde sleutel") || !strings.Contains(out, "Zoë Brontë-Ünal") {
			t.Errorf("%s: exit %d\n%s%s", p, code, out, errs)
		}
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
		out := intactReport(t, args,
			"Intact and issued by Gemeente Voorbeeldstad, a trusted issuer.",
			"Name:               Zoë Brontë-Ünal",
			"Organisation:       Gemeente Voorbeeldstad",
			"Course:             Weet waar de piketpalen staan",
			"Law as of:          23 November 2026",
			"Completed on:       22 November 2026",
			"Modules (passed at 70% or more):",
			"Vrijheid van meningsuiting    73%  21 November 2026",
			"Verification code:  "+c.Code,
		)
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
	if code := runCertificateSample(locale.EN, dir, "", "", &sout, &serr); code != 0 {
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
