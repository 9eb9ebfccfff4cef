package certificate

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"piketpalen/internal/didkey"
	"piketpalen/internal/signedfile"
)

// The outcomes of checking a certificate other than "intact and from a
// trusted issuer". Errors returned by Verify, VerifyPDF and VerifyFile wrap
// exactly one of them; test with errors.Is. The CLI maps ErrUnreadable to
// exit status 2, ErrAltered, ErrOtherKey and ErrSpecimen to 1, and the
// intact-but-not-trusted ones (ErrSelfIssued, ErrUntrusted, ErrLegacyKey)
// to 3.
var (
	// ErrUnreadable: the input is not a certificate this program can read:
	// not JSON or PDF, a PDF without an embedded certificate, a missing
	// field, a newer format.
	ErrUnreadable = errors.New("not a readable certificate")

	// ErrAltered: the certificate was changed after it was signed: the
	// signature, the verification code or the PDF does not match the
	// signed data.
	ErrAltered = errors.New("certificate altered")

	// ErrOtherKey: a format 1 certificate whose signature does not verify
	// and that names another key than the old built-in one: made by a build
	// with its own seed, which cannot be checked here.
	ErrOtherKey = errors.New("certificate signed by another build of piketpalen")

	// ErrSpecimen: the certificate is intact but is a specimen (Specimen is
	// true): a sample for trainers and HR, never a valid certificate.
	ErrSpecimen = errors.New("specimen certificate, not valid")

	// ErrSelfIssued: intact, and a bewijs van deelname that the learner's
	// own program made and signed with a key of its own: no organisation
	// stands behind it.
	ErrSelfIssued = errors.New("intact, but self-issued by the learner")

	// ErrUntrusted: intact, signed by an issuer key that is not among the
	// trusted issuers given.
	ErrUntrusted = errors.New("intact, but the issuer is not trusted here")

	// ErrLegacyKey: an intact format 1 certificate, signed with the seed
	// that was built into every binary and is public: anyone could have
	// made it, so it is from no trusted issuer.
	ErrLegacyKey = errors.New("intact, but made with the old built-in key, which anyone could use")
)

// Trust answers whether an issuer, named by its did:key, is trusted, and
// under which name. issuer.Set implements it.
type Trust interface {
	Trusted(did string) (name string, ok bool)
}

// signingContext is put in front of the canonical form before signing, so a
// signature over a certificate can never be mistaken for a signature over
// anything else made with the same key.
const signingContext = "piketpalen certificaat v1\x00"

// Canonical returns the bytes that are signed: the JSON encoding of c with
// Code and Signature left out, on one line, without HTML escaping, fields in
// the order of the Certificate struct, and no trailing newline. Because it is
// computed from the parsed struct, a JSON file may be re-indented or have its
// keys reordered and still verify; any change to a value does not.
func Canonical(c *Certificate) ([]byte, error) {
	cc := *c
	cc.Code, cc.Signature = "", ""
	b, err := signedfile.Canonical(&cc)
	if err != nil {
		return nil, fmt.Errorf("canonical form of certificate: %w", err)
	}
	return b, nil
}

// Sign records the key's KeyID and did:key in c, signs c's canonical form
// with key, and sets Signature and the verification Code derived from it.
func Sign(c *Certificate, key ed25519.PrivateKey) error {
	if len(key) != ed25519.PrivateKeySize {
		return errors.New("sign certificate: invalid Ed25519 private key")
	}
	pub := key.Public().(ed25519.PublicKey)
	c.Key = KeyID(pub)
	if c.Version >= 2 {
		c.SignedBy = didkey.Encode(pub)
	}
	if err := c.check(); err != nil {
		return fmt.Errorf("sign certificate: %w", err)
	}
	msg, err := Canonical(c)
	if err != nil {
		return fmt.Errorf("sign certificate: %w", err)
	}
	sig, b64 := signedfile.Sign(key, signingContext, msg)
	c.Signature, c.Code = b64, CodeFor(sig)
	return nil
}

