package doctor

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/locale"
	"piketpalen/progress"
)

func testCourse(t *testing.T) *course.Course {
	c := coursetest.Valid(t)
	return c
}

// find returns the result of the check named name; the zero Result when
// there is none.
func find(rs []Result, name string) Result {
	return first(rs, func(r Result) bool { return r.Name == name })
}

// findID returns the result of the check with that ID; the zero Result
// when there is none.
func findID(rs []Result, id string) Result {
	return first(rs, func(r Result) bool { return r.ID == id })
}

// first returns the first result that matches; the zero Result when none
// does.
func first(rs []Result, match func(Result) bool) Result {
	for _, r := range rs {
		if match(r) {
			return r
		}
	}
	return Result{}
}

func TestHealthy(t *testing.T) {
	dir := t.TempDir()
	rs := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}, Environ: []string{"LANG=nl_NL.UTF-8"}})
	if Blocked(rs) {
		var b bytes.Buffer
		Print(&b, locale.NL, rs)
		t.Fatalf("blocked:\n%s", b.String())
	}
	if r := find(rs, "gegevensmap"); !strings.Contains(r.Finding, dir) || !strings.Contains(r.Finding, "--data") {
		t.Errorf("data folder: %+v", r)
	}
	if r := find(rs, "UTF-8"); !r.OK || !strings.Contains(r.Finding, "LANG=nl_NL.UTF-8") {
		t.Errorf("utf-8: %+v", r)
	}
	if r := find(rs, "terminal"); !strings.Contains(r.Finding, "geen terminal") {
		t.Errorf("terminal: %+v", r)
	}
	// The lock file stays, as after any start of the course: removing it
	// could break the lock of a copy that starts at that moment.
	if entries, _ := os.ReadDir(dir); len(entries) > 1 || len(entries) == 1 && entries[0].Name() != progress.FileName+".lock" {
		t.Errorf("doctor left files behind: %v", entries)
	}
}

// What stops the course stops doctor too: a folder or a FIFO where
// progress.json should be (doctor said ok for both), a file of a newer
// version. A damaged file does not stop the course (it is moved aside) but
// is not "ok" either.
func TestProgressFileDoctorMustNotCallOK(t *testing.T) {
	cases := map[string]struct {
		make     func(path string) error
		blocking bool
		says     string
	}{
		"folder":  {func(p string) error { return os.Mkdir(p, 0o700) }, true, "geen gewoon bestand"},
		"newer":   {func(p string) error { return os.WriteFile(p, []byte(`{"schema": 99}`), 0o600) }, true, "nieuwere versie"},
		"damaged": {func(p string) error { return os.WriteFile(p, []byte(`{"schema": 1, "mod`), 0o600) }, false, "beschadigd"},
	}
	if runtime.GOOS != "windows" {
		cases["fifo"] = struct {
			make     func(path string) error
			blocking bool
			says     string
		}{mkfifo, true, "geen gewoon bestand"}
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := tc.make(filepath.Join(dir, progress.FileName)); err != nil {
				t.Skip(err)
			}
			done := make(chan []Result, 1)
			go func() { done <- Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}}) }()
			var rs []Result
			select {
			case rs = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("doctor hangs")
			}
			r := find(rs, "voortgang")
			if r.OK || Blocked(rs) != tc.blocking || !strings.Contains(r.Finding, tc.says) {
				t.Errorf("%+v (blocked %v)", r, Blocked(rs))
			}
		})
	}
}

// A lock file that is a folder stops every save; doctor's write check
// takes the lock as a save does, and says so.
func TestLockFileInTheWay(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, progress.FileName+".lock"), 0o700); err != nil {
		t.Fatal(err)
	}
	rs := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}})
	if r := find(rs, "schrijven"); r.OK || !Blocked(rs) {
		t.Errorf("%+v", r)
	}
}

