package jsonstrict

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		in  string
		dup bool
		ok  bool
	}{
		{`{"a":1,"b":[{"a":2},{"a":3}]}`, false, true},
		{`{"a":1,"a":2}`, true, false},
		{`{"learner":"M","Learner":"Z"}`, true, false},
		{`{"x":{"k":1,"K":2}}`, true, false},
		{`[{"a":1},{"b":{"c":1,"c":1}}]`, true, false},
		{`{"a":1} {"b":2}`, false, false},
		{`{"a":`, false, false},
	} {
		err := Check([]byte(c.in))
		if (err == nil) != c.ok || errors.Is(err, ErrDuplicateKey) != c.dup {
			t.Errorf("Check(%s) = %v", c.in, err)
		}
	}
}

// FuzzCheckAgainstDecoder compares Check with a token pass of
// encoding/json's Decoder, the reference: both accept the same inputs and
// find the same duplicate keys.
func FuzzCheckAgainstDecoder(f *testing.F) {
	for _, s := range []string{
		`{"a":1,"b":[{"a":2},{"a":3}]}`, `{"a":1,"a":2}`, `{"learner":"M","Learner":"Z"}`,
		`{"\u006bind":1,"kind":2}`, `{"K":1,"\u212a":2}`, `{"é":1,"É":2}`, `[1,-0.5e+3,true,false,null,"x\n\"y"]`,
		`{"a":1} {"b":2}`, `{"a":`, `01`, `[1,]`, `{"a" 1}`, `"\x01"`, `"\ud800"`, "\"\xff\"", ` { } `, `[[[[]]]]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, want := Check(data), referenceCheck(data)
		if (got == nil) != (want == nil) || errors.Is(got, ErrDuplicateKey) != errors.Is(want, ErrDuplicateKey) {
			t.Errorf("Check(%q) = %v, reference %v", data, got, want)
		}
	})
}

func TestCheckDeepNesting(t *testing.T) {
	deep := strings.Repeat("[", 70) + strings.Repeat("]", 70)
	if err := Check([]byte(deep)); err == nil {
		t.Error("70 levels of nesting passed")
	}
	if err := Check([]byte(strings.Repeat("[", 60) + strings.Repeat("]", 60))); err != nil {
		t.Errorf("60 levels: %v", err)
	}
}

// referenceCheck is Check as a token pass of encoding/json's Decoder.
func referenceCheck(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := refValue(dec, 0); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("json: data after the value")
	}
	return nil
}

func refValue(dec *json.Decoder, depth int) error {
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
			if err := refValue(dec, depth+1); err != nil {
				return err
			}
		}
	case '[':
		for dec.More() {
			if err := refValue(dec, depth+1); err != nil {
				return err
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("json: %w", err)
	}
	return nil
}

func BenchmarkCheck(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"kind":"piketpalen-resultaten","modules":[`)
	for i := range 300 {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, `{"question":"q%d","text":"Je werkt als beleidsmedewerker en ziet een bericht over je eigen dossier.","chosen":[1,2],"correct":true}`, i)
	}
	sb.WriteString("]}")
	data := []byte(sb.String())
	b.Run("scanner", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for range b.N {
			if err := Check(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("decoder-tokens", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for range b.N {
			if err := referenceCheck(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestScannersAsByteByByte checks SkipSpace and StringSpecial, which look
// at eight bytes at a time, against the plain rule byte by byte, at every
// start of many inputs: every byte value in every position of a word, and
// long runs of spaces as in indented files.
func TestScannersAsByteByByte(t *testing.T) {
	special := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 }
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	first := func(data []byte, i int, is func(byte) bool, want bool) int {
		for i < len(data) && is(data[i]) != want {
			i++
		}
		return i
	}
	var inputs [][]byte
	for c := range 256 {
		for pos := range 17 {
			b := []byte(strings.Repeat("a", 17))
			b[pos] = byte(c)
			inputs = append(inputs, b)
			s := []byte(strings.Repeat(" ", 17))
			s[pos] = byte(c)
			inputs = append(inputs, s)
		}
	}
	inputs = append(inputs, []byte("\n"+strings.Repeat(" ", 40)+`"x"`), []byte("é\u2028ü\x7f\x80\xff\"x"))
	for _, data := range inputs {
		for i := range len(data) + 1 {
			if got, want := StringSpecial(data, i), first(data, i, special, true); got != want {
				t.Fatalf("StringSpecial(%q, %d) = %d, want %d", data, i, got, want)
			}
			if got, want := SkipSpace(data, i), first(data, i, space, false); got != want {
				t.Fatalf("SkipSpace(%q, %d) = %d, want %d", data, i, got, want)
			}
		}
	}
}

// TestDecode: one strict read for every signed file: a key twice is
// ErrDuplicateKey, an unknown field, trailing data or bad JSON another
// error, and a good value decodes.
func TestDecode(t *testing.T) {
	type v struct {
		Kind string `json:"kind"`
	}
	var got v
	if err := Decode([]byte(`{"kind":"a"}`), &got); err != nil || got.Kind != "a" {
		t.Fatalf("a good value: %+v, %v", got, err)
	}
	for in, dup := range map[string]bool{
		`{"kind":"a","Kind":"b"}`: true,
		`{"kind":"a","other":1}`:  false,
		`{"kind":"a"} {}`:         false,
		`{"kind":`:                false,
		`{"kind":1}`:              false,
	} {
		err := Decode([]byte(in), new(v))
		if err == nil || errors.Is(err, ErrDuplicateKey) != dup {
			t.Errorf("%s: %v, want an error (a key twice: %v)", in, err, dup)
		}
	}
}