// SigningKey returns the public key that c's signature must verify with: the
// key its did:key names (format 2), or the old built-in key (format 1).
func SigningKey(c *Certificate) (ed25519.PublicKey, error) {
	if c.Version < 2 {
		return LegacyPublicKey(), nil
	}
	pub, err := didkey.Decode(c.SignedBy)
	if err != nil {
		return nil, fmt.Errorf("%w: signed_by: %v", ErrUnreadable, err)
	}
	return pub, nil
}

// CheckSignature reports whether c is intact: its signature verifies with
// the key it names and its code belongs to the signature. It returns nil or
// an error wrapping ErrUnreadable, ErrOtherKey or ErrAltered; it says
// nothing about trust.
func CheckSignature(c *Certificate) error {
	if err := c.check(); err != nil {
		return fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	pub, err := SigningKey(c)
	if err != nil {
		return err
	}
	sig, err := signedfile.Signature(c.Signature)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrAltered, err)
	}
	msg, err := Canonical(c)
	if err != nil {
		return fmt.Errorf("verify certificate: %w", err)
	}
	if !signedfile.Verify(pub, signingContext, msg, sig) {
		if id := KeyID(pub); c.Version < 2 && c.Key != id {
			return fmt.Errorf("%w: it names key %s, the old built-in key is %s", ErrOtherKey, c.Key, id)
		}
		return fmt.Errorf("%w: the signature does not match the contents", ErrAltered)
	}
	if c.Key != KeyID(pub) {
		return fmt.Errorf("%w: key id %s does not belong to the signing key", ErrAltered, c.Key)
	}
	if want := CodeFor(sig); c.Code != want {
		return fmt.Errorf("%w: verification code %q does not belong to the signature (want %s)", ErrAltered, c.Code, want)
	}
	return nil
}

// Verify checks c and who stands behind it. It returns nil only when c is
// intact, not a specimen, and signed by an issuer that trust trusts (trust
// may be nil: nobody is trusted). Otherwise it returns an error wrapping
// ErrUnreadable, ErrOtherKey or ErrAltered (not intact), ErrSpecimen, or
// one of the intact-but-not-trusted outcomes ErrLegacyKey, ErrSelfIssued
// and ErrUntrusted. Alteration is reported before anything else.
func Verify(c *Certificate, trust Trust) error {
	if err := CheckSignature(c); err != nil {
		return err
	}
	switch {
	case c.Specimen:
		return ErrSpecimen
	case c.Version < 2:
		return ErrLegacyKey
	case c.SelfIssued:
		return ErrSelfIssued
	}
	if trust != nil {
		if _, ok := trust.Trusted(c.SignedBy); ok {
			return nil
		}
	}
	return fmt.Errorf("%w: %s (%s)", ErrUntrusted, c.SignedByName, c.SignedBy)
}

// crockford is Crockford's base32 alphabet: digits and capitals without I, L,
// O and U, so a code read aloud or typed is hard to get wrong.
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// CodeFor derives the verification code from a signature: the first 60 bits
// of its SHA-256 in Crockford base32, as XXXX-XXXX-XXXX. The code is a short
// fingerprint that a person can compare between the paper and the output of
// "piketpalen verify"; the signature is what is checked.
func CodeFor(sig []byte) string {
	sum := sha256.Sum256(sig)
	v := binary.BigEndian.Uint64(sum[:8]) >> 4 // 60 bits
	var b strings.Builder
	for i := 11; i >= 0; i-- {
		b.WriteByte(crockford[(v>>(5*uint(i)))&31])
		if i == 8 || i == 4 {
			b.WriteByte('-')
		}
	}
	return b.String()
}

// NormalizeCode turns a code as a person might type it ("abcd efgh-jk0l")
// into the form CodeFor writes: upper case, I and L read as 1, O as 0, and
// dashes after every four symbols. Anything that is not a Crockford symbol is
// dropped.
func NormalizeCode(s string) string {
	var sym []byte
	for _, r := range strings.ToUpper(s) {
		switch r {
		case 'I', 'L':
			r = '1'
		case 'O':
			r = '0'
		}
		if strings.ContainsRune(crockford, r) {
			sym = append(sym, byte(r))
		}
	}
	var b strings.Builder
	for i, c := range sym {
		if i > 0 && i%4 == 0 {
			b.WriteByte('-')
		}
		b.WriteByte(c)
	}
	return b.String()
}