// TestReadOnlyDataFolder names the problem and blocks.
func TestReadOnlyDataFolder(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		// root ignores permissions; a file where the folder should be fails for everyone
		parent := t.TempDir()
		blocker := filepath.Join(parent, "data")
		os.WriteFile(blocker, []byte("x"), 0o644)
		rs := Run(Input{DataFlag: filepath.Join(blocker, "sub"), Course: testCourse(t), Out: &bytes.Buffer{}})
		r := find(rs, "schrijven")
		if r.OK || !Blocked(rs) || !strings.Contains(r.Finding, "kan niet worden gemaakt") {
			t.Fatalf("unwritable folder not reported: %+v", r)
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	rs := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}})
	r := find(rs, "schrijven")
	if r.OK || !Blocked(rs) || !strings.Contains(r.Finding, "kan niet worden geschreven") || !strings.Contains(r.Finding, "permission denied") {
		t.Fatalf("read-only folder not reported: %+v", r)
	}
}

func TestBrokenCourseBlocks(t *testing.T) {
	rs := Run(Input{DataFlag: t.TempDir(), CourseErr: errors.New("course.yaml:3: kapot"), Out: &bytes.Buffer{}})
	if !Blocked(rs) || !strings.Contains(find(rs, "cursus").Finding, "course.yaml:3") {
		t.Fatalf("%+v", rs)
	}
	var b bytes.Buffer
	Print(&b, locale.NL, rs)
	if !strings.HasPrefix(b.String(), "FOUT") {
		t.Errorf("print:\n%s", b.String())
	}
}

func TestNoColorAndLocale(t *testing.T) {
	rs := Run(Input{DataFlag: t.TempDir(), Course: testCourse(t), Out: &bytes.Buffer{}, Environ: []string{"NO_COLOR=1", "LANG=C"}})
	if r := find(rs, "kleuren"); !strings.Contains(r.Finding, "NO_COLOR") {
		t.Errorf("colour: %+v", r)
	}
	if runtime.GOOS != "windows" {
		if r := find(rs, "UTF-8"); r.OK || !strings.Contains(r.Finding, "LANG=C") {
			t.Errorf("utf-8: %+v", r)
		}
	}
}

func TestLeavesNoNewFolder(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "a", "b")
	rs := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}})
	if r := find(rs, "schrijven"); !r.OK {
		t.Fatalf("%+v", r)
	}
	if _, err := os.Stat(filepath.Dir(dir)); !os.IsNotExist(err) {
		t.Errorf("doctor left %s behind", filepath.Dir(dir))
	}
	if _, err := os.Stat(base); err != nil {
		t.Errorf("doctor removed a folder that was there before: %v", err)
	}
}

// TestEnglish: with Lang EN every check's name, finding and mark is
// English; the IDs are the same in both languages.
func TestEnglish(t *testing.T) {
	dir := t.TempDir()
	rs := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}, Environ: []string{"LANG=C"}, Lang: locale.EN})
	nl := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}, Environ: []string{"LANG=C"}})
	if len(rs) != len(nl) {
		t.Fatalf("%d results in English, %d in Dutch", len(rs), len(nl))
	}
	for i := range rs {
		if rs[i].ID == "" || rs[i].ID != nl[i].ID {
			t.Errorf("result %d: ID %q in English, %q in Dutch", i, rs[i].ID, nl[i].ID)
		}
	}
	for id, want := range map[string]string{
		"course":   "version 0.1.0, law as of",
		"data":     "(chosen: --data)",
		"portable": "off: no folder piketpalen-data",
		"write":    "your progress can be saved",
		"progress": "no progress saved yet",
		"terminal": "output is not a terminal",
		"colour":   "no colour",
	} {
		if r := findID(rs, id); !strings.Contains(r.Finding, want) {
			t.Errorf("%s: %+v, want %q", id, r, want)
		}
	}
	if runtime.GOOS != "windows" {
		if r := findID(rs, "utf8"); r.OK || !strings.Contains(r.Finding, "no (LANG=C); letters such as ë") {
			t.Errorf("utf-8: %+v", r)
		}
	}
	var b bytes.Buffer
	Print(&b, locale.EN, rs)
	if !strings.Contains(b.String(), "warning UTF-8") && runtime.GOOS != "windows" {
		t.Errorf("print:\n%s", b.String())
	}
	for _, dutch := range []string{"gegevensmap", "voortgang", "kleuren", "let op"} {
		if strings.Contains(b.String(), dutch) {
			t.Errorf("English print says %q:\n%s", dutch, b.String())
		}
	}

	blocked := Run(Input{DataFlag: t.TempDir(), CourseErr: errors.New("kapot"), Out: &bytes.Buffer{}, Lang: locale.EN})
	b.Reset()
	Print(&b, locale.EN, blocked)
	if !strings.HasPrefix(b.String(), "ERROR   course") {
		t.Errorf("print:\n%s", b.String())
	}
}

