package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

// The test courses of course/testdata: a small valid one (two modules)
// and one full of problems.
var (
	validCourse  = filepath.Join("..", "..", "course", "testdata", "valid")
	brokenCourse = filepath.Join("..", "..", "course", "testdata", "broken")
)

// runCLI runs the program with args and no input, and returns its exit
// status and what it wrote.
func runCLI(args ...string) (code int, stdout, stderr string) {
	return runWith(strings.NewReader(""), args...)
}

// testCourse loads the course in dir ("" for the one built into the
// program) the way the program does, in Dutch; a problem fails t.
func testCourse(t testing.TB, dir string) *course.Course {
	t.Helper()
	c, err := loadCourse(locale.NL, dir)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// runWith runs the program with args, reading in.
func runWith(in io.Reader, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, in, &out, &errb)
	return code, out.String(), errb.String()
}

func TestValidateBrokenCourse(t *testing.T) {
	dir := brokenCourse
	code, out, errOut := runCLI("validate", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	want := filepath.Join(dir, "01-a", "questions.yaml") + ":17: "
	if !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	if n := strings.Count(out, "\n") - strings.Count(out, ": waarschuwing: "); n != 18 {
		t.Errorf("%d problems printed, want 18:\n%s", n, out)
	}
	if !strings.Contains(errOut, "18 problemen") {
		t.Errorf("stderr: %q", errOut)
	}
}

func TestValidateCleanCourse(t *testing.T) {
	code, out, _ := runCLI("validate", validCourse)
	if code != 0 || !strings.Contains(out, "in orde") {
		t.Fatalf("exit %d: %s", code, out)
	}
}

func TestValidateNotAFolder(t *testing.T) {
	code, _, errOut := runCLI("validate", "no/such/folder")
	if code != 2 || !strings.Contains(errOut, "no/such/folder is geen map") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}

func TestCourseFolderWithProblemsIsRefused(t *testing.T) {
	code, _, errOut := runCLI("--course", brokenCourse, "--data", t.TempDir())
	if code != 1 || !strings.Contains(errOut, "18 problemen") || !strings.Contains(errOut, "course.yaml:8: onbekende sleutel") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI("--version")
	if code != 0 || !strings.HasPrefix(out, "piketpalen ") {
		t.Fatalf("exit %d: %q", code, out)
	}
}

func TestUnknownCommand(t *testing.T) {
	code, _, errOut := runCLI("frobnicate")
	if code != 2 || !strings.Contains(errOut, "onbekende opdracht") {
		t.Fatalf("exit %d: %q", code, errOut)
	}
}

func TestBadFlagValues(t *testing.T) {
	for _, args := range [][]string{{"--lang", "fr"}, {"--theme", "roze"}} {
		code, _, errOut := runCLI(append(args, "--course", validCourse, "--data", t.TempDir())...)
		if code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
}

func TestCertificateCommand(t *testing.T) {
	valid := validCourse
	data, out := t.TempDir(), t.TempDir()
	code, _, errOut := runCLI("certificate", "--name", "Jan de Vries", "--course", valid, "--data", data, "--out", out)
	if code != 1 || !strings.Contains(errOut, "Nog geen certificaat") || !strings.Contains(errOut, "Eerste module (01-eerste)") {
		t.Fatalf("not passed: exit %d, %s", code, errOut)
	}
	code, _, errOut = runCLI("certificate", "--course", valid, "--data", data)
	if code != 2 || !strings.Contains(errOut, "--name") {
		t.Fatalf("no name: exit %d, %s", code, errOut)
	}
	passAll(t, valid, data)
	code, stdout, errOut := runCLI("certificate", "--name", "Zoë Brontë-Ünal", "--org", "Gemeente Test", "--course", valid, "--data", data, "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	pdf := strings.TrimSpace(strings.Split(stdout, "\n")[1])
	// The learner's own certificate is intact but self-issued: exit 3.
	code, vout, _ := runCLI("verify", pdf)
	if code != verifyNotTrusted || !strings.Contains(vout, "Zoë Brontë-Ünal") || !strings.Contains(vout, "zelf gemaakt") {
		t.Fatalf("verify %s: exit %d\n%s", pdf, code, vout)
	}
}

// passAll saves a progress file in which every module of the course is
// passed, as the store would after the learner passed them.
func passAll(t *testing.T, courseDir, data string) {
	t.Helper()
	c := testCourse(t, courseDir)
	progresstest.Save(t, data, progresstest.PassedState(c, time.Now()))
}

func TestPrint(t *testing.T) {
	code, out, errOut := runCLI("print", "4", "--width", "60")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "Module 4: De functioneringsnorm") || strings.Contains(out, "Module 3:") {
		t.Errorf("print 4 printed the wrong modules:\n%.300s", out)
	}
	for i, l := range strings.Split(out, "\n") {
		if w := len([]rune(l)); w > 60 {
			t.Errorf("line %d is %d wide: %q", i+1, w, l)
		}
	}
	if strings.Contains(out, "\x1b") || strings.Contains(out, "**") {
		t.Error("printed text has escape codes or markup signs")
	}
	code, all, _ := runCLI("print")
	if code != 0 || strings.Count(all, "Pagina 1 van ") != 6 {
		t.Errorf("whole course: exit %d, %d modules", code, strings.Count(all, "Pagina 1 van "))
	}
	code, _, errOut = runCLI("print", "9")
	if code != 2 || !strings.Contains(errOut, "03-functioneringsnorm") {
		t.Errorf("unknown module: exit %d, %q", code, errOut)
	}
	code, _, _ = runCLI("print", "--width", "5")
	if code != 2 {
		t.Errorf("width 5 accepted")
	}
}

// TestSettingsAreRemembered: a theme or language given once is used on the
// next start without the flag.
func TestSettingsAreRemembered(t *testing.T) {
	valid := validCourse
	data := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"--course", valid, "--data", data, "--lang", "en", "--theme", "high-contrast"}, strings.NewReader("stop\n"), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Goodbye") {
		t.Errorf("--lang en not used:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"--course", valid, "--data", data}, strings.NewReader("stop\n"), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Goodbye") {
		t.Errorf("the language was not remembered:\n%s", out.String())
	}
	raw, _ := os.ReadFile(filepath.Join(data, "progress.json"))
	if !strings.Contains(string(raw), `"theme": "high-contrast"`) {
		t.Errorf("the theme was not saved:\n%s", raw)
	}
}

func TestLicenses(t *testing.T) {
	code, out, _ := runCLI("licenses")
	if code != 0 || !strings.Contains(out, "charm.land/bubbletea/v2") || !strings.Contains(out, "Bigelow & Holmes") {
		t.Fatalf("exit %d, %d bytes", code, len(out))
	}
}

// TestDamagedFileNoticeInTheLearnersLanguage: the store's notice about a
// damaged progress file reaches the learner, in the language they chose.
func TestDamagedFileNoticeInTheLearnersLanguage(t *testing.T) {
	valid := validCourse
	for lang, want := range map[string]string{"nl": "Je voortgangsbestand was beschadigd", "en": "Your progress file was damaged"} {
		data := t.TempDir()
		os.WriteFile(filepath.Join(data, "progress.json"), []byte("{kapot"), 0o600)
		var out, errb bytes.Buffer
		if code := run([]string{"--course", valid, "--data", data, "--lang", lang}, strings.NewReader("stop\n"), &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, errb.String())
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("%s: no notice %q in:\n%s", lang, want, out.String())
		}
	}
}

