package present

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"piketpalen/course"
	"piketpalen/locale"
	"piketpalen/render"
)

// The fixture course: module 01-eerste has three pages, two discussion
// questions and six questions (four single choice with A right, a true/false
// statement whose right answer is "Niet waar", and a multiple choice with A
// and B right).
func testCourse(t testing.TB) *course.Course {
	t.Helper()
	c, err := course.Load(os.DirFS("../course/testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// driver feeds messages to a Model the way a Program would, running the
// commands they return (and the commands those return) before it goes on,
// so each step of a journey ends in a settled screen.
type driver struct {
	t testing.TB
	m *Model
	w int
	h int
}

func newDriver(t testing.TB, m *Model, w, h int) *driver {
	d := &driver{t: t, m: m}
	d.run(m.Init())
	d.size(w, h)
	return d
}

func (d *driver) size(w, h int) {
	d.t.Helper()
	d.w, d.h = w, h
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
}

func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	_, cmd := d.m.Update(msg)
	d.run(cmd)
}

func (d *driver) run(cmd tea.Cmd) {
	d.t.Helper()
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(5 * time.Second):
		d.t.Fatal("a command did not finish in 5 s")
	}
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	default:
		d.send(msg)
	}
}

// keys sends key presses by name: "enter", "right", "q", or a single rune.
func (d *driver) keys(names ...string) {
	d.t.Helper()
	for _, n := range names {
		d.send(keyPress(n))
	}
}

func keyPress(n string) tea.KeyPressMsg {
	codes := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "down": tea.KeyDown, "up": tea.KeyUp,
		"left": tea.KeyLeft, "right": tea.KeyRight, "space": tea.KeySpace, "backspace": tea.KeyBackspace,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if c, ok := codes[n]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	if n == "ctrl+c" {
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(n)[0]
	return tea.KeyPressMsg{Code: r, Text: n}
}

// screen is what the terminal shows, without colours; it is checked to fit.
// Trailing spaces are dropped, so the golden files do not depend on how far
// Glamour pads its lines.
func (d *driver) screen() string {
	d.t.Helper()
	s := ansi.Strip(d.m.View().Content)
	assertFits(d.t, s, d.w, d.h)
	return trimRight(s)
}

func trimRight(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// assertFits checks that no line is wider than the terminal and that there
// are no more lines than it has.
func assertFits(t testing.TB, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("screen has %d lines, terminal %d", len(lines), h)
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("line %d is %d wide, terminal %d: %q", i+1, ansi.StringWidth(l), w, l)
		}
	}
}

func assertContains(t testing.TB, screen string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(screen, w) {
			t.Errorf("screen lacks %q:\n%s", w, screen)
		}
	}
}

func assertLacks(t testing.TB, screen string, unwanted ...string) {
	t.Helper()
	for _, u := range unwanted {
		if strings.Contains(screen, u) {
			t.Errorf("screen shows %q:\n%s", u, screen)
		}
	}
}

// What a revealed question shows and a hidden one must not.
var answerSigns = []string{"✓", "Het juiste antwoord", "De juiste antwoorden", "Dit is goed.", "Dit is fout.", "Ook fout.", "Uitleg", "Bron:"}

