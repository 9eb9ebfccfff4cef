// Package jsonstrict finds what makes one JSON text mean different things
// to different readers. encoding/json takes the last of two equal keys,
// other readers the first, and it matches keys to fields without regard to
// case; so a signed file with "learner":"Mallory","learner":"Zoë" verifies
// in Go while a person or another program reads Mallory. Go 1.26 has
// encoding/json/v2, which rejects duplicate keys, only behind
// GOEXPERIMENT=jsonv2, so this is a pass of its own over the bytes: a
// small scanner that checks the syntax as encoding/json does and compares
// the keys of each object, several times faster than a token pass of
// encoding/json's Decoder (the reference it is tested against), since a
// trainer's overview checks thousands of files.
package jsonstrict

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"unicode/utf8"

	"golang.org/x/text/cases"
)

// ErrDuplicateKey is wrapped by Check's error for an object with a key
// twice, also when the two differ only in case.
var ErrDuplicateKey = errors.New("a key appears twice in one object")

// maxDepth bounds nesting, far beyond any file of the program.
const maxDepth = 64

var fold = cases.Fold()

// Decode decodes data, one JSON value, into v as the program reads the
// files it signs: Check first, so that a key twice gives an error wrapping
// ErrDuplicateKey and JSON not well formed or followed by more data an
// error of its own, then encoding/json, refusing fields v does not have.
// The caller words the two kinds of failure: a key twice means an altered
// file, anything else one it cannot read.
func Decode(data []byte, v any) error {
	if err := Check(data); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("json: %w", err)
	}
	return nil
}

// Check reports an error wrapping ErrDuplicateKey when an object in data
// has a key twice, compared after Unicode case folding (as encoding/json
// matches keys to fields). It also fails for JSON that is not well formed,
// nested deeper than 64 levels, or followed by more data.
func Check(data []byte) error {
	s := scanner{data: data}
	s.space()
	if err := s.value(0); err != nil {
		return err
	}
	s.space()
	if s.i < len(s.data) {
		// encoding/json's words, which a trainer may have seen before
		return fmt.Errorf("json: invalid character %q after top-level value", s.data[s.i])
	}
	return nil
}

type scanner struct {
	data []byte
	i    int
}

func (s *scanner) errorf(format string, args ...any) error {
	return fmt.Errorf("json: offset %d: "+format, append([]any{s.i}, args...)...)
}

func (s *scanner) space() { s.i = SkipSpace(s.data, s.i) }

// SkipSpace returns the offset of the first byte at or after i in data
// that is not JSON white space (space, tab, line feed, carriage return).
func SkipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ':
			// indentation: up to eight spaces at a step
			if i+8 > len(data) {
				i++
			} else if x := binary.LittleEndian.Uint64(data[i:]) ^ lanes*' '; x == 0 {
				i += 8
			} else {
				i += bits.TrailingZeros64(x) / 8 // the spaces before the first other byte
			}
		case '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// lanes has a one in each of its eight bytes: lanes*c is eight bytes c.
const lanes = 0x0101010101010101

// StringSpecial returns the index of the first byte from data[i] on that
// ends or interrupts the plain run of a JSON string: a quote, a backslash
// or a control character; len(data) when there is none. It looks at eight
// bytes at a time, for the long texts of a file.
func StringSpecial(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		x := binary.LittleEndian.Uint64(data[i:])
		// A lane's high bit is set where its byte is a quote, a backslash or
		// below 0x20. Borrows may set bits above a lane that matches, never
		// below it, so the lowest bit set is exact.
		m := zeroLanes(x^lanes*'"') | zeroLanes(x^lanes*'\\') | (x-lanes*0x20)&^x&(lanes*0x80)
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(data); i++ {
		if c := data[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
	}
	return i
}

// zeroLanes sets the high bit of the lowest zero byte of x (and maybe of
// bytes above it).
func zeroLanes(x uint64) uint64 { return (x - lanes) &^ x & (lanes * 0x80) }

func (s *scanner) value(depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("json: nested deeper than %d levels", maxDepth)
	}
	if s.i >= len(s.data) {
		return s.errorf("unexpected end of input")
	}
	switch c := s.data[s.i]; {
	case c == '{':
		return s.object(depth)
	case c == '[':
		if s.open(']') {
			return nil
		}
		for {
			s.space()
			if err := s.value(depth + 1); err != nil {
				return err
			}
			if done, err := s.next(']', "an array"); done || err != nil {
				return err
			}
		}
	case c == '"':
		_, _, err := s.str()
		return err
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	default:
		return s.errorf("invalid character %q looking for a value", c)
	}
}

