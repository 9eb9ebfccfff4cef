package ob3

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"testing"
	"time"

	"piketpalen/internal/certificate"
)

var testKey = ed25519.NewKeyFromSeed([]byte("piketpalen ob3 test issuer key!!"))

// Issued returns an issued certificate and its credential, for tests here
// and in the interop test.
func issued(t testing.TB) (*certificate.Certificate, []byte) {
	t.Helper()
	now := time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC)
	in := certificate.Input{Learner: "Zoë Brontë-Ünal", Course: certificate.SampleCourse, IssuerName: "Ministerie van Voorbeeldzaken",
		LearnerID:  "0123456789abcdef0123456789abcdef",
		ValidUntil: time.Date(2028, 11, 21, 0, 0, 0, 0, time.UTC),
		Modules:    []certificate.ModuleResult{{ID: "m1", Title: "Module één", Score: 90, Passed: now}}}
	c, err := certificate.Issue(in, testKey, now)
	if err != nil {
		t.Fatal(err)
	}
	cred, err := Credential(c, testKey)
	if err != nil {
		t.Fatal(err)
	}
	return c, cred
}

func TestRoundTripAndTamper(t *testing.T) {
	c, cred := issued(t)
	got, err := Verify(cred)
	if err != nil {
		t.Fatalf("Verify: %v\n%s", err, cred)
	}
	if got.IssuerDID != c.SignedBy || got.Learner != c.Learner || got.Code != c.Code || got.ValidUntil.IsZero() {
		t.Errorf("checked = %+v", got)
	}
	for name, bad := range map[string][]byte{
		"learner": bytes.Replace(cred, []byte("Zoë Brontë-Ünal"), []byte("Mallory Nooitgeweest"), 1),
		"issuer":  bytes.Replace(cred, []byte("Ministerie van Voorbeeldzaken"), []byte("Ministerie van Nep"), 1),
		"date":    bytes.Replace(cred, []byte("2026-11-23T14:00:00Z"), []byte("2026-11-24T14:00:00Z"), 1),
	} {
		if bytes.Equal(bad, cred) {
			t.Fatalf("%s: nothing replaced", name)
		}
		if _, err := Verify(bad); !errors.Is(err, ErrAltered) {
			t.Errorf("%s changed: %v, want ErrAltered", name, err)
		}
	}
	if _, err := Verify([]byte(`{"@context":["https://example.org/x"]}`)); !errors.Is(err, ErrUnreadable) {
		t.Errorf("other context: %v", err)
	}
}

func BenchmarkVerify(b *testing.B) {
	_, cred := issued(b)
	for b.Loop() {
		if _, err := Verify(cred); err != nil {
			b.Fatal(err)
		}
	}
}
