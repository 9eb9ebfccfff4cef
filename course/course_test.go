package course

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func loadValid(t testing.TB) *Course {
	t.Helper()
	c, err := Load(os.DirFS("testdata/valid"))
	if err != nil {
		t.Fatalf("load valid course: %v", err)
	}
	return c
}

func TestLoadValid(t *testing.T) {
	c := loadValid(t)
	if c.Title != "Testcursus" || c.Version != "0.1.0" || c.PassMark != 70 || c.QuestionsPerAttempt != 4 {
		t.Errorf("manifest read wrong: %+v", c)
	}
	if got := c.AsOf.Format(time.DateOnly); got != "2026-01-15" {
		t.Errorf("as_of = %s", got)
	}
	if len(c.Modules) != 2 || c.Modules[0].ID != "01-eerste" || c.Modules[1].ID != "02-tweede" {
		t.Fatalf("modules in wrong order: %v", c.Modules)
	}
	m := c.Modules[0]
	if m.Title != "Eerste module" || m.Minutes != 5 || len(m.Objectives) != 2 {
		t.Errorf("front matter read wrong: %+v", m)
	}
	titles := []string{}
	for _, p := range m.Pages {
		titles = append(titles, p.Title)
	}
	if !slices.Equal(titles, []string{"Wie is verantwoordelijk?", "Loyaal en neutraal", "Bronnen"}) {
		t.Errorf("pages = %q", titles)
	}
	if m.Pages[1].Line != 18 {
		t.Errorf("page 2 starts at line %d, want 18", m.Pages[1].Line)
	}
	if !strings.HasPrefix(m.Pages[0].Markdown, "# Wie is verantwoordelijk?\n") || !strings.Contains(m.Pages[0].Markdown, "- punt twee") {
		t.Errorf("page markdown = %q", m.Pages[0].Markdown)
	}
	if len(m.Questions) != 6 || m.Draw != 4 || len(m.Discussion) != 2 {
		t.Errorf("questions %d draw %d discussion %d", len(m.Questions), m.Draw, len(m.Discussion))
	}
	if k1, k2, k3 := m.Question("een-1").Kind, m.Question("een-2").Kind, m.Question("een-3").Kind; k1 != Casus || k2 != Feit || k3 != "" {
		t.Errorf("kinds = %q %q %q, want casus, feit and none", k1, k2, k3)
	}
	if !m.Checked.IsZero() || c.Modules[1].Checked.Format(time.DateOnly) != "2026-01-10" {
		t.Errorf("checked = %v and %v, want none and 2026-01-10", m.Checked, c.Modules[1].Checked)
	}
	if c.ReviewAfterMonths != DefaultReviewAfterMonths {
		t.Errorf("review_after_months = %d, want the default %d", c.ReviewAfterMonths, DefaultReviewAfterMonths)
	}
	if len(c.Glossary) != 2 || c.Glossary[0].Term != "minister" || c.Glossary[0].Line != 2 || !slices.Equal(c.Glossary[0].Forms, []string{"ministers"}) || c.Glossary[1].Definition == "" {
		t.Errorf("glossary read wrong: %+v", c.Glossary)
	}
	tf := m.Question("een-5")
	if tf == nil || tf.Type != TrueFalse || tf.Options[0].Text != "Waar" || tf.Options[1].Text != "Niet waar" || !tf.Options[1].Correct {
		t.Errorf("true/false question read wrong: %+v", tf)
	}
}

// TestValidateBroken checks that every kind of mistake is reported, each with
// its file and line, in one run.
func TestValidateBroken(t *testing.T) {
	ps := Validate(os.DirFS("testdata/broken"))
	want := []string{
		`01-a/module.md:2: de kop van de les mist "objectives"`,
		`01-a/module.md:11: pagina "Lege pagina" is leeg`,
		`01-a/questions.yaml:7: vraag "a-1" heeft geen juiste optie`,
		`01-a/questions.yaml:17: vraag "a-2" is een single-vraag met 2 juiste opties`,
		`01-a/questions.yaml:29: optie 1 van vraag "a-3" mist "feedback"`,
		`01-a/questions.yaml:35: onbekende sleutel "tip" in een vraag`,
		`01-a/questions.yaml:47: "hint" is leeg`,
		`01-a/questions.yaml:59: de hint is te lang: 319 tekens, hoogstens 300`,
		`02-b/module.md:9: tekst voor de eerste pagina`,
		`02-b/questions.yaml:2: vraag-id "a-1" komt twee keer voor (eerst in 01-a/questions.yaml:3)`,
		`02-b/questions.yaml:2: vraag "a-1" heeft geen "feedback_false"`,
		`02-b/questions.yaml:2: er zijn 2 vragen, maar per poging worden er 8 getrokken`,
		`02-b/questions.yaml:5: "answer" moet true of false zijn, niet "misschien"`,
		`02-b/questions.yaml:10: vraag "b-2": onbekend type "open"`,
		`03-extra/module.md: de map "03-extra" staat niet onder "modules"`,
		`course.yaml:4: "as_of" moet een datum zijn als JJJJ-MM-DD`,
		`course.yaml:8: onbekende sleutel "colour" in course.yaml`,
		`course.yaml:12: module "09-ontbreekt" staat in de lijst, maar er is geen map`,
	}
	checkProblems(t, ps, want)
	if _, err := Load(os.DirFS("testdata/broken")); err == nil {
		t.Error("Load accepted a broken course")
	}
}

