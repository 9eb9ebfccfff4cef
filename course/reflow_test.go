package course

import (
	"strings"
	"testing"

	"piketpalen/internal/tabletest"
	"piketpalen/modules"
)

func TestReflow(t *testing.T) {
	tabletest.Strings(t, "Reflow", Reflow, map[string]string{
		"Minister Rosenthal vond dat\nambassadeur Haspels\nte ver ging.\n": "Minister Rosenthal vond dat ambassadeur Haspels te ver ging.",
		"Eerste alinea\nloopt door.\n\nTweede alinea.":                     "Eerste alinea loopt door.\n\nTweede alinea.",
		"Drie dingen:\n- een\n- twee\n1. drie":                             "Drie dingen:\n- een\n- twee\n1. drie",
		"Een regel.":                                                       "Een regel.",
		"Windows\r\nregels.":                                               "Windows regels.",
	})
}

// TestQuestionTextsFlow: no text of the built-in course's questions keeps
// a line break of its YAML file inside a sentence.
func TestQuestionTextsFlow(t *testing.T) {
	c, err := Load(modules.FS)
	if err != nil {
		t.Fatal(err)
	}
	check := func(where, s string) {
		for _, par := range strings.Split(s, "\n\n") {
			for _, l := range strings.Split(par, "\n")[1:] {
				if !listLine().MatchString(l) {
					t.Errorf("%s: a line break inside a paragraph: %q", where, par)
					break
				}
			}
		}
	}
	n := 0
	for _, m := range c.Modules {
		for _, q := range m.Questions {
			check(q.ID+" question", q.Text)
			check(q.ID+" explanation", q.Explanation)
			for _, o := range q.Options {
				check(q.ID+" option", o.Text)
				check(q.ID+" feedback", o.Feedback)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no questions read")
	}
}
