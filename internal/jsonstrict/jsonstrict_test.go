package jsonstrict

import (
	"errors"
	"testing"
)

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		in  string
		dup bool
		ok  bool
	}{
		{`{"a":1,"b":[{"a":2},{"a":3}]}`, false, true},
		{`{"a":1,"a":2}`, true, false},
		{`{"learner":"M","Learner":"Z"}`, true, false},
		{`{"x":{"k":1,"K":2}}`, true, false},
		{`[{"a":1},{"b":{"c":1,"c":1}}]`, true, false},
		{`{"a":1} {"b":2}`, false, false},
		{`{"a":`, false, false},
	} {
		err := Check([]byte(c.in))
		if (err == nil) != c.ok || errors.Is(err, ErrDuplicateKey) != c.dup {
			t.Errorf("Check(%s) = %v", c.in, err)
		}
	}
}
