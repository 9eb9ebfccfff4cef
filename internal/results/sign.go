package results

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"

	"piketpalen/internal/certificate"
	"piketpalen/internal/didkey"
	"piketpalen/internal/signedfile"
)

// The outcomes of reading a result file other than "intact". Errors returned
// by Parse, Read and Verify wrap exactly one of them; test with errors.Is.
var (
	// ErrUnreadable: the input is not a result file this program can read:
	// not JSON, another kind of file (a certificate, a progress file), a
	// missing or malformed field, a newer format.
	ErrUnreadable = errors.New("not a readable result file")

	// ErrTampered: the file was changed after it was exported, or was never
	// signed by piketpalen: the signature does not match the contents.
	ErrTampered = errors.New("result file altered after export")

	// ErrOtherKey: the signature does not verify and the file names another
	// signing key than this build's: it was made (or claims to be made) by
	// a piketpalen built with its own key. It cannot be checked here.
	ErrOtherKey = errors.New("result file signed by another build of piketpalen")
)

// signingContext is put in front of the canonical form before signing. It
// differs from the certificate's, so that a signature over a result file can
// never pass for a signature over a certificate made with the same key, or
// the other way round.
const signingContext = "piketpalen resultaten v1\x00"

// Canonical returns the bytes that are signed: the JSON encoding of f with
// Signature left out, on one line, without HTML escaping, fields in the
// order of the structs, and no trailing newline. It is computed from the
// parsed struct, the approach of certificate.Canonical: a file that was
// re-indented, had its keys reordered or got a byte order mark from an
// editor still verifies; any change to a value does not.
func Canonical(f *File) ([]byte, error) {
	ff := *f
	ff.Signature = ""
	b, err := signedfile.Canonical(&ff)
	if err != nil {
		return nil, fmt.Errorf("canonical form of result file: %w", err)
	}
	return b, nil
}

// Sign records the key's certificate.KeyID and did:key in f and signs f's
// canonical form with key.
func Sign(f *File, key ed25519.PrivateKey) error {
	if len(key) != ed25519.PrivateKeySize {
		return errors.New("sign result file: invalid Ed25519 private key")
	}
	if err := f.check(); err != nil {
		return fmt.Errorf("sign result file: %w", err)
	}
	pub := key.Public().(ed25519.PublicKey)
	f.Key = certificate.KeyID(pub)
	if f.Version >= 3 {
		f.PublicKey = didkey.Encode(pub)
	}
	msg, err := Canonical(f)
	if err != nil {
		return fmt.Errorf("sign result file: %w", err)
	}
	_, f.Signature = signedfile.Sign(key, signingContext, msg)
	return nil
}

// Verify checks f's signature: against the key it names (version 3), or
// the key built into older programs (versions 1 and 2). It returns nil
// when f is intact, and otherwise an error wrapping ErrUnreadable,
// ErrOtherKey or ErrTampered. Intact says only that the file was not
// changed after the program whose key signed it made it.
func Verify(f *File) error { return verify(f, nil) }

// verify is Verify of f, given signed: what f's signature signs if f was
// written as the program writes it, or nil. A file as the program writes
// it is its canonical form with white space and the signature added; for
// such a file signed is the file with those taken out (the fast decoder
// makes it as it reads, see cutSignature), which saves encoding f again.
// When that does not verify (a file re-indented with its keys reordered,
// say), the canonical form is encoded from f as before. Both ways what verifies is the exact bytes the signer signed,
// and the file without white space and signature parses to the same File:
// JSON white space outside strings means nothing, and Parse has refused
// duplicate keys.
func verify(f *File, signed []byte) error {
	if err := f.check(); err != nil {
		return fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	pub := certificate.LegacyPublicKey()
	if f.Version >= 3 {
		var err error
		if pub, err = didkey.Decode(f.PublicKey); err != nil {
			return fmt.Errorf("%w: public_key: %v", ErrUnreadable, err)
		}
	}
	sig, err := signedfile.Signature(f.Signature)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrTampered, err)
	}
	intact := false
	if signed != nil {
		intact = ed25519.Verify(pub, signed, sig)
	}
	if !intact {
		msg, err := Canonical(f)
		if err != nil {
			return fmt.Errorf("verify result file: %w", err)
		}
		intact = signedfile.Verify(pub, signingContext, msg, sig)
	}
	if !intact {
		if id := certificate.KeyID(pub); f.Version < 3 && f.Key != id {
			return fmt.Errorf("%w: it names key %s, this build has key %s", ErrOtherKey, f.Key, id)
		}
		return fmt.Errorf("%w: the signature does not match the contents", ErrTampered)
	}
	if f.Key != certificate.KeyID(pub) {
		return fmt.Errorf("%w: key id %s does not belong to the signing key", ErrTampered, f.Key)
	}
	return nil
}

// cutSignature takes the last member of msg, a JSON object without white
// space outside strings, when it is "signature" with the value sig, and
// reports whether it was.
func cutSignature(msg []byte, sig string) ([]byte, bool) {
	tail := `,"signature":"` + sig + `"}`
	if !bytes.HasSuffix(msg, []byte(tail)) {
		return nil, false
	}
	return append(msg[:len(msg)-len(tail)], '}'), true
}
