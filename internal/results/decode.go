package results

import (
	"slices"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"piketpalen/internal/jsonstrict"
)

// decode decodes data into f as encoding/json with DisallowUnknownFields
// does, for the one shape of a result file, some three times faster: the
// trainer's overview reads thousands of them. It reports false on
// anything it does not handle the way encoding/json would for certain (a
// key in another case or unknown, a value of another type, a number out of
// range, a lone surrogate, invalid UTF-8, a key twice in an object,
// anything not well-formed JSON); the caller then checks data with
// jsonstrict and decodes it with encoding/json, which gives the same value
// or the error. FuzzDecodeFast checks that whatever it accepts,
// jsonstrict.Check accepts too and encoding/json decodes to the same File.
//
// It also appends data without its white space outside strings to
// d.compact, which the caller sets: the signed form but for the context
// and the signature. A reader keeps d, its buffers and its table of texts
// from one file to the next.
func (d *fastDecoder) decode(data []byte, f *File) bool {
	d.data, d.i, d.mark = data, 0, 0
	d.answerArena, d.textArena, d.ints = nil, nil, nil
	d.compact = slices.Grow(d.compact, len(data))
	d.space()
	ok := d.fields([]field{{"kind", interned{&f.Kind}}, {"version", &f.Version}, {"learner", &f.Learner},
		{"organisation", interned{&f.Organisation}}, {"learner_id", &f.LearnerID}, {"course", interned{&f.Course}},
		{"course_version", interned{&f.CourseVersion}}, {"pass_mark", &f.PassMark}, {"created", &f.Created},
		{"modules", &f.Modules}, {"key", &f.Key}, {"public_key", &f.PublicKey}, {"signature", &f.Signature}})
	d.space()
	ok = ok && d.i == len(data)
	if ok {
		d.compact = append(d.compact, data[d.mark:]...)
	}
	d.data = nil // the caller may reuse data's storage: f holds none of it
	return ok
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
	next := 0       // the field the program writes after the last one read
	return d.object(func(key []byte) bool {
		i := next
		if i >= len(fs) || fs[i].key != string(key) {
			i = slices.IndexFunc(fs, func(f field) bool { return f.key == string(key) })
		}
		if i < 0 || seen&(1<<i) != 0 {
			// a key of another case or none of this shape, or a key twice
			return false
		}
		seen |= 1 << i
		next = i + 1
		return d.value(fs[i].to)
	})
}

