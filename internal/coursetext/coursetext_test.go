package coursetext

import (
	"os"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/locale"
)

func TestAnswerKey(t *testing.T) {
	c, err := course.Load(os.DirFS("../../course/testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
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
