package ui

import (
	"strings"
	"testing"

	"piketpalen/course"
)

func TestTerms(t *testing.T) {
	terms := []course.Term{
		{Term: "ordemaatregel", Definition: "Een maatregel van de werkgever om de orde te herstellen.\nHet is geen straf."},
		{Term: "CRvB", Definition: "Centrale Raad van Beroep."},
	}
	got := Terms(terms, 40, strings.ToUpper)
	want := "ORDEMAATREGEL\n" +
		"    Een maatregel van de werkgever om de\n" +
		"    orde te herstellen. Het is geen\n" +
		"    straf.\n" +
		"\n" +
		"CRVB\n" +
		"    Centrale Raad van Beroep.\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, l := range strings.Split(got, "\n") {
		if len(l) > 40 {
			t.Errorf("line of %d columns: %q", len(l), l)
		}
	}
	if Terms(nil, 40, nil) != "" {
		t.Error("no terms should give no text")
	}
}
