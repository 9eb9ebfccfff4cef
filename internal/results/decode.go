package results

import (
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"piketpalen/internal/jsonstrict"
)

// decodeFast decodes data into f as encoding/json with
// DisallowUnknownFields does, for the one shape of
// a result file, some three times faster: the trainer's overview reads
// thousands of them. It reports false on anything it does not handle the
// way encoding/json would for certain (a key in another case or unknown, a
// value of another type, a number out of range, a lone surrogate, invalid
// UTF-8, a key twice in an object, anything not well-formed JSON); the
// caller then checks data with jsonstrict and decodes it with encoding/json,
// which gives the same value or the error. FuzzDecodeFast checks that
// whatever it accepts, jsonstrict.Check accepts too and encoding/json
// decodes to the same File.
func decodeFast(data []byte, f *File) bool {
	d := &fastDecoder{data: data}
	d.space()
	ok := d.fields([]field{{"kind", &f.Kind}, {"version", &f.Version}, {"learner", &f.Learner},
		{"organisation", &f.Organisation}, {"learner_id", &f.LearnerID}, {"course", &f.Course},
		{"course_version", &f.CourseVersion}, {"pass_mark", &f.PassMark}, {"created", &f.Created},
		{"modules", &f.Modules}, {"key", &f.Key}, {"public_key", &f.PublicKey}, {"signature", &f.Signature}})
	d.space()
	return ok && d.i == len(d.data)
}

// field is a key of an object and where its value goes: a pointer to a
// field of one of the types fields decodes.
type field struct {
	key string
	to  any
}

// fields reads an object whose keys are all among fs, each at most once,
// each value into its field's place. A key twice is left to the caller (it
// means an altered file), as is a key of another case or none of fs.
func (d *fastDecoder) fields(fs []field) bool {
	var seen uint64 // bit i: fs[i] was read; fs has fewer than 64 fields
	return d.object(func(key []byte) bool {
		for i, f := range fs {
			if f.key == string(key) {
				if seen&(1<<i) != 0 {
					return false
				}
				seen |= 1 << i
				return d.value(f.to)
			}
		}
		return false // a key of another case, or none of this shape
	})
}

// value decodes the next value into to, by to's type.
func (d *fastDecoder) value(to any) bool {
	switch to := to.(type) {
	case *string:
		return d.str(to)
	case *int:
		return d.int(to)
	case *uint64:
		return d.uint64(to)
	case *bool:
		return d.bool(to)
	case *time.Time:
		return d.time(to)
	case *[]int:
		return array(d, to, d.int)
	case *[]string:
		return array(d, to, d.str)
	case *[]Answer:
		return array(d, to, d.answer)
	case *[]Module:
		return array(d, to, d.module)
	case **Attempt:
		if d.null() {
			*to = nil
			return true
		}
		*to = new(Attempt)
		return d.attempt(*to)
	}
	return false
}

func (d *fastDecoder) module(m *Module) bool {
	return d.fields([]field{{"id", &m.ID}, {"title", &m.Title}, {"passed", &m.Passed}, {"best_score", &m.BestScore},
		{"attempts", &m.Attempts}, {"answers_from", &m.AnswersFrom}, {"answers_score", &m.AnswersScore},
		{"answers_seed", &m.AnswersSeed}, {"answers", &m.Answers}, {"passing", &m.Passing},
		{"answers_id", &m.AnswersID}, {"answers_started", &m.AnswersStarted}})
}

func (d *fastDecoder) attempt(a *Attempt) bool {
	return d.fields([]field{{"finished", &a.Finished}, {"score", &a.Score}, {"seed", &a.Seed}, {"answers", &a.Answers},
		{"id", &a.ID}, {"started", &a.Started}})
}

func (d *fastDecoder) answer(a *Answer) bool {
	return d.fields([]field{{"question", &a.Question}, {"text", &a.Text}, {"chosen", &a.Chosen},
		{"chosen_text", &a.ChosenText}, {"correct", &a.Correct}, {"order", &a.Order}})
}

// fastDecoder reads one JSON text from data; its methods report false for
// anything decodeFast leaves to encoding/json.
type fastDecoder struct {
	data []byte
	i    int
	buf  []byte // scratch for strings with escapes
}

func (d *fastDecoder) space() { d.i = jsonstrict.SkipSpace(d.data, d.i) }

