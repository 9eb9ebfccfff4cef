package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/app"
	"piketpalen/internal/certificate"
	"piketpalen/internal/results"
	"piketpalen/internal/theme"
	"piketpalen/internal/tuitest"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

var testNow = time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)

const testSeed = 12345

func testCourse(t testing.TB) *course.Course { return coursetest.Valid(t) }

// memStore keeps saved states in memory and counts the saves.
type memStore struct {
	saves int
	last  *progress.State
	err   error
}

func (m *memStore) save(s *progress.State) error {
	if m.err != nil {
		return m.err
	}
	m.saves++
	m.last = clone(s)
	return nil
}

func clone(s *progress.State) *progress.State {
	c := progress.New()
	c.Last = s.Last
	for id, r := range s.Modules {
		cr := *r
		cr.PagesRead = append([]int(nil), r.PagesRead...)
		cr.Attempts = append([]*course.Attempt(nil), r.Attempts...)
		if r.Open != nil {
			o := *r.Open
			o.Items = append([]course.Item(nil), r.Open.Items...)
			cr.Open = &o
		}
		c.Modules[id] = &cr
	}
	return c
}

func newTestApp(t testing.TB, c *course.Course, st *progress.State, ms *memStore) *App {
	return New(Options{
		Learner: app.Learner{
			Course:  c,
			State:   st,
			Save:    ms.save,
			DataDir: "/home/jan/.config/piketpalen",
			Now:     func() time.Time { return testNow },
			Seed:    func() uint64 { return testSeed },
		},
		Theme:     theme.Dark,
		SaveDelay: time.Millisecond,
	})
}

// driver runs an App step by step (see package drive) and keeps it typed,
// so tests can look at its state.
type driver struct {
	*tuitest.Driver
	app *App
}

func newDriver(t testing.TB, app *App, w, h int) *driver {
	d := &driver{Driver: &tuitest.Driver{T: t, Model: app}, app: app}
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// screen is what the terminal shows, without colours.
func (d *driver) screen() string {
	return ansi.Strip(d.app.View().Content)
}

// answerKeys returns the keys that pick the right options (or one wrong
// option) of the current question and answer it, found from the attempt the
// way a learner would find them on screen.
func answerKeys(a *App, right bool) []string {
	q := a.quiz.question()
	it := a.quiz.att.Items[a.quiz.idx]
	var out []string
	for p, oi := range it.Order {
		if q.Options[oi].Correct == right {
			out = append(out, strings.ToLower(ui.OptionLabel(p)))
			if q.Type != course.Multiple || !right {
				break
			}
		}
	}
	return append(out, "enter")
}

// TestJourneyScreens walks a learner through a module at 80×24 — home,
// every page, the quiz with a wrong answer, the result, a retake that passes
// — and compares each screen with its golden file.
func TestJourneyScreens(t *testing.T) {
	c := testCourse(t)
	ms := &memStore{}
	d := newDriver(t, newTestApp(t, c, nil, ms), 80, 24)
	step := func(t *testing.T) string {
		t.Helper()
		s := d.screen()
		tuitest.AssertFits(t, s, 80, 24)
		golden.RequireEqual(t, s)
		return s
	}
	t.Run("home", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "Testcursus", "0 van 2 modules gehaald", "Eerste module", "niet begonnen")
	})
	d.Keys("enter")
	t.Run("page1", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "pagina 1 van 3", "Na deze module kun je:", "uitleggen wie verantwoordelijk is", "Wie is verantwoordelijk?")
	})
	d.Keys("right")
	t.Run("page2", func(t *testing.T) {
		tuitest.AssertContains(t, step(t), "pagina 2 van 3", "Loyaal en neutraal")
	})
	d.Keys("right", "right")
	t.Run("question1", func(t *testing.T) {
		tuitest.AssertContains(t, step(t), "vraag 1 van 4")
	})
	// first question wrong, the rest right: 3 of 4 = 75%
	d.Keys(answerKeys(d.app, false)...)
	t.Run("feedback-wrong", func(t *testing.T) {
		tuitest.AssertContains(t, step(t), "Niet goed.", "Jouw keuze:", "Uitleg", "Bron:")
	})
	for i := 1; i < 4; i++ {
		d.Keys("enter")
		d.Keys(answerKeys(d.app, true)...)
		if !strings.Contains(d.screen(), "Goed.") {
			t.Fatalf("question %d: a right answer was not called right:\n%s", i+1, d.screen())
		}
	}
	d.Keys("enter")
	t.Run("result", func(t *testing.T) {
		tuitest.AssertContains(t, step(t), "Je score: 75% (3 van 4 goed)", "Gehaald!", "Wat je fout had (1):")
	})
	d.Keys("enter")
	t.Run("home-after", func(t *testing.T) {
		tuitest.AssertContains(t, step(t), "1 van 2 modules gehaald", "gehaald (75%)", "Volgende module: Tweede module")
	})
	d.Keys("?")
	t.Run("help", func(t *testing.T) {
		tuitest.AssertContains(t, step(t), "Hulp: toetsen", "stoppen (je voortgang is bewaard)")
	})
	if ms.last == nil || len(ms.last.Modules["01-eerste"].Attempts) != 1 {
		t.Fatalf("the finished attempt was not saved: %+v", ms.last)
	}
	a := ms.last.Modules["01-eerste"].Attempts[0]
	if a.Score != 75 || !a.Passed || a.CourseVersion != "0.1.0" {
		t.Errorf("saved attempt %+v", a)
	}
	if got := ms.last.Modules["01-eerste"].PagesRead; len(got) != 3 {
		t.Errorf("pages read %v", got)
	}
}

