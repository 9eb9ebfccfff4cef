// Package locale holds every string of the program's interface, in Dutch and
// English, so that a translation is one table and a test can check that both
// languages have every key. The course content keeps its own language.
package locale

import (
	"fmt"
	"sort"
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

// T returns the text for key in language l, formatted with args like
// fmt.Sprintf. A missing key shows as "!key" so it is noticed, never a panic.
func (l Lang) T(key string, args ...any) string {
	table := catalog[l]
	if table == nil {
		table = catalog[NL]
	}
	s, ok := table[key]
	if !ok {
		return "!" + key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Date writes the day of t in language l: "23 november 2026", "23 November
// 2026".
func (l Lang) Date(t time.Time) string {
	months := strings.Fields(l.T("date.months"))
	month := t.Month().String()
	if int(t.Month()) <= len(months) {
		month = months[t.Month()-1]
	}
	return l.T("date.day", t.Day(), month, t.Year())
}

// Keys returns the keys of language l, sorted; for tests.
func Keys(l Lang) []string {
	var out []string
	for k := range catalog[l] {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var catalog = map[Lang]map[string]string{NL: nl, EN: en}
