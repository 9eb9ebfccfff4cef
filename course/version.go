package course

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"strings"
)

// Change is one entry of a module's changes list in course.yaml: what
// changed in the module in a version of the course, and whether a learner
// who passed the module before that version must take its quiz again.
type Change struct {
	Version        string // the course version the change came with, such as "1.2.0"
	Text           string // what changed, in a sentence or two, for the learner
	RequiresRetake bool   // a pass on an earlier version no longer counts
	Line           int    // line in course.yaml, for messages
}

// CompareVersions orders two course versions: -1 when a is older than b,
// 0 when they are the same, 1 when a is newer. Versions are compared part
// by part, split at dots, numerically where both parts are numbers
// ("1.10.0" is newer than "1.9.0"), as text otherwise; a missing part
// counts as 0, so "1.2" and "1.2.0" are the same version. The empty
// version (an attempt or a file from before versions were recorded) is
// older than every other.
func CompareVersions(a, b string) int {
	if a == "" || b == "" {
		return cmp.Compare(min(len(a), 1), min(len(b), 1)) // "" before anything
	}
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(pa), len(pb)) {
		x, y := "0", "0"
		if i < len(pa) {
			x = pa[i]
		}
		if i < len(pb) {
			y = pb[i]
		}
		nx, ex := strconv.ParseUint(x, 10, 64)
		ny, ey := strconv.ParseUint(y, 10, 64)
		var c int
		if ex == nil && ey == nil {
			c = cmp.Compare(nx, ny)
		} else {
			c = cmp.Compare(x, y)
		}
		if c != 0 {
			return c
		}
	}
	return 0
}

// ChangesSince returns the module's changes that came after version v, up
// to the course's own version, oldest first: what a learner whose progress
// in the module was made on v has not seen yet.
func (c *Course) ChangesSince(m *Module, v string) []Change {
	var out []Change
	for _, ch := range m.Changes {
		if CompareVersions(ch.Version, v) > 0 && CompareVersions(ch.Version, c.Version) <= 0 {
			out = append(out, ch)
		}
	}
	return out
}

// Fingerprint is a content hash of the module's pages and questions: what
// a learner reads and is asked. It is the same on every platform and for
// every line ending (the loader reads "\r\n" as "\n"), and changes when a
// page, a question, an option, its feedback, an explanation or the number
// of questions drawn changes; not when only the front matter (title,
// minutes, objectives), a question's hint (it helps before answering, but
// changes neither what is taught nor what is right) or the place of things
// in the files does. The
// progress of a learner records it, so that a new version of the course
// can tell which modules changed. A module read by LoadLessons, without
// its questions, has no fingerprint ("").
func (m *Module) Fingerprint() string {
	if !m.questionsRead {
		return ""
	}
	h := sha256.New()
	// Every value is written with its length in front, so that no two
	// different modules hash the same bytes.
	str := func(s string) {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	num := func(v int) { str(strconv.Itoa(v)) }
	num(len(m.Pages))
	for _, p := range m.Pages {
		str(p.Markdown)
	}
	num(m.Draw)
	num(len(m.Questions))
	for _, q := range m.Questions {
		str(q.ID)
		str(string(q.Type))
		str(string(q.Kind))
		str(q.Text)
		str(q.Explanation)
		str(q.Source)
		num(len(q.Options))
		for _, o := range q.Options {
			str(o.Text)
			str(strconv.FormatBool(o.Correct))
			str(o.Feedback)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
