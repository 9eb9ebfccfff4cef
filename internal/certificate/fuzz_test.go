package certificate

import (
	"errors"
	"testing"

	"piketpalen/internal/roundtrip"
	"piketpalen/internal/termsafe"
)

// FuzzReadCertificate feeds Parse and the verification of a certificate's
// bytes (a JSON file or a PDF, told apart by content) with anything. They
// must never panic; a certificate they read passes its checks, has clean
// names, and re-encodes to JSON that reads the same; one that verifies
// intact verifies again after the round trip. The seeds are in
// testdata/fuzz/FuzzReadCertificate.
func FuzzReadCertificate(f *testing.F) {
	pub := Trust(testTrust)
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
		c2 := roundtrip.Check(t, "certificate", c, JSON, ParseJSON, Canonical)
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
