package certificate

import (
	"errors"
	"fmt"

	"piketpalen/internal/jsonstrict"
	"piketpalen/internal/signedfile"
)

// JSON returns the certificate as indented UTF-8 JSON ending in a newline:
// the machine-readable twin of the PDF, and the data embedded in it.
func JSON(c *Certificate) ([]byte, error) {
	b, err := signedfile.Indented(c)
	if err != nil {
		return nil, fmt.Errorf("encode certificate: %w", err)
	}
	return b, nil
}

// ParseJSON reads a certificate written by JSON. It is strict: unknown
// fields, trailing data, a wrong kind or a malformed field make it fail with
// an error wrapping ErrUnreadable. It does not check the signature; see
// Verify.
//
// A key that appears twice in an object (also in another case) makes it
// fail with ErrAltered: readers disagree on which value counts, so what the
// signature covers is not what every reader sees.
func ParseJSON(data []byte) (*Certificate, error) {
	var c Certificate
	switch err := jsonstrict.Decode(data, &c); {
	case errors.Is(err, jsonstrict.ErrDuplicateKey):
		return nil, fmt.Errorf("%w: %v", ErrAltered, err)
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	if err := c.check(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	return &c, nil
}
