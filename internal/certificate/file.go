package certificate

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/signedfile"
)

// maxFileSize bounds what ReadFile and VerifyFile read: a certificate PDF is
// some tens of kilobytes, so anything far larger is not one.
const maxFileSize = 16 << 20

// maxEmbedded bounds the size of the inflated embedded JSON, so a crafted
// PDF cannot make the reader inflate without end.
const maxEmbedded = 1 << 20

// Parse reads a certificate from the bytes of a JSON or PDF file, telling
// them apart by content, not by name. For a PDF it returns the embedded
// certificate. Errors wrap ErrUnreadable. It checks no signature.
func Parse(data []byte) (*Certificate, error) {
	if isPDF(data) {
		return ParsePDF(data)
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, fmt.Errorf("%w: neither a PDF nor a JSON certificate", ErrUnreadable)
	}
	return ParseJSON(trimmed)
}

func isPDF(data []byte) bool { return bytes.HasPrefix(data, []byte("%PDF-")) }

// embeddedFile matches the dictionary that go-pdf/fpdf writes before an
// embedded file's stream, capturing its compressed length, MD5 and size.
var embeddedFile = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`<< /Type /EmbeddedFile /Length (\d+) /Filter /FlateDecode /Params << /CheckSum <([0-9a-f]{32})> /Size (\d+) >> >>\s*stream\r?\n`)
})

