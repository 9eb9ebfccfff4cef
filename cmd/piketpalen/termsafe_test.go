package main

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/internal/results"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

// hostile carries every kind of sequence that must not reach the trainer's
// terminal: OSC 52 (clipboard write), OSC 8 (link), CSI 2J (clear screen),
// OSC 0 (window title), BEL, C1 CSI as a raw byte and as U+009B, DEL and a
// bidi override.
const hostile = "Evil\x1b]52;c;aGFja2Vk\x07\x1b]8;;https://evil.example\x1b\\klik\x1b]8;;\x1b\\\x1b[2J\x1b]0;hacked\x07\x07\x9b2J\u009b2J\x7f\u202egnp"

// assertTerminalSafe fails when out holds a control character other than
// newline and tab, a C1 control, a bidi control or a byte that is not UTF-8.
func assertTerminalSafe(t *testing.T, what, out string) {
	t.Helper()
	for i := 0; i < len(out); i++ {
		c := out[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == 0x9b {
			t.Errorf("%s: raw byte %#x at %d: %q", what, c, i, around(out, i))
			return
		}
	}
	for i, r := range out {
		if (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("%s: %U at %d: %q", what, r, i, around(out, i))
			return
		}
	}
}

func around(s string, i int) string {
	return s[max(0, i-30):min(len(s), i+30)]
}

// hostileResultFile writes a signed result file whose name and organisation
// carry hostile sequences, as an older build (or a crafted one with this
// build's key) could make, and returns its path.
func hostileResultFile(t *testing.T, dir, base string, tamper bool) string {
	t.Helper()
	f := &results.File{Kind: results.Kind, Version: results.FormatVersion, Learner: hostile, Organisation: hostile,
		Course: "Testcursus", CourseVersion: "0.1.0", PassMark: 70, Created: time.Now().UTC().Truncate(time.Second),
		Modules: []results.Module{{ID: "01-eerste", Title: "Eerste module"}, {ID: "02-tweede", Title: "Tweede module"}}}
	pub := certificate.LegacyPublicKey()
	f.Version = 2 // as an older build made it
	// Not signed: this build refuses to sign such a name. A reader still
	// meets it in files made by hand or by an older build.
	f.Key, f.Signature = certificate.KeyID(pub), base64.StdEncoding.EncodeToString(make([]byte, 64))
	if tamper {
		f.Modules[0].Passed = true
	}
	p := filepath.Join(dir, base)
	data, err := results.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTerminalSafeExportResultsName(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI("export-results", "--name", hostile, "--org", hostile, "--course", validCourse, "--data", progresstest.DataDir(t, progress.New()), "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	assertTerminalSafe(t, "stdout", stdout)
	assertTerminalSafe(t, "stderr", stderr)
	files, _ := filepath.Glob(filepath.Join(out, "*.json"))
	if len(files) != 1 {
		t.Fatalf("files: %v", files)
	}
	f, err := results.Read(files[0])
	if err != nil {
		t.Fatal(err)
	}
	// The name is cleaned where it enters: no control character is signed.
	assertTerminalSafe(t, "learner in the file", f.Learner)
	assertTerminalSafe(t, "organisation in the file", f.Organisation)
}

func TestTerminalSafeResultsOverview(t *testing.T) {
	dir := t.TempDir()
	hostileResultFile(t, dir, "a.json", false)
	hostileResultFile(t, dir, "b-tampered.json", true)
	hostileResultFile(t, dir, "c\x1b]0;title\x07\x1b[2J.json", true)
	os.WriteFile(filepath.Join(dir, "d\x1b[2J-broken.json"), []byte("{\"kind\": \"x\x1b[2J\"}"), 0o644)
	for _, lang := range []string{"nl", "en"} {
		_, stdout, stderr := runCLI("results", dir, "--course", validCourse, "--lang", lang)
		assertTerminalSafe(t, "stdout "+lang, stdout)
		assertTerminalSafe(t, "stderr "+lang, stderr)
		if !strings.Contains(stdout, `\x1b`) {
			t.Errorf("%s: the hostile name is not shown visibly:\n%s", lang, stdout)
		}
	}
	_, _, stderr := runCLI("results", filepath.Join(dir, "no\x1b]0;such\x07.json"), "--course", validCourse)
	assertTerminalSafe(t, "stderr, missing file", stderr)
}

func TestTerminalSafeVerify(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "cert\x1b]0;hacked\x07.json")
	os.WriteFile(p, []byte("{\"kind\":\"\x1b[2J\"}"), 0o644)
	_, stdout, stderr := runCLI("verify", p)
	assertTerminalSafe(t, "stdout", stdout)
	assertTerminalSafe(t, "stderr", stderr)
	_, stdout, stderr = runCLI("verify", filepath.Join(dir, "missing\x1b[2J.pdf"))
	assertTerminalSafe(t, "stdout, missing", stdout)
	assertTerminalSafe(t, "stderr, missing", stderr)
}

// hostileCourse copies the test course and puts hostile sequences into a
// page, a question, an option and a feedback, raw in the markdown and as
// YAML escapes in the questions.
func hostileCourse(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(validCourse)); err != nil {
		t.Fatal(err)
	}
	md := filepath.Join(dir, "01-eerste", "module.md")
	data, _ := os.ReadFile(md)
	data = []byte(strings.Replace(string(data), "Jij werkt", "Jij "+hostile+" [link](https://x.example) werkt", 1))
	os.WriteFile(md, data, 0o644)
	qs := filepath.Join(dir, "01-eerste", "questions.yaml")
	data, _ = os.ReadFile(qs)
	esc := `"Vraag \e]52;c;aGFja2Vk\a\e[2J\e]0;hacked\a\x9b2J\u202e"`
	s := strings.Replace(string(data), "Vraag 1 van een. Welk antwoord is goed?", esc, 1)
	s = strings.Replace(s, "Goed antwoord 1", esc, 1)
	os.WriteFile(qs, []byte(s), 0o644)
	return dir
}

func TestTerminalSafeCourseText(t *testing.T) {
	dir := hostileCourse(t)
	for _, args := range [][]string{
		{"print", "--course", dir, "--answers"},
		{"validate", dir},
		{"--plain", "--course", dir, "--data", t.TempDir()},
		{"doctor", "--course", dir, "--data", t.TempDir()},
		{"results", t.TempDir(), "--course", dir},
	} {
		_, stdout, stderr := runCLI(args...)
		assertTerminalSafe(t, strings.Join(args, " ")+": stdout", stdout)
		assertTerminalSafe(t, strings.Join(args, " ")+": stderr", stderr)
	}
	// validate names each place with file:line.
	code, stdout, _ := runCLI("validate", dir)
	if code != 1 || !strings.Contains(stdout, filepath.Join(dir, "01-eerste", "module.md")+":12: ") ||
		!strings.Contains(stdout, filepath.Join(dir, "01-eerste", "questions.yaml")+":6: ") {
		t.Errorf("validate: exit %d\n%s", code, stdout)
	}
}

func TestTerminalSafeDoctorAndErrors(t *testing.T) {
	weird := filepath.Join(t.TempDir(), "data\x1b]0;hacked\x07\x1b[2J")
	for _, args := range [][]string{
		{"doctor", "--data", weird},
		{"print", "--course", weird},
		{"validate", weird},
		{"certificate", "--name", "Jan", "--data", weird, "--course", validCourse, "--out", weird},
		{"export-results", "--name", "Jan", "--data", weird, "--course", validCourse, "--out", weird + "/x.json"},
		{"print", "nosuchmodule\x1b[2J"},
		{"--lang", "x\x1b[2J"},
	} {
		_, stdout, stderr := runCLI(args...)
		assertTerminalSafe(t, strings.Join(args, " ")+": stdout", stdout)
		assertTerminalSafe(t, strings.Join(args, " ")+": stderr", stderr)
	}
}

// TestNameTooLong: a name of 100,000 characters took 21 s in certificate
// and again in verify. Names have a length limit, with a clear message in
// the learner's language, and nothing is written.
func TestNameTooLong(t *testing.T) {
	long := strings.Repeat("J", 100_000)
	data := t.TempDir()
	passAll(t, validCourse, data)
	for _, lang := range []string{"nl", "en"} {
		want := map[string]string{"nl": "te lang: 100000 tekens, hoogstens 120", "en": "too long: 100000 characters, at most 120"}[lang]
		out := t.TempDir()
		start := time.Now()
		for _, args := range [][]string{
			{"certificate", "--name", long, "--data", data, "--course", validCourse, "--out", out, "--lang", lang},
			{"certificate", "--name", "Jan", "--org", long, "--data", data, "--course", validCourse, "--out", out, "--lang", lang},
			{"export-results", "--name", long, "--data", data, "--course", validCourse, "--out", out, "--lang", lang},
		} {
			code, _, stderr := runCLI(args...)
			if code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("%s %s: exit %d: %s", args[0], lang, code, stderr[:min(len(stderr), 300)])
			}
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v", lang, d)
		}
		if files, _ := os.ReadDir(out); len(files) > 0 {
			t.Errorf("files written: %v", files)
		}
	}
}

