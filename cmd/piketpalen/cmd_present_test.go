package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/tuitest"
)

func runPresentCLI(input string, args ...string) (code int, stdout, stderr string) {
	return runWith(&presentTyping{s: input}, append([]string{"present"}, args...)...)
}

// presentTyping gives its keys only after a moment, the way a person types, so
// the program draws its first screen before it reads them.
type presentTyping struct {
	s    string
	done bool
}

func (r *presentTyping) Read(p []byte) (int, error) {
	if r.done || r.s == "" {
		return 0, io.EOF
	}
	time.Sleep(300 * time.Millisecond)
	r.done = true
	return copy(p, r.s), nil
}

func TestPresentUnknownModuleListsTheModules(t *testing.T) {
	code, out, errOut := runPresentCLI("", "--course", validCourse, "07-bestaat-niet")
	if code != 2 {
		t.Fatalf("exit %d, want 2; stderr %q", code, errOut)
	}
	for _, want := range []string{`onbekende module "07-bestaat-niet"`, "01-eerste", "Eerste module", "02-tweede", "Tweede module"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if out != "" {
		t.Errorf("something was drawn on stdout: %q", out)
	}
	if code, _, _ := runPresentCLI("", "--course", validCourse, "9"); code != 2 {
		t.Errorf("a number without a module: exit %d, want 2", code)
	}
}

// TestPresentModuleByNumber starts the presenter on the second module,
// named by its number as the home screen shows it (1), with the flags after it, and quits at once: the first screen is
// that module's first page.
func TestPresentModuleByNumber(t *testing.T) {
	presentProgramOptions = []tea.ProgramOption{tea.WithWindowSize(80, 24), tea.WithEnvironment([]string{"TERM=xterm-256color"})}
	t.Cleanup(func() { presentProgramOptions = nil })
	code, out, errOut := runPresentCLI("q", "2", "--course", validCourse, "--theme", "ascii")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	screen := tuitest.Strip(out)
	for _, want := range []string{"2. Tweede module", "pagina 1 van 2"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "Eerste module") {
		t.Errorf("the wrong module is shown:\n%s", screen)
	}
}

func TestPresentBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"--lang", "fr"},
		{"--theme", "roze"},
		{"1", "2"},
		{"--no-such-flag"},
	} {
		code, out, errOut := runPresentCLI("", append(args, "--course", validCourse)...)
		if code != 2 || errOut == "" || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	code, _, errOut := runPresentCLI("", "--course", brokenCourse)
	if code != 1 || !strings.Contains(errOut, "problemen") {
		t.Errorf("broken course: exit %d, %q", code, errOut)
	}
	code, _, errOut = runPresentCLI("", "-h")
	if code != 0 || !strings.Contains(errOut, "Gebruik: piketpalen present") {
		t.Errorf("-h: exit %d, %q", code, errOut)
	}
}

// TestPresentWithoutTerminalInWords: present with its input from /dev/null
// cannot read keys; it says so in words and what to do, with the system's
// error only on a detail line.
func TestPresentWithoutTerminalInWords(t *testing.T) {
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer devnull.Close()
	for lang, want := range map[string]string{"nl": "De presentatiemodus kon niet starten", "en": "Presenter mode could not start"} {
		var out, errb bytes.Buffer
		code := run([]string{"present", "--course", validCourse, "--lang", lang}, devnull, &out, &errb)
		if code == 0 {
			t.Skipf("%s: the program ran on %s here", lang, os.DevNull)
		}
		first, _, _ := strings.Cut(errb.String(), "\n")
		if !strings.Contains(first, want) || strings.Contains(first, "bubbletea") {
			t.Errorf("%s: exit %d, first line %q", lang, code, first)
		}
	}
}

// TestPresentHelpListsTheKeys: the present command's help lists the keys
// of a module's slides from the keymap the screen uses, in the language of
// --lang, so it names every key the presenter takes.
func TestPresentHelpListsTheKeys(t *testing.T) {
	_, _, nl := runPresentCLI("", "-h")
	_, _, en := runPresentCLI("", "-h", "--lang", "en")
	tuitest.AssertContains(t, nl, "Toetsen bij een module:", "home  g", "end  G", "esc  backspace", "enter  spatie")
	tuitest.AssertContains(t, en, "Keys in a module:", "home  g", "pgdn", "enter  space")
}
