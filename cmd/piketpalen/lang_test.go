package main

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"piketpalen/internal/app"
	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

func TestChooseLang(t *testing.T) {
	english := progress.New()
	english.Settings.Lang = "en"
	odd := progress.New()
	odd.Settings.Lang = "fr"
	flag := func(s string) langValue {
		v := newLangValue()
		if s != "" {
			if err := v.Set(s); err != nil {
				t.Fatal(err)
			}
		}
		return v
	}
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
		if got := app.Language(flag(tc.flag).v, tc.st); got != tc.want {
			t.Errorf("app.Language(%q, %+v) = %q; want %q", tc.flag, tc.st, got, tc.want)
		}
	}
	v := newLangValue()
	if err := v.Set("fr"); err == nil {
		t.Error("--lang fr accepted")
	}
}

// TestParse: the command line is read once, with the global flags before
// or after the command, the command's flags after it, and "--" ending the
// flags.
func TestParse(t *testing.T) {
	cmds := commands()
	for _, tc := range []struct {
		args    []string
		cmd     string // "" for the course
		rest    []string
		lang    locale.Lang
		data    string
		problem string // the name of the error's catalogue key, or ""
	}{
		{args: nil},
		{args: []string{"--data", "D", "certificate", "--name", "X"}, cmd: "certificate", data: "D"},
		{args: []string{"certificate", "--data=D", "--lang", "en"}, cmd: "certificate", data: "D", lang: locale.EN},
		{args: []string{"-lang", "en", "verify", "a.pdf"}, cmd: "verify", rest: []string{"a.pdf"}, lang: locale.EN},
		{args: []string{"verify", "a.pdf", "--", "--lang", "c"}, cmd: "verify", rest: []string{"a.pdf", "--lang", "c"}},
		{args: []string{"results", "a", "--csv", "x.csv", "b"}, cmd: "results", rest: []string{"a", "b"}},
		{args: []string{"frobnicate"}, rest: []string{"frobnicate"}},
		{args: []string{"validate", "verify"}, cmd: "validate", rest: []string{"verify"}},
		{args: []string{"--name", "X", "certificate"}, rest: []string{"X", "certificate"}, problem: locale.CliUnknownflag.ID()},
		{args: []string{"print", "--width"}, cmd: "print", problem: locale.CliNeedsvalue.ID()},
		{args: []string{"print", "--width", "wide"}, cmd: "print", problem: locale.CliBadvalue.ID()},
		{args: []string{"--nope", "--lang", "en"}, lang: locale.EN, problem: locale.CliUnknownflag.ID()},
		{args: []string{"--lang", "fr"}, problem: locale.CliBadlang.ID()},
		{args: []string{"--theme", "roze"}, problem: locale.CliBadtheme.ID()},
	} {
		inv, err := parse(tc.args, cmds)
		name := ""
		if inv.cmd != nil {
			name = inv.cmd.names[0]
		}
		var pe *parseError
		problem := ""
		if errors.As(err, &pe) {
			problem = pe.key.ID()
		}
		want := tc.lang
		if want == "" {
			want = locale.NL
		}
		if name != tc.cmd || !slices.Equal(inv.args, tc.rest) || inv.lang() != want || inv.g.data != tc.data || problem != tc.problem {
			t.Errorf("%q: command %q, args %q, lang %s, data %q, problem %q", tc.args, name, inv.args, inv.lang(), inv.g.data, problem)
		}
	}
}

