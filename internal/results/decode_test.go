package results

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/jsonstrict"
)

// TestDecodeFastTakesWrittenFiles checks that the fast decoder reads the
// files the program writes (else every file would take the slow path) and
// to the same File as encoding/json.
func TestDecodeFastTakesWrittenFiles(t *testing.T) {
	c, dir := testCourse(t), t.TempDir()
	var files [][]byte
	for i := range 20 {
		p := export(t, c, groupState(t, c, i), dir, "f.json", time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, data)
	}
	old, err := os.ReadFile(filepath.Join("testdata", "v2-builtin-key.json"))
	if err != nil {
		t.Fatal(err)
	}
	for i, data := range append(files, old) {
		var fast File
		if !decodeFast(data, &fast) {
			t.Fatalf("file %d: the fast decoder leaves a written file to encoding/json", i)
		}
		assertAsEncodingJSON(t, data, &fast)
		assertCompactAsSignedForm(t, data)
		// and the signature is checked over the file's own bytes
		msg, ok := signedForm(nil, data, fast.Signature)
		canon, err := Canonical(&fast)
		if err != nil {
			t.Fatal(err)
		}
		if !ok || string(msg) != signingContext+string(canon) {
			t.Fatalf("file %d: the file without white space and signature is not its canonical form:\n%s\n%s", i, msg, canon)
		}
	}
}