func TestWantPlain(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	term := map[string]string{"TERM": "xterm-256color"}
	cases := []struct {
		name      string
		flag      bool
		vars      map[string]string
		in, out   bool
		wantPlain bool
	}{
		{"a terminal", false, term, true, true, false},
		{"--plain", true, term, true, true, true},
		{"ACCESSIBLE", false, map[string]string{"TERM": "xterm", "ACCESSIBLE": "1"}, true, true, true},
		{"TERM=dumb", false, map[string]string{"TERM": "dumb"}, true, true, true},
		{"piped input", false, term, false, true, true},
		{"output to a file", false, term, true, false, true},
	}
	for _, tc := range cases {
		if got := wantPlain(tc.flag, env(tc.vars), tc.in, tc.out); got != tc.wantPlain {
			t.Errorf("%s: plain = %v, want %v", tc.name, got, tc.wantPlain)
		}
	}
}

// TestPrintFlagsAnywhere: flags may stand before or after the module, also
// a yes/no flag right before it.
func TestPrintFlagsAnywhere(t *testing.T) {
	for _, args := range [][]string{
		{"print", "--answers", "4", "--width", "60"},
		{"print", "4", "--answers", "--width", "60"},
		{"print", "--width", "60", "--answers", "4"},
	} {
		code, out, errOut := runCLI(args...)
		if code != 0 || !strings.Contains(out, "Module 4: De functioneringsnorm") || !strings.Contains(out, "Toetsvragen met antwoorden") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// TestPrintReadsLessonsOnly: print without --answers reads the manifest and
// the lessons, not the question pools, so a pool it does not print neither
// costs time nor stops it; with --answers the pools are read and checked.
func TestPrintReadsLessonsOnly(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(validCourse)); err != nil {
		t.Fatal(err)
	}
	pool := filepath.Join(dir, "02-tweede", "questions.yaml")
	if err := os.WriteFile(pool, []byte("- id: [kapot\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("print", "--course", dir, "1")
	if code != 0 || errOut != "" || !strings.Contains(out, "Pagina 1 van ") {
		t.Errorf("print without --answers: exit %d, stderr %q, out:\n%.300s", code, errOut, out)
	}
	code, _, errOut = runCLI("print", "--course", dir, "--answers", "1")
	if code != 1 || !strings.Contains(errOut, "questions.yaml") {
		t.Errorf("print --answers with a broken pool: exit %d, stderr %q", code, errOut)
	}
}

// TestCourseFolderProblemsSameAsValidate: the full-screen start reads only
// the lessons first; a course folder with problems must still be refused
// with every problem validate lists, not only the lessons' ones.
func TestCourseFolderProblemsSameAsValidate(t *testing.T) {
	dir := brokenCourse
	_, want, _ := runCLI("validate", dir)
	for name, load := range map[string]func(fs.FS) (*course.Course, error){"Load": course.Load, "LoadLessons": course.LoadLessons} {
		_, err := app.LoadCourse(locale.NL, dir, load)
		if err == nil {
			t.Fatalf("%s: the broken course loaded", name)
		}
		for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
			if strings.Contains(line, ": waarschuwing: ") {
				continue // the lint's warnings do not refuse a course
			}
			if !strings.Contains(err.Error(), line) {
				t.Errorf("%s: the refusal lacks validate's %q", name, line)
			}
		}
		if !strings.Contains(err.Error(), "18 problemen") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestValidateWarnings: the lint's warnings are printed as
// path:line: waarschuwing: message and leave the exit status 0, unless
// --strict makes them count.
func TestValidateWarnings(t *testing.T) {
	defer func(f func() time.Time) { validateNow = f }(validateNow)
	validateNow = func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }
	dir := filepath.Join("..", "..", "course", "testdata", "lint")
	code, out, errOut := runCLI("validate", dir)
	want := filepath.Join(dir, "01-regels", "module.md") + ":14: waarschuwing: zin van 32 woorden"
	if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "in orde, met 19 waarschuwingen") || errOut != "" {
		t.Errorf("exit %d, want 0 and %q:\n%s\n%s", code, want, out, errOut)
	}
	code, out, errOut = runCLI("validate", "--strict", dir)
	if code != 1 || !strings.Contains(out, want) || !strings.Contains(errOut, "19 waarschuwingen in") {
		t.Errorf("--strict: exit %d, want 1:\n%s\n%s", code, out, errOut)
	}
	code, _, errOut = runCLI("validate", dir, "--strict", "--lang", "en")
	if code != 1 || !strings.Contains(errOut, "19 warnings in") {
		t.Errorf("--strict --lang en: exit %d: %s", code, errOut)
	}
	// a course with problems and warnings reports both and fails with or without --strict
	code, _, errOut = runCLI("validate", brokenCourse)
	if code != 1 || !strings.Contains(errOut, "18 problemen") || !strings.Contains(errOut, "waarschuwingen in") {
		t.Errorf("broken: exit %d: %s", code, errOut)
	}
}

// A learner did module 1 on the laptop and module 2 on the desktop; merging
// the desktop's file on the laptop says what it added, the certificate can
// then be made on the laptop, and a second merge adds nothing.
func TestProgressMerge(t *testing.T) {
	c := coursetest.Valid(t)
	when := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	laptop := progress.New()
	laptop.MarkRead(c.Modules[0].ID, 0)
	laptop.Record(c.Modules[0].ID).Attempts = append(laptop.Record(c.Modules[0].ID).Attempts, coursetest.Passed(c, c.Modules[0], when))
	desktop := progress.New()
	for p := range 3 {
		desktop.MarkRead(c.Modules[1].ID, p)
	}
	r := desktop.Record(c.Modules[1].ID)
	r.Attempts = append(r.Attempts, coursetest.Attempt(c, c.Modules[1], 0, when), coursetest.Passed(c, c.Modules[1], when.Add(time.Hour)))
	own, other := progresstest.DataDir(t, laptop), progresstest.DataDir(t, desktop)
	theirs := filepath.Join(other, progress.FileName)
	before, _ := os.ReadFile(theirs)

	code, out, errs := runCLI("progress", "merge", theirs, "--data", own)
	if code != 0 || !strings.Contains(out, "2 pogingen en 3 pagina's toegevoegd") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	unchanged(t, theirs, before)
	code, out, errs = runCLI("certificate", "--name", "Jan", "--out", t.TempDir(), "--data", own, "--course", validCourse)
	if code != 0 {
		t.Errorf("no certificate after the merge: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = runCLI("progress", "merge", theirs, "--data", own, "--lang", "en")
	if code != 0 || !strings.Contains(out, "held nothing your progress") {
		t.Errorf("second merge: exit %d\n%s", code, out)
	}
}

func TestProgressMergeRefuses(t *testing.T) {
	own := progresstest.DataDir(t, progress.New())
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(data), 0o600)
		return p
	}
	for _, tc := range []struct{ file, want string }{
		{filepath.Join(dir, "weg.json"), "bestaat niet"},
		{write("kapot.json", `{"schema": 1, "modules": {`), "beschadigd"},
		{write("nieuw.json", `{"schema": 42}`), "nieuwere versie"},
		{dir, "geen gewoon bestand"},
	} {
		code, _, errs := runCLI("progress", "merge", tc.file, "--data", own)
		if code != 1 || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d, %q; want %q", tc.file, code, errs, tc.want)
		}
	}
	for _, args := range [][]string{{"progress"}, {"progress", "merge"}, {"progress", "mix", "a"}, {"progress", "merge", "a", "b"}} {
		if code, _, errs := runCLI(args...); code != 2 || !strings.Contains(errs, "progress merge BESTAND") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}

// A certificate made before a course update that requires a module's quiz
// again stays as it is; a new one waits until that quiz is passed again,
// and says why.
func TestCertificateWaitsForARetake(t *testing.T) {
	c := coursetest.Valid(t)
	st := progresstest.PassedState(c, time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC))
	data := progresstest.DataDir(t, st)
	if code, out, errs := runCLI("certificate", "--name", "Jan", "--out", t.TempDir(), "--data", data, "--course", validCourse); code != 0 {
		t.Fatalf("on the old version: exit %d\n%s%s", code, out, errs)
	}
	newer := coursetest.Updated(t, "0.3.0", "      - version: 0.3.0\n        text: De regels zijn veranderd.\n        requires_retake: true\n", true)
	code, _, errs := runCLI("certificate", "--name", "Jan", "--out", t.TempDir(), "--data", data, "--course", newer)
	if code != 1 || !strings.Contains(errs, "Eerste module (01-eerste)") || !strings.Contains(errs, "Toets opnieuw maken: De regels zijn veranderd. (versie 0.3.0)") || strings.Contains(errs, "02-tweede") {
		t.Errorf("exit %d\n%s", code, errs)
	}
	// without requires_retake, the passes stand
	minor := coursetest.Updated(t, "0.2.0", "      - version: 0.2.0\n        text: Een zin is nieuw.\n", true)
	if code, out, errs := runCLI("certificate", "--name", "Jan", "--out", t.TempDir(), "--data", data, "--course", minor); code != 0 {
		t.Errorf("after a change that asks no retake: exit %d\n%s%s", code, out, errs)
	}
}
