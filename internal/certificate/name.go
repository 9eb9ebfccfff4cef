package certificate

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxNameLength is the most characters a learner's name or organisation may
// have on a certificate or in a result file. The longest names of people
// and of Dutch government bodies stay well under it; a longer one is a
// mistake or an attack (a name of 100,000 characters took 21 seconds to lay
// out on the certificate and again to verify it).
const MaxNameLength = 120

// NameField says which name CleanName cleans, for its messages.
type NameField int

// The names on a certificate and in a result file.
const (
	LearnerName NameField = iota + 1
	Organisation
)

func (f NameField) String() string {
	if f == Organisation {
		return "organisation"
	}
	return "learner name"
}

// NameTooLongError says that a name or organisation has more than
// MaxNameLength characters.
type NameTooLongError struct {
	Field  NameField
	Length int // characters, after cleaning
}

func (e *NameTooLongError) Error() string {
	return fmt.Sprintf("%s is %d characters long; at most %d are allowed", e.Field, e.Length, MaxNameLength)
}

// CleanName is the one rule for a learner's name and organisation, applied
// where certificates and result files are made: white space (a line break
// too) becomes one space, the ends are trimmed, and what cannot be part of a
// name is dropped: control characters (an escape sequence among them), the
// bidi controls that make text read in another order than it is stored,
// and bytes that are not UTF-8. Dropped, not shown: what is signed is what
// the certificate prints. The error is a *NameTooLongError when the cleaned
// text is longer than MaxNameLength; field says which name it is.
func CleanName(field NameField, s string) (string, error) {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r), isBidiControl(r), r == unicode.ReplacementChar:
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if n := utf8.RuneCountInString(s); n > MaxNameLength {
		return "", &NameTooLongError{Field: field, Length: n}
	}
	return s, nil
}

// isBidiControl reports whether r changes the direction text is shown in.
func isBidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// CheckName reports a name a reader must not accept: longer than
// MaxNameLength or holding what CleanName drops. Readers of certificates
// and of result files use it, so that both take the names CleanName gives.
func CheckName(field NameField, s string) error {
	clean, err := CleanName(field, s)
	if err != nil {
		return err
	}
	if clean != s {
		return fmt.Errorf("%s %q holds characters a name cannot have", field, s)
	}
	return nil
}