// TestUsageErrorsInTheirLanguage: a wrong flag is reported in words of the
// language --lang names, wherever it stands, never by the flag package.
func TestUsageErrorsInTheirLanguage(t *testing.T) {
	code, _, errOut := runCLI("certificate", "--nope", "--lang", "en")
	if code != 2 || !strings.Contains(errOut, "piketpalen certificate: unknown option --nope") || !strings.Contains(errOut, "piketpalen certificate --help") {
		t.Errorf("exit %d: %q", code, errOut)
	}
	code, _, errOut = runCLI("print", "--width")
	if code != 2 || !strings.Contains(errOut, "--width") || strings.Contains(errOut, "flag needs") {
		t.Errorf("exit %d: %q", code, errOut)
	}
	for _, args := range [][]string{{"results", "-h"}, {"results", "-h", "--lang", "en"}, {"help", "certificate"}} {
		_, out, errOut := runCLI(args...)
		for _, raw := range []string{"flag provided", `(default "`, "-csv-sep string", "\t"} {
			if strings.Contains(out+errOut, raw) {
				t.Errorf("%q says %q:\n%s%s", args, raw, out, errOut)
			}
		}
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
	// --lang before --help, as before or after any command
	if code, out, _ := runCLI("--lang", "en", "--help"); code != 0 || !strings.Contains(out, "Usage:") {
		t.Errorf("--lang en --help: exit %d:\n%s", code, out)
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
	code, out, _ = runCLI("doctor", "--course", brokenCourse, "--data", t.TempDir(), "--lang", "en")
	out = strings.Join(strings.Fields(out), " ") // findings wrap at 80 columns
	if code != 1 || !strings.Contains(out, "ERROR") || !strings.Contains(out, "18 problems") || !strings.Contains(out, "onbekende sleutel") ||
		!strings.Contains(out, "There is a problem that blocks use of the course (ERROR above).") {
		t.Errorf("broken course: exit %d:\n%s", code, out)
	}
}

func TestValidateEnglish(t *testing.T) {
	code, out, _ := runCLI("validate", validCourse, "--lang", "en")
	if code != 0 || !strings.Contains(out, "has no problems") {
		t.Errorf("clean: exit %d: %s", code, out)
	}
	code, out, errOut := runCLI("validate", "--lang", "en", brokenCourse)
	if code != 1 || !strings.Contains(errOut, "18 problems found in") || !strings.Contains(out, "onbekende sleutel") {
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
	data := progresstest.DataDir(t, st)
	out := t.TempDir()

	code, stdout, errOut := runCLI("export-results", "--course", validCourse, "--data", data, "--name", "Ann Smith", "--out", out)
	if code != 0 || !strings.Contains(stdout, "Results of Ann Smith written:") || !strings.Contains(stdout, "Modules passed: 0 of 2. Give this file to your trainer.") {
		t.Errorf("export, remembered English: exit %d\n%s%s", code, stdout, errOut)
	}
	code, stdout, errOut = runCLI("export-results", "--course", validCourse, "--data", data, "--out", out, "--lang", "nl")
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
	code, stdout, _ = runCLI("export-results", "--course", validCourse, "--data", t.TempDir(), "--name", "Ann Smith", "--out", out)
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
	code, _, errOut := runPresentCLI("", "--course", validCourse, "07-bestaat-niet", "--lang", "en")
	if code != 2 || !strings.Contains(errOut, `unknown module "07-bestaat-niet". Choose one of these`) {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// TestCatalogueMatchesOtherPackages: the Dutch texts that other packages
// define and the catalogue repeats are the same.
func TestCatalogueMatchesOtherPackages(t *testing.T) {
	if got := locale.NL.T(locale.VerifySpecimenmark); got != certificate.SpecimenMark {
		t.Errorf("verify.specimenmark %q, certificate.SpecimenMark %q", got, certificate.SpecimenMark)
	}
	if err := errors.New(locale.NL.T(locale.CliBadlang, "fr")); !strings.Contains(err.Error(), "nl of en") {
		t.Error(err)
	}
}

// TestGlobalFlagsBeforeTheCommand: --data and --course may stand before the
// command, as before or after any other.
func TestGlobalFlagsBeforeTheCommand(t *testing.T) {
	data := t.TempDir()
	code, _, errOut := runCLI("--data", data, "--course", validCourse, "certificate", "--name", "Ann Smith", "--out", t.TempDir())
	if code != 1 || !strings.Contains(errOut, "Nog geen certificaat") {
		t.Errorf("exit %d: %q", code, errOut)
	}
	code, _, errOut = runCLI("--lang", "en", "export-results", "--bogus")
	if code != 2 || !strings.Contains(errOut, "unknown option --bogus") || strings.Contains(errOut, "flag provided") {
		t.Errorf("exit %d: %q", code, errOut)
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
	if got := app.OutDir(data); got != docs {
		t.Errorf("app.OutDir = %s, want %s", got, docs)
	}
}
