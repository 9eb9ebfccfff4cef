package course

import (
	"strings"
)

// The xAPI names of a course.yaml that gives none. The host is under
// .invalid (RFC 2606), which no organisation owns: statements made with it
// are valid, but an organisation that sends them to its learning record
// store should set its own in course.yaml.
const (
	DefaultXAPIBase     = "https://piketpalen.invalid/xapi"
	DefaultXAPIHomePage = "https://piketpalen.invalid"
)

// iri returns the value of key, which must be an absolute IRI with a host
// (scheme://host...), without a query or fragment since names are added
// after it; def when the key is absent. A wrong value is a problem on its
// line and gives def, so that the rest of the course still loads.
func (f *fields) iri(c *collector, key, def string) string {
	if _, ok := f.values[key]; !ok {
		return def
	}
	s := f.str(c, key, 0, true)
	if s == "" {
		return def
	}
	if why := iriProblem(s); why != "" {
		c.add(f.file, f.lineOf(key, 0), "%q moet een absolute IRI zijn zoals https://leren.example.nl/piketpalen: %s", key, why)
		return def
	}
	return strings.TrimRight(s, "/")
}

// iriProblem says in Dutch why s is no absolute IRI with a host, or "".
func iriProblem(s string) string {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok || scheme == "" {
		return "er staat geen schema met :// voor (zoals https://)"
	}
	for i, r := range scheme {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || !('0' <= r && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return "het schema mag alleen letters, cijfers, +, - en . bevatten"
		}
	}
	host, _, _ := strings.Cut(rest, "/")
	if host == "" {
		return "er staat geen host na ://"
	}
	for _, r := range s {
		switch {
		case r <= ' ' || r == 0x7f || 0x80 <= r && r < 0xa0:
			return "er staan spaties of stuurtekens in"
		case strings.ContainsRune("<>\"{}|\\^`", r):
			return "het teken " + string(r) + " mag er niet in staan"
		case r == '?' || r == '#':
			return "er mag geen ? of # in staan: de namen van de activiteiten komen erachter"
		}
	}
	return ""
}
