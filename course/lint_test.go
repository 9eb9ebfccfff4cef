package course

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// lintDay is the day the lint tests measure ages against.
var lintDay = time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC)

// TestLint runs the lint over a course that breaks every rule once, next
// to text that keeps just inside each rule, and checks that exactly the
// breaches are reported, each with its file and line, all as warnings.
func TestLint(t *testing.T) {
	fsys := os.DirFS("testdata/lint")
	if ps := Validate(fsys); len(ps) != 0 {
		t.Fatalf("the lint course has problems: %v", ps)
	}
	ps := Check(fsys, lintDay)
	want := []string{
		// a sentence of 32 words, with citations in it; the one of 22 on line 12 passes, a quotation too
		`01-regels/module.md:14: waarschuwing: zin van 32 woorden (B1: hoogstens 22)`,
		// bold, not a label, not in the glossary; **ordemaatregel**, **Loyaliteit**:, **Let op.** and **70 procent** pass
		`01-regels/module.md:22: waarschuwing: **detachering** staat vet, dus als begrip, maar de begrippenlijst (glossary.yaml) legt het niet uit`,
		`01-regels/module.md:27: waarschuwing: ECLI:NL:CRVB:2025:179 staat niet op de pagina Bronnen van deze module`,
		`01-regels/module.md:27: waarschuwing: "ECLI:NL:CRvB:2017:2964" is geen goed geschreven ECLI`,
		`01-regels/module.md:29: waarschuwing: zin van 23 woorden (B1: hoogstens 22)`,
		// a casus without a hint; the casus on line 73 has one
		`01-regels/questions.yaml:3: waarschuwing: vraag "r-kort-1" is een casus zonder "hint"`,
		// two of the three single questions have the shortest option right
		`01-regels/questions.yaml:8: waarschuwing: vraag "r-kort-1": het juiste antwoord is het kortste; in deze module geldt dat voor 2 van de 3 single-vragen, meer dan 30%`,
		`01-regels/questions.yaml:13: waarschuwing: vraag "r-kort-1": een fout antwoord met "nooit" valt af`,
		`01-regels/questions.yaml:22: waarschuwing: vraag "r-kort-2": het juiste antwoord is het kortste`,
		// in a literal block, the line the sentence starts on
		`01-regels/questions.yaml:27: waarschuwing: zin van 29 woorden`,
		`01-regels/questions.yaml:32: waarschuwing: vraag "r-lang" heeft geen "kind"`,
		// a false statement with "altijd"; the true one with "altijd" passes, and so does a right answer with "alleen"
		`01-regels/questions.yaml:46: waarschuwing: vraag "r-stelling-onwaar": een stelling die niet waar is, met "altijd"`,
		`01-regels/questions.yaml:69: waarschuwing: vraag "r-meer": een fout antwoord met "uitsluitend"`,
		// the casus's hint is linted like every text
		`01-regels/questions.yaml:82: waarschuwing: zin van 27 woorden`,
		`02-oud/module.md:7: waarschuwing: de bronnen van deze module zijn gecontroleerd op 2024-03-01, langer dan 6 maanden geleden`,
		`02-oud/questions.yaml:10: waarschuwing: ECLI:NL:CRVB:2017:2964: deze module heeft geen pagina "# Bronnen"`,
		`03-zonder/module.md:1: waarschuwing: de kop van de les noemt geen "checked: JJJJ-MM-DD"`,
		`course.yaml:4: waarschuwing: de stand van zaken (as_of 2025-01-01) is ouder dan 6 maanden`,
		`glossary.yaml:5: waarschuwing: het begrip "nergens gebruikt" komt nergens in de cursus voor`,
	}
	checkProblems(t, ps, want)
	if n := ps.Count(Warning); n != len(ps) {
		t.Errorf("%d of %d are warnings; the lint course has no errors", n, len(ps))
	}
}

// TestCheckKeepsProblemsFirst: Check gives the loader's problems and the
// lint's warnings together, a problem before a warning on the same line.
func TestCheckKeepsProblemsFirst(t *testing.T) {
	ps := Check(os.DirFS("testdata/broken"), lintDay)
	if ps.Count(Error) != len(Validate(os.DirFS("testdata/broken"))) || ps.Count(Warning) == 0 {
		t.Fatalf("%d problems, %d warnings", ps.Count(Error), ps.Count(Warning))
	}
	for i := 1; i < len(ps); i++ {
		a, b := ps[i-1], ps[i]
		if a.File == b.File && a.Line == b.Line && a.Severity > b.Severity {
			t.Errorf("warning before problem: %s / %s", a, b)
		}
	}
	if s := (Problem{File: "a.md", Line: 3, Msg: "m", Severity: Warning}).String(); s != "a.md:3: waarschuwing: m" {
		t.Errorf("warning reads %q", s)
	}
	if s := (Problem{File: "a.md", Line: 3, Msg: "m"}).String(); s != "a.md:3: m" {
		t.Errorf("problem reads %q", s)
	}
}

