package present

import (
	"fmt"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/locale"
	"piketpalen/internal/theme"
	"piketpalen/internal/tuitest"
	"piketpalen/internal/ui"
)

// The fixture course: module 01-eerste has three pages, two discussion
// questions and six questions (four single choice with A right, a true/false
// statement whose right answer is "Niet waar", and a multiple choice with A
// and B right).
func testCourse(t testing.TB) *course.Course { return coursetest.Valid(t) }

// driver runs a Model step by step (see package drive) at a terminal size.
type driver struct {
	*tuitest.Driver
	m *Model
	w int
	h int
}

func newDriver(t testing.TB, m *Model, w, h int) *driver {
	d := &driver{Driver: &tuitest.Driver{T: t, Model: m}, m: m}
	d.Run(m.Init())
	d.size(w, h)
	return d
}

func (d *driver) size(w, h int) {
	d.T.Helper()
	d.w, d.h = w, h
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
}

// screen is what the terminal shows, without colours; it is checked to fit.
// Trailing spaces are dropped, so the golden files do not depend on how far
// Glamour pads its lines.
func (d *driver) screen() string {
	d.T.Helper()
	s := ansi.Strip(d.m.View().Content)
	tuitest.AssertFits(d.T, s, d.w, d.h)
	return trimRight(s)
}

func trimRight(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
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
	d := newDriver(t, New(Options{Course: c, Theme: theme.Dark}), 80, 24)
	step := func(t *testing.T) string {
		t.Helper()
		s := d.screen()
		golden.RequireEqual(t, s)
		return s
	}
	t.Run("list", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "Testcursus", "Kies een module", "0  Eerste module", "1  Tweede module", "3 pagina's · 6 vragen · 2 gespreksvragen")
		assertLacks(t, s, "gehaald", "niet begonnen", "%")
	})
	d.Keys("0")
	t.Run("page1", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "0. Eerste module", "pagina 1 van 3", "Wie is verantwoordelijk?", "Na deze module kun je:", "←/→ bladeren")
	})
	d.Keys("right", "l")
	tuitest.AssertContains(t, d.screen(), "pagina 3 van 3", "Bronnen")
	d.Keys("n")
	t.Run("discussion", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "Gespreksvragen", "1.  Wat vind jij?", "2.  Wat zou je anders doen?")
	})
	d.Keys("right")
	t.Run("question-hidden", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "Vraag 1 van 6", "Vraag 1 van een. Welk antwoord is goed?", "A.  Goed antwoord 1", "B.  Fout antwoord 1a", "C.  Fout antwoord 1b", "enter antwoord tonen")
		assertLacks(t, s, answerSigns...)
	})
	d.Keys("enter")
	t.Run("question-revealed", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "Vraag 1 van 6", "✓  A.  Goed antwoord 1", "   B.  Fout antwoord 1a", "Het juiste antwoord: A",
			"✓  A.  Dit is goed.", "   B.  Dit is fout.", "   C.  Ook fout.", "Uitleg", "Uitleg bij vraag 1.", "Bron: Testbron")
		if strings.Count(s, "✓") != 2 {
			t.Errorf("want the right option marked twice (option and feedback):\n%s", s)
		}
	})
	// the next key goes on to the next question, hidden again
	d.Keys("enter")
	s := d.screen()
	tuitest.AssertContains(t, s, "Vraag 2 van 6", "Vraag 2 van een.")
	assertLacks(t, s, answerSigns...)
	// every question of the pool in file order, not a random draw
	for i := 3; i <= 6; i++ {
		d.Keys("space", "space")
		tuitest.AssertContains(t, d.screen(), "Vraag "+strconv.Itoa(i)+" van 6")
		if got := d.m.deck.m.Questions[d.m.deck.slide().index]; got != c.Modules[0].Questions[i-1] {
			t.Fatalf("question %d on screen is %s", i, got.ID)
		}
	}
	d.Keys("left") // back from 6 arrives at 5 as it was left: answered
	t.Run("truefalse-revealed", func(t *testing.T) {
		s := d.screen()
		tuitest.AssertContains(t, s, "Vraag 5 van 6", "Stelling 5", "   A.  Waar", "✓  B.  Niet waar", "Het juiste antwoord: B",
			"Juist, de vrijheid geldt ook voor ambtenaren.", "Bron: Grondwet, art. 7")
	})
	d.Keys("left") // hides the answer again
	s = d.screen()
	tuitest.AssertContains(t, s, "A.  Waar", "B.  Niet waar")
	assertLacks(t, s, answerSigns...)
	d.Keys("G", "right")
	t.Run("multiple-revealed", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "Vraag 6 van 6", "Meer dan één antwoord kan juist zijn.", "✓  A.  Juist A", "✓  B.  Juist B", "   C.  Fout C", "De juiste antwoorden: A, B")
	})
	d.Keys("right", "enter", "space", "n") // the last screen stays as it is
	tuitest.AssertContains(t, d.screen(), "Vraag 6 van 6", "De juiste antwoorden: A, B")
	d.Keys("?")
	t.Run("help", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "Hulp: toetsen", "antwoord tonen", "leest en bewaart geen voortgang")
	})
	d.Keys("?", "g")
	tuitest.AssertContains(t, d.screen(), "pagina 1 van 3")
	before := d.screen()
	d.Keys("left", "h") // nothing before the first page
	if after := d.screen(); after != before {
		t.Errorf("left on the first page changed the screen:\n%s", after)
	}
	d.Keys("esc")
	tuitest.AssertContains(t, d.screen(), "Kies een module", "> 0  Eerste module")
	d.Keys("down", "enter")
	tuitest.AssertContains(t, d.screen(), "1. Tweede module", "pagina 1 van 2", "Je mag iets zeggen")
	d.Keys("backspace", "up")
	tuitest.AssertContains(t, d.screen(), "> 0  Eerste module")
}