func (s *scanner) object(depth int) error {
	if s.open('}') {
		return nil
	}
	// The keys seen so far, folded, and as written: in a small array for
	// the few keys an object has, in a map beyond.
	var small [16]struct{ folded, key []byte }
	seen := small[:0]
	var many map[string][]byte
	for {
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != '"' {
			return s.errorf("object key is not a string")
		}
		raw, escaped, err := s.str()
		if err != nil {
			return err
		}
		key, folded, err := foldKey(raw, escaped)
		if err != nil {
			return err
		}
		var first []byte
		dup := false
		if many != nil {
			first, dup = many[string(folded)]
		} else {
			for _, k := range seen {
				if string(k.folded) == string(folded) {
					first, dup = k.key, true
					break
				}
			}
		}
		if dup {
			return fmt.Errorf("%w: %q and %q", ErrDuplicateKey, first, key)
		}
		switch {
		case many != nil:
			many[string(folded)] = key
		case len(seen) < len(small):
			seen = append(seen, struct{ folded, key []byte }{folded, key})
		default:
			many = make(map[string][]byte, 2*len(seen))
			for _, k := range seen {
				many[string(k.folded)] = k.key
			}
			many[string(folded)] = key
		}
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != ':' {
			return s.errorf("missing colon after an object key")
		}
		s.i++
		s.space()
		if err := s.value(depth + 1); err != nil {
			return err
		}
		if done, err := s.next('}', "an object"); done || err != nil {
			return err
		}
	}
}

// foldKey returns the key as encoding/json reads it and its case-folded
// form. Plain ASCII keys, nearly all of them, are folded by hand, and in
// lower case already they are not copied. A key with escapes or invalid
// UTF-8 is read by encoding/json itself, which turns each invalid byte into
// U+FFFD: two keys of different invalid bytes can be the same key to it.
func foldKey(raw []byte, escaped bool) (key, folded []byte, err error) {
	body := raw[1 : len(raw)-1]
	if escaped || !utf8.Valid(body) {
		var k string
		if err := json.Unmarshal(raw, &k); err != nil {
			return nil, nil, fmt.Errorf("json: %w", err)
		}
		return []byte(k), []byte(fold.String(k)), nil
	}
	upper := false
	for _, c := range body {
		if c >= utf8.RuneSelf {
			return body, []byte(fold.String(string(body))), nil
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return body, body, nil
	}
	b := make([]byte, len(body))
	for i, c := range body {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return body, b, nil
}

// str scans a string and returns it with its quotes, and whether it has an
// escape. Invalid UTF-8 is allowed, as encoding/json allows it.
func (s *scanner) str() (raw []byte, escaped bool, err error) {
	start := s.i
	s.i++ // "
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '"':
			s.i++
			return s.data[start:s.i], escaped, nil
		case c == '\\':
			escaped = true
			if s.i+1 >= len(s.data) {
				return nil, false, s.errorf("unexpected end of input in a string")
			}
			switch s.data[s.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i += 2
			case 'u':
				if s.i+6 > len(s.data) {
					return nil, false, s.errorf("unexpected end of input in a string")
				}
				for _, h := range s.data[s.i+2 : s.i+6] {
					if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
						return nil, false, s.errorf("invalid character %q in a \\u escape", h)
					}
				}
				s.i += 6
			default:
				return nil, false, s.errorf("invalid escape %q in a string", s.data[s.i+1])
			}
		case c < 0x20:
			return nil, false, s.errorf("invalid character %q in a string", c)
		default:
			s.i++
		}
	}
	return nil, false, s.errorf("unexpected end of input in a string")
}

func (s *scanner) number() error {
	if s.data[s.i] == '-' {
		s.i++
	}
	switch {
	case s.i < len(s.data) && s.data[s.i] == '0':
		s.i++
	case s.i < len(s.data) && s.data[s.i] >= '1' && s.data[s.i] <= '9':
		s.digits()
	default:
		return s.errorf("invalid number")
	}
	if s.i < len(s.data) && s.data[s.i] == '.' {
		s.i++
		if !s.digits() {
			return s.errorf("invalid number")
		}
	}
	if s.i < len(s.data) && (s.data[s.i] == 'e' || s.data[s.i] == 'E') {
		s.i++
		if s.i < len(s.data) && (s.data[s.i] == '+' || s.data[s.i] == '-') {
			s.i++
		}
		if !s.digits() {
			return s.errorf("invalid number")
		}
	}
	return nil
}

func (s *scanner) digits() bool {
	start := s.i
	for s.i < len(s.data) && s.data[s.i] >= '0' && s.data[s.i] <= '9' {
		s.i++
	}
	return s.i > start
}

func (s *scanner) literal(word string) error {
	if len(s.data)-s.i < len(word) || string(s.data[s.i:s.i+len(word)]) != word {
		return s.errorf("invalid literal")
	}
	s.i += len(word)
	return nil
}

// open steps over the byte that opens an array or an object and the white
// space after it, and reports whether the closing byte follows at once (an
// empty one), stepping over that too.
func (s *scanner) open(closing byte) (empty bool) {
	s.i++
	s.space()
	if s.i < len(s.data) && s.data[s.i] == closing {
		s.i++
		return true
	}
	return false
}

// next reads what follows a value in an array or an object (what): a
// comma, after which another value follows, or the closing byte, which
// ends it (done).
func (s *scanner) next(closing byte, what string) (done bool, err error) {
	s.space()
	if s.i >= len(s.data) {
		return false, s.errorf("unexpected end of input in %s", what)
	}
	switch s.data[s.i] {
	case ',':
		s.i++
		return false, nil
	case closing:
		s.i++
		return true, nil
	}
	return false, s.errorf("invalid character %q in %s", s.data[s.i], what)
}