// TestValidateNewKeys checks the keys of issue 13 — kind, checked,
// review_after_months and the begrippenlijst — each wrong once, every
// problem with its line.
func TestValidateNewKeys(t *testing.T) {
	want := []string{
		`01-a/module.md:7: "checked" moet een datum zijn als JJJJ-MM-DD, niet "2026-02-30"`,
		`01-a/questions.yaml:5: vraag "a-1": onbekende soort "quiz" (kies casus, begrip of feit)`,
		`01-a/questions.yaml:14: "kind" is leeg`,
		`course.yaml:8: "review_after_months" moet een geheel getal zijn`,
		`glossary.yaml:4: "Minister" staat al in de begrippenlijst (regel 2): elk begrip en elke vorm komt maar één keer voor`,
		`glossary.yaml:7: "definition" is leeg`,
		`glossary.yaml:10: "MINISTER" staat al in de begrippenlijst (regel 2)`,
		`glossary.yaml:11: een begrip mist "term"`,
		`glossary.yaml:14: onbekende sleutel "uitleg" in een begrip`,
	}
	checkProblems(t, Validate(os.DirFS("testdata/badkeys")), want)
	for name, text := range map[string]string{
		"not a list": "terms: minister\n",
		"empty list": "terms: []\n",
		"no terms":   "begrippen: []\n",
	} {
		dir := copyCourse(t, "testdata/valid")
		os.WriteFile(filepath.Join(dir, GlossaryFile), []byte(text), 0o644)
		ps := Validate(os.DirFS(dir))
		if len(ps) == 0 || ps[0].File != GlossaryFile || ps[0].Line != 1 {
			t.Errorf("glossary %s: got %v", name, ps)
		}
	}
}

// checkProblems checks that ps are exactly the problems want names, each
// by the start of its text.
func checkProblems(t *testing.T, ps Problems, want []string) {
	t.Helper()
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("missing problem %q", w)
		}
	}
}

func TestValidateMissingManifest(t *testing.T) {
	ps := Validate(os.DirFS(t.TempDir()))
	if len(ps) != 1 || !strings.Contains(ps[0].String(), "course.yaml: niet gevonden") {
		t.Errorf("got %v", ps)
	}
}

func TestValidateYAMLSyntaxError(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(dir+"/course.yaml", []byte("title: x\nmodules:\n  - a\n bad: [\n"), 0o644)
	ps := Validate(os.DirFS(dir))
	if len(ps) != 1 || !strings.HasPrefix(ps[0].String(), "course.yaml:") || !strings.Contains(ps[0].Msg, "geen geldige YAML") {
		t.Errorf("got %v", ps)
	}
}

func TestAttemptIsReproducible(t *testing.T) {
	c := loadValid(t)
	m := c.Modules[0]
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	a1 := c.NewAttempt(m, 42, now)
	a2 := c.NewAttempt(m, 42, now)
	if len(a1.Items) != m.Draw {
		t.Fatalf("drew %d questions, want %d", len(a1.Items), m.Draw)
	}
	for i := range a1.Items {
		if a1.Items[i].Question != a2.Items[i].Question || !slices.Equal(a1.Items[i].Order, a2.Items[i].Order) {
			t.Fatalf("same seed gave different attempts at item %d", i)
		}
	}
	// Different seeds should, over a few tries, give another selection or order.
	differs := false
	for seed := uint64(1); seed < 20 && !differs; seed++ {
		b := c.NewAttempt(m, seed, now)
		for i := range b.Items {
			if b.Items[i].Question != a1.Items[i].Question || !slices.Equal(b.Items[i].Order, a1.Items[i].Order) {
				differs = true
			}
		}
	}
	if !differs {
		t.Error("twenty seeds all gave the same attempt")
	}
	seen := map[string]bool{}
	for _, it := range a1.Items {
		if seen[it.Question] {
			t.Errorf("question %s drawn twice", it.Question)
		}
		seen[it.Question] = true
		q := m.Question(it.Question)
		sorted := slices.Sorted(slices.Values(it.Order))
		for i, o := range sorted {
			if o != i {
				t.Errorf("order %v is not a permutation of %d options", it.Order, len(q.Options))
			}
		}
		if q.Type == TrueFalse && !slices.Equal(it.Order, []int{0, 1}) {
			t.Errorf("true/false options were shuffled: %v", it.Order)
		}
	}
}

