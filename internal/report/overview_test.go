package report

import (
	"strings"
	"testing"
)

func TestBar(t *testing.T) {
	for _, tc := range []struct {
		part, whole int
		want        string
	}{
		{0, 21, "░░░░░░░░░░"},
		{1, 21, "█░░░░░░░░░"}, // rounds to 0, shown as 1: not nothing
		{6, 21, "███░░░░░░░"},
		{20, 21, "█████████░"}, // rounds to 10, shown as 9: not everyone
		{21, 21, "██████████"},
		{0, 0, "░░░░░░░░░░"},
	} {
		if got := bar(tc.part, tc.whole, 10); got != tc.want {
			t.Errorf("bar(%d, %d) = %s, want %s", tc.part, tc.whole, got, tc.want)
		}
	}
}

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