// value decodes the next value into to, by to's type.
func (d *fastDecoder) value(to any) bool {
	switch to := to.(type) {
	case *string:
		return d.str(to)
	case interned:
		return d.text(to.s)
	case internedList:
		return array(d, to.s, d.text, &d.strs, func(s []string) []string { return keep(&d.textArena, s) })
	case *int:
		return d.int(to)
	case *uint64:
		return d.uint64(to)
	case *bool:
		return d.bool(to)
	case *time.Time:
		return d.time(to)
	case *[]int:
		return array(d, to, d.int, &d.scratch, func(s []int) []int { return keep(&d.ints, s) })
	case *[]Answer:
		return array(d, to, d.answer, &d.answers, func(s []Answer) []Answer { return keep(&d.answerArena, s) })
	case *[]Module:
		return array(d, to, d.module, nil, nil)
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
	return d.fields([]field{{"id", interned{&m.ID}}, {"title", interned{&m.Title}}, {"passed", &m.Passed}, {"best_score", &m.BestScore},
		{"attempts", &m.Attempts}, {"answers_from", &m.AnswersFrom}, {"answers_score", &m.AnswersScore},
		{"answers_seed", &m.AnswersSeed}, {"answers", &m.Answers}, {"passing", &m.Passing},
		{"answers_id", &m.AnswersID}, {"answers_started", &m.AnswersStarted}, {"passing_is_latest", &m.PassingIsLatest}})
}

func (d *fastDecoder) attempt(a *Attempt) bool {
	return d.fields([]field{{"finished", &a.Finished}, {"score", &a.Score}, {"seed", &a.Seed}, {"answers", &a.Answers},
		{"id", &a.ID}, {"started", &a.Started}})
}

// answer decodes an answer. Its question id and texts are interned: the
// same few hundred recur in every file of a group.
func (d *fastDecoder) answer(a *Answer) bool {
	return d.fields([]field{{"question", interned{&a.Question}}, {"text", interned{&a.Text}}, {"chosen", &a.Chosen},
		{"chosen_text", internedList{&a.ChosenText}}, {"correct", &a.Correct}, {"order", &a.Order}, {"hinted", &a.Hinted}})
}

// interned and internedList mark a field whose strings are looked up in
// the decoder's table of texts instead of each being allocated anew: the
// texts that recur from file to file (course, module and question ids and
// titles, question and option texts, organisations).
type (
	interned     struct{ s *string }
	internedList struct{ s *[]string }
)

// maxTexts bounds the table of texts: a course's question ids, questions
// and options number some hundreds; a folder of odd files must not make
// the table grow without end.
const maxTexts = 4096

// fastDecoder reads one JSON text from data; its methods report false for
// anything decode leaves to encoding/json. A reader keeps one from file
// to file, so that its scratch storage and table of texts serve them all.
type fastDecoder struct {
	data []byte
	i    int
	buf  []byte // scratch for strings with escapes

	// Arrays are read into scratch storage and then copied once, at their
	// length, instead of growing by appending.
	answers []Answer
	strs    []string
	scratch []int
	// where keep copies the arrays of this file to; new for every file, since
	// the file keeps them
	answerArena []Answer
	textArena   []string
	ints        []int

	texts map[string]string // interned texts, at most maxTexts

	// compact is what decode appends the file to without its white space
	// outside strings (see space); mark is where the bytes not yet
	// appended start.
	compact []byte
	mark    int
}

// space skips white space. What lies between the white space skipped goes
// to compact: the file without white space outside strings, which is the
// signed form but for the context and the signature.
func (d *fastDecoder) space() {
	j := jsonstrict.SkipSpace(d.data, d.i)
	if j != d.i {
		d.compact = append(d.compact, d.data[d.mark:d.i]...)
		d.mark, d.i = j, j
	}
}

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
		key, ok := d.unchecked()
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
// encoding/json gives), each element with elem. With scratch, the elements
// are gathered there, and *s is keep of them: storage of the array's
// length, not grown by appending. scratch must not be in use by an array
// around this one.
func array[T any](d *fastDecoder, s *[]T, elem func(*T) bool, scratch *[]T, keep func([]T) []T) bool {
	if d.null() {
		*s = nil
		return true
	}
	if !d.next('[') {
		return false
	}
	out := []T{}
	if scratch != nil {
		out = (*scratch)[:0]
	}
	if !d.next(']') {
		for {
			var zero T
			out = append(out, zero)
			d.space()
			if !elem(&out[len(out)-1]) { // in place: a local would escape to the heap
				return false
			}
			if d.next(',') {
				continue
			}
			if !d.next(']') {
				return false
			}
			break
		}
	}
	if scratch != nil {
		*scratch, out = out, keep(out)
	}
	*s = out
	return true
}

// keep copies s into *arena, storage that the arrays of one type in a file
// share, so that a file's hundreds of small arrays (answers, chosen
// options, option orders, option texts) take a few allocations. Each s
// gets a slice of its own length and capacity; an empty s gives an empty
// slice, not nil, as encoding/json gives for [].
func keep[T any](arena *[]T, s []T) []T {
	if len(s) == 0 {
		return []T{}
	}
	if cap(*arena)-len(*arena) < len(s) {
		*arena = make([]T, 0, max(arenaSize, len(s)))
	}
	start := len(*arena)
	*arena = append(*arena, s...)
	return (*arena)[start:len(*arena):len(*arena)]
}

// arenaSize is how many elements keep allocates at once: a module's
// answers, a few modules' integers.
const arenaSize = 64

// rawString reads a string and returns its contents unescaped; the slice
// may alias data or the scratch buffer, valid until the next string. It
// reports false for invalid UTF-8, which encoding/json would replace.
func (d *fastDecoder) rawString() ([]byte, bool) {
	s, ok := d.unchecked()
	return s, ok && utf8.Valid(s)
}

// unchecked is rawString without the check of UTF-8, for a string that
// is compared to one known to be valid: a key to the names of the fields,
// a text to those in the table of texts.
func (d *fastDecoder) unchecked() ([]byte, bool) {
	if d.i >= len(d.data) || d.data[d.i] != '"' {
		return nil, false
	}
	start := d.i + 1
	j := jsonstrict.StringSpecial(d.data, start)
	switch {
	case j == len(d.data) || d.data[j] < 0x20:
		return nil, false
	case d.data[j] == '\\':
		return d.escapedString(start, j)
	}
	d.i = j + 1
	return d.data[start:j], true
}

// escapedString reads the string starting at data[start] (after its quote)
// whose first escape is at data[j].
func (d *fastDecoder) escapedString(start, j int) ([]byte, bool) {
	b := append(d.buf[:0], d.data[start:j]...)
	for {
		if j >= len(d.data) {
			return nil, false
		}
		switch c := d.data[j]; {
		case c == '"':
			d.i, d.buf = j+1, b
			return b, true
		case c < 0x20:
			return nil, false
		case c != '\\':
			// a plain run, to the next quote, escape or control character
			k := jsonstrict.StringSpecial(d.data, j)
			b = append(b, d.data[j:k]...)
			j = k
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

// text is str through the table of texts.
func (d *fastDecoder) text(s *string) bool {
	b, ok := d.unchecked()
	if !ok {
		return false
	}
	if v, ok := d.texts[string(b)]; ok {
		*s = v // valid UTF-8: it was checked when it was added
		return true
	}
	if !utf8.Valid(b) {
		return false
	}
	*s = string(b)
	if d.texts == nil {
		d.texts = make(map[string]string)
	}
	if len(d.texts) < maxTexts {
		d.texts[*s] = *s
	}
	return true
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
