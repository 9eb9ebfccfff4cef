package results

import (
	"errors"
	"testing"

	"piketpalen/internal/certificate"
	"piketpalen/internal/roundtrip"
	"piketpalen/internal/termsafe"
)

// FuzzReadResultFile feeds Parse, the reader of every result file a trainer
// collects, with anything. It must never panic, and what it accepts as
// intact must be a result file this program would write: its checks hold,
// its names are clean (certificate.CleanName would not change them), it
// re-encodes to a file Parse reads as the same, and the signature still
// holds. A file returned with ErrTampered or ErrOtherKey must also pass
// check, so a caller may show the name it claims. The seeds are in
// testdata/fuzz/FuzzReadResultFile.
func FuzzReadResultFile(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		rf, err := Parse(data)
		if err != nil {
			if rf != nil {
				if !errors.Is(err, ErrTampered) && !errors.Is(err, ErrOtherKey) {
					t.Fatalf("a file returned with %v", err)
				}
				if cerr := rf.check(); cerr != nil {
					t.Fatalf("a file that fails check returned: %v", cerr)
				}
			}
			return
		}
		if err := rf.check(); err != nil {
			t.Fatalf("accepted a file that fails check: %v", err)
		}
		for _, name := range []string{rf.Learner, rf.Organisation} {
			if clean, err := certificate.CleanName(certificate.LearnerName, name); err != nil || clean != name {
				t.Fatalf("accepted name %q (clean %q, %v)", name, clean, err)
			}
			if !termsafe.Safe(name) {
				t.Fatalf("accepted name %q that is not safe to show", name)
			}
		}
		roundtrip.Check(t, "file", rf, Marshal, Parse, Canonical)
	})
}