// TestQuitMidQuizAndResume answers two questions, quits with q, and starts
// again from what was saved: the home screen offers to go on with the quiz,
// which continues at question 3 with the same questions.
func TestQuitMidQuizAndResume(t *testing.T) {
	c := testCourse(t)
	ms := &memStore{}
	d := newDriver(t, newTestApp(t, c, nil, ms), 80, 24)
	d.Keys("t") // straight to the quiz of the first module
	first := d.app.quiz.att.Items
	d.Keys(answerKeys(d.app, true)...)
	d.Keys("enter")
	d.Keys(answerKeys(d.app, false)...)
	d.Keys("q")
	saved := ms.last
	if saved == nil || saved.Modules["01-eerste"].Open == nil {
		t.Fatal("quitting mid-quiz did not save the open attempt")
	}
	if n := saved.Modules["01-eerste"].Open.Next(); n != 2 {
		t.Fatalf("saved attempt resumes at %d, want 2", n)
	}

	d2 := newDriver(t, newTestApp(t, c, saved, &memStore{}), 80, 24)
	s := d2.screen()
	golden.RequireEqual(t, s)
	tuitest.AssertContains(t, s, "Verder waar je was: toets van Eerste module", "toets bezig")
	d2.Keys("enter")
	tuitest.AssertContains(t, d2.screen(), "vraag 3 van 4")
	for i, it := range d2.app.quiz.att.Items {
		if it.Question != first[i].Question {
			t.Errorf("resumed attempt has other questions: %s vs %s", it.Question, first[i].Question)
		}
	}
}

func TestResizeRerendersAndFits(t *testing.T) {
	c := testCourse(t)
	d := newDriver(t, newTestApp(t, c, nil, &memStore{}), 80, 24)
	d.Keys("enter")
	for _, size := range [][2]int{{120, 40}, {60, 20}, {200, 50}, {80, 24}} {
		d.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		s := d.screen()
		tuitest.AssertFits(t, s, size[0], size[1])
		tuitest.AssertContains(t, s, "Wie is verantwoordelijk?", "pagina 1 van 3")
		if _, ok := d.app.cache.Get(pageKey(c.Modules[0], 0, min(size[0], maxTextWidth))); !ok {
			t.Errorf("page not rendered for width %d", size[0])
		}
	}
}

// TestSaveFailureIsShownNotFatal makes every save fail: the learner sees why
// and can go on; nothing panics.
func TestSaveFailureIsShownNotFatal(t *testing.T) {
	c := testCourse(t)
	ms := &memStore{err: os.ErrPermission}
	d := newDriver(t, newTestApp(t, c, nil, ms), 80, 24)
	d.Keys("t")
	d.Keys(answerKeys(d.app, true)...)
	tuitest.AssertContains(t, d.screen(), "Opslaan mislukt: permission denied", "Goed.")
}

