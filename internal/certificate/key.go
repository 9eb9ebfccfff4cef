package certificate

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// seedHex is the 32-byte Ed25519 seed, in hex, of the key that signs
// certificates made by this build. It is a variable, not a constant, so that
// it can be replaced at build time; see DefaultKey.
var seedHex = defaultSeedHex

// DefaultKey returns this build's signing key, derived from a seed compiled
// into the binary. It fails only when a seed given with -ldflags is not 64
// hex digits.
//
// What the signature proves, and what it does not: piketpalen is an offline,
// self-paced program, so the key that signs certificates has to travel inside
// the binary. Anyone who has the binary (or this source) can, with some
// effort, take the key out and sign a certificate of their own making, and a
// learner can edit their own progress files before exporting. A certificate
// that verifies therefore shows only that it was not altered after a
// piketpalen with this key made it: no name, score or date was changed in the
// PDF or the JSON. It does not prove that the learner really answered the
// questions. An organisation that needs more must add a process of its own
// (an exam under supervision, results collected by the trainer).
//
// The default seed is public, in the source. An organisation that builds its
// own binary should give it its own seed, so that certificates of its build
// verify only with its build:
//
//	seed=$(openssl rand -hex 32)   # keep it with the build scripts, not in the repository
//	go build -ldflags "-X piketpalen/internal/certificate.seedHex=$seed" ./cmd/piketpalen
//
// Every certificate records the KeyID of the key that signed it, so that a
// build with another key reports "signed by another build" (ErrOtherKey)
// instead of "altered".
func DefaultKey() (ed25519.PrivateKey, error) {
	return KeyFromSeedHex(seedHex)
}

// defaultSeedHex is the seed in the source, which anyone can read.
const defaultSeedHex = "9e53246ed77ec4f1f19c44d9181c5650de364fbb14babf81a8bc79a67a8870dd"

// BuildKey says which signing key this build carries: its KeyID, and
// whether it is the public key from the source. It is shown by --version
// and doctor, so that a build made with -ldflags -X on a wrong or stale
// symbol path (which Go ignores without a word) is seen to carry the
// public key after all.
func BuildKey() (id string, public bool, err error) {
	pub, err := DefaultPublicKey()
	if err != nil {
		return "", false, err
	}
	return KeyID(pub), strings.TrimSpace(seedHex) == defaultSeedHex, nil
}

// DefaultPublicKey returns the public half of DefaultKey, the key that
// verification uses.
func DefaultPublicKey() (ed25519.PublicKey, error) {
	k, err := DefaultKey()
	if err != nil {
		return nil, err
	}
	return k.Public().(ed25519.PublicKey), nil
}

// KeyFromSeedHex makes an Ed25519 key from a 32-byte seed written as 64 hex
// digits.
func KeyFromSeedHex(s string) (ed25519.PrivateKey, error) {
	seed, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("certificate signing seed: want %d hex digits, got %q", 2*ed25519.SeedSize, s)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// KeyID is a short name for a public key: the first 8 hex digits of its
// SHA-256. It tells builds with different keys apart; it is no security
// measure in itself.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:4])
}
