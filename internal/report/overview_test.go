package report

import (
	"strings"
	"testing"
)

func TestClip(t *testing.T) {
	got := clip("een twee drie vier vijf zes zeven", 10, 2)
	if strings.Join(got, "|") != "een twee|drie vier…" {
		t.Errorf("%q", got)
	}
	if got := clip("kort", 10, 2); len(got) != 1 || got[0] != "kort" {
		t.Errorf("%q", got)
	}
	if got := clip("", 10, 2); len(got) != 1 || got[0] != "" {
		t.Errorf("%q", got)
	}
}
