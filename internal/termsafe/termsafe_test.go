package termsafe

import (
	"bytes"
	"strings"
	"testing"
)

// Hostile is text with every kind of sequence that must not reach a
// terminal: OSC 52 (clipboard), OSC 8 (link), CSI 2J (clear screen), OSC 0
// (window title), BEL, a C1 CSI both as a raw byte and as U+009B, DEL and a
// bidi override.
const Hostile = "Evil\x1b]52;c;aGFja2Vk\x07\x1b]8;;https://evil.example\x1b\\klik\x1b]8;;\x1b\\\x1b[2J\x1b]0;hacked\x07\x07\x9b31m\u009b2J\x7f\u202egnp.exe\r"

func TestStringShowsEveryControl(t *testing.T) {
	got := String(Hostile)
	if !Safe(got) {
		t.Fatalf("String left something unsafe: %q", got)
	}
	for _, b := range []byte{0x1b, 0x07, 0x7f, '\r'} {
		if strings.IndexByte(got, b) >= 0 {
			t.Errorf("byte %#x left in %q", b, got)
		}
	}
	for _, r := range []rune{0x9b, 0x202e} {
		if strings.ContainsRune(got, r) {
			t.Errorf("rune %U left in %q", r, got)
		}
	}
	for _, want := range []string{`\x1b]52;c;aGFja2Vk\x07`, `\x9b31m`, `\u009b2J`, `\x7f`, `\u202e`, `\x0d`} {
		if !strings.Contains(got, want) {
			t.Errorf("%q does not show %s", got, want)
		}
	}
}

func TestStringKeepsText(t *testing.T) {
	for _, s := range []string{"", "Zoë Brontë-Ünal", "regel 1\nregel 2\tmet tab", "日本語 — “quotes” ‘’ …", "emoji 🎉"} {
		if got := String(s); got != s {
			t.Errorf("String(%q) = %q", s, got)
		}
		if !Safe(s) {
			t.Errorf("Safe(%q) = false", s)
		}
	}
}

func TestWriterSplitRunes(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	in := []byte("Zoë \u009b2J é\x1b[31m")
	for i := range in { // one byte at a time: every rune is split
		if n, err := w.Write(in[i : i+1]); n != 1 || err != nil {
			t.Fatalf("Write: %d %v", n, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := String(string(in)); out.String() != want {
		t.Errorf("byte-wise writes gave %q, want %q", out.String(), want)
	}
	out.Reset()
	w.Write([]byte("half \xc3"))
	w.Flush()
	if out.String() != `half \xc3` {
		t.Errorf("a cut-off rune at the end: %q", out.String())
	}
}

func FuzzString(f *testing.F) {
	f.Add(Hostile)
	f.Add("Zoë")
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		if !Safe(got) {
			t.Fatalf("String(%q) = %q is not safe", s, got)
		}
		if Safe(s) && got != s {
			t.Fatalf("safe %q changed to %q", s, got)
		}
	})
}
