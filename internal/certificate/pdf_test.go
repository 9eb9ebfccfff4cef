package certificate

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
)

func pdfOf(t *testing.T, c *Certificate) []byte {
	t.Helper()
	b, err := PDF(c)
	if err != nil {
		t.Fatalf("PDF: %v", err)
	}
	return b
}

// utf16be is how a UTF-8 font's text appears in an uncompressed content
// stream: UTF-16BE code units, with the PDF string escapes.
func utf16be(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	b = bytes.ReplaceAll(b, []byte(`\`), []byte(`\\`))
	b = bytes.ReplaceAll(b, []byte(`(`), []byte(`\(`))
	return bytes.ReplaceAll(b, []byte(`)`), []byte(`\)`))
}

func TestPDFIsA4LandscapeWithFontsAndAttachment(t *testing.T) {
	b := pdfOf(t, issue(t))
	if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
		t.Fatal("not a complete PDF")
	}
	for _, want := range []string{
		"/MediaBox [0 0 841.89 595.28]", // A4 landscape, in points
		"/Subtype /CIDFontType2",
		"/FontFile2",
		"/EmbeddedFiles",
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if n := bytes.Count(b, []byte("/FontFile2")); n != 3 {
		t.Errorf("%d embedded fonts, want 3 (regular, bold, italic)", n)
	}
	if !bytes.Contains(b, utf16be(AttachmentName)) {
		t.Error("attachment name missing")
	}
	if len(b) > 80_000 {
		t.Errorf("PDF is %d bytes; a one-page certificate should stay well under 80 kB", len(b))
	}
	t.Logf("PDF size: %d bytes", len(b))
}

// TestPDFShowsEveryField looks into the uncompressed content stream for the
// name (with its diacritics), each score, the dates and the code.
func TestPDFShowsEveryField(t *testing.T) {
	c := issue(t)
	b, err := render(c, false)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Zoë Brontë-Ünal", "Gemeente Voorbeeldstad", "Certificaat",
		"Weet waar de piketpalen staan", "Versie 1.0.0", "Stand van zaken: 23 november 2026",
		"Afgerond op ", "15 november 2026", c.Code, VerifyHint, "Dilemma’s in de praktijk",
		SampleCourse.Issuer,
	}
	for _, s := range testScores {
		want = append(want, fmt.Sprintf("%d%%", s))
	}
	for _, s := range want {
		if !bytes.Contains(b, utf16be(s)) {
			t.Errorf("page does not show %q", s)
		}
	}
	if bytes.Contains(b, utf16be("VOORBEELD")) {
		t.Error("an ordinary certificate is marked as specimen")
	}
}

func TestSpecimenPDFCarriesTheMark(t *testing.T) {
	s, err := Sample(testNow)
	if err != nil {
		t.Fatal(err)
	}
	b, err := render(s, false)
	if err != nil {
		t.Fatal(err)
	}
	// Once in the banner, once along the diagonal.
	if n := bytes.Count(b, utf16be(SpecimenMark)); n != 2 {
		t.Errorf("specimen mark appears %d times, want 2", n)
	}
}

// TestPDFIsDeterministic: the same certificate gives the same bytes, also
// when it is rendered from its own parsed JSON, which is what VerifyPDF does.
func TestPDFIsDeterministic(t *testing.T) {
	c := issue(t)
	first := pdfOf(t, c)
	for i := 0; i < 5; i++ {
		if !bytes.Equal(first, pdfOf(t, c)) {
			t.Fatalf("rendering %d differs", i+2)
		}
	}
	js, _ := JSON(c)
	back, err := ParseJSON(js)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, pdfOf(t, back)) {
		t.Fatal("the PDF of the parsed JSON differs from the original PDF")
	}
	if !bytes.Contains(first, []byte("/CreationDate (D:20261123143015)")) {
		t.Error("creation date is not the certificate's")
	}
}

func TestPDFEmbedsTheSignedJSON(t *testing.T) {
	c := issue(t)
	got, err := ParsePDF(pdfOf(t, c))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := JSON(c)
	b, _ := JSON(got)
	if !bytes.Equal(a, b) {
		t.Errorf("embedded certificate differs:\n%s\n%s", a, b)
	}
}

func TestVerifyPDF(t *testing.T) {
	c := issue(t)
	got, err := VerifyPDF(pdfOf(t, c), defaultPub(t))
	if err != nil {
		t.Fatalf("VerifyPDF of an untouched PDF: %v", err)
	}
	if got.Learner != c.Learner {
		t.Errorf("learner %q", got.Learner)
	}
	s, _ := Sample(testNow)
	if _, err := VerifyPDF(pdfOf(t, s), defaultPub(t)); !errors.Is(err, ErrSpecimen) {
		t.Errorf("VerifyPDF(sample) = %v, want ErrSpecimen", err)
	}
}

// pageStream finds the page's compressed content stream in a PDF and returns
// the offsets of its data and of the number after its /Length.
func pageStream(t *testing.T, pdf []byte) (dataStart, dataEnd, lenStart, lenEnd int) {
	t.Helper()
	re := regexp.MustCompile(`<</Filter /FlateDecode /Length (\d+)>>\nstream\n`)
	for _, m := range re.FindAllSubmatchIndex(pdf, -1) {
		n, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
		zr, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+n]))
		if err != nil {
			continue
		}
		content, err := io.ReadAll(zr)
		if err == nil && bytes.Contains(content, []byte(" Tj ET")) {
			return m[1], m[1] + n, m[2], m[3]
		}
	}
	t.Fatal("no page content stream found")
	return
}

// editVisibleText does what a forger would: inflate the page content, change
// a text, deflate it and put it back with a corrected /Length.
func editVisibleText(t *testing.T, pdf []byte, from, to string) []byte {
	t.Helper()
	ds, de, ls, le := pageStream(t, pdf)
	zr, _ := zlib.NewReader(bytes.NewReader(pdf[ds:de]))
	content, _ := io.ReadAll(zr)
	if !bytes.Contains(content, utf16be(from)) {
		t.Fatalf("%q not on the page", from)
	}
	content = bytes.Replace(content, utf16be(from), utf16be(to), 1)
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(content)
	zw.Close()
	var out bytes.Buffer
	out.Write(pdf[:ls])
	out.WriteString(strconv.Itoa(z.Len()))
	out.Write(pdf[le:ds])
	out.Write(z.Bytes())
	out.Write(pdf[de:])
	return out.Bytes()
}

// TestPDFTamperingIsDetected changes a PDF in the ways a forger could: the
// visible score, bytes inside the compressed page, an appended update, and
// a PDF rendered from edited data (whose embedded signature then fails).
func TestPDFTamperingIsDetected(t *testing.T) {
	c := issue(t)
	orig := pdfOf(t, c)
	pub := defaultPub(t)

	ds, de, _, _ := pageStream(t, orig)
	flipped := bytes.Clone(orig)
	flipped[(ds+de)/2] ^= 0x20

	edited := *c
	edited.Learner = "Zoë Brontë-Ünal-de Vries"
	reRendered := pdfOf(t, &edited) // carries edited data with the old signature

	cases := map[string][]byte{
		"visible score":       editVisibleText(t, orig, "73%", "93%"),
		"visible name":        editVisibleText(t, orig, "Zoë", "Zoe"),
		"byte in page stream": flipped,
		"appended update":     append(bytes.Clone(orig), []byte("1 0 obj\n<<>>\nendobj\n%%EOF\n")...),
		"re-rendered edit":    reRendered,
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := VerifyPDF(data, pub); !errors.Is(err, ErrAltered) {
				t.Fatalf("VerifyPDF = %v, want ErrAltered", err)
			}
		})
	}
}

// minimalPDF makes a PDF that is not a certificate, optionally with an
// attachment of its own.
func minimalPDF(t *testing.T, attach []byte) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.SetFont("Helvetica", "", 12)
	if attach != nil {
		f.SetAttachments([]fpdf.Attachment{{Content: attach, Filename: "gegevens.json"}})
	}
	f.AddPage()
	f.Text(20, 20, "Geen certificaat")
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestUnreadableInput(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rnd.Uint32())
	}
	c := issue(t)
	orig := pdfOf(t, c)
	// Damage the embedded JSON's compressed stream: its MD5 no longer fits.
	m := embeddedFile().FindSubmatchIndex(orig)
	damaged := bytes.Clone(orig)
	damaged[m[1]+20] ^= 0xff

	cases := map[string][]byte{
		"random bytes":          random,
		"empty":                 nil,
		"white space":           []byte("  \n"),
		"text":                  []byte("Ik heb de cursus gehaald."),
		"pdf without cert":      minimalPDF(t, nil),
		"pdf, other attachment": minimalPDF(t, []byte(`{"naam": "Zoë"}`)),
		"pdf header only":       []byte("%PDF-1.4\n"),
		"damaged attachment":    damaged,
	}
	dir := t.TempDir()
	pub := defaultPub(t)
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse(data); !errors.Is(err, ErrUnreadable) {
				t.Errorf("Parse = %v, want ErrUnreadable", err)
			}
			for _, ext := range []string{".pdf", ".json"} {
				path := filepath.Join(dir, "x"+ext)
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
				if _, err := VerifyFile(path, pub); !errors.Is(err, ErrUnreadable) {
					t.Errorf("VerifyFile(%s) = %v, want ErrUnreadable", ext, err)
				}
			}
		})
	}
	if _, err := VerifyFile(filepath.Join(dir, "bestaat-niet.pdf"), pub); !errors.Is(err, ErrUnreadable) {
		t.Errorf("missing file: %v, want ErrUnreadable", err)
	}
}

func TestWriteFilesAndVerifyFile(t *testing.T) {
	dir := t.TempDir()
	c := issue(t)
	pdfPath, jsonPath, err := WriteFiles(dir, "certificaat", c)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(pdfPath) != "certificaat.pdf" || filepath.Base(jsonPath) != "certificaat.json" {
		t.Errorf("paths %s, %s", pdfPath, jsonPath)
	}
	for _, p := range []string{pdfPath, jsonPath} {
		got, err := VerifyFile(p, defaultPub(t))
		if err != nil {
			t.Errorf("VerifyFile(%s): %v", p, err)
		} else if got.Code != c.Code {
			t.Errorf("%s: code %s, want %s", p, got.Code, c.Code)
		}
		if r, err := ReadFile(p); err != nil || r.Learner != c.Learner {
			t.Errorf("ReadFile(%s) = %v, %v", p, r, err)
		}
	}
	// The kind of file is told by its content, not its name.
	renamed := filepath.Join(dir, "certificaat.bin")
	if err := os.Rename(pdfPath, renamed); err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyFile(renamed, defaultPub(t)); err != nil {
		t.Errorf("renamed PDF: %v", err)
	}
	// Overwriting works and leaves no temporary files behind.
	if _, _, err := WriteFiles(dir, "certificaat", c); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %v", names)
	}
}

func TestManyModulesStillRender(t *testing.T) {
	// wantPages 0: either is fine (it depends on how much the text above takes).
	for n, wantPages := range map[int]int{1: 1, 8: 1, 9: 1, 20: 1, 30: 0, 60: 2} {
		in := testInput()
		in.Modules = nil
		for i := 0; i < n; i++ {
			in.Modules = append(in.Modules, ModuleResult{
				ID: fmt.Sprintf("m%02d", i), Title: fmt.Sprintf("Module %d met een titel die vrij lang is", i),
				Score: 70 + i%31, Passed: testNow,
			})
		}
		c, err := Issue(in, testKey, testNow)
		if err != nil {
			t.Fatal(err)
		}
		b := pdfOf(t, c)
		pages := bytes.Count(b, []byte("/Type /Page\n"))
		if wantPages != 0 && pages != wantPages {
			t.Errorf("%d modules: %d pages, want %d", n, pages, wantPages)
		}
		if _, err := VerifyPDF(b, defaultPub(t)); err != nil {
			t.Errorf("%d modules: %v", n, err)
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	c := issue(b)
	for b.Loop() {
		if _, err := PDF(c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyPDF(b *testing.B) {
	benchmarkVerify(b, PDF, func(data []byte) error {
		_, err := VerifyPDF(data, Trust(testTrust))
		return err
	})
}

func BenchmarkVerifyJSON(b *testing.B) {
	benchmarkVerify(b, JSON, func(data []byte) error {
		_, err := VerifyJSON(data, testTrust)
		return err
	})
}

// benchmarkVerify times verify on the bytes encode makes of a test
// certificate; encoding is not timed.
func benchmarkVerify(b *testing.B, encode func(*Certificate) ([]byte, error), verify func([]byte) error) {
	data, err := encode(issue(b))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := verify(data); err != nil {
			b.Fatal(err)
		}
	}
}
