package certificate

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
)

// legacyPublicHex is the public key of the signing seed that format 1
// certificates were made with. That seed was built into every binary and
// published with the source, so anyone could sign with it: a certificate
// that verifies with this key is intact at most, never from a trusted
// issuer (ErrLegacyKey). This program holds only the public half; it signs
// nothing with it.
const legacyPublicHex = "8e61e39891edc25c273cab948ebbd898ef90ab60cd027a6bd099b63d9059f533"

// LegacyPublicKey returns the public key of the old built-in seed, with
// which format 1 certificates and format 1 and 2 result files are checked.
func LegacyPublicKey() ed25519.PublicKey {
	b, err := hex.DecodeString(legacyPublicHex)
	if err != nil || len(b) != ed25519.PublicKeySize {
		panic("certificate: legacyPublicHex is not an Ed25519 public key")
	}
	return ed25519.PublicKey(b)
}

// KeyID is a short name for a public key: the first 8 hex digits of its
// SHA-256. It tells keys apart in messages; it is no security measure in
// itself.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:4])
}