// TestJourneyScreens walks a trainer through module 1 at 80×24: the list of
// modules, the pages, the discussion questions, a question hidden and then
// revealed, all questions in file order, back and back to the list; each
// screen is compared with its golden file.
func TestJourneyScreens(t *testing.T) {
	c := testCourse(t)
	d := newDriver(t, New(Options{Course: c, Style: render.Dark}), 80, 24)
	step := func(t *testing.T) string {
		t.Helper()
		s := d.screen()
		golden.RequireEqual(t, s)
		return s
	}
	t.Run("list", func(t *testing.T) {
		s := step(t)
		assertContains(t, s, "Testcursus", "Kies een module", "0  Eerste module", "1  Tweede module", "3 pagina's · 6 vragen · 2 gespreksvragen")
		assertLacks(t, s, "gehaald", "niet begonnen", "%")
	})
	d.keys("0")
	t.Run("page1", func(t *testing.T) {
		s := step(t)
		assertContains(t, s, "0. Eerste module", "pagina 1 van 3", "Wie is verantwoordelijk?", "Na deze module kun je:", "←/→ bladeren")
	})
	d.keys("right", "l")
	assertContains(t, d.screen(), "pagina 3 van 3", "Bronnen")
	d.keys("n")
	t.Run("discussion", func(t *testing.T) {
		s := step(t)
		assertContains(t, s, "Gespreksvragen", "1.  Wat vind jij?", "2.  Wat zou je anders doen?")
	})
	d.keys("right")
	t.Run("question-hidden", func(t *testing.T) {
		s := step(t)
		assertContains(t, s, "Vraag 1 van 6", "Vraag 1 van een. Welk antwoord is goed?", "A.  Goed antwoord 1", "B.  Fout antwoord 1a", "C.  Fout antwoord 1b", "enter antwoord tonen")
		assertLacks(t, s, answerSigns...)
	})
	d.keys("enter")
	t.Run("question-revealed", func(t *testing.T) {
		s := step(t)
		assertContains(t, s, "Vraag 1 van 6", "✓  A.  Goed antwoord 1", "   B.  Fout antwoord 1a", "Het juiste antwoord: A",
			"✓  A.  Dit is goed.", "   B.  Dit is fout.", "   C.  Ook fout.", "Uitleg", "Uitleg bij vraag 1.", "Bron: Testbron")
		if strings.Count(s, "✓") != 2 {
			t.Errorf("want the right option marked twice (option and feedback):\n%s", s)
		}
	})
	// the next key goes on to the next question, hidden again
	d.keys("enter")
	s := d.screen()
	assertContains(t, s, "Vraag 2 van 6", "Vraag 2 van een.")
	assertLacks(t, s, answerSigns...)
	// every question of the pool in file order, not a random draw
	for i := 3; i <= 6; i++ {
		d.keys("space", "space")
		assertContains(t, d.screen(), "Vraag "+strconv.Itoa(i)+" van 6")
		if got := d.m.deck.m.Questions[d.m.deck.slide().index]; got != c.Modules[0].Questions[i-1] {
			t.Fatalf("question %d on screen is %s", i, got.ID)
		}
	}
	d.keys("left") // back from 6 arrives at 5 as it was left: answered
	t.Run("truefalse-revealed", func(t *testing.T) {
		s := d.screen()
		assertContains(t, s, "Vraag 5 van 6", "Stelling 5", "   A.  Waar", "✓  B.  Niet waar", "Het juiste antwoord: B",
			"Juist, de vrijheid geldt ook voor ambtenaren.", "Bron: Grondwet, art. 7")
	})
	d.keys("left") // hides the answer again
	s = d.screen()
	assertContains(t, s, "A.  Waar", "B.  Niet waar")
	assertLacks(t, s, answerSigns...)
	d.keys("G", "right")
	t.Run("multiple-revealed", func(t *testing.T) {
		s := step(t)
		assertContains(t, s, "Vraag 6 van 6", "Meer dan één antwoord kan juist zijn.", "✓  A.  Juist A", "✓  B.  Juist B", "   C.  Fout C", "De juiste antwoorden: A, B")
	})
	d.keys("right", "enter", "space", "n") // the last screen stays as it is
	assertContains(t, d.screen(), "Vraag 6 van 6", "De juiste antwoorden: A, B")
	d.keys("?")
	t.Run("help", func(t *testing.T) {
		s := step(t)
		assertContains(t, s, "Hulp: toetsen", "antwoord tonen", "leest en bewaart geen voortgang")
	})
	d.keys("?", "g")
	assertContains(t, d.screen(), "pagina 1 van 3")
	before := d.screen()
	d.keys("left", "h") // nothing before the first page
	if after := d.screen(); after != before {
		t.Errorf("left on the first page changed the screen:\n%s", after)
	}
	d.keys("esc")
	assertContains(t, d.screen(), "Kies een module", "> 0  Eerste module")
	d.keys("down", "enter")
	assertContains(t, d.screen(), "1. Tweede module", "pagina 1 van 2", "Je mag iets zeggen")
	d.keys("backspace", "up")
	assertContains(t, d.screen(), "> 0  Eerste module")
}

