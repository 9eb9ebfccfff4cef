// Package didkey writes and reads did:key identifiers of Ed25519 public
// keys (W3C CCG did:key method): "did:key:z" followed by the base58btc
// encoding of the multicodec prefix ed25519-pub (0xed 0x01) and the 32 key
// bytes. The same "z…" string is the key's publicKeyMultibase (Multikey),
// and "did:key:z…#z…" is its verification method. A did:key carries the key
// itself, so it can be resolved offline.
package didkey

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"math/big"
	"strings"
)

const (
	prefix   = "did:key:"
	alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
)

// multicodec ed25519-pub, as an unsigned varint.
var ed25519Pub = []byte{0xed, 0x01}

// Multibase returns the publicKeyMultibase of pub: "z" and base58btc of the
// multicodec-prefixed key.
func Multibase(pub ed25519.PublicKey) string {
	return "z" + base58(append(append([]byte{}, ed25519Pub...), pub...))
}

// Encode returns the did:key of pub.
func Encode(pub ed25519.PublicKey) string { return prefix + Multibase(pub) }

// VerificationMethod returns the id of pub's verification method in its
// did:key document: the DID, "#", and the multibase key.
func VerificationMethod(pub ed25519.PublicKey) string {
	return Encode(pub) + "#" + Multibase(pub)
}

// Decode returns the Ed25519 public key of a did:key (a fragment, as in a
// verification method id, is allowed if it names the same key).
func Decode(did string) (ed25519.PublicKey, error) {
	rest, ok := strings.CutPrefix(did, prefix)
	if !ok {
		return nil, fmt.Errorf("%q is not a did:key", did)
	}
	mb, frag, hasFrag := strings.Cut(rest, "#")
	if hasFrag && frag != mb {
		return nil, fmt.Errorf("%q: the fragment names another key", did)
	}
	pub, err := DecodeMultibase(mb)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", did, err)
	}
	return pub, nil
}

// DecodeMultibase reads a publicKeyMultibase written by Multibase.
func DecodeMultibase(mb string) (ed25519.PublicKey, error) {
	enc, ok := strings.CutPrefix(mb, "z")
	if !ok {
		return nil, errors.New("not base58btc multibase (no leading z)")
	}
	raw, err := unbase58(enc)
	if err != nil {
		return nil, err
	}
	if len(raw) != 2+ed25519.PublicKeySize || raw[0] != ed25519Pub[0] || raw[1] != ed25519Pub[1] {
		return nil, errors.New("not an Ed25519 public key (multicodec 0xed01, 32 bytes)")
	}
	return ed25519.PublicKey(raw[2:]), nil
}

func base58(b []byte) string {
	n := new(big.Int).SetBytes(b)
	base, mod := big.NewInt(58), new(big.Int)
	var out []byte
	for n.Sign() > 0 {
		n.DivMod(n, base, mod)
		out = append(out, alphabet[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, alphabet[0])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func unbase58(s string) ([]byte, error) {
	if len(s) > 200 {
		return nil, errors.New("too long for a key")
	}
	n := new(big.Int)
	base := big.NewInt(58)
	zeros := 0
	for i, r := range s {
		d := strings.IndexRune(alphabet, r)
		if d < 0 {
			return nil, fmt.Errorf("%q is not a base58 character", r)
		}
		if d == 0 && i == zeros {
			zeros++
		}
		n.Mul(n, base).Add(n, big.NewInt(int64(d)))
	}
	return append(make([]byte, zeros), n.Bytes()...), nil
}

// Base58 encodes b in base58btc (the Bitcoin alphabet), as multibase "z"
// values and Data Integrity proof values use.
func Base58(b []byte) string { return base58(b) }

// Unbase58 decodes base58btc; it is for values of at most 200 characters.
func Unbase58(s string) ([]byte, error) { return unbase58(s) }
