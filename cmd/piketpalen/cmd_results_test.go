package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/results"
	"piketpalen/internal/tuitest"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

// checkWidth fails for every line wider than 80 columns.
func checkWidth(t *testing.T, out string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line %d is %d columns wide:\n%s", i+1, w, line)
		}
	}
}

// exportFor saves a progress state and exports it with the CLI into dir.
func exportFor(t *testing.T, courseDir string, st *progress.State, name, dir string) string {
	t.Helper()
	code, stdout, errOut := runCLI("export-results", "--course", courseDir, "--data", progresstest.DataDir(t, st), "--name", name, "--org", "Gemeente Test", "--out", dir)
	if code != 0 {
		t.Fatalf("export %s: exit %d: %s", name, code, errOut)
	}
	return strings.TrimSpace(strings.Split(stdout, "\n")[1])
}

// resultFolder is a folder of result files as a trainer collects them: it
// exports five learners of the test course through the CLI, and adds a
// duplicate, a tampered file, one of another course version and an
// unreadable one. Learners 0–2 answer een-3 wrong with option 1.
func resultFolder(t *testing.T) string {
	t.Helper()
	c := testCourse(t, validCourse)
	m := c.Module("01-eerste")
	dir := t.TempDir()

	// An older file of Bram, under another file name, from his own data
	// folder (so with his learner id). It is made first: the export time has
	// whole seconds, so made later it could be the newer one.
	bram := progresstest.DataDir(t, progress.New())
	if code, _, errOut := runCLI("export-results", "--course", validCourse, "--data", bram, "--name", "bram  bakker", "--org", "Gemeente Test", "--out", filepath.Join(dir, "bram-oud.json")); code != 0 {
		t.Fatalf("export bram: exit %d: %s", code, errOut)
	}

	learners := []string{"Bram Bakker", "Carla Jansen", "Daan de Boer", "Eva Visser", "Zoë Brontë-Ünal"}
	for i, name := range learners {
		een3 := []int{0}
		if i < 3 {
			een3 = []int{1}
		}
		st := progress.New()
		st.Record(m.ID).Attempts = []*course.Attempt{coursetest.Answered(t, c, m, time.Now(),
			coursetest.Answer{Q: "een-1", Chosen: []int{0}}, coursetest.Answer{Q: "een-2", Chosen: []int{0}}, coursetest.Answer{Q: "een-3", Chosen: een3}, coursetest.Answer{Q: "een-6", Chosen: []int{0, 1}})}
		if i > 0 {
			exportFor(t, validCourse, st, name, dir)
			continue
		}
		// Bram again, later, from the same data folder: the same learner.
		progresstest.Save(t, bram, st)
		if code, _, errOut := runCLI("export-results", "--course", validCourse, "--data", bram, "--name", name, "--org", "Gemeente Test", "--out", dir); code != 0 {
			t.Fatalf("export %s: exit %d: %s", name, code, errOut)
		}
	}

	// Tampered.
	p := exportFor(t, validCourse, progress.New(), "Tim Tamper", dir)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, bytes.Replace(data, []byte(`"passed": false`), []byte(`"passed": true`), 1), 0o644); err != nil {
		t.Fatal(err)
	}

	// Another course version: a copy of the course folder with version 0.0.9.
	old := t.TempDir()
	if err := os.CopyFS(old, os.DirFS(validCourse)); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(old, "course.yaml")
	y, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(manifest, bytes.Replace(y, []byte("version: 0.1.0"), []byte("version: 0.0.9"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	exportFor(t, old, progress.New(), "Otto Oud", dir)

	// Unreadable, and files that are passed over.
	for name, content := range map[string]string{
		"kapot.json":                  `{"kind": "piketpalen-resultaten", "lea`,
		"certificaat-bram-bakker.pdf": "%PDF-1.7",
		"lijst.xlsx":                  "PK",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestResultsCommand(t *testing.T) {
	dir := resultFolder(t)
	csvPath := filepath.Join(t.TempDir(), "overzicht.csv")
	// flags after the folder, as the usage shows them
	code, out, errOut := runCLI("results", dir, "--csv", csvPath, "--course", validCourse)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	t.Logf("\n%s", out)
	checkWidth(t, out)
	tuitest.AssertContains(t, out,
		"Resultaten: Testcursus, versie 0.1.0",
		"9 bestanden gelezen: 5 deelnemers geteld, 4 niet geteld",
		"Deelnemers (5)",
		"  Zoë Brontë-Ünal                 Gemeente Test                 1 van 2",
		"Geslaagd per module (van 5 deelnemers)",
		"  Eerste module",
		"████████████████████  5/5  100%",
		"  Tweede module",
		"░░░░░░░░░░░░░░░░░░░░  0/5    0%",
		"   40% ████░░░░░░ 2/5  Vraag 3 van een. Welk antwoord is goed?",
		"een-3 · Eerste module",
		"vaakst gekozen fout (3 keer): Fout antwoord 3a",
		"Door niemand beantwoord (8): een-4, een-5, twee-1,",
		"Problemen (4 bestanden niet geteld)",
		"Niet te lezen als resultatenbestand; overgeslagen.",
		"Gewijzigd na het exporteren (Tim Tamper)",
		"Andere cursusversie (Otto Oud): versie 0.0.9, dit overzicht is van versie",
		"Dubbel: bram bakker heeft ook een nieuwer bestand",
		"CSV geschreven: "+csvPath,
	)
	if strings.Contains(out, "pdf") || strings.Contains(out, "xlsx") {
		t.Error("files that are no result files were reported")
	}
	// hardest first: een-3 (40%) before een-1 (100%)
	if i, j := strings.Index(out, "Vraag 3 van een"), strings.Index(out, "Vraag 1 van een"); i < 0 || j < 0 || i > j {
		t.Error("questions not hardest first")
	}

	raw, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\ufeff"))))
	r.Comma = ';' // the Dutch interface's default
	rows, err := r.ReadAll()
	if err != nil || len(rows) != 13 || strings.Join(rows[1], "|") != "01-eerste|een-3|Vraag 3 van een. Welk antwoord is goed?|5|2|40|Fout antwoord 3a|3||||0|0" {
		t.Errorf("csv: %v\n%q", err, rows)
	}
}

// TestResultsCSVSeparatorFollowsLanguage: without --csv-sep the CSV is
// separated by ; in Dutch (Dutch Excel opens , in one column) and by , in
// English; --csv-sep overrides either.
func TestResultsCSVSeparatorFollowsLanguage(t *testing.T) {
	dir := resultFolder(t)
	for _, tc := range []struct {
		args []string
		head string
	}{
		{nil, "module;vraag_id;"},
		{[]string{"--lang", "nl"}, "module;vraag_id;"},
		{[]string{"--lang", "en"}, "module,vraag_id,"},
		{[]string{"--csv-sep", ","}, "module,vraag_id,"},
		{[]string{"--lang", "en", "--csv-sep", ";"}, "module;vraag_id;"},
	} {
		csvPath := filepath.Join(t.TempDir(), "overzicht.csv")
		args := append([]string{"--csv", csvPath, "--course", validCourse, dir}, tc.args...)
		if code, _, errOut := runCLI(append([]string{"results"}, args...)...); code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		raw, _ := os.ReadFile(csvPath)
		if !bytes.HasPrefix(raw, []byte("\ufeff"+tc.head)) {
			t.Errorf("%v: CSV starts %q, want %q", tc.args, raw[:min(len(raw), 40)], tc.head)
		}
	}
}

func TestResultsSemicolonCSV(t *testing.T) {
	dir := resultFolder(t)
	csvPath := filepath.Join(t.TempDir(), "overzicht.csv")
	if code, _, errOut := runCLI("results", "--csv", csvPath, "--csv-sep", ";", "--course", validCourse, dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	raw, _ := os.ReadFile(csvPath)
	if !bytes.HasPrefix(raw, []byte("\ufeffmodule;vraag_id;vraag;")) {
		t.Errorf("%q", raw[:min(len(raw), 40)])
	}
}

// TestResultsNoneCounted: only files that do not count give exit 1, and no
// CSV.
func TestResultsNoneCounted(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "kapot.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	csvPath := filepath.Join(t.TempDir(), "x.csv")
	code, out, errOut := runCLI("results", "--course", validCourse, "--csv", csvPath, dir)
	if code != 1 || !strings.Contains(out, "1 bestand gelezen: 0 deelnemers geteld") || !strings.Contains(out, "kapot.json") || !strings.Contains(errOut, "geen enkel bestand") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	checkWidth(t, out)
	if _, err := os.Stat(csvPath); err == nil {
		t.Error("CSV written without participants")
	}
	// an empty folder and a missing path count nothing either
	if code, _, _ := runCLI("results", "--course", validCourse, t.TempDir()); code != 1 {
		t.Errorf("empty folder: exit %d", code)
	}
	if code, out, _ := runCLI("results", "--course", validCourse, filepath.Join(dir, "weg.json")); code != 1 || !strings.Contains(out, "weg.json") {
		t.Errorf("missing file: exit %d\n%s", code, out)
	}
}

func TestResultsUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--onbekend", "x"},
		{"--csv-sep", "|", "x"},
		{"--csv"},
	} {
		if code, _, errOut := runCLI(append([]string{"results"}, args...)...); code != 2 || errOut == "" {
			t.Errorf("%q: exit %d, %q", args, code, errOut)
		}
	}
	if code, _, errOut := runCLI("results", "--help"); code != 0 || !strings.Contains(errOut, "Gebruik: piketpalen results") {
		t.Errorf("--help: exit %d", code)
	}
	if code, _, _ := runCLI("results", "--course", "bestaat/niet", "x"); code != 1 {
		t.Errorf("missing course: exit %d", code)
	}
}

// TestResultsBuiltInCourseFits80Columns runs the overview over the course
// built into the program, whose question texts, option texts and ids are
// long, with every question answered wrong with its longest wrong option,
// and checks that every line fits.
func TestResultsBuiltInCourseFits80Columns(t *testing.T) {
	c := testCourse(t, "")
	dir := t.TempDir()
	for n, name := range []string{"Maximiliaan Alexander van Oldenbarnevelt-Wassenaer tot Heemstede", "Ida"} {
		st := progress.New()
		for _, m := range c.Modules {
			var answers []coursetest.Answer
			for _, it := range c.NewAttempt(m, 1, time.Now()).Items {
				q := m.Question(it.Question)
				long := -1
				for i, o := range q.Options {
					if !o.Correct && (long < 0 || len(o.Text) > len(q.Options[long].Text)) {
						long = i
					}
				}
				if n == 1 || long < 0 {
					answers = append(answers, coursetest.Answer{Q: q.ID, Chosen: q.CorrectOptions()})
				} else {
					answers = append(answers, coursetest.Answer{Q: q.ID, Chosen: []int{long}})
				}
			}
			st.Record(m.ID).Attempts = []*course.Attempt{coursetest.Answered(t, c, m, time.Now(), answers...)}
		}
		f, err := results.Export(c, st, name, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, directie Arbeidszaken", ed25519.NewKeyFromSeed(make([]byte, 32)), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if err := results.WriteFile(filepath.Join(dir, results.FileName(name)), f); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCLI("results", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	checkWidth(t, out)
	if !strings.Contains(out, "…") {
		t.Error("nothing was shortened; the test proves nothing")
	}
	if !strings.Contains(out, "Maximiliaan Alexander van Old…") {
		t.Errorf("long name not shortened:\n%s", out)
	}
}

// TestResultsBeforeAnyQuiz: a group that exported before taking any quiz
// counts, and the overview says there are no answers yet.
func TestResultsBeforeAnyQuiz(t *testing.T) {
	dir := t.TempDir()
	exportFor(t, validCourse, progress.New(), "Bram Bakker", dir)
	code, out, errOut := runCLI("results", "--course", validCourse, dir)
	if code != 0 || !strings.Contains(out, "Nog geen enkele vraag beantwoord.") || !strings.Contains(out, "0 van 2") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	checkWidth(t, out)
}

// TestResultsEnglish: the trainer's overview in English, still at most 80
// columns; the course's own texts stay Dutch.
func TestResultsEnglish(t *testing.T) {
	dir := resultFolder(t)
	code, out, errOut := runCLI("results", dir, "--course", validCourse, "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	checkWidth(t, out)
	tuitest.AssertContains(t, out,
		"Results: Testcursus, version 0.1.0",
		"9 files read: 5 participants counted, 4 not counted (see Problems below).",
		"Participants (5)",
		"  Name                            Organisation                  Modules passed",
		"  Zoë Brontë-Ünal                 Gemeente Test                 1 of 2",
		"Passed per module (of 5 participants)",
		"Questions, hardest first (share right, right/answered)",
		"   40% ████░░░░░░ 2/5  Vraag 3 van een. Welk antwoord is goed?",
		"wrong answer chosen most (3 times): Fout antwoord 3a",
		"Answered by nobody (8): een-4, een-5, twee-1,",
		"Problems (4 files not counted)",
		"Not readable as a result file; skipped.",
		"Changed after the export (Tim Tamper)",
		"Another course version (Otto Oud): version 0.0.9, this overview is of",
		"Duplicate: bram bakker also has a newer file",
	)
	if t.Failed() {
		t.Logf("\n%s", out)
	}
}

// TestResultsReasonInLanguage: why a file cannot be read is worded in the
// overview's language when the program knows the reason, such as a
// certificate put among the result files.
func TestResultsReasonInLanguage(t *testing.T) {
	dir := t.TempDir()
	exportFor(t, validCourse, progress.New(), "Bram Bakker", dir)
	if err := os.WriteFile(filepath.Join(dir, "certificaat.json"), []byte(`{"kind": "piketpalen-certificaat", "version": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, nl, _ := runCLI("results", "--course", validCourse, dir)
	if !strings.Contains(strings.Join(strings.Fields(nl), " "), "Reden: het is een certificaat, geen resultatenbestand") {
		t.Errorf("Dutch:\n%s", nl)
	}
	_, en, _ := runCLI("results", "--course", validCourse, "--lang", "en", dir)
	if !strings.Contains(strings.Join(strings.Fields(en), " "), "Reason: it is a certificate, not a result file") || !strings.Contains(en, "1 participant counted") {
		t.Errorf("English:\n%s", en)
	}
}

// TestResultsMissingPathInWords: a path that is not there is reported in
// the interface's language, not as the system's "stat …: no such file".
func TestResultsMissingPathInWords(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "bestaat-niet")
	for lang, want := range map[string]string{"nl": "bestaat niet", "en": "does not exist"} {
		code, out, errOut := runCLI("results", "--course", validCourse, "--lang", lang, missing)
		all := out + errOut
		if code != 1 || !strings.Contains(strings.Join(strings.Fields(all), " "), want) || strings.Contains(all, "no such file") || strings.Contains(all, "stat ") {
			t.Errorf("%s: exit %d:\n%s", lang, code, all)
		}
	}
}

// TestResultsHelpShowsNoFlagDefault: the help does not show Go's
// `(default ",")`; it says in words what the separator is without --csv-sep.
func TestResultsHelpShowsNoFlagDefault(t *testing.T) {
	_, out, errOut := runCLI("results", "--help")
	if all := out + errOut; strings.Contains(all, "(default") || !strings.Contains(all, "--csv-sep") {
		t.Errorf("help:\n%s", all)
	}
}

// TestResultsWatchWritesNoFiles: --watch with --csv, --csv-sep or --xapi
// is a usage error, not a flag passed over without a word.
func TestResultsWatchWritesNoFiles(t *testing.T) {
	dir := t.TempDir()
	for _, flags := range [][]string{{"--csv", filepath.Join(dir, "o.csv")}, {"--csv-sep", ","}, {"--xapi", filepath.Join(dir, "x.json")}} {
		args := append([]string{"results", "--watch", dir, "--lang", "en"}, flags...)
		code, _, stderr := runCLI(args...)
		if code != 2 || !strings.Contains(stderr, "--watch shows the overview") {
			t.Errorf("%v: exit %d, %q", flags, code, stderr)
		}
	}
}
