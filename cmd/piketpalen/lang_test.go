package main

import (
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/progress"
)

func TestChooseLang(t *testing.T) {
	english := progress.New()
	english.Settings.Lang = "en"
	odd := progress.New()
	odd.Settings.Lang = "fr"
	for _, tc := range []struct {
		flag string
		st   *progress.State
		want locale.Lang
	}{
		{"", nil, locale.NL},            // nothing given, nothing read: Dutch
		{"en", nil, locale.EN},          // the flag
		{"", english, locale.EN},        // the remembered setting
		{"nl", english, locale.NL},      // the flag wins over the setting
		{"", odd, locale.NL},            // a setting that makes no sense: Dutch
		{"", progress.New(), locale.NL}, // no setting
	} {
		if got, err := chooseLang(tc.flag, tc.st); err != nil || got != tc.want {
			t.Errorf("chooseLang(%q, %+v) = %q, %v; want %q", tc.flag, tc.st, got, err, tc.want)
		}
	}
	if _, err := chooseLang("fr", english); err == nil {
		t.Error("--lang fr accepted")
	}
}

func TestLangArg(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, ""},
		{[]string{"--lang", "en"}, "en"},
		{[]string{"-lang", "en"}, "en"},
		{[]string{"--lang=en"}, "en"},
		{[]string{"-h", "--lang", "en"}, "en"},
		{[]string{"file.pdf", "--lang", "en"}, "en"},
		{[]string{"--lang", "en", "--lang", "nl"}, "nl"},
		{[]string{"--", "--lang", "en"}, ""},
		{[]string{"--language", "en"}, ""},
		{[]string{"--lang"}, ""},
	} {
		if got := langArg(tc.args); got != tc.want {
			t.Errorf("langArg(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

func TestParseAll(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "", "")
	rest, err := parseAll(fs, []string{"a.pdf", "--lang", "en", "b.pdf", "--", "--lang", "c"})
	if err != nil || *lang != "en" || !slices.Equal(rest, []string{"a.pdf", "b.pdf", "--lang", "c"}) {
		t.Errorf("got %q, --lang %q, %v", rest, *lang, err)
	}
	if _, err := parseAll(fs, []string{"x", "--nope"}); err == nil {
		t.Error("an unknown flag after an argument was accepted")
	}
}

// TestHelpLanguage: help is Dutch unless --lang en stands somewhere after
// help, -h or --help.
func TestHelpLanguage(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}, {"help", "--lang", "nl"}} {
		code, out, _ := runCLI(args...)
		if code != 0 || !strings.Contains(out, "Gebruik:") || !strings.Contains(out, "Je voortgang staat in") || strings.Contains(out, "Usage:") {
			t.Errorf("%q: exit %d:\n%s", args, code, out)
		}
	}
	for _, args := range [][]string{{"help", "--lang", "en"}, {"--help", "--lang", "en"}, {"-h", "--lang=en"}} {
		code, out, _ := runCLI(args...)
		if code != 0 || !strings.Contains(out, "Usage:") || !strings.Contains(out, "Your progress is kept in") ||
			!strings.Contains(out, "piketpalen help --lang en") || strings.Contains(out, "Gebruik:") {
			t.Errorf("%q: exit %d:\n%s", args, code, out)
		}
	}
	if code, _, errOut := runCLI("help", "--lang", "fr"); code != 2 || !strings.Contains(errOut, `"fr"`) {
		t.Errorf("help --lang fr: exit %d, %q", code, errOut)
	}
	// the flags of the course itself: the usage goes to stderr
	if code, _, errOut := runCLI("--lang", "en", "--help"); code != 0 || !strings.Contains(errOut, "Usage:") {
		t.Errorf("--lang en --help: exit %d:\n%s", code, errOut)
	}
	if code, _, errOut := runCLI("--lang", "en", "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command in English: exit %d, %q", code, errOut)
	}
}

// TestSubcommandHelpLanguage: every subcommand's help follows --lang, also
// when it comes after -h, and is Dutch without it.
func TestSubcommandHelpLanguage(t *testing.T) {
	for _, cmd := range []string{"validate", "export-results", "results", "present", "print", "doctor", "certificate", "verify"} {
		_, _, nl := runCLI(cmd, "-h")
		_, _, en := runCLI(cmd, "-h", "--lang", "en")
		if !strings.HasPrefix(nl, "Gebruik: piketpalen "+cmd) {
			t.Errorf("%s -h:\n%s", cmd, nl)
		}
		if !strings.HasPrefix(en, "Usage: piketpalen "+cmd) || !strings.Contains(en, "-lang") {
			t.Errorf("%s -h --lang en:\n%s", cmd, en)
		}
	}
	// the flags' own help is translated too
	if _, _, en := runCLI("print", "--lang", "en", "-h"); !strings.Contains(en, "line width") {
		t.Errorf("print flags:\n%s", en)
	}
}

