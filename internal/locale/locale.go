// Package locale holds every string of the program's interface, in Dutch and
// English side by side (catalogue.go), so that a translation is one table
// and a key that does not exist fails to compile. The course content keeps
// its own language.
package locale

import (
	"fmt"
	"strings"
	"time"
)

// Lang is a supported interface language.
type Lang string

// The interface languages; Dutch is the default.
const (
	NL Lang = "nl"
	EN Lang = "en"
)

// Parse returns the language for s ("nl" or "en"), or an error naming s.
func Parse(s string) (Lang, error) {
	switch Lang(s) {
	case NL, EN:
		return Lang(s), nil
	case "":
		return NL, nil
	}
	return "", fmt.Errorf("unknown language %q (use nl or en)", s)
}

// entry is one text of the catalogue in both languages.
type entry struct {
	id           string // the key's name in the catalogue's own notation (CertDir)
	nl, en       string
	nlOne, enOne string // for a count: the form for one
}

// text is the text of e in language l (Dutch for an unknown language); one
// asks for the form for one of a count.
func (e entry) text(l Lang, one bool) string {
	switch {
	case l == EN && one && e.enOne != "":
		return e.enOne
	case l == EN:
		return e.en
	case one && e.nlOne != "":
		return e.nlOne
	}
	return e.nl
}

// T returns the text for key in language l, formatted with args like
// fmt.Sprintf.
func (l Lang) T(key Key, args ...any) string {
	s := catalogue[key].text(l, false)
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// N is the one helper for plurals: the text for key that counts n things,
// formatted with n and then args for any number but one ("%d pagina's"),
// and with args alone for one ("1 pagina", "once").
func (l Lang) N(key Key, n int, args ...any) string {
	e := catalogue[key]
	if n == 1 && (e.nlOne != "" || e.enOne != "") {
		s := e.text(l, true)
		if len(args) > 0 {
			return fmt.Sprintf(s, args...)
		}
		return s
	}
	return fmt.Sprintf(e.text(l, false), append([]any{n}, args...)...)
}

// ID is the key's name in the catalogue's own notation, such as
// "cert.dir": for tests and messages about the catalogue itself.
func (k Key) ID() string { return catalogue[k].id }

// Date writes the day of t in language l: "23 november 2026", "23 November
// 2026".
func (l Lang) Date(t time.Time) string {
	months := strings.Fields(l.T(DateMonths))
	month := t.Month().String()
	if int(t.Month()) <= len(months) {
		month = months[t.Month()-1]
	}
	return l.T(DateDay, t.Day(), month, t.Year())
}