// TestHiddenAnswerLeavesNoTrace builds the same question twice with a
// different option right, and checks that while the answer is hidden the
// screens are the same byte for byte, colours included: nothing gives the
// answer away.
func TestHiddenAnswerLeavesNoTrace(t *testing.T) {
	for _, style := range []string{render.Dark, render.Light, render.ASCII} {
		var screens []string
		for right := range 3 {
			c := testCourse(t)
			q := c.Modules[0].Questions[0]
			for i := range q.Options {
				q.Options[i].Correct = i == right
			}
			d := newDriver(t, New(Options{Course: c, Module: c.Modules[0], Style: style}), 80, 24)
			d.keys("end", "g", "right", "right", "right", "right")
			if !strings.Contains(d.screen(), "Vraag 1 van 6") {
				t.Fatalf("not at question 1:\n%s", d.screen())
			}
			screens = append(screens, d.m.View().Content)
			d.keys("enter")
			if !strings.Contains(d.screen(), "Het juiste antwoord: "+optionLabel(right)) {
				t.Errorf("%s: revealed the wrong option:\n%s", style, d.screen())
			}
		}
		for i := 1; i < len(screens); i++ {
			if screens[i] != screens[0] {
				t.Errorf("%s: the hidden question looks different when option %s is right:\n%q\n%q", style, optionLabel(i), screens[0], screens[i])
			}
		}
	}
}

// TestWideScreen shows the module at 160×45, as on a projector: the text
// stays in a centred column of at most 90 columns with margins on both
// sides.
func TestWideScreen(t *testing.T) {
	c := testCourse(t)
	d := newDriver(t, New(Options{Course: c, Module: c.Modules[0]}), 160, 45)
	check := func(t *testing.T) string {
		t.Helper()
		s := d.screen()
		golden.RequireEqual(t, s)
		for i, l := range strings.Split(s, "\n") {
			if strings.TrimSpace(l) == "" {
				continue
			}
			left := len(l) - len(strings.TrimLeft(l, " "))
			if left < minMargin || ansi.StringWidth(l) > 160-minMargin || ansi.StringWidth(l)-left > maxTextWidth {
				t.Errorf("line %d leaves the text column (indent %d, width %d): %q", i+1, left, ansi.StringWidth(l), l)
			}
		}
		return s
	}
	t.Run("page1", func(t *testing.T) {
		assertContains(t, check(t), "0. Eerste module", "pagina 1 van 3", "Wie is verantwoordelijk?")
	})
	d.keys("right", "right", "right")
	t.Run("discussion", func(t *testing.T) {
		assertContains(t, check(t), "Gespreksvragen", "1.  Wat vind jij?")
	})
	d.keys("right")
	t.Run("question-hidden", func(t *testing.T) {
		s := check(t)
		assertContains(t, s, "Vraag 1 van 6", "A.  Goed antwoord 1")
		assertLacks(t, s, answerSigns...)
	})
	d.keys("space")
	t.Run("question-revealed", func(t *testing.T) {
		assertContains(t, check(t), "✓  A.  Goed antwoord 1", "Het juiste antwoord: A", "Dit is fout.", "Uitleg bij vraag 1.", "Bron: Testbron")
	})
}

// TestResizeRerendersAndFits changes the window size on a page and on a
// revealed question: the page is rendered again for the new width and every
// screen fits.
func TestResizeRerendersAndFits(t *testing.T) {
	c := testCourse(t)
	m := New(Options{Course: c, Module: c.Modules[0]})
	d := newDriver(t, m, 80, 24)
	for _, size := range [][2]int{{120, 40}, {60, 20}, {200, 50}, {30, 10}, {80, 24}} {
		d.size(size[0], size[1])
		assertContains(t, d.screen(), "pagina 1 van 3")
		if !strings.Contains(d.screen(), "Wie is verantwoordelijk?") && size[1] > 10 {
			t.Errorf("%v: page text missing:\n%s", size, d.screen())
		}
		if _, ok := m.cache.Get(pageKey(c.Modules[0], 0, m.geometry().width)); !ok {
			t.Errorf("%v: page not rendered for width %d", size, m.geometry().width)
		}
	}
	d.keys("right", "right", "right", "right", "enter")
	for _, size := range [][2]int{{160, 45}, {50, 16}, {80, 24}} {
		d.size(size[0], size[1])
		assertContains(t, d.screen(), "Vraag 1 van 6", "✓  A.")
	}
}

