package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
)

// TestItemsSection: the item analysis fits 60 columns, has a number beside
// every bar, and says r, the flags and the reliability in words.
func TestItemsSection(t *testing.T) {
	c, err := course.Load(os.DirFS(filepath.Join("..", "..", "course", "testdata", "valid")))
	if err != nil {
		t.Fatal(err)
	}
	o := &results.Overview{Course: c.Title, Version: c.Version,
		Participants: make([]results.Participant, 25),
		Modules: []results.ModuleStat{
			{ID: "01-eerste", Title: "Eerste module", Participants: 25, Reliability: results.Reliability{KR20: 200.0 / 267, Participants: 15, Answered: 25, Items: 4}},
			{ID: "02-tweede", Title: "Tweede module", Participants: 25, Reliability: results.Reliability{Gap: results.GapFewSame, Participants: 3, Answered: 8}},
		},
		Questions: []results.QuestionStat{
			{Module: "01-eerste", ID: "een-5", Answered: 10, Right: 5, Discrimination: -1, HasDiscrimination: true, Flags: []results.ItemFlag{results.FlagNegative}},
			{Module: "01-eerste", ID: "een-1", Answered: 25, Right: 25, Flags: []results.ItemFlag{results.FlagEasy}},
			{Module: "01-eerste", ID: "een-2", Answered: 25, Right: 15, Discrimination: 0.187, HasDiscrimination: true},
			{Module: "02-tweede", ID: "twee-1", Answered: 3, Right: 0},
		},
	}
	for _, l := range []locale.Lang{locale.NL, locale.EN} {
		var b strings.Builder
		Write(&b, l, c, o)
		out := b.String()
		i := strings.Index(out, l.T(locale.ItemsTitle))
		if i < 0 {
			t.Fatalf("%s: no item analysis in\n%s", l, out)
		}
		section := out[i:]
		for _, line := range strings.Split(section, "\n") {
			if w := ansi.StringWidth(line); w > 60 {
				t.Errorf("%s: %d columns: %q", l, w, line)
			}
			if strings.Contains(line, "█") || strings.Contains(line, "░") {
				if !strings.Contains(line, "%") || !strings.Contains(line, "/") || !strings.Contains(line, "r ") {
					t.Errorf("%s: a bar without its numbers: %q", l, line)
				}
			}
		}
		kr, r1, r2 := "0,75", " 15/25  r +0,19", " 5/10  r -1,00"
		if l == locale.EN {
			kr, r1, r2 = "0.75", " 15/25  r +0.19", " 5/10  r -1.00"
		}
		for _, want := range []string{
			"  een-1\n", " 25/25  r  –", "100%",
			r1, r2, "! " + l.T(locale.ItemsFlagNegative)[:10], "! " + l.T(locale.ItemsFlagEasy)[:10],
			kr, l.T(locale.ItemsKr20few, 3, 8, results.MinReliability)[:30],
		} {
			if !strings.Contains(section, want) {
				t.Errorf("%s: no %q in\n%s", l, want, section)
			}
		}
		// pool order within a module: een-1, een-2, een-5
		if a, b2, c5 := strings.Index(section, "een-1"), strings.Index(section, "een-2"), strings.Index(section, "een-5"); !(a < b2 && b2 < c5) {
			t.Errorf("%s: not in pool order:\n%s", l, section)
		}
		if l == locale.NL {
			t.Log("\n" + section)
		}
	}
}

// TestHintsInQuestions: a question some read the hint of says how many,
// under the question, in the language of the report and within the
// overview's width; a question nobody read the hint of says nothing of
// hints.
func TestHintsInQuestions(t *testing.T) {
	c, err := course.Load(os.DirFS(filepath.Join("..", "..", "course", "testdata", "valid")))
	if err != nil {
		t.Fatal(err)
	}
	o := &results.Overview{Course: c.Title, Version: c.Version, Participants: make([]results.Participant, 21),
		Modules: []results.ModuleStat{{ID: "01-eerste", Title: "Eerste module", Participants: 21}},
		Questions: []results.QuestionStat{
			{Module: "01-eerste", ID: "een-3", Text: "Vraag 3 van een.", Answered: 21, Right: 6, Hinted: 6},
			{Module: "01-eerste", ID: "een-1", Text: "Vraag 1 van een.", Answered: 21, Right: 21},
		},
	}
	for l, want := range map[locale.Lang]string{
		locale.NL: "hint gelezen voor het antwoord: 6 van de 21",
		locale.EN: "hint read before answering: 6 of 21",
	} {
		var b strings.Builder
		Write(&b, l, c, o)
		out := b.String()
		prefix, _, _ := strings.Cut(want, ":")
		if strings.Count(out, want) != 1 || strings.Count(out, prefix) != 1 {
			t.Errorf("%s: %q not once, or hints of another question, in\n%s", l, want, out)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, want) && ansi.StringWidth(line) > tableWidth {
				t.Errorf("%s: %d columns: %q", l, ansi.StringWidth(line), line)
			}
		}
	}
}
