package roundtrip

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the first failure and stops there,
// as Fatal does.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper() {}

func (r *recorder) Fatal(args ...any) { r.Fatalf("%v", args...) }

func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = format
	panic(r)
}

// run calls Check on v with the given parser (and canonical form, when
// one is given) and reports the failure format, "" when none.
func run(t *testing.T, v int, parse func([]byte) (int, error), canon ...func(int) ([]byte, error)) (failed string) {
	r := &recorder{TB: t}
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
		failed = r.failed
	}()
	encode := func(n int) ([]byte, error) { return []byte(strconv.Itoa(n)), nil }
	canonical := func(n int) ([]byte, error) { return []byte(strconv.Itoa(n)), nil }
	if len(canon) > 0 {
		canonical = canon[0]
	}
	if back := Check(r, "number", v, encode, parse, canonical); back != v {
		t.Errorf("returned %d, want %d", back, v)
	}
	return ""
}

func TestCheck(t *testing.T) {
	same := func(b []byte) (int, error) { return strconv.Atoi(string(b)) }
	if f := run(t, 42, same); f != "" {
		t.Errorf("a faithful round trip failed: %s", f)
	}
	refuse := func([]byte) (int, error) { return 0, errors.New("no") }
	if f := run(t, 42, refuse); !strings.HasPrefix(f, "re-encoded %s not accepted") {
		t.Errorf("a refused round trip: %q", f)
	}
	other := func(b []byte) (int, error) { n, err := strconv.Atoi(string(b)); return n + 1, err }
	if f := run(t, 42, other); !strings.HasPrefix(f, "re-encoded %s reads otherwise") {
		t.Errorf("a round trip that changes the value: %q", f)
	}
	broken := func(int) ([]byte, error) { return nil, errors.New("no canonical form") }
	if f := run(t, 42, same, broken); !strings.HasPrefix(f, "canonical form of %s") {
		t.Errorf("a canonical form that fails on both sides: %q", f)
	}
}
