package didkey

import (
	"crypto/ed25519"
	"encoding/hex"
	"testing"
)

// TestKnownVector checks the encoding against the Ed25519 test vector of
// the did:key specification (public key of RFC 8032's test 1 is not there;
// the spec's own example is): z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp.
func TestKnownVector(t *testing.T) {
	// did:key spec, "Ed25519" example; its key bytes decoded from the spec's value.
	const did = "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp"
	pub, err := Decode(did)
	if err != nil {
		t.Fatal(err)
	}
	if got := Encode(pub); got != did {
		t.Errorf("round trip: %s, want %s", got, did)
	}
	// RFC 8032 test 1 public key, encoded and decoded.
	raw, _ := hex.DecodeString("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
	back, err := Decode(VerificationMethod(ed25519.PublicKey(raw)))
	if err != nil || hex.EncodeToString(back) != hex.EncodeToString(raw) {
		t.Errorf("verification method round trip: %x, %v", back, err)
	}
}

func TestRejects(t *testing.T) {
	for _, s := range []string{"", "did:web:x", "did:key:abc", "did:key:z0OIl", "did:key:z6Mk", "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme"} {
		if _, err := Decode(s); err == nil {
			t.Errorf("Decode(%q) accepted", s)
		}
	}
}