// TestDataRule: every rule by which progress.Dir chooses the folder has
// words in both languages; a flag or a variable is shown as it is.
func TestDataRule(t *testing.T) {
	want := map[progress.Source][2]string{
		progress.FromFlag:           {"--data", "--data"},
		progress.FromEnv:            {progress.EnvData, progress.EnvData},
		progress.Portable:           {"draagbaar (naast het programma)", "portable (next to the program)"},
		progress.Default:            {"standaard", "default"},
		progress.DefaultNotPortable: {"standaard (de map piketpalen-data naast het programma is niet beschrijfbaar)", "default (the folder piketpalen-data next to the program cannot be written to)"},
	}
	for src, w := range want {
		if got := DataRule(locale.NL, src); got != w[0] {
			t.Errorf("Dutch %s reads %q", src, got)
		}
		if got := DataRule(locale.EN, src); got != w[1] {
			t.Errorf("English %s reads %q", src, got)
		}
	}
}

// TestConsoleOnlyWhenThereIsOne: the Windows console is named only when the
// output goes to it; redirected to a file or a pipe there is none to name
// (doctor used to claim "klassieke console" then too).
func TestConsoleOnlyWhenThereIsOne(t *testing.T) {
	if r, ok := checkConsole(locale.NL, "windows", false, nil); ok {
		t.Errorf("redirected output: %+v", r)
	}
	if r, ok := checkConsole(locale.NL, "linux", true, nil); ok {
		t.Errorf("not Windows: %+v", r)
	}
	if r, ok := checkConsole(locale.NL, "windows", true, nil); !ok || !strings.Contains(r.Finding, "klassieke console") {
		t.Errorf("conhost: %+v, %v", r, ok)
	}
	if r, ok := checkConsole(locale.EN, "windows", true, []string{"WT_SESSION=1"}); !ok || r.Finding != "Windows Terminal" {
		t.Errorf("Windows Terminal: %+v, %v", r, ok)
	}
	rs := Run(Input{DataFlag: t.TempDir(), Course: testCourse(t), Out: &bytes.Buffer{}})
	if r := findID(rs, "terminal"); !strings.Contains(r.Finding, "omgeleid") {
		t.Errorf("redirected output not said: %+v", r)
	}
	if r := findID(rs, "console"); r.ID != "" {
		t.Errorf("console reported for redirected output: %+v", r)
	}
}

// TestPrintWrapsAt80: a long finding wraps at 80 columns, hanging under
// itself, and breaks only at spaces.
func TestPrintWrapsAt80(t *testing.T) {
	var b strings.Builder
	long := strings.Repeat("een lange bevinding met woorden ", 8) + "/een/pad/dat/heel/blijft"
	Print(&b, locale.NL, []Result{{Name: "terminal", OK: true, Finding: long}})
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("not wrapped:\n%s", b.String())
	}
	for _, l := range lines {
		if n := len([]rune(l)); n > 80 {
			t.Errorf("line of %d: %q", n, l)
		}
	}
	if !strings.Contains(b.String(), "/een/pad/dat/heel/blijft") {
		t.Errorf("the path was broken:\n%s", b.String())
	}
}
