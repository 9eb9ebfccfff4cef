package certificate

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// The outcomes of checking a certificate other than "intact". Errors returned
// by Verify, VerifyPDF and VerifyFile wrap exactly one of them; test with
// errors.Is. A CLI maps ErrUnreadable to exit status 2 and the others to 1.
var (
	// ErrUnreadable: the input is not a certificate this program can read:
	// not JSON or PDF, a PDF without an embedded certificate, a missing
	// field, a newer format.
	ErrUnreadable = errors.New("not a readable certificate")

	// ErrAltered: the certificate was changed after it was signed, or was
	// never signed by piketpalen: the signature, the verification code or
	// the PDF does not match the signed data.
	ErrAltered = errors.New("certificate altered")

	// ErrOtherKey: the signature does not verify, and the certificate names a
	// different signing key than this build's: it was made (or claims to be
	// made) by a piketpalen built with another key. It cannot be checked
	// here and is not valid here.
	ErrOtherKey = errors.New("certificate signed by another build of piketpalen")

	// ErrSpecimen: the certificate is intact but is a specimen (Specimen is
	// true): a sample for trainers and HR, never a valid certificate.
	ErrSpecimen = errors.New("specimen certificate, not valid")
)

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
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&cc); err != nil {
		return nil, fmt.Errorf("canonical form of certificate: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Sign records the key's KeyID in c, signs c's canonical form with key, and
// sets Signature and the verification Code derived from it.
func Sign(c *Certificate, key ed25519.PrivateKey) error {
	if len(key) != ed25519.PrivateKeySize {
		return errors.New("sign certificate: invalid Ed25519 private key")
	}
	if err := c.check(); err != nil {
		return fmt.Errorf("sign certificate: %w", err)
	}
	c.Key = KeyID(key.Public().(ed25519.PublicKey))
	msg, err := Canonical(c)
	if err != nil {
		return fmt.Errorf("sign certificate: %w", err)
	}
	sig := ed25519.Sign(key, append([]byte(signingContext), msg...))
	c.Signature = base64.StdEncoding.EncodeToString(sig)
	c.Code = CodeFor(sig)
	return nil
}

// Verify checks c against the public key pub. It returns nil when c is intact
// and not a specimen, and otherwise an error wrapping ErrUnreadable (fields
// missing or malformed), ErrOtherKey, ErrAltered, or ErrSpecimen (intact, but
// a sample). Alteration is reported before the specimen mark, so an altered
// specimen is "altered".
func Verify(c *Certificate, pub ed25519.PublicKey) error {
	if len(pub) != ed25519.PublicKeySize {
		return errors.New("verify certificate: invalid Ed25519 public key")
	}
	if err := c.check(); err != nil {
		return fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	sig, err := base64.StdEncoding.DecodeString(c.Signature)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return fmt.Errorf("%w: the signature is missing or malformed", ErrAltered)
	}
	msg, err := Canonical(c)
	if err != nil {
		return fmt.Errorf("verify certificate: %w", err)
	}
	if !ed25519.Verify(pub, append([]byte(signingContext), msg...), sig) {
		if id := KeyID(pub); c.Key != id {
			return fmt.Errorf("%w: it names key %s, this build has key %s", ErrOtherKey, c.Key, id)
		}
		return fmt.Errorf("%w: the signature does not match the contents", ErrAltered)
	}
	if want := CodeFor(sig); c.Code != want {
		return fmt.Errorf("%w: verification code %q does not belong to the signature (want %s)", ErrAltered, c.Code, want)
	}
	if c.Specimen {
		return ErrSpecimen
	}
	return nil
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