func TestGrading(t *testing.T) {
	c := loadValid(t)
	m := c.Modules[0]
	multi := m.Question("een-6")
	cases := []struct {
		chosen []int
		want   bool
	}{
		{[]int{0, 1}, true},
		{[]int{1, 0}, true},
		{[]int{0}, false},
		{[]int{0, 1, 2}, false},
		{[]int{2}, false},
	}
	for _, tc := range cases {
		if got := multi.IsCorrect(tc.chosen); got != tc.want {
			t.Errorf("multiple %v: got %v want %v", tc.chosen, got, tc.want)
		}
	}
	now := time.Now()
	a := c.NewAttempt(m, 7, now)
	// Answer all but the last right: 3 of 4 = 75% passes a 70% mark.
	for i, it := range a.Items {
		q := m.Question(it.Question)
		chosen := q.CorrectOptions()
		if i == len(a.Items)-1 {
			chosen = []int{wrongOption(q)}
		}
		ok, err := c.Answer(a, i, chosen)
		if err != nil || ok != (i < len(a.Items)-1) {
			t.Fatalf("answer %d: ok=%v err=%v", i, ok, err)
		}
	}
	if a.Next() != len(a.Items) {
		t.Errorf("Next = %d after all answered", a.Next())
	}
	c.Finish(a, now)
	if a.Correct != 3 || a.Score != 75 || !a.Passed || !a.Done() {
		t.Errorf("graded %+v", a)
	}
	if _, err := c.Answer(a, 0, []int{0}); err == nil {
		t.Error("answering a finished attempt was accepted")
	}
	b := c.NewAttempt(m, 8, now)
	c.Answer(b, 0, c.Modules[0].Question(b.Items[0].Question).CorrectOptions())
	c.Answer(b, 1, c.Modules[0].Question(b.Items[1].Question).CorrectOptions())
	c.Finish(b, now)
	if b.Score != 50 || b.Passed {
		t.Errorf("2 of 4 should fail a 70%% mark: %+v", b)
	}
	if _, err := c.Answer(c.NewAttempt(m, 9, now), 0, nil); err == nil {
		t.Error("an empty answer was accepted")
	}
}

func wrongOption(q *Question) int {
	for i, o := range q.Options {
		if !o.Correct {
			return i
		}
	}
	return -1
}

func TestScore(t *testing.T) {
	for _, tc := range [][3]int{{0, 0, 0}, {7, 10, 70}, {2, 3, 67}, {8, 8, 100}, {7, 8, 88}, {1, 8, 13}, {1, 200, 1}, {1, 201, 0}} {
		if got := Score(tc[0], tc[1]); got != tc[2] {
			t.Errorf("Score(%d,%d)=%d want %d", tc[0], tc[1], got, tc[2])
		}
	}
}

func TestFind(t *testing.T) {
	c := loadValid(t)
	for arg, want := range map[string]string{"01-eerste": "01-eerste", "1": "01-eerste", "2": "02-tweede", "02-tweede": "02-tweede"} {
		if m := c.Find(arg); m == nil || m.ID != want {
			t.Errorf("Find(%q) = %v, want %s", arg, m, want)
		}
	}
	for _, arg := range []string{"0", "3", "-1", "01", "02", "03", "eerste", ""} {
		if m := c.Find(arg); m != nil {
			t.Errorf("Find(%q) = %s, want none", arg, m.ID)
		}
	}
	for i, m := range c.Modules {
		if c.Number(m) != i+1 || c.Find(strconv.Itoa(c.Number(m))) != m {
			t.Errorf("module %s: Number %d does not find it back", m.ID, c.Number(m))
		}
	}
	if got := c.IDs(); len(got) != 2 || got[1] != "02-tweede" {
		t.Errorf("IDs = %v", got)
	}
}