// TestHiddenAnswerLeavesNoTrace builds the same question twice with a
// different option right, and checks that while the answer is hidden the
// screens are the same byte for byte, colours included: nothing gives the
// answer away.
func TestHiddenAnswerLeavesNoTrace(t *testing.T) {
	for _, style := range []theme.Name{theme.Dark, theme.Light, theme.ASCII} {
		var screens []string
		for right := range 3 {
			c := testCourse(t)
			q := c.Modules[0].Questions[0]
			for i := range q.Options {
				q.Options[i].Correct = i == right
			}
			d := newDriver(t, New(Options{Course: c, Module: c.Modules[0], Theme: style}), 80, 24)
			d.Keys("end", "g", "right", "right", "right", "right")
			if !strings.Contains(d.screen(), "Vraag 1 van 6") {
				t.Fatalf("not at question 1:\n%s", d.screen())
			}
			screens = append(screens, d.m.View().Content)
			d.Keys("enter")
			if !strings.Contains(d.screen(), "Het juiste antwoord: "+ui.OptionLabel(right)) {
				t.Errorf("%s: revealed the wrong option:\n%s", style, d.screen())
			}
		}
		for i := 1; i < len(screens); i++ {
			if screens[i] != screens[0] {
				t.Errorf("%s: the hidden question looks different when option %s is right:\n%q\n%q", style, ui.OptionLabel(i), screens[0], screens[i])
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
		tuitest.AssertContains(t, check(t), "0. Eerste module", "pagina 1 van 3", "Wie is verantwoordelijk?")
	})
	d.Keys("right", "right", "right")
	t.Run("discussion", func(t *testing.T) {
		tuitest.AssertContains(t, check(t), "Gespreksvragen", "1.  Wat vind jij?")
	})
	d.Keys("right")
	t.Run("question-hidden", func(t *testing.T) {
		s := check(t)
		tuitest.AssertContains(t, s, "Vraag 1 van 6", "A.  Goed antwoord 1")
		assertLacks(t, s, answerSigns...)
	})
	d.Keys("space")
	t.Run("question-revealed", func(t *testing.T) {
		tuitest.AssertContains(t, check(t), "✓  A.  Goed antwoord 1", "Het juiste antwoord: A", "Dit is fout.", "Uitleg bij vraag 1.", "Bron: Testbron")
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
		tuitest.AssertContains(t, d.screen(), "pagina 1 van 3")
		if !strings.Contains(d.screen(), "Wie is verantwoordelijk?") && size[1] > 10 {
			t.Errorf("%v: page text missing:\n%s", size, d.screen())
		}
		if _, ok := m.cache.Get(pageKey(c.Modules[0], 0, m.geometry().width)); !ok {
			t.Errorf("%v: page not rendered for width %d", size, m.geometry().width)
		}
	}
	d.Keys("right", "right", "right", "right", "enter")
	for _, size := range [][2]int{{160, 45}, {50, 16}, {80, 24}} {
		d.size(size[0], size[1])
		tuitest.AssertContains(t, d.screen(), "Vraag 1 van 6", "✓  A.")
	}
}

// TestScrollAndMore scrolls a revealed question that does not fit: the
// footer says there is more, enter scrolls before it turns, and the last
// line comes into view.
func TestScrollAndMore(t *testing.T) {
	c := testCourse(t)
	d := newDriver(t, New(Options{Course: c, Module: c.Modules[0]}), 80, 14)
	d.Keys("right", "right", "right", "right", "enter")
	s := d.screen()
	tuitest.AssertContains(t, s, "✓  A.", "↓ meer")
	assertLacks(t, s, "Bron: Testbron")
	d.Keys("pgdown", "pgdown")
	s = d.screen()
	tuitest.AssertContains(t, s, "Bron: Testbron", "Vraag 1 van 6")
	assertLacks(t, s, "↓ meer")
	d.Keys("pgup", "pgup")
	tuitest.AssertContains(t, d.screen(), "✓  A.", "↓ meer")
	d.Keys("enter") // scrolls, does not turn yet
	tuitest.AssertContains(t, d.screen(), "Vraag 1 van 6")
	d.Keys("enter", "enter", "enter")
	tuitest.AssertContains(t, d.screen(), "Vraag 2 van 6")
}

func TestEnglish(t *testing.T) {
	c := testCourse(t)
	d := newDriver(t, New(Options{Course: c, Lang: locale.EN}), 80, 24)
	tuitest.AssertContains(t, d.screen(), "Choose a module", "3 pages · 6 questions · 2 discussion questions")
	d.Keys("enter", "right", "right", "right")
	tuitest.AssertContains(t, d.screen(), "Discussion questions")
	d.Keys("right")
	tuitest.AssertContains(t, d.screen(), "Question 1 of 6", "enter show answer")
	d.Keys("enter")
	tuitest.AssertContains(t, d.screen(), "The right answer: A", "Explanation", "Source: Testbron")
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := New(Options{Course: testCourse(t)})
		_, cmd := m.Update(tuitest.Key(k))
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
	tuitest.AssertContains(t, s, "Pagina wordt opgemaakt…", "pagina 1 van 3")
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
	tuitest.AssertContains(t, d.screen(), ">  0  Module nummer 0")
	d.Keys("end")
	s := d.screen()
	tuitest.AssertContains(t, s, "> 29  Module nummer 29", "Een samenvatting.")
	assertLacks(t, s, " 0  Module nummer 0")
	d.Keys("home", "down")
	tuitest.AssertContains(t, d.screen(), ">  1  Module nummer 1", "   0  Module nummer 0")
	d.Keys("7")
	tuitest.AssertContains(t, d.screen(), "7. Module nummer 7", "pagina 1 van 1")
	d.Keys("esc")
	tuitest.AssertContains(t, d.screen(), ">  7  Module nummer 7")
}
