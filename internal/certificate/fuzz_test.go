package certificate

import (
	"bytes"
	"errors"
	"testing"

	"piketpalen/internal/termsafe"
)

// FuzzReadCertificate feeds Parse and the verification of a certificate's
// bytes (a JSON file or a PDF, told apart by content) with anything. They
// must never panic; a certificate they read passes its checks, has clean
// names, and re-encodes to JSON that reads the same; one that verifies
// intact verifies again after the round trip. The seeds are in
// testdata/fuzz/FuzzReadCertificate.
func FuzzReadCertificate(f *testing.F) {
	f.Add([]byte(`{"kind":"piketpalen-certificaat","version":1}`))
	f.Add([]byte("%PDF-1.3\n<< /Type /EmbeddedFile /Length 3 /Filter /FlateDecode /Params << /CheckSum <00000000000000000000000000000000> /Size 3 >> >>\nstream\nabc"))
	pub, err := Trust(testTrust), error(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data)
		if err != nil {
			return
		}
		if err := c.check(); err != nil {
			t.Fatalf("accepted a certificate that fails check: %v", err)
		}
		if !termsafe.Safe(c.Learner) || !termsafe.Safe(c.Organisation) {
			t.Fatalf("accepted names not safe to show: %q %q", c.Learner, c.Organisation)
		}
		js, err := JSON(c)
		if err != nil {
			t.Fatal(err)
		}
		c2, err := ParseJSON(js)
		if err != nil {
			t.Fatalf("re-encoded certificate not accepted: %v\n%s", err, js)
		}
		a, _ := Canonical(c)
		b, _ := Canonical(c2)
		if !bytes.Equal(a, b) {
			t.Fatalf("re-encoded certificate reads otherwise:\n%s\n%s", a, b)
		}
		var verr error
		if isPDF(data) {
			_, verr = VerifyPDF(data, pub)
		} else {
			verr = Verify(c, pub)
		}
		if verr == nil || errors.Is(verr, ErrSpecimen) {
			if err := Verify(c2, pub); err != nil && !errors.Is(err, ErrSpecimen) {
				t.Fatalf("intact, but not after a round trip: %v", err)
			}
		}
	})
}