// next skips white space and reports whether the next byte is c, taking it.
func (d *fastDecoder) next(c byte) bool {
	d.space()
	if d.i < len(d.data) && d.data[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *fastDecoder) null() bool {
	d.space()
	if len(d.data)-d.i >= 4 && string(d.data[d.i:d.i+4]) == "null" {
		d.i += 4
		return true
	}
	return false
}

// object reads an object, calling member for each key with the decoder at
// its value.
func (d *fastDecoder) object(member func(key []byte) bool) bool {
	if !d.next('{') {
		return false
	}
	if d.next('}') {
		return true
	}
	for {
		d.space()
		key, ok := d.rawString()
		if !ok || !d.next(':') {
			return false
		}
		d.space()
		if !member(key) {
			return false
		}
		if d.next(',') {
			continue
		}
		return d.next('}')
	}
}

// array reads an array into *s (null: nil; [] an empty slice, as
// encoding/json gives), each element with elem.
func array[T any](d *fastDecoder, s *[]T, elem func(*T) bool) bool {
	if d.null() {
		*s = nil
		return true
	}
	if !d.next('[') {
		return false
	}
	out := []T{}
	if d.next(']') {
		*s = out
		return true
	}
	for {
		var v T
		d.space()
		if !elem(&v) {
			return false
		}
		out = append(out, v)
		if d.next(',') {
			continue
		}
		*s = out
		return d.next(']')
	}
}

// rawString reads a string and returns its contents unescaped; the slice
// may alias data or the scratch buffer, valid until the next string.
func (d *fastDecoder) rawString() ([]byte, bool) {
	if d.i >= len(d.data) || d.data[d.i] != '"' {
		return nil, false
	}
	start := d.i + 1
	for j := start; j < len(d.data); j++ {
		switch c := d.data[j]; {
		case c == '"':
			s := d.data[start:j]
			if !utf8.Valid(s) {
				return nil, false // encoding/json would replace the bad bytes
			}
			d.i = j + 1
			return s, true
		case c == '\\':
			return d.escapedString(start)
		case c < 0x20:
			return nil, false
		}
	}
	return nil, false
}

// escapedString reads the string starting at data[start] (after its quote)
// that has escapes.
func (d *fastDecoder) escapedString(start int) ([]byte, bool) {
	b := d.buf[:0]
	j := start
	for j < len(d.data) {
		c := d.data[j]
		switch {
		case c == '"':
			if !utf8.Valid(b) {
				return nil, false
			}
			d.i, d.buf = j+1, b
			return b, true
		case c < 0x20:
			return nil, false
		case c != '\\':
			b = append(b, c)
			j++
			continue
		}
		if j+1 >= len(d.data) {
			return nil, false
		}
		switch e := d.data[j+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := hex4(d.data[j+2:])
			if !ok {
				return nil, false
			}
			if utf16.IsSurrogate(r) {
				lo, ok := rune(0), false
				if len(d.data) > j+7 && d.data[j+6] == '\\' && d.data[j+7] == 'u' {
					lo, ok = hex4(d.data[j+8:])
				}
				r = utf16.DecodeRune(r, lo)
				if !ok || r == utf8.RuneError {
					return nil, false // a lone surrogate: encoding/json's rules apply
				}
				j += 6
			}
			b = utf8.AppendRune(b, r)
			j += 4
		default:
			return nil, false
		}
		j += 2
	}
	return nil, false
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

func (d *fastDecoder) str(s *string) bool {
	b, ok := d.rawString()
	if ok {
		*s = string(b)
	}
	return ok
}

// number returns the literal of an integer: digits with an optional minus,
// no fraction or exponent (which encoding/json refuses for an integer field).
func (d *fastDecoder) number() ([]byte, bool) {
	start := d.i
	if d.i < len(d.data) && d.data[d.i] == '-' {
		d.i++
	}
	digits := d.i
	for d.i < len(d.data) && '0' <= d.data[d.i] && d.data[d.i] <= '9' {
		d.i++
	}
	// JSON's integers: no leading zero but a lone 0, and no fraction or
	// exponent (which the integer fields leave to encoding/json)
	if d.i == digits || d.i-digits > 1 && d.data[digits] == '0' ||
		d.i < len(d.data) && (d.data[d.i] == '.' || d.data[d.i] == 'e' || d.data[d.i] == 'E') {
		return nil, false
	}
	return d.data[start:d.i], true
}

func (d *fastDecoder) int(n *int) bool {
	lit, ok := d.number()
	v, err := strconv.ParseInt(string(lit), 10, 0) // an empty lit fails
	*n = int(v)
	return ok && err == nil
}

func (d *fastDecoder) uint64(n *uint64) bool {
	lit, ok := d.number()
	v, err := strconv.ParseUint(string(lit), 10, 64)
	*n = v
	return ok && err == nil
}

func (d *fastDecoder) bool(v *bool) bool {
	switch {
	case len(d.data)-d.i >= 4 && string(d.data[d.i:d.i+4]) == "true":
		*v, d.i = true, d.i+4
	case len(d.data)-d.i >= 5 && string(d.data[d.i:d.i+5]) == "false":
		*v, d.i = false, d.i+5
	default:
		return false
	}
	return true
}

// time decodes a time as encoding/json does: time.Time's UnmarshalJSON on
// the quoted literal.
func (d *fastDecoder) time(t *time.Time) bool {
	start := d.i
	if _, ok := d.rawString(); !ok {
		return false
	}
	return t.UnmarshalJSON(d.data[start:d.i]) == nil
}
