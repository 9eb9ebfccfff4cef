package tabletest

import (
	"fmt"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the failures it is given.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestStringsFailsEachWrongResult(t *testing.T) {
	r := &recorder{TB: t}
	Strings(r, "ToUpper", strings.ToUpper, map[string]string{"b": "B", "a": "x", "c": "y"})
	want := []string{`ToUpper("a") = "A", want "x"`, `ToUpper("c") = "C", want "y"`}
	if fmt.Sprint(r.errs) != fmt.Sprint(want) {
		t.Errorf("failures %q, want %q", r.errs, want)
	}
	r.errs = nil
	Strings(r, "ToUpper", strings.ToUpper, map[string]string{"a": "A"})
	if len(r.errs) != 0 {
		t.Errorf("failures for a right table: %q", r.errs)
	}
}
