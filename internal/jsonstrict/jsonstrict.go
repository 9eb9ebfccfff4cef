// Package jsonstrict finds what makes one JSON text mean different things
// to different readers. encoding/json takes the last of two equal keys,
// other readers the first, and it matches keys to fields without regard to
// case; so a signed file with "learner":"Mallory","learner":"Zoë" verifies
// in Go while a person or another program reads Mallory. Go 1.26 has
// encoding/json/v2, which rejects duplicate keys, only behind
// GOEXPERIMENT=jsonv2, so this is a token pass of encoding/json's own
// Decoder instead.
package jsonstrict

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/cases"
)

// ErrDuplicateKey is wrapped by Check's error for an object with a key
// twice, also when the two differ only in case.
var ErrDuplicateKey = errors.New("a key appears twice in one object")

// maxDepth bounds nesting, far beyond any file of the program.
const maxDepth = 64

var fold = cases.Fold()

// Check reports an error wrapping ErrDuplicateKey when an object in data
// has a key twice, compared after Unicode case folding (as encoding/json
// matches keys to fields). It also fails for JSON that is not well formed,
// nested deeper than 64 levels, or followed by more data.
func Check(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := value(dec, 0); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("json: data after the value")
	}
	return nil
}

func value(dec *json.Decoder, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("json: nested deeper than %d levels", maxDepth)
	}
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("json: %w", err)
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	switch d {
	case '{':
		seen := map[string]string{}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return fmt.Errorf("json: %w", err)
			}
			key, ok := kt.(string)
			if !ok {
				return errors.New("json: object key is not a string")
			}
			k := fold.String(key)
			if first, dup := seen[k]; dup {
				return fmt.Errorf("%w: %q and %q", ErrDuplicateKey, first, key)
			}
			seen[k] = key
			if err := value(dec, depth+1); err != nil {
				return err
			}
		}
	case '[':
		for dec.More() {
			if err := value(dec, depth+1); err != nil {
				return err
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the closing delimiter
		return fmt.Errorf("json: %w", err)
	}
	return nil
}