// TestLintDates: the review age counts from the date, by whole months,
// and a checked date in the future or before as_of is suspect.
func TestLintDates(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	course := func(asOf, checked string) *Course {
		m := &Module{File: "m/module.md", Checked: day(checked), checkedLine: 7}
		return &Course{AsOf: day(asOf), asOfLine: 5, ReviewAfterMonths: 12, Modules: []*Module{m}}
	}
	for _, tc := range []struct {
		asOf, checked string
		want          []string
	}{
		{"2025-01-15", "2025-01-15", nil}, // exactly twelve months: not yet due
		{"2025-01-14", "2025-01-14", []string{"course.yaml:5: waarschuwing: de stand van zaken (as_of 2025-01-14) is ouder dan 12 maanden", "m/module.md:7: waarschuwing: de bronnen van deze module zijn gecontroleerd op 2025-01-14"}},
		{"2025-06-01", "2026-01-16", []string{`m/module.md:7: waarschuwing: "checked" (2026-01-16) ligt in de toekomst`}},
		{"2025-06-01", "2025-05-31", []string{"m/module.md:7: waarschuwing: deze module is gecontroleerd tot 2025-05-31, maar course.yaml zegt stand van zaken 2025-06-01"}},
		{"2025-06-01", "2026-01-15", nil},
	} {
		ps := Lint(course(tc.asOf, tc.checked), lintDay)
		if len(ps) != len(tc.want) {
			t.Errorf("as_of %s, checked %s: %v", tc.asOf, tc.checked, ps)
			continue
		}
		for i, w := range tc.want {
			if !strings.HasPrefix(ps[i].String(), w) {
				t.Errorf("as_of %s, checked %s: got %s, want %s", tc.asOf, tc.checked, ps[i], w)
			}
		}
	}
	if ps := Lint(nil, lintDay); ps != nil {
		t.Errorf("Lint(nil) = %v", ps)
	}
}

func TestSentences(t *testing.T) {
	count := func(text string) []int {
		var out []int
		for _, b := range proseBlocks(strings.Split(text, "\n"), func(i int) int { return i + 1 }) {
			for _, s := range sentences(b) {
				out = append(out, len(s.words))
			}
		}
		return out
	}
	for text, want := range map[string][]int{
		"Een zin. Nog een zin!":                             {2, 3},
		"Zie art. 10 lid 1 Ambtenarenwet. Klaar.":           {6, 1},
		"Stcrt. 2020, 68088 zegt het. Einde.":               {5, 1},
		"EHRM, Guja t. Moldavië, 2008. Daarna.":             {5, 1},
		"Dr. Jansen zei het. \"Goed zo.\" En toen?":         {4, 2, 2},
		"een regel\ndie doorloopt. Tweede.":                 {4, 1},
		"- punt een\n- punt twee":                           {2, 2},
		"# Kop\n\n| a | b |\n\n```\ncode hier. Meer\n```\n": nil,
		"> Een citaat. Uit de wet.":                         nil,
		"Een getal van 1.522 mensen. En — dat is het.":      {5, 4},
		"Wat doe je? a) niets":                              {5},
		"(Tussen haakjes.) Daarna **vet.** Ook":             {2, 2, 1},
	} {
		if got := count(text); !slices.Equal(got, want) {
			t.Errorf("%q: sentences of %v words, want %v", text, got, want)
		}
	}
}

func TestRightIsShortestAndAbsolutes(t *testing.T) {
	q := &Question{Type: Single, Options: []Option{{Text: "Ja", Correct: true}, {Text: "Nee"}, {Text: "Misschien"}}}
	if !q.RightIsShortest() {
		t.Error("Ja among Nee and Misschien is the shortest")
	}
	q.Options[1].Text = "Nu"
	if q.RightIsShortest() {
		t.Error("a tie is not strictly the shortest")
	}
	q.Type = Multiple
	q.Options[1].Text = "Nee"
	if q.RightIsShortest() {
		t.Error("only single-choice questions count")
	}
	for text, want := range map[string]string{
		"Je mag dit NOOIT doen":           "nooit",
		"Alleen de minister":              "alleen",
		"in alle gevallen":                "in alle gevallen",
		"Geen enkele ambtenaar":           "geen enkele",
		"Je mag niets zeggen":             "", // the misconception the course wants to test
		"alleenstaand en altijdgroen":     "",
		"Dat geldt uitsluitend\nvoor jou": "uitsluitend",
	} {
		if got := AbsoluteIn(text); got != want {
			t.Errorf("AbsoluteIn(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestLintToday: the day is the author's calendar day, whatever the time
// zone, so a module checked today is not "in the future".
func TestLintToday(t *testing.T) {
	ams := time.FixedZone("CET", 3600)
	m := &Module{File: "m/module.md", Checked: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), checkedLine: 7}
	c := &Course{AsOf: m.Checked, ReviewAfterMonths: 12, Modules: []*Module{m}}
	if ps := Lint(c, time.Date(2026, 1, 15, 0, 30, 0, 0, ams)); len(ps) != 0 {
		t.Errorf("checked today, just after midnight in Amsterdam: %v", ps)
	}
}