func TestBadLangEverywhere(t *testing.T) {
	for _, cmd := range []string{"validate", "export-results", "results", "present", "print", "doctor", "certificate", "verify"} {
		code, out, errOut := runCLI(cmd, "--lang", "fr", "x")
		if code != 2 || out != "" || !strings.Contains(errOut, `--lang: onbekende taal "fr"`) {
			t.Errorf("%s --lang fr: exit %d, stdout %q, stderr %q", cmd, code, out, errOut)
		}
	}
}

// TestDoctorLanguage: doctor is Dutch by default and English with --lang en.
func TestDoctorLanguage(t *testing.T) {
	code, out, errOut := runCLI("doctor", "--course", validCourse, "--data", t.TempDir())
	if code != 0 || !strings.Contains(out, "gegevensmap") || !strings.Contains(out, "Alles in orde: de cursus kan hier worden gevolgd.") {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCLI("doctor", "--course", validCourse, "--data", t.TempDir(), "--lang", "en")
	if code != 0 || !strings.Contains(out, "data folder") || !strings.Contains(out, "(chosen: --data)") ||
		!strings.Contains(out, "output is not a terminal") || !strings.Contains(out, "All is well: the course can be taken here.") {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	for _, dutch := range []string{"gegevensmap", "voortgang", "kleuren", "Alles in orde", "versie"} {
		if strings.Contains(out, dutch) {
			t.Errorf("English doctor says %q:\n%s", dutch, out)
		}
	}
	// a broken course blocks, in English; the problems stay Dutch
	code, out, _ = runCLI("doctor", "--course", filepath.Join("..", "..", "course", "testdata", "broken"), "--data", t.TempDir(), "--lang", "en")
	if code != 1 || !strings.Contains(out, "ERROR") || !strings.Contains(out, "16 problems") || !strings.Contains(out, "onbekende sleutel") ||
		!strings.Contains(out, "There is a problem that blocks use of the course (ERROR above).") {
		t.Errorf("broken course: exit %d:\n%s", code, out)
	}
}

func TestValidateEnglish(t *testing.T) {
	code, out, _ := runCLI("validate", filepath.Join("..", "..", "course", "testdata", "valid"), "--lang", "en")
	if code != 0 || !strings.Contains(out, "has no problems") {
		t.Errorf("clean: exit %d: %s", code, out)
	}
	code, out, errOut := runCLI("validate", "--lang", "en", filepath.Join("..", "..", "course", "testdata", "broken"))
	if code != 1 || !strings.Contains(errOut, "16 problems found in") || !strings.Contains(out, "onbekende sleutel") {
		t.Errorf("broken: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut := runCLI("validate", "no/such/folder", "--lang", "en"); code != 2 || !strings.Contains(errOut, "no/such/folder is not a folder") {
		t.Errorf("not a folder: exit %d, %q", code, errOut)
	}
}

// TestRememberedLanguage: export-results and certificate read the progress
// file, so without --lang they speak the language the learner chose in the
// course; --lang still wins.
func TestRememberedLanguage(t *testing.T) {
	st := progress.New()
	st.Settings.Lang = "en"
	data := saveState(t, st)
	out := t.TempDir()

	code, stdout, errOut := exportResultsCLI("--course", validCourse, "--data", data, "--name", "Ann Smith", "--out", out)
	if code != 0 || !strings.Contains(stdout, "Results of Ann Smith written:") || !strings.Contains(stdout, "Modules passed: 0 of 2. Give this file to your trainer.") {
		t.Errorf("export, remembered English: exit %d\n%s%s", code, stdout, errOut)
	}
	code, stdout, errOut = exportResultsCLI("--course", validCourse, "--data", data, "--out", out, "--lang", "nl")
	if code != 0 || !strings.Contains(stdout, "Modules gehaald: 0 van 2") {
		t.Errorf("export, --lang nl: exit %d\n%s%s", code, stdout, errOut)
	}

	code, _, errOut = runCLI("certificate", "--name", "Ann Smith", "--course", validCourse, "--data", data, "--out", out)
	if code != 1 || !strings.Contains(errOut, "No certificate yet: not every module is passed. Still to pass:") {
		t.Errorf("certificate, remembered English: exit %d\n%s", code, errOut)
	}
	code, _, errOut = runCLI("certificate", "--name", "Ann Smith", "--course", validCourse, "--data", data, "--out", out, "--lang", "nl")
	if code != 1 || !strings.Contains(errOut, "Nog geen certificaat") {
		t.Errorf("certificate, --lang nl: exit %d\n%s", code, errOut)
	}

	// without a remembered language: Dutch
	code, stdout, _ = exportResultsCLI("--course", validCourse, "--data", t.TempDir(), "--name", "Ann Smith", "--out", out)
	if code != 0 || !strings.Contains(stdout, "Modules gehaald: 0 van 2") {
		t.Errorf("export, nothing remembered: exit %d\n%s", code, stdout)
	}
}

func TestCertificateEnglish(t *testing.T) {
	data, out := t.TempDir(), t.TempDir()
	passAll(t, validCourse, data)
	code, stdout, errOut := runCLI("certificate", "--lang", "en", "--name", "Ann Smith", "--course", validCourse, "--data", data, "--out", out)
	if code != 0 || !strings.HasPrefix(stdout, "Certificate written:\n") || !strings.Contains(stdout, "Check it with: piketpalen verify ") {
		t.Fatalf("exit %d:\n%s%s", code, stdout, errOut)
	}
	code, stdout, errOut = runCLI("certificate", "--sample", "--out", out, "--lang", "en")
	if code != 0 || !strings.HasPrefix(stdout, `Sample certificate written (marked "`+certificate.SpecimenMark+`"):`) {
		t.Errorf("sample: exit %d:\n%s%s", code, stdout, errOut)
	}
}

func TestPrintEnglish(t *testing.T) {
	code, out, errOut := runCLI("print", "2", "--course", validCourse, "--lang", "en")
	if code != 0 || !strings.Contains(out, "Page 1 of 2") || strings.Contains(out, "Pagina") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
	if code, _, errOut := runCLI("print", "9", "--lang", "en"); code != 2 || !strings.Contains(errOut, `no module "9"`) {
		t.Errorf("unknown module: exit %d, %q", code, errOut)
	}
}

func TestPresentEnglishErrors(t *testing.T) {
	code, _, errOut := runPresentCLI("", "--course", presentFixture, "07-bestaat-niet", "--lang", "en")
	if code != 2 || !strings.Contains(errOut, `unknown module "07-bestaat-niet". Choose one of these`) {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// TestCatalogueMatchesOtherPackages: the Dutch texts that other packages
// define and the catalogue repeats are the same.
func TestCatalogueMatchesOtherPackages(t *testing.T) {
	if got := locale.NL.T("verify.specimenmark"); got != certificate.SpecimenMark {
		t.Errorf("verify.specimenmark %q, certificate.SpecimenMark %q", got, certificate.SpecimenMark)
	}
	if err := errors.New(locale.NL.T("cli.badlang", "fr")); !strings.Contains(err.Error(), "nl of en") {
		t.Error(err)
	}
}

// TestCertificateSampleGoesWhereACertificateGoes: without --out the sample
// is written to the folder a real certificate goes to (Documents, else the
// data folder), not to whatever folder the command was started in.
func TestCertificateSampleGoesWhereACertificateGoes(t *testing.T) {
	home, data, cwd := t.TempDir(), t.TempDir(), t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DOCUMENTS_DIR", "")
	t.Chdir(cwd)
	check := func(want string) {
		t.Helper()
		code, stdout, errOut := runCLI("certificate", "--sample", "--data", data)
		if code != 0 || !strings.Contains(stdout, filepath.Join(want, sampleBase+".pdf")) {
			t.Fatalf("exit %d, want the sample in %s:\n%s%s", code, want, stdout, errOut)
		}
		if _, err := os.Stat(filepath.Join(cwd, sampleBase+".pdf")); err == nil {
			t.Errorf("the sample was written to the current folder")
		}
	}
	check(data) // no Documents folder: the data folder, like a certificate
	docs := filepath.Join(home, "Documents")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	check(docs)
	if got := certificateDir(data); got != docs {
		t.Errorf("certificateDir = %s, want %s", got, docs)
	}
}