// TestDeepNestingAndLongNamesAreQuick: 800 nested quotes took 12.8 s and
// 455 MB in print while validate said the course was fine; a certificate
// with a 100,000-character name took 21 s to verify. Both are refused at
// once now.
func TestDeepNestingAndLongNamesAreQuick(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(validCourse)); err != nil {
		t.Fatal(err)
	}
	md := filepath.Join(dir, "01-eerste", "module.md")
	data, _ := os.ReadFile(md)
	os.WriteFile(md, []byte(strings.Replace(string(data), "> Een citaat", strings.Repeat(">", 800)+" Een citaat", 1)), 0o644)
	start := time.Now()
	code, _, stderr := runCLI("print", "--course", dir)
	if code != 1 || !strings.Contains(stderr, "te diep genest") {
		t.Errorf("print: exit %d: %s", code, stderr)
	}
	if code, stdout, _ := runCLI("validate", dir); code != 1 || !strings.Contains(stdout, "module.md:22: ") {
		t.Errorf("validate: exit %d: %s", code, stdout)
	}

	_, jsonPath, _ := writeCert(t)
	data, _ = os.ReadFile(jsonPath)
	long := filepath.Join(t.TempDir(), "lang.json")
	os.WriteFile(long, []byte(strings.Replace(string(data), `"learner": "Zoë Brontë-Ünal"`, `"learner": "`+strings.Repeat("Z", 100_000)+`"`, 1)), 0o644)
	if code, _, stderr := runCLI("verify", long); code != verifyUnreadable || !strings.Contains(stderr, "at most 120") {
		t.Errorf("verify: exit %d: %.300s", code, stderr)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
}
