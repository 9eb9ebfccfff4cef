// Package signedfile holds what the program's two signed JSON formats,
// the certificate (package certificate) and the result file (package
// results), do alike: the JSON they are written as, the Ed25519 signature
// over a canonical form behind a context string of their own, the fields
// every such file carries, and reading one without taking in more than a
// sane amount. Each format keeps its own fields, errors and context; this
// package only does the part that is the same.
package signedfile

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"

	"piketpalen/internal/fileread"
)

// Indented returns v as indented UTF-8 JSON ending in a newline, without
// HTML escaping, so that a person can read it in any editor.
func Indented(v any) ([]byte, error) {
	return encode(v, "  ")
}

// Canonical returns v as the bytes that are signed: JSON on one line,
// without HTML escaping, fields in the order of the struct, and no
// trailing newline. The caller clears the fields that are not signed
// (the signature itself) first.
func Canonical(v any) ([]byte, error) {
	b, err := encode(v, "")
	return bytes.TrimSuffix(b, []byte("\n")), err
}

func encode(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Sign signs msg behind context with key and returns the signature, and
// its base64 form as the files store it.
func Sign(key ed25519.PrivateKey, context string, msg []byte) (sig []byte, b64 string) {
	sig = ed25519.Sign(key, append([]byte(context), msg...))
	return sig, base64.StdEncoding.EncodeToString(sig)
}

// ErrMalformedSignature is returned by Signature for a stored signature
// that is missing, not base64 or not of Ed25519's size.
var ErrMalformedSignature = errors.New("the signature is missing or malformed")

// Signature decodes a stored base64 signature.
func Signature(b64 string) ([]byte, error) {
	sig, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return nil, ErrMalformedSignature
	}
	return sig, nil
}

// Verify reports whether sig signs msg behind context with pub.
func Verify(pub ed25519.PublicKey, context string, msg, sig []byte) bool {
	return ed25519.Verify(pub, append([]byte(context), msg...), sig)
}

// Header is what every signed file states about itself: its kind and
// format version, the course and its version, and the pass mark. Who the
// learner is each format checks itself (a result file may name only a
// pseudonymous id).
type Header struct {
	Kind, WantKind        string
	Version, Newest       int
	Learner               string
	Course, CourseVersion string
	PassMark              int
}

// Check reports the first reason why h cannot head a file of WantKind
// whose newest format is Newest: another kind, a format version out of
// range, a missing course or course version, a pass mark that is not a
// percentage.
func (h Header) Check() error {
	switch {
	case h.Kind != h.WantKind:
		return fmt.Errorf("kind is %q, want %q", h.Kind, h.WantKind)
	case h.Version < 1:
		return fmt.Errorf("format version %d is not valid", h.Version)
	case h.Version > h.Newest:
		return fmt.Errorf("format version %d is newer than this program understands (%d); use a newer piketpalen", h.Version, h.Newest)
	case h.Course == "":
		return errors.New("no course title")
	case h.CourseVersion == "":
		return errors.New("no course version")
	case h.PassMark < 0 || h.PassMark > 100:
		return fmt.Errorf("pass mark %d is not a percentage", h.PassMark)
	}
	return nil
}

// Read reads the file at path, of at most max bytes (see
// fileread.Bounded). Every failure, a missing file too, wraps unreadable;
// a file over max wraps tooLarge as well.
func Read(path string, max int, unreadable, tooLarge error) ([]byte, error) {
	return ReadInto(nil, path, max, unreadable, tooLarge)
}

// ReadInto is Read into buf's storage (see fileread.BoundedInto).
func ReadInto(buf []byte, path string, max int, unreadable, tooLarge error) ([]byte, error) {
	data, err := fileread.BoundedInto(buf, path, max)
	switch {
	case errors.Is(err, fileread.ErrTooLarge):
		return nil, fmt.Errorf("%w: %w", unreadable, tooLarge)
	case err != nil:
		return nil, fmt.Errorf("%w: %w", unreadable, err)
	}
	return data, nil
}
