package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/buildtest"
)

// tmuxSession runs the built binary in a real terminal of 80×24 inside tmux,
// the way a learner sees it.
type tmuxSession struct {
	t    *testing.T
	sock string
	name string
}

func startTmux(t *testing.T, w, h string, env []string, argv ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed; the end-to-end test needs it (apt-get install tmux)")
	}
	s := &tmuxSession{t: t, sock: filepath.Join(t.TempDir(), "tmux.sock"), name: "e2e"}
	cmdline := "env " + strings.Join(env, " ") + " " + strings.Join(argv, " ") + "; echo EXITED-$?; sleep 60"
	if out, err := exec.Command("tmux", "-S", s.sock, "new-session", "-d", "-s", s.name, "-x", w, "-y", h, cmdline).CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-S", s.sock, "kill-server").Run() })
	return s
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	args := append([]string{"-S", s.sock, "send-keys", "-t", s.name}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		s.t.Fatalf("send-keys %v: %v\n%s", keys, err, out)
	}
}

func (s *tmuxSession) screen() string {
	out, err := exec.Command("tmux", "-S", s.sock, "capture-pane", "-p", "-t", s.name).Output()
	if err != nil {
		s.t.Fatalf("capture-pane: %v", err)
	}
	return string(out)
}

// waitFor polls the screen until it shows want, or fails after 10 s.
func (s *tmuxSession) waitFor(want string) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		scr := s.screen()
		if strings.Contains(scr, want) {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("screen never showed %q; last screen:\n%s", want, scr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestEndToEndInTmux runs the built binary in tmux: home, a module read page
// by page, its quiz answered, the result, quit; then a second start shows the
// saved progress.
func TestEndToEndInTmux(t *testing.T) {
	bin := buildtest.Program(t, "end-to-end test skipped in -short mode", ".")
	data := t.TempDir()
	courseDir, _ := filepath.Abs(validCourse)
	env := []string{"TERM=xterm-256color", "PIKETPALEN_DATA=" + data}
	s := startTmux(t, "80", "24", env, bin, "--course", courseDir)
	s.waitFor("0 van 2 modules gehaald")
	s.keys("Enter")
	s.waitFor("pagina 1 van 3")
	s.keys("Right")
	s.waitFor("pagina 2 van 3")
	s.keys("Right")
	s.waitFor("pagina 3 van 3")
	s.keys("Right")
	s.waitFor("enter om te beginnen") // the quiz's intro
	s.keys("Enter")
	s.waitFor("vraag 1 van 4")
	for i := 1; i <= 4; i++ {
		s.waitFor("vraag " + string(rune('0'+i)) + " van 4")
		// pick (or, in a select-all question, tick) option A and answer
		s.keys("a")
		s.keys("Enter")
		s.waitFor("Uitleg")
		s.keys("Enter")
	}
	scr := s.waitFor("Je score:")
	for _, l := range strings.Split(scr, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("line wider than 80 columns: %q", l)
		}
	}
	s.keys("Enter")
	// home again: the quiz was answered at random, so it may have been
	// passed ("Volgende module") or not ("Verder waar je was")
	s.waitFor("modules gehaald")
	s.keys("q")
	s.waitFor("EXITED-0")

	raw, err := os.ReadFile(filepath.Join(data, "progress.json"))
	if err != nil {
		t.Fatalf("no progress saved: %v", err)
	}
	var st struct {
		Modules map[string]struct {
			Attempts []struct{ Score int } `json:"attempts"`
		} `json:"modules"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		t.Fatalf("progress.json is not JSON: %v", err)
	}
	if n := len(st.Modules["01-eerste"].Attempts); n != 1 {
		t.Fatalf("saved %d attempts, want 1", n)
	}

	// A second start shows what was saved.
	s2 := startTmux(t, "80", "24", env, bin, "--course", courseDir)
	scr = s2.waitFor("modules gehaald")
	if !strings.Contains(scr, "Eerste module  gehaald (") && !strings.Contains(scr, "Eerste module  nog niet gehaald (") {
		t.Errorf("second start does not show the module's result:\n%s", scr)
	}
	s2.keys("q")
	s2.waitFor("EXITED-0")
}

// colourSGR matches an SGR parameter that sets a foreground or background
// colour (tmux's own 39/49, "default colour", do not count).
var colourSGR = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]`)

// TestNoColorInTmux: with NO_COLOR set, the screens of the built binary, as
// tmux captures them with their escape codes, set no colour.
func TestNoColorInTmux(t *testing.T) {
	bin := buildtest.Program(t, "end-to-end test skipped in -short mode", ".")
	courseDir, _ := filepath.Abs(validCourse)
	for _, noColor := range []bool{false, true} {
		env := []string{"TERM=xterm-256color", "PIKETPALEN_DATA=" + t.TempDir()}
		if noColor {
			env = append(env, "NO_COLOR=1")
		}
		s := startTmux(t, "80", "24", env, bin, "--course", courseDir)
		s.waitFor("modules gehaald")
		var screens []string
		screens = append(screens, s.screenEscapes())
		s.keys("Enter")
		s.waitFor("pagina 1 van 3")
		screens = append(screens, s.screenEscapes())
		s.keys("t")
		s.waitFor("enter om te beginnen")
		s.keys("Enter")
		s.waitFor("vraag 1 van 4")
		s.keys("a")
		s.keys("Enter")
		s.waitFor("Uitleg")
		screens = append(screens, s.screenEscapes())
		all := strings.Join(screens, "\n")
		if found := colourSGR.FindString(all); noColor && found != "" {
			t.Errorf("NO_COLOR set, yet the screen has colour code %q", found)
		} else if !noColor && found == "" {
			t.Error("without NO_COLOR the screen has no colour at all: the check cannot tell")
		}
		s.keys("q")
		s.waitFor("EXITED-0")
	}
}

func (s *tmuxSession) screenEscapes() string {
	out, err := exec.Command("tmux", "-S", s.sock, "capture-pane", "-p", "-e", "-t", s.name).Output()
	if err != nil {
		s.t.Fatalf("capture-pane: %v", err)
	}
	return string(out)
}

// TestPresentInTmux shows a quiz question in presenter mode at 80×24 and
// 160×45: the answer hidden, then revealed.
func TestPresentInTmux(t *testing.T) {
	bin := buildtest.Program(t, "end-to-end test skipped in -short mode", ".")
	courseDir, _ := filepath.Abs(validCourse)
	for _, size := range [][2]string{{"80", "24"}, {"160", "45"}} {
		s := startTmux(t, size[0], size[1], []string{"TERM=xterm-256color"}, bin, "present", "--course", courseDir, "1")
		s.waitFor("pagina 1 van 3")
		for range 4 { // three pages and the discussion questions
			s.keys("Right")
		}
		hidden := s.waitFor("Vraag 1 van 6")
		if strings.Contains(hidden, "Het juiste antwoord") || strings.Contains(hidden, "Uitleg") {
			t.Errorf("%sx%s: the answer shows before it is revealed:\n%s", size[0], size[1], hidden)
		}
		s.keys("Enter")
		shown := s.waitFor("Het juiste antwoord")
		if !strings.Contains(shown, "✓") {
			t.Errorf("%sx%s: the revealed answer has no mark:\n%s", size[0], size[1], shown)
		}
		s.keys("q")
		s.waitFor("EXITED-0")
	}
}

// TestDefaultThemeBodyTextInTerminalColour: in the default theme the body
// text of a lesson page and of a quiz question, as tmux captures the built
// binary's screen with its escape codes, carries no fixed foreground colour
// (Glamour's dark style wrote it in grey 252, nearly invisible on a white
// terminal): it is in the terminal's own colour on any background.
func TestDefaultThemeBodyTextInTerminalColour(t *testing.T) {
	bin := buildtest.Program(t, "end-to-end test skipped in -short mode", ".")
	s := startTmux(t, "80", "24", []string{"TERM=xterm-256color", "PIKETPALEN_DATA=" + t.TempDir()}, bin)
	s.waitFor("modules gehaald")
	s.keys("Enter")
	// the page is rendered in the background: wait for its text, not just
	// the header, which stands while the page is still being rendered
	s.waitFor("Je werkt bij de overheid")
	page := s.screenEscapes()
	body := 0
	for _, line := range strings.Split(page, "\n") {
		if strings.Contains(line, "Je werkt bij de overheid") || strings.Contains(line, "gemeente of een waterschap") {
			body++
			if fg := regexp.MustCompile(`\x1b\[[0-9;]*38;[25];[0-9;]*m`).FindString(line); fg != "" {
				t.Errorf("body text has a fixed foreground colour %q: %q", fg, line)
			}
		}
	}
	if body == 0 {
		t.Fatalf("the page's body text is not on screen:\n%s", page)
	}
	s.keys("q")
	s.waitFor("EXITED-0")
}

// TestEnterFortyTimesRecordsNoAnswer: from a fresh start, the built binary
// in tmux gets Enter 40 times — the key that reads on — and is quit; the
// saved progress holds no answer. The quiz opens on its intro and no
// option is chosen until the learner chooses one.
func TestEnterFortyTimesRecordsNoAnswer(t *testing.T) {
	bin := buildtest.Program(t, "end-to-end test skipped in -short mode", ".")
	data := t.TempDir()
	s := startTmux(t, "80", "24", []string{"TERM=xterm-256color", "PIKETPALEN_DATA=" + data}, bin)
	s.waitFor("modules gehaald")
	for range 40 {
		s.keys("Enter")
		time.Sleep(20 * time.Millisecond)
	}
	// the first question says an answer must be chosen first: one
	// option (single choice) or at least one tick (select-all)
	last := s.waitFor("vraag 1 van 8")
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(last, "Kies eerst een antwoord") && !strings.Contains(last, "Kruis eerst minstens één antwoord aan"); last = s.screen() {
		if time.Now().After(deadline) {
			t.Fatalf("the first question does not say an answer must be chosen first:\n%s", last)
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.keys("q")
	s.waitFor("EXITED-0")
	st := loadData(t, data)
	answered := 0
	for id, r := range st.Modules {
		for _, a := range append(r.Attempts, r.Open) {
			if a == nil {
				continue
			}
			for _, it := range a.Items {
				if it.Answered {
					answered++
					t.Errorf("module %s: question %s answered by Enter alone", id, it.Question)
				}
			}
		}
	}
	t.Logf("after 40 × Enter: %d answers saved; last screen:\n%s", answered, last)
}
