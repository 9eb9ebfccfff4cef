// Package termsafe makes text from outside the program safe to show in a
// terminal. Names, organisations, file names, course text and error
// messages that quote them come from files and arguments a learner or an
// author controls; written raw, an escape sequence in them can write the
// trainer's clipboard (OSC 52), set a link (OSC 8), clear the screen (CSI
// 2J), change the window title (OSC 0), ring the bell, or, with bidi
// controls, make text read differently from what it is.
//
// The rule, applied by String to every such string and by Writer to every
// byte a command writes: newline and tab stay; every other C0 control
// (U+0000–U+001F, ESC among them), DEL (U+007F), every C1 control
// (U+0080–U+009F, CSI 0x9b among them), the bidi controls (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069) and every byte that is not UTF-8
// are shown visibly, as \x1b, \u009b or \xff, instead of being passed on.
// Once ESC is shown as the four characters \x1b, no escape sequence is left:
// the rest of it is plain text.
//
// Shown, not removed: a trainer who sees "Jan\x1b]52;…" knows that the file
// was made to attack, and two names or file names that differ only in a
// hidden character do not look the same. The program's own styling (the
// full-screen views' colours) never passes through here: it is added after
// the text is made safe.
package termsafe

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// String returns s with every character that could drive a terminal shown
// visibly; see the package comment. A string without such characters is
// returned as it is.
func String(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Safe reports whether s would be shown as it is.
func Safe(s string) bool { return firstUnsafe(s) < 0 }

// firstUnsafe is the byte offset of the first character String changes, or -1.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if unsafeRune(rune(c)) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size <= 1) || unsafeRune(r) {
			return i
		}
		i += size
	}
	return -1
}

// unsafeRune reports whether r is a control character other than newline
// and tab, or a bidi control.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c || r == 0x200e || r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e:
		return true
	case r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Writer passes everything written to it through String before it reaches
// the underlying writer. It is for writers that only ever carry text, such
// as a command's standard output and standard error; never put it in front
// of a full-screen view, whose own escape sequences it would show as text.
// A UTF-8 sequence split over two writes is held back until it is whole, so
// a buffered writer in front of it cannot cut a character in two; Flush
// writes what is held back.
type Writer struct {
	w     io.Writer
	carry []byte
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write makes p safe and writes it; it reports len(p) when the underlying
// write succeeded.
func (w *Writer) Write(p []byte) (int, error) {
	data := p
	if len(w.carry) > 0 {
		data = append(w.carry, p...)
		w.carry = nil
	}
	cut := incompleteTail(data)
	if cut > 0 {
		w.carry = append([]byte(nil), data[len(data)-cut:]...)
		data = data[:len(data)-cut]
	}
	if len(data) == 0 {
		return len(p), nil
	}
	if _, err := io.WriteString(w.w, String(string(data))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what Write held back (the start of a character never
// finished), made safe.
func (w *Writer) Flush() error {
	if len(w.carry) == 0 {
		return nil
	}
	s := String(string(w.carry))
	w.carry = nil
	_, err := io.WriteString(w.w, s)
	return err
}

// incompleteTail is the length of a UTF-8 sequence at the end of p that has
// begun but not ended, or 0.
func incompleteTail(p []byte) int {
	for n := 1; n <= utf8.UTFMax-1 && n <= len(p); n++ {
		c := p[len(p)-n]
		if c < utf8.RuneSelf {
			return 0
		}
		if utf8.RuneStart(c) {
			if utf8.FullRune(p[len(p)-n:]) {
				return 0
			}
			return n
		}
	}
	return 0
}
