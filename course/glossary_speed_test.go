package course

import (
	"slices"
	"strings"
	"testing"

	"piketpalen/modules"
)

// inByScan is Glossary.In as a search of every name through the whole text,
// the reference that the lookup by words must agree with.
func inByScan(g Glossary, text string) []Term {
	norm := strings.Join(strings.Fields(strings.ToLower(text)), " ")
	var out []Term
	for _, t := range g {
		for _, f := range t.names() {
			if containsPhrase(norm, strings.Join(strings.Fields(strings.ToLower(f)), " ")) {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

func termNames(ts []Term) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Term)
	}
	return out
}

var glossarySpeedSeeds = []string{"ordemaatregel", "Ordemaatregelen, **ordemaatregel**.", "art. 8 (x) -y- 3b", "  A\tB\n c  ", "wetten wet", "\xff wet \u00a0x İ", "ab-c ab -c"}

// TestGlossaryInAsScan checks the lookup by words against the search on
// every page and question of the built-in course, with its glossary.
func TestGlossaryInAsScan(t *testing.T) {
	c, err := Load(modules.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Glossary) == 0 {
		t.Fatal("the built-in course has no glossary")
	}
	found := 0
	for _, m := range c.Modules {
		for _, q := range []bool{false, true} {
			text := moduleText(m, q)
			got, want := termNames(c.Glossary.In(text)), termNames(inByScan(c.Glossary, text))
			if !slices.Equal(got, want) {
				t.Errorf("%s: In gives %q, a search gives %q", m.ID, got, want)
			}
			found += len(got)
		}
	}
	if found == 0 {
		t.Error("no term found in any module")
	}
}

// TestNormalizeForMatch checks the one-pass normalisation against its
// definition.
func TestNormalizeForMatch(t *testing.T) {
	for _, s := range append(glossarySpeedSeeds, "", " ", "ÀÉÎ ǅ ΣΑΣ\u2028x\u0085y") {
		if got, want := normalizeForMatch(s), strings.Join(strings.Fields(strings.ToLower(s)), " "); got != want {
			t.Errorf("normalizeForMatch(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzGlossaryIn compares the lookup by words with the search, for the
// built-in glossary plus one term from the input, on any text.
func FuzzGlossaryIn(f *testing.F) {
	for _, s := range glossarySpeedSeeds {
		f.Add(s, "wet")
	}
	f.Add("de (voorlopige) schorsing", "(voorlopige) schorsing")
	c, err := LoadLessons(modules.FS)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, term string) {
		if got, want := normalizeForMatch(text), strings.Join(strings.Fields(strings.ToLower(text)), " "); got != want {
			t.Fatalf("normalizeForMatch(%q) = %q, want %q", text, got, want)
		}
		g := append(slices.Clone(c.Glossary), Term{Term: term, Definition: "d"})
		if got, want := termNames(g.In(text)), termNames(inByScan(g, text)); !slices.Equal(got, want) {
			t.Fatalf("In(%q) with %q gives %q, a search gives %q", text, term, got, want)
		}
	})
}