// ParsePDF returns the certificate embedded in a PDF made by PDF. It finds
// the embedded file by the exact dictionary this package's PDF library
// writes, inflates it, checks its MD5 and parses it as JSON. It does not
// parse the rest of the PDF: VerifyPDF compares the whole file with a fresh
// rendering instead. Errors wrap ErrUnreadable.
func ParsePDF(data []byte) (*Certificate, error) {
	if !isPDF(data) {
		return nil, fmt.Errorf("%w: not a PDF", ErrUnreadable)
	}
	var firstErr error
	for _, m := range embeddedFile().FindAllSubmatchIndex(data, -1) {
		js, err := embeddedContent(data, m)
		if err == nil {
			var c *Certificate
			if c, err = ParseJSON(js); err == nil {
				return c, nil
			}
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if errors.Is(firstErr, ErrAltered) {
		return nil, fmt.Errorf("pdf: embedded certificate: %w", firstErr)
	}
	if firstErr != nil {
		return nil, fmt.Errorf("%w: pdf: embedded certificate: %v", ErrUnreadable, unwrapUnreadable(firstErr))
	}
	return nil, fmt.Errorf("%w: pdf: no embedded piketpalen certificate", ErrUnreadable)
}

// embeddedContent inflates the stream whose dictionary is matched by m
// (submatch indices of embeddedFile) and checks it against the recorded MD5
// and size.
func embeddedContent(data []byte, m []int) ([]byte, error) {
	n, err := strconv.Atoi(string(data[m[2]:m[3]]))
	if err != nil {
		return nil, fmt.Errorf("stream length: %w", err)
	}
	size, err := strconv.Atoi(string(data[m[6]:m[7]]))
	if err != nil || size > maxEmbedded {
		return nil, errors.New("stream size out of range")
	}
	start := m[1]
	if n < 0 || start+n > len(data) {
		return nil, errors.New("stream runs past the end of the file")
	}
	zr, err := zlib.NewReader(bytes.NewReader(data[start : start+n]))
	if err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	content, err := io.ReadAll(io.LimitReader(zr, maxEmbedded+1))
	if err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	sum := md5.Sum(content)
	if len(content) != size || hex.EncodeToString(sum[:]) != string(data[m[4]:m[5]]) {
		return nil, errors.New("damaged: size or checksum does not match")
	}
	return content, nil
}

// unwrapUnreadable drops a leading ErrUnreadable from err's message, to avoid
// saying it twice when err is wrapped again.
func unwrapUnreadable(err error) string {
	s := err.Error()
	prefix := ErrUnreadable.Error() + ": "
	if len(s) > len(prefix) && s[:len(prefix)] == prefix {
		return s[len(prefix):]
	}
	return s
}

// VerifyPDF checks a certificate PDF: it extracts the embedded certificate,
// verifies its signature (see Verify), and renders the PDF again from that
// data and compares the bytes with data. Any change to the file, to the
// visible text or anything else, makes the comparison fail and is reported
// as ErrAltered, even when the embedded JSON is intact. The certificate is
// returned whenever it could be read, also together with an error.
func VerifyPDF(data []byte, trust Trust) (*Certificate, error) {
	c, err := ParsePDF(data)
	if err != nil {
		return nil, err
	}
	verr := Verify(c, trust)
	if verr != nil && (errors.Is(verr, ErrUnreadable) || errors.Is(verr, ErrAltered) || errors.Is(verr, ErrOtherKey)) {
		return c, verr
	}
	want, err := PDF(c)
	if err != nil {
		return c, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	if !bytes.Equal(want, data) {
		return c, fmt.Errorf("%w: the PDF differs from the PDF of its signed data (%s)", ErrAltered, firstDifference(want, data))
	}
	return c, verr
}

// firstDifference describes where two byte slices first differ.
func firstDifference(want, got []byte) string {
	n := min(len(want), len(got))
	for i := 0; i < n; i++ {
		if want[i] != got[i] {
			return fmt.Sprintf("first difference at byte %d", i)
		}
	}
	return fmt.Sprintf("%d bytes instead of %d", len(got), len(want))
}

// VerifyJSON parses and verifies a certificate JSON file's bytes.
func VerifyJSON(data []byte, trust Trust) (*Certificate, error) {
	c, err := ParseJSON(data)
	if err != nil {
		return nil, err
	}
	return c, Verify(c, trust)
}

// ReadFile reads the certificate in a JSON or PDF file without checking it.
// Errors wrap ErrUnreadable.
func ReadFile(path string) (*Certificate, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// VerifyFile reads and checks the certificate in a JSON or PDF file (see
// VerifyJSON and VerifyPDF). It returns nil for an intact certificate, or an
// error wrapping ErrUnreadable, ErrAltered, ErrOtherKey or ErrSpecimen. The
// certificate is returned whenever it could be read, so a caller can show
// what it says.
func VerifyFile(path string, trust Trust) (*Certificate, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	var c *Certificate
	if isPDF(data) {
		c, err = VerifyPDF(data, trust)
	} else {
		c, err = Parse(data)
		if err == nil {
			err = Verify(c, trust)
		}
	}
	if err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// readLimited reads a file of at most maxFileSize bytes. Every failure,
// including a missing file, wraps ErrUnreadable.
func readLimited(path string) ([]byte, error) {
	return signedfile.Read(path, maxFileSize, ErrUnreadable, fmt.Errorf("%s: larger than %d MiB, not a certificate", path, maxFileSize>>20))
}

// WriteFiles writes c as base.pdf and base.json in dir and returns their
// paths. Each file is written to a temporary file in dir, synced and renamed
// over the target, so a reader never sees half a certificate. The JSON is
// written first: if the PDF fails, the JSON twin still stands on its own.
func WriteFiles(dir, base string, c *Certificate) (pdfPath, jsonPath string, err error) {
	js, err := JSON(c)
	if err != nil {
		return "", "", err
	}
	pdf, err := PDF(c)
	if err != nil {
		return "", "", err
	}
	jsonPath = filepath.Join(dir, base+".json")
	pdfPath = filepath.Join(dir, base+".pdf")
	if err := writeFileAtomic(jsonPath, js); err != nil {
		return "", "", err
	}
	if err := writeFileAtomic(pdfPath, pdf); err != nil {
		return "", "", err
	}
	return pdfPath, jsonPath, nil
}

// writeFileAtomic writes data to path atomically and durably, through the
// program's one mechanism for that (internal/atomicfile): its temporary file
// is removed on every error, and one that a killed process leaves is named
// so that the next start can sweep it away.
func writeFileAtomic(path string, data []byte) error {
	return atomicfile.WriteFile(path, data, 0o644)
}