// TestScrollAndMore scrolls a revealed question that does not fit: the
// footer says there is more, enter scrolls before it turns, and the last
// line comes into view.
func TestScrollAndMore(t *testing.T) {
	c := testCourse(t)
	d := newDriver(t, New(Options{Course: c, Module: c.Modules[0]}), 80, 14)
	d.keys("right", "right", "right", "right", "enter")
	s := d.screen()
	assertContains(t, s, "✓  A.", "↓ meer")
	assertLacks(t, s, "Bron: Testbron")
	d.keys("pgdown", "pgdown")
	s = d.screen()
	assertContains(t, s, "Bron: Testbron", "Vraag 1 van 6")
	assertLacks(t, s, "↓ meer")
	d.keys("pgup", "pgup")
	assertContains(t, d.screen(), "✓  A.", "↓ meer")
	d.keys("enter") // scrolls, does not turn yet
	assertContains(t, d.screen(), "Vraag 1 van 6")
	d.keys("enter", "enter", "enter")
	assertContains(t, d.screen(), "Vraag 2 van 6")
}

func TestEnglish(t *testing.T) {
	c := testCourse(t)
	d := newDriver(t, New(Options{Course: c, Lang: locale.EN}), 80, 24)
	assertContains(t, d.screen(), "Choose a module", "3 pages · 6 questions · 2 discussion questions")
	d.keys("enter", "right", "right", "right")
	assertContains(t, d.screen(), "Discussion questions")
	d.keys("right")
	assertContains(t, d.screen(), "Question 1 of 6", "enter show answer")
	d.keys("enter")
	assertContains(t, d.screen(), "The right answer: A", "Explanation", "Source: Testbron")
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := New(Options{Course: testCourse(t)})
		_, cmd := m.Update(keyPress(k))
		if cmd == nil {
			t.Fatalf("%s does not quit", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
}

// TestReadsNoLearnerData keeps the presenter away from the learner's
// progress: the package may not import it.
func TestReadsNoLearnerData(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "piketpalen/progress" || p == "os" {
				t.Errorf("%s imports %s", f, p)
			}
		}
	}
}

// TestViewNeverRenders checks that drawing a screen never renders markdown:
// until the background rendering is back, the page says it is being
// formatted, and the cache stays empty.
func TestViewNeverRenders(t *testing.T) {
	c := testCourse(t)
	m := New(Options{Course: c, Module: c.Modules[0]})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30}) // its command is not run
	s := ansi.Strip(m.View().Content)
	assertContains(t, s, "Pagina wordt opgemaakt…", "pagina 1 van 3")
	if _, ok := m.cache.Get(pageKey(c.Modules[0], 0, m.geometry().width)); ok {
		t.Error("the page was rendered without its command being run")
	}
}

// TestLongListScrolls chooses from 30 modules at 80×24: the list scrolls to
// keep the chosen module on screen.
func TestLongListScrolls(t *testing.T) {
	c := &course.Course{Title: "Grote cursus"}
	for i := range 30 {
		c.Modules = append(c.Modules, &course.Module{
			ID:      fmt.Sprintf("%02d-module", i),
			Title:   fmt.Sprintf("Module nummer %d", i),
			Summary: "Een samenvatting.",
			Pages:   []course.Page{{Title: "P", Markdown: "# P\n\nTekst."}},
		})
	}
	d := newDriver(t, New(Options{Course: c}), 80, 24)
	assertContains(t, d.screen(), ">  0  Module nummer 0")
	d.keys("end")
	s := d.screen()
	assertContains(t, s, "> 29  Module nummer 29", "Een samenvatting.")
	assertLacks(t, s, " 0  Module nummer 0")
	d.keys("home", "down")
	assertContains(t, d.screen(), ">  1  Module nummer 1", "   0  Module nummer 0")
	d.keys("7")
	assertContains(t, d.screen(), "7. Module nummer 7", "pagina 1 van 1")
	d.keys("esc")
	assertContains(t, d.screen(), ">  7  Module nummer 7")
}
