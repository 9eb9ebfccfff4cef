package certificate

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// These tests check the PDF with independent readers: poppler-utils
// (pdftotext, pdffonts, pdfdetach) and qpdf. They are skipped, saying so,
// where those programs are not installed; the pure-Go tests in pdf_test.go
// always run.

// tool returns the path of an external program or skips the test.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (apt-get install poppler-utils qpdf); skipping this check", name)
	}
	return p
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, prog string, args ...string) string {
	t.Helper()
	out, err := exec.Command(prog, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(prog), strings.Join(args, " "), err, out)
	}
	return string(out)
}

func TestPdftotextGivesBackTheText(t *testing.T) {
	pdftotext := tool(t, "pdftotext")
	c := issue(t)
	text := run(t, pdftotext, writeTemp(t, "c.pdf", pdfOf(t, c)), "-")
	want := []string{
		"Zoë Brontë-Ünal", "Gemeente Voorbeeldstad", "Certificaat", "Weet waar de piketpalen staan",
		"Stand van zaken: 23 november 2026", "Afgerond op 15 november 2026", c.Code,
		"Controleer met: piketpalen verify <bestand>", "Dilemma’s in de praktijk",
	}
	for _, s := range testScores {
		want = append(want, fmt.Sprintf("%d%%", s))
	}
	for _, s := range want {
		if !strings.Contains(text, s) {
			t.Errorf("pdftotext output lacks %q", s)
		}
	}
	if t.Failed() {
		t.Logf("pdftotext output:\n%s", text)
	}
}

func TestPdftotextOfSpecimen(t *testing.T) {
	pdftotext := tool(t, "pdftotext")
	s, err := Sample(testNow)
	if err != nil {
		t.Fatal(err)
	}
	text := run(t, pdftotext, writeTemp(t, "s.pdf", pdfOf(t, s)), "-")
	for _, w := range []string{"Zoë Brontë-Ünal", "Ministerie van Voorbeeldzaken", SpecimenMark, "88%", "100%"} {
		if !strings.Contains(text, w) {
			t.Errorf("pdftotext output lacks %q", w)
		}
	}
}

func TestQpdfCheckIsClean(t *testing.T) {
	qpdf := tool(t, "qpdf")
	s, _ := Sample(testNow)
	for name, c := range map[string]*Certificate{"ordinary": issue(t), "specimen": s} {
		out := run(t, qpdf, "--check", writeTemp(t, name+".pdf", pdfOf(t, c)))
		if !strings.Contains(out, "No syntax or stream encoding errors") || strings.Contains(strings.ToLower(out), "warning") {
			t.Errorf("%s: qpdf --check:\n%s", name, out)
		}
	}
}

func TestPdffontsShowsEmbeddedFonts(t *testing.T) {
	pdffonts := tool(t, "pdffonts")
	out := run(t, pdffonts, writeTemp(t, "c.pdf", pdfOf(t, issue(t))))
	lines := strings.Split(strings.TrimSpace(out), "\n")[2:] // after the header
	if len(lines) != 3 {
		t.Fatalf("want 3 fonts:\n%s", out)
	}
	for _, l := range lines {
		f := strings.Fields(l)
		// name, type (2 words), encoding, emb, sub, uni, object id (2 words)
		if len(f) < 7 || f[4] != "yes" || f[6] != "yes" {
			t.Errorf("font not embedded with a Unicode map: %s", l)
		}
	}
}

// TestPdfdetachExtractsTheJSON: an ordinary PDF tool can take the signed
// JSON out of the PDF, and it is the JSON twin.
func TestPdfdetachExtractsTheJSON(t *testing.T) {
	pdfdetach := tool(t, "pdfdetach")
	c := issue(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "eruit.json")
	run(t, pdfdetach, "-save", "1", "-o", out, writeTemp(t, "c.pdf", pdfOf(t, c)))
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := JSON(c)
	if !bytes.Equal(got, want) {
		t.Errorf("extracted JSON differs:\n%s", got)
	}
	list := run(t, pdfdetach, "-list", writeTemp(t, "d.pdf", pdfOf(t, c)))
	if !strings.Contains(list, AttachmentName) {
		t.Errorf("pdfdetach -list:\n%s", list)
	}
}

// TestForgedScoreIsVisibleButCaught shows that the forgery in
// TestPDFTamperingIsDetected really changes what a reader shows, so the
// verification is catching a visible change, not a broken file.
func TestForgedScoreIsVisibleButCaught(t *testing.T) {
	pdftotext := tool(t, "pdftotext")
	forged := editVisibleText(t, pdfOf(t, issue(t)), "73%", "93%")
	text := run(t, pdftotext, writeTemp(t, "f.pdf", forged), "-")
	if !strings.Contains(text, "93%") || strings.Contains(text, "73%") {
		t.Fatalf("forgery did not change the visible text:\n%s", text)
	}
	if _, err := VerifyPDF(forged, defaultPub(t)); err == nil {
		t.Fatal("forged PDF verified")
	}
}