func TestMultipleChoiceNeedsATick(t *testing.T) {
	c := testCourse(t)
	d := newDriver(t, newTestApp(t, c, nil, &memStore{}), 80, 24)
	d.Keys("t")
	for d.app.quiz.question().Type != course.Multiple {
		d.Keys(answerKeys(d.app, true)...)
		d.Keys("enter")
		if d.app.screen != quizScreen {
			t.Skip("no multiple-choice question drawn with this seed")
		}
	}
	d.Keys("enter")
	tuitest.AssertContains(t, d.screen(), "Kruis eerst minstens één antwoord aan")
	if d.app.quiz.feedback {
		t.Fatal("an empty answer was accepted")
	}
}

func passedState(c *course.Course) *progress.State {
	st := progress.New()
	for i, m := range c.Modules {
		st.Record(m.ID).Attempts = []*course.Attempt{coursetest.Attempt(c, m, 3+i, testNow)}
	}
	st.Last = progress.Position{Module: c.Modules[1].ID}
	return st
}

// TestCertificateFromHome: with every module passed the home screen offers
// the certificate; the learner types a name and an organisation, keeps the
// offered folder, and gets the paths of a PDF and JSON that verify.
func TestCertificateFromHome(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	app := newTestApp(t, c, passedState(c), &memStore{})
	app.o.OutDir = dir
	d := newDriver(t, app, 80, 24)
	s := d.screen()
	tuitest.AssertContains(t, s, "> Certificaat maken (je hebt alle modules gehaald)", "2 van 2 modules gehaald")
	d.Keys("enter")
	d.Send(tea.KeyPressMsg{Code: 'Z', Text: "Zoë Brontë-Ünal"}) // typed as one burst, like a paste
	d.Keys("tab")
	for _, r := range "Gemeente Test" {
		d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	t.Run("form", func(t *testing.T) {
		s := d.screen()
		tuitest.AssertFits(t, s, 80, 24)
		tuitest.AssertContains(t, s, "Zoë Brontë-Ünal", "Gemeente Test", dir)
	})
	d.Keys("tab", "enter")
	s = d.screen()
	pdf := filepath.Join(dir, "certificaat-zoe-bronte-unal-2026-03-14.pdf")
	tuitest.AssertContains(t, strings.ReplaceAll(s, "\n    ", ""), "Je certificaat is gemaakt:", pdf, "piketpalen verify")
	pub, _ := certificate.DefaultPublicKey()
	cert, err := certificate.VerifyFile(pdf, pub)
	if err != nil {
		t.Fatalf("the certificate does not verify: %v", err)
	}
	if cert.Learner != "Zoë Brontë-Ünal" || cert.Organisation != "Gemeente Test" || len(cert.Modules) != 2 {
		t.Errorf("certificate says %+v", cert)
	}
	if d.app.st.Learner.Name != "Zoë Brontë-Ünal" {
		t.Error("the name was not remembered")
	}
}

func TestCertificateNeedsAName(t *testing.T) {
	c := testCourse(t)
	app := newTestApp(t, c, passedState(c), &memStore{})
	app.o.OutDir = t.TempDir()
	d := newDriver(t, app, 80, 24)
	d.Keys("c", "enter", "enter", "enter")
	tuitest.AssertContains(t, d.screen(), "Vul je naam in.")
	if entries, _ := os.ReadDir(app.o.OutDir); len(entries) != 0 {
		t.Errorf("files written without a name: %v", entries)
	}
	// q is a letter here, not quit
	d.Keys("q")
	if d.app.form.inputs[fieldName].Value() != "q" {
		t.Errorf("typing q in the name field: %q", d.app.form.inputs[fieldName].Value())
	}
}

// TestBackgroundLoad starts from the lessons alone: the home screen and the
// reader work at once; a quiz asked for early opens when the pools arrive.
func TestBackgroundLoad(t *testing.T) {
	lessons, err := course.LoadLessons(os.DirFS("../../course/testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	full := testCourse(t)
	app := newTestApp(t, lessons, nil, &memStore{})
	app.o.Load = func() (*course.Course, error) { return full, nil }
	init := app.Init()
	d := newDriver(t, app, 80, 24)
	tuitest.AssertContains(t, d.screen(), "Eerste module", "niet begonnen")
	d.Keys("t")
	tuitest.AssertContains(t, d.screen(), "De toets wordt geladen…")
	if d.app.screen != homeScreen {
		t.Fatal("a quiz opened before its questions were read")
	}
	d.Run(init)
	tuitest.AssertContains(t, d.screen(), "vraag 1 van 4")
	if d.app.c != full || d.app.quiz.m != full.Modules[0] {
		t.Error("the interface still uses the lessons-only course")
	}

	broken := newTestApp(t, lessons, nil, &memStore{})
	broken.o.Load = func() (*course.Course, error) {
		return nil, course.Problems{{File: "01-eerste/questions.yaml", Line: 3, Msg: "kapot"}}
	}
	cmd := broken.Init()
	_, quit := broken.Update(cmd())
	if quit == nil || broken.LoadError() == nil || !strings.Contains(broken.LoadError().Error(), "questions.yaml:3") {
		t.Errorf("a broken question pool did not end the program: %v", broken.LoadError())
	}
}

// TestExportResultsFromHome: e on the home screen writes the result file a
// trainer reads, at any time, finished or not.
func TestExportResultsFromHome(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	app := newTestApp(t, c, nil, &memStore{})
	app.o.OutDir = dir
	d := newDriver(t, app, 80, 24)
	d.Keys("e")
	tuitest.AssertContains(t, d.screen(), "Resultaten exporteren", "laatste toets")
	d.Send(tea.KeyPressMsg{Code: 'J', Text: "Jan de Vries"})
	d.Keys("enter", "enter", "enter")
	s := d.screen()
	tuitest.AssertFits(t, s, 80, 24)
	path := filepath.Join(dir, results.FileName("Jan de Vries"))
	tuitest.AssertContains(t, strings.ReplaceAll(s, "\n    ", ""), "Je resultaten staan in:", path, "Geef dit bestand aan je trainer")
	f, err := results.Read(path)
	if err != nil {
		t.Fatalf("the result file does not read back: %v", err)
	}
	if f.Learner != "Jan de Vries" || len(f.Modules) != 2 {
		t.Errorf("result file: %+v", f)
	}
}

// TestScrollPositionShows: a page longer than the screen says which lines
// are on screen, and scrolling moves it.
func TestScrollPositionShows(t *testing.T) {
	c := embeddedCourse(t)
	d := newDriver(t, newTestApp(t, c, nil, &memStore{}), 80, 24)
	d.Keys("4", "enter")
	if !strings.Contains(d.screen(), "regels 1–") {
		t.Fatalf("a long page does not show its position:\n%s", d.screen())
	}
	d.Keys("pgdown")
	if strings.Contains(d.screen(), "regels 1–") || !strings.Contains(d.screen(), "regels ") {
		t.Errorf("the position did not move:\n%s", d.screen())
	}
}

// TestLongNoticeIsWrappedNotCut: a notice about a damaged file shows its
// whole path, however narrow the screen.
func TestLongNoticeIsWrappedNotCut(t *testing.T) {
	c := testCourse(t)
	kept := "/home/jan.de.vries/.config/piketpalen/progress.json.damaged-20261123-114500"
	app := New(Options{Learner: app.Learner{Course: c, State: progress.New(), Notices: []string{"Je voortgangsbestand was beschadigd. Het is bewaard als " + kept + "."}}})
	d := newDriver(t, app, 60, 20)
	s := d.screen()
	tuitest.AssertFits(t, s, 60, 20)
	joined := strings.ReplaceAll(strings.ReplaceAll(s, "\n ", ""), "\n", "")
	if !strings.Contains(joined, kept) {
		t.Errorf("the path is cut off:\n%s", s)
	}
	tuitest.AssertContains(t, s, "Eerste module")
}

// TestCertificateIsMadeInTheBackground: the PDF is made by the command the
// last enter returns, not inside Update, and the screen says it is busy
// meanwhile.
func TestCertificateIsMadeInTheBackground(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	a := newTestApp(t, c, passedState(c), &memStore{})
	a.o.OutDir = dir
	d := newDriver(t, a, 80, 24)
	d.Keys("enter") // the certificate is the first item
	d.Send(tea.KeyPressMsg{Code: 'Z', Text: "Zoë"})
	d.Keys("tab", "tab")
	_, cmd := a.Update(tuitest.Key("enter"))
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files written inside Update: %v", entries)
	}
	tuitest.AssertContains(t, d.screen(), "Bezig met maken…")
	if cmd == nil {
		t.Fatal("no command to make the files")
	}
	d.Run(cmd)
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files after the command: %v", entries)
	}
	tuitest.AssertContains(t, d.screen(), "Je certificaat is gemaakt:")
}
