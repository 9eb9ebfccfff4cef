package coursetext

import (
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/locale"
	"piketpalen/modules"
)

func TestAnswerKey(t *testing.T) {
	c := coursetest.Valid(t)
	var b strings.Builder
	if err := Write(&b, c, []*course.Module{c.Modules[0]}, Options{Width: 60, Lang: locale.NL}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Toetsvragen") || strings.Contains(b.String(), "Dit is goed.") {
		t.Fatal("the lessons alone show the answers")
	}
	b.Reset()
	if err := Write(&b, c, []*course.Module{c.Modules[0]}, Options{Width: 60, Lang: locale.NL, Answers: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Toetsvragen met antwoorden (6 in de pool, 4 per poging;",
		"1. [een-1]",
		"   * A. Goed antwoord 1",
		"     B. Fout antwoord 1a",
		"Dit is fout.",
		"Bron: Testbron",
		"   * B. Niet waar", // the true/false question, answer false
		"Gespreksvragen",
		"2. Wat zou je anders doen?",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("answer key lacks %q", want)
		}
	}
	for i, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 60 {
			t.Errorf("line %d is %d wide: %q", i+1, len([]rune(l)), l)
		}
	}
}

// TestGlossaryPrinted: the printed course ends with the terms of the
// begrippenlijst that the printed modules use, in the glossary's order.
func TestGlossaryPrinted(t *testing.T) {
	c := coursetest.Valid(t)
	var b strings.Builder
	if err := Write(&b, c, nil, Options{Width: 60, Lang: locale.NL}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	i := strings.Index(out, "\nBegrippenlijst\n")
	if i < 0 || !strings.HasSuffix(out, "minister\n    Het lid van de regering dat aan het hoofd staat van een\n    ministerie.\n") {
		t.Fatalf("no glossary at the end:\n%s", out)
	}
	if strings.Contains(out[i:], "strafontslag") {
		t.Error("a term no printed page uses was printed")
	}
	b.Reset()
	if err := Write(&b, c, []*course.Module{c.Modules[1]}, Options{Width: 60, Lang: locale.EN}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Glossary") {
		t.Errorf("a module that uses no term got a glossary:\n%s", b.String())
	}
}

// BenchmarkUsedTerms is the glossary lookup of print: the terms the
// longest module of the built-in course uses.
func BenchmarkUsedTerms(b *testing.B) {
	c, err := course.LoadLessons(modules.FS)
	if err != nil {
		b.Fatal(err)
	}
	longest := c.Modules[0]
	for _, m := range c.Modules {
		if len(moduleChars(m)) > len(moduleChars(longest)) {
			longest = m
		}
	}
	b.ResetTimer()
	for b.Loop() {
		usedTerms(c, []*course.Module{longest}, false)
	}
}

func moduleChars(m *course.Module) string {
	var s strings.Builder
	for _, p := range m.Pages {
		s.WriteString(p.Markdown)
	}
	return s.String()
}

// print shows what changed in a module in each version, and which change
// asks for the quiz again; a module without changes shows no heading.
func TestChangesArePrinted(t *testing.T) {
	changes := "      - version: 0.2.0\n        text: Een zin is nieuw.\n      - version: 0.3.0\n        text: De regels zijn veranderd.\n        requires_retake: true\n"
	c := coursetest.Load(t, coursetest.Updated(t, "0.3.0", changes, true))
	out := printed(t, c, Options{Width: 100, Lang: locale.NL})
	for _, want := range []string{"Wijzigingen\n- 0.2.0: Een zin is nieuw.\n- 0.3.0: De regels zijn veranderd. (wie de module eerder haalde, maakt de toets opnieuw)\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Count(out, "Wijzigingen") != 1 {
		t.Error("a module without changes has a heading for them")
	}
}

// printed is what Write prints of the whole course c.
func printed(t *testing.T, c *course.Course, o Options) string {
	t.Helper()
	var b strings.Builder
	if err := Write(&b, c, nil, o); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