// TestSignedFormKeepsStrings checks that signedForm takes white space out
// between tokens only, and refuses data whose last member is not the
// signature.
func TestSignedFormKeepsStrings(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"{ \"a\" : \"b c\\\" d\\\\\" ,\n\t\"e\": [1, 2],\r\n \"signature\": \"S\" }", `{"a":"b c\" d\\","e":[1,2]}`},
		{`{"a":" \\\\\"x y\""  ,  "signature":"S"}`, `{"a":" \\\\\"x y\""}`},
		{`{"signature":"S","a":1}`, ""},
		{`{"a":{"signature":"S"}}`, ""},
		{`{"a":1,"signature":"T"}`, ""},
	} {
		got, ok := signedForm(nil, []byte(c.in), "S")
		if c.want == "" {
			if ok {
				t.Errorf("signedForm(%s) = %s, want none", c.in, got)
			}
			continue
		}
		if !ok || string(got) != signingContext+c.want {
			t.Errorf("signedForm(%s) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// assertAsEncodingJSON fails unless encoding/json, strict (jsonstrict.Decode), decodes data to
// fast.
func assertAsEncodingJSON(t *testing.T, data []byte, fast *File) {
	t.Helper()
	var want File
	if err := jsonstrict.Decode(data, &want); err != nil {
		t.Fatalf("the fast decoder took what encoding/json refuses (%v):\n%s", err, data)
	}
	if !reflect.DeepEqual(*fast, want) {
		a, _ := json.Marshal(fast)
		b, _ := json.Marshal(&want)
		t.Fatalf("the fast decoder reads otherwise than encoding/json:\nfast: %s\njson: %s\ninput: %s", a, b, data)
	}
}

var decodeSeeds = []string{
	`{"kind":"piketpalen-resultaten","version":3,"learner":"A \"B\" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 \u2028"}`,
	`{"kind":"x","Kind":"y"}`, `{"version":1.0}`, `{"version":-0}`, `{"version":9223372036854775808}`,
	`{"modules":null}`, `{"modules":[]}`, `{"modules":[{"answers":[{"chosen":[],"chosen_text":null,"order":[2,0,1]}],"passing":null}]}`,
	`{"modules":[{"passing":{"finished":"2026-01-02T03:04:05Z","seed":18446744073709551615,"answers":[]}}]}`,
	`{"created":"2026-01-02T03:04:05+01:00"}`, `{"created":"2026-01-02 03:04:05Z"}`, `{"created":null}`,
	`{"learner":"\ud800"}`, `{"learner":"\udc00x"}`, "{\"learner\":\"\xff\"}", `{"learner":null}`,
	`{"modules":[{"passed":true,"best_score":-1}]}`, ` { "kind" : "k" } `, `{"unknown":1}`, `{"modules":[{"answers_seed":-1}]}`,
	`{"learner":"\u0041"}`, `{"le\u0061rner":"x"}`,
}

// FuzzDecodeFast checks that whatever the fast decoder takes, encoding/json
// decodes to the same File.
func FuzzDecodeFast(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	if old, err := os.ReadFile(filepath.Join("testdata", "v2-builtin-key.json")); err == nil {
		f.Add(old)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast File
		if !decodeFast(data, &fast) {
			return // Parse checks it with jsonstrict and decodes it with encoding/json
		}
		// Parse skips the duplicate-key check for what decodeFast takes
		if err := jsonstrict.Check(data); err != nil {
			t.Fatalf("decodeFast took what jsonstrict refuses (%v):\n%q", err, data)
		}
		assertAsEncodingJSON(t, data, &fast)
		assertCompactAsSignedForm(t, data)
	})
}

// assertCompactAsSignedForm checks that the file without white space that
// the fast decoder makes as it reads (what Parse checks the signature
// over) is what compactJSON, the signed form's own pass, makes of data.
func assertCompactAsSignedForm(t *testing.T, data []byte) {
	t.Helper()
	d := &fastDecoder{compact: []byte("x")}
	if !d.decode(data, new(File)) {
		t.Fatalf("the fast decoder refuses %q", data)
	}
	want, ok := compactJSON([]byte("x"), data)
	if !ok || !bytes.Equal(d.compact, want) {
		t.Fatalf("the decoder's compact form\n%s\nis not the signed form's\n%s", d.compact, want)
	}
}

// TestDuplicateKeyIsTampered checks that a written file with a key added a
// second time, at the top and inside an answer, is refused as altered: the
// fast decoder leaves such a file to jsonstrict's check rather than taking
// one of the two values.
func TestDuplicateKeyIsTampered(t *testing.T) {
	c := testCourse(t)
	p := export(t, c, groupState(t, c, 0), t.TempDir(), "f.json", time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(data); err != nil {
		t.Fatalf("the file as written: %v", err)
	}
	for _, tc := range []struct{ name, old, new string }{
		{"top level", `"learner": `, `"learner": "Iemand Anders", "learner": `},
		{"in an answer", `"correct": `, `"correct": true, "correct": `},
	} {
		edited := strings.Replace(string(data), tc.old, tc.new, 1)
		if edited == string(data) {
			t.Fatalf("%s: %q is not in the file", tc.name, tc.old)
		}
		if _, err := Parse([]byte(edited)); !errors.Is(err, ErrTampered) {
			t.Errorf("%s: a key twice gives %v, want ErrTampered", tc.name, err)
		}
	}
}

// signedForm is the reference for what the fast decoder makes as it
// reads (fastDecoder.compact and cutSignature): a pass of its own over
// data. It appends to msg the message signed for data, a well-formed
// JSON object whose last member is "signature" with the value sig, written
// without escapes: signingContext and data without its white space outside
// strings and without that member. It reports false for any other data.
func signedForm(msg, data []byte, sig string) ([]byte, bool) {
	if data == nil {
		return nil, false
	}
	msg, ok := compactJSON(append(msg, signingContext...), data)
	if !ok {
		return nil, false
	}
	return cutSignature(msg, sig)
}

// compactJSON appends data without its white space outside strings to msg.
// It reports false when a string in data does not end.
func compactJSON(msg, data []byte) ([]byte, bool) {
	msg = slices.Grow(msg, len(data))
	run := 0 // start of the bytes not yet copied, none of them white space
	for i := 0; i < len(data); {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			msg = append(msg, data[run:i]...)
			for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
				i++
			}
			run = i
		case '"':
			// to the closing quote: one not preceded by an odd number of backslashes
			j := i + 1
			for {
				k := bytes.IndexByte(data[j:], '"')
				if k < 0 {
					return nil, false
				}
				j += k
				n := 0
				for data[j-1-n] == '\\' {
					n++
				}
				if n%2 == 0 {
					break
				}
				j++
			}
			i = j + 1
		default:
			i++
		}
	}
	return append(msg, data[run:]...), true
}

// decodeFast is fastDecoder.decode with a decoder of its own.
func decodeFast(data []byte, f *File) bool {
	return new(fastDecoder).decode(data, f)
}
