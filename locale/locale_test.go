package locale

import (
	"slices"
	"strings"
	"testing"
)

// TestBothLanguagesHaveEveryKey keeps the translations complete.
func TestBothLanguagesHaveEveryKey(t *testing.T) {
	nlKeys, enKeys := Keys(NL), Keys(EN)
	for _, k := range nlKeys {
		if !slices.Contains(enKeys, k) {
			t.Errorf("English lacks %q", k)
		}
	}
	for _, k := range enKeys {
		if !slices.Contains(nlKeys, k) {
			t.Errorf("Dutch lacks %q", k)
		}
	}
	for _, k := range nlKeys {
		if strings.Count(nl[k], "%") != strings.Count(en[k], "%") {
			t.Errorf("%q: the two languages take different arguments: %q / %q", k, nl[k], en[k])
		}
	}
}

func TestT(t *testing.T) {
	if got := NL.T("quiz.questionof", 3, 8); got != "vraag 3 van 8" {
		t.Errorf("got %q", got)
	}
	if got := EN.T("no.such.key"); got != "!no.such.key" {
		t.Errorf("missing key shows as %q", got)
	}
	if _, err := Parse("fr"); err == nil {
		t.Error("fr accepted")
	}
}