func TestLoadLessons(t *testing.T) {
	c, err := LoadLessons(os.DirFS("testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Modules) != 2 || len(c.Modules[0].Pages) != 3 || len(c.Modules[0].Questions) != 0 {
		t.Errorf("lessons: %d modules, %d pages, %d questions", len(c.Modules), len(c.Modules[0].Pages), len(c.Modules[0].Questions))
	}
	// problems in the lessons are reported, problems in the questions are not read yet
	ps, ok := func() (Problems, bool) {
		_, err := LoadLessons(os.DirFS("testdata/broken"))
		p, ok := err.(Problems)
		return p, ok
	}()
	if !ok {
		t.Fatal("broken lessons were accepted")
	}
	for _, p := range ps {
		if strings.HasSuffix(p.File, "questions.yaml") {
			t.Errorf("LoadLessons read the questions: %v", p)
		}
	}
}

// TestWindowsLineEndings: files saved with CRLF line endings, as Notepad
// does, load the same and report the same lines.
func TestWindowsLineEndings(t *testing.T) {
	dir := crlfCopy(t, "testdata/broken")
	want := Validate(os.DirFS("testdata/broken"))
	got := Validate(os.DirFS(dir))
	if len(got) != len(want) {
		t.Fatalf("CRLF: %d problems, LF: %d\n%v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].String() != want[i].String() {
			t.Errorf("CRLF: %s\n  LF: %s", got[i], want[i])
		}
	}

	// A module's fingerprint does not depend on the line endings.
	lf, crlf := loadValid(t), loadFS(t, os.DirFS(crlfCopy(t, "testdata/valid")))
	for i, m := range lf.Modules {
		if f := m.Fingerprint(); f == "" || f != crlf.Modules[i].Fingerprint() {
			t.Errorf("%s: fingerprint %q with \\n, %q with \\r\\n", m.ID, f, crlf.Modules[i].Fingerprint())
		}
	}
}

// crlfCopy copies a testdata course to a temporary folder with "\r\n" for
// every line ending.
func crlfCopy(t *testing.T, from string) string {
	t.Helper()
	return copyWith(t, from, func(data []byte) []byte { return []byte(strings.ReplaceAll(string(data), "\n", "\r\n")) })
}

func loadFS(t *testing.T, fsys fs.FS) *Course {
	t.Helper()
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAnswerShown(t *testing.T) {
	c := loadValid(t)
	m := c.Modules[0]
	a := c.NewAttempt(m, 42, time.Now())
	q := m.Question(a.Items[0].Question)
	// pick every right option by the place it was shown in, in reverse order
	var shown []int
	for p := len(a.Items[0].Order) - 1; p >= 0; p-- {
		if q.Options[a.Items[0].Order[p]].Correct {
			shown = append(shown, p)
		}
	}
	ok, err := c.AnswerShown(a, 0, shown)
	if err != nil || !ok {
		t.Fatalf("right options by place: ok=%v err=%v", ok, err)
	}
	if !slices.Equal(a.Items[0].Chosen, q.CorrectOptions()) {
		t.Errorf("stored %v, want the pool indices %v, sorted", a.Items[0].Chosen, q.CorrectOptions())
	}
	if _, err := c.AnswerShown(a, 1, []int{len(a.Items[1].Order)}); err == nil {
		t.Error("a place past the last option was accepted")
	}
	if _, err := c.AnswerShown(a, len(a.Items), []int{0}); err == nil {
		t.Error("an item past the last was accepted")
	}
}

// TestValidFor reads the optional valid_for (months) and refuses a value
// that is not a whole number of months from 1 to 1200.
func TestValidFor(t *testing.T) {
	if c := loadValid(t); c.ValidFor != 0 {
		t.Errorf("no valid_for: ValidFor = %d, want 0", c.ValidFor)
	}
	copyWith := func(line string) fs.FS {
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS("testdata/valid")); err != nil {
			t.Fatal(err)
		}
		man := filepath.Join(dir, ManifestFile)
		data, _ := os.ReadFile(man)
		os.WriteFile(man, append(data, []byte("\n"+line+"\n")...), 0o644)
		return os.DirFS(dir)
	}
	c, err := Load(copyWith("valid_for: 24"))
	if err != nil || c.ValidFor != 24 {
		t.Fatalf("valid_for 24: %v, %v", c, err)
	}
	for _, bad := range []string{"valid_for: 0", "valid_for: twee jaar", "valid_for: 5000"} {
		if _, err := Load(copyWith(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// TestYAMLIndentationErrorAtItsLine: a key of a question indented wrong on
// line 5 is reported on line 5, not where the list began (line 2), for
// every way of getting the indentation wrong.
func TestYAMLIndentationErrorAtItsLine(t *testing.T) {
	src, err := os.ReadFile("testdata/valid/01-eerste/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, lead := range []string{" ", "  ", "   ", "     ", "\t"} {
		lines := strings.Split(string(src), "\n")
		// line 5 is a key of the first question, indented as its keys are
		if !strings.HasPrefix(lines[4], "    ") || strings.HasPrefix(lines[4], "     ") || !strings.Contains(lines[4], ":") {
			t.Fatalf("fixture line 5 is %q", lines[4])
		}
		lines[4] = lead + strings.TrimSpace(lines[4])
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS("testdata/valid")); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dir+"/01-eerste/questions.yaml", []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		ps := Validate(os.DirFS(dir))
		if len(ps) != 1 || !strings.HasPrefix(ps[0].String(), "01-eerste/questions.yaml:5: geen geldige YAML") {
			t.Errorf("line 5 indented %q: got %v", lead, ps)
		}
	}
}

func TestReviewAfterMonths(t *testing.T) {
	dir := copyCourse(t, "testdata/valid")
	manifest := filepath.Join(dir, "course.yaml")
	data, _ := os.ReadFile(manifest)
	os.WriteFile(manifest, append(data, "review_after_months: 6\n"...), 0o644)
	c, err := Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if c.ReviewAfterMonths != 6 {
		t.Errorf("review_after_months = %d, want 6", c.ReviewAfterMonths)
	}
	os.WriteFile(manifest, append(data, "review_after_months: 0\n"...), 0o644)
	ps := Validate(os.DirFS(dir))
	if len(ps) != 1 || !strings.HasPrefix(ps[0].String(), `course.yaml:13: "review_after_months" moet tussen 1 en 120 liggen`) {
		t.Errorf("got %v", ps)
	}
}

// TestNoGlossary: glossary.yaml is optional.
func TestNoGlossary(t *testing.T) {
	dir := copyCourse(t, "testdata/valid")
	os.Remove(filepath.Join(dir, GlossaryFile))
	c, err := Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Glossary) != 0 || c.Glossary.In("de minister") != nil {
		t.Errorf("glossary without a file: %v", c.Glossary)
	}
}

func TestGlossaryIn(t *testing.T) {
	g := Glossary{
		{Term: "ordemaatregel", Forms: []string{"ordemaatregelen"}},
		{Term: "voorwaardelijk strafontslag"},
		{Term: "IKB-uren"},
		{Term: "CRvB", Forms: []string{"Centrale Raad van Beroep"}},
		{Term: "Wob"},
	}
	names := func(ts []Term) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.Term)
		}
		return out
	}
	for text, want := range map[string][]string{
		"Hij kreeg een **ordemaatregel**.":                  {"ordemaatregel"},
		"Twee ORDEMAATREGELEN volgden.":                     {"ordemaatregel"},
		"ordemaatregelachtig is geen woord":                 nil,
		"een voorwaardelijk\n  strafontslag, met proeftijd": {"voorwaardelijk strafontslag"},
		"je IKB-uren gebruiken":                             {"IKB-uren"},
		"IKB-urenregeling":                                  nil,
		"de Centrale Raad van Beroep besliste; de Wob":      {"CRvB", "Wob"},
		"Wobverzoek en crvb2":                               nil,
		"":                                                  nil,
		"Wob":                                               {"Wob"},
	} {
		if got := names(g.In(text)); !slices.Equal(got, want) {
			t.Errorf("In(%q) = %q, want %q", text, got, want)
		}
	}
	if tm := g.Lookup("centrale raad  van beroep"); tm == nil || tm.Term != "CRvB" {
		t.Errorf("Lookup by a form = %v", tm)
	}
	if g.Lookup("raad") != nil {
		t.Error("Lookup found a part of a term")
	}
}

// copyCourse copies a testdata course to a temporary folder that a test
// may change.
func copyCourse(t *testing.T, from string) string {
	t.Helper()
	return copyWith(t, from, func(data []byte) []byte { return data })
}

// copyWith copies the files of the folder from to a temporary folder,
// each file's bytes passed through change on the way, and returns that
// folder.
func copyWith(t *testing.T, from string, change func([]byte) []byte) string {
	t.Helper()
	dir := t.TempDir()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755)
		return os.WriteFile(filepath.Join(dir, rel), change(data), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
