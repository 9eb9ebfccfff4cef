package tui

import (
	"errors"
	"fmt"
	"maps"
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
	c.Review = maps.Clone(s.Review) // cards are replaced, never changed in place
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

// driver runs an App step by step (see package tuitest) and keeps it typed,
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

// freshDriver drives a new app on course c, without progress and saving in
// memory, on a screen of w by h cells.
func freshDriver(t testing.TB, c *course.Course, w, h int) *driver {
	return newDriver(t, newTestApp(t, c, nil, &memStore{}), w, h)
}

// answerAll answers each question left in the quiz, right or (by one
// wrong option) wrong, and goes on from its feedback, until the quiz is
// over.
func (d *driver) answerAll(right bool) {
	for d.app.screen == quizScreen {
		d.Keys(answerKeys(d.app, right)...)
		d.Keys("enter")
	}
}

// toMultiple answers questions rightly until one with more than one right
// answer is on screen, and reports whether one is; false when the quiz
// ended first.
func (d *driver) toMultiple() bool {
	for d.app.screen == quizScreen && d.app.quiz.question().Type != course.Multiple {
		d.Keys(answerKeys(d.app, true)...)
		d.Keys("enter")
	}
	return d.app.screen == quizScreen
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
	// the last page's Enter or → leads to the quiz's intro, not to a question
	t.Run("quiz-intro", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "Toets: Eerste module", "4 vragen. Je haalt de module met 70% goed.", "zo vaak als je wilt", "enter om te beginnen")
		if strings.Contains(s, "vraag 1 van 4") {
			t.Error("the intro shows a question")
		}
	})
	d.Keys("enter")
	t.Run("question1", func(t *testing.T) {
		s := step(t)
		tuitest.AssertContains(t, s, "vraag 1 van 4")
		if strings.Contains(s, "(•)") || strings.Contains(s, "> ") {
			t.Errorf("an option is chosen before the learner chose one:\n%s", s)
		}
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
		tuitest.AssertContains(t, step(t), "Hulp: bediening", "stoppen (je voortgang is bewaard)")
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
	d.Keys("t", "enter") // straight to the quiz of the first module
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
	d := freshDriver(t, c, 80, 24)
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
	d.Keys("t", "enter")
	d.Keys(answerKeys(d.app, true)...)
	tuitest.AssertContains(t, d.screen(), "Opslaan mislukt: permission denied", "Goed.")
}

func TestMultipleChoiceNeedsATick(t *testing.T) {
	c := testCourse(t)
	d := freshDriver(t, c, 80, 24)
	d.Keys("t", "enter")
	if !d.toMultiple() {
		t.Fatal("no multiple-choice question drawn with this seed")
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

// passedDriver drives the course for a learner who passed every module,
// with files going to a new folder, dir.
func passedDriver(t *testing.T) (d *driver, dir string) {
	c := testCourse(t)
	app := newTestApp(t, c, passedState(c), &memStore{})
	dir = t.TempDir()
	app.o.OutDir = dir
	return newDriver(t, app, 80, 24), dir
}

// TestCertificateFromHome: with every module passed the home screen offers
// the certificate; the learner types a name and an organisation, keeps the
// offered folder, and gets the paths of a PDF and JSON that verify.
func TestCertificateFromHome(t *testing.T) {
	d, dir := passedDriver(t)
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
	cert, err := certificate.VerifyFile(pdf, nil)
	if !errors.Is(err, certificate.ErrSelfIssued) || !cert.SelfIssued {
		t.Fatalf("the learner's own certificate: %v, want intact and self-issued", err)
	}
	if cert.Learner != "Zoë Brontë-Ünal" || cert.Organisation != "Gemeente Test" || len(cert.Modules) != 2 {
		t.Errorf("certificate says %+v", cert)
	}
	if d.app.st.Learner.Name != "Zoë Brontë-Ünal" {
		t.Error("the name was not remembered")
	}
}

func TestCertificateNeedsAName(t *testing.T) {
	d, dir := passedDriver(t)
	d.Keys("c", "enter", "enter", "enter")
	tuitest.AssertContains(t, d.screen(), "Vul je naam in.")
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files written without a name: %v", entries)
	}
	// q is a letter here, not quit
	d.Keys("q")
	if d.app.form.inputs[fieldName].Value() != "q" {
		t.Errorf("typing q in the name field: %q", d.app.form.inputs[fieldName].Value())
	}
}

// TestBackgroundLoad starts from the lessons alone: the home screen and the
// reader work at once; the question pools are read only after the first
// frame is on screen, so reading them does not hold it up; a quiz asked for
// early opens when the pools arrive.
func TestBackgroundLoad(t *testing.T) {
	lessons, err := course.LoadLessons(os.DirFS("../../course/testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	full := testCourse(t)
	app := newTestApp(t, lessons, nil, &memStore{})
	loads := 0
	app.o.Load = func() (*course.Course, error) { loads++; return full, nil }
	afterFirstFrame := untilFirstFrame(t, app)
	if loads != 0 {
		t.Fatal("the question pools were read before the first frame was on screen")
	}
	d := &driver{Driver: &tuitest.Driver{T: t, Model: app}, app: app}
	tuitest.AssertContains(t, d.screen(), "Eerste module", "niet begonnen")
	d.Keys("t")
	tuitest.AssertContains(t, d.screen(), "De toets wordt geladen…")
	if d.app.screen != homeScreen {
		t.Fatal("a quiz opened before its questions were read")
	}
	for _, msg := range afterFirstFrame {
		d.Send(msg)
	}
	if loads != 1 {
		t.Fatalf("the question pools were read %d times after the first frame, want once", loads)
	}
	tuitest.AssertContains(t, d.screen(), "Toets: Eerste module", "4 vragen")
	d.Keys("enter")
	tuitest.AssertContains(t, d.screen(), "vraag 1 van 4")
	if d.app.c != full || d.app.quiz.m != full.Modules[0] {
		t.Error("the interface still uses the lessons-only course")
	}
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if loads != 1 {
		t.Errorf("a resize read the question pools again")
	}

	broken := newTestApp(t, lessons, nil, &memStore{})
	broken.o.Load = func() (*course.Course, error) {
		return nil, course.Problems{{File: "01-eerste/questions.yaml", Line: 3, Msg: "kapot"}}
	}
	bd := &driver{Driver: &tuitest.Driver{T: t, Model: broken}, app: broken}
	for _, msg := range untilFirstFrame(t, broken) {
		bd.Send(msg)
	}
	if broken.LoadError() == nil || !strings.Contains(broken.LoadError().Error(), "questions.yaml:3") {
		t.Errorf("a broken question pool did not end the program: %v", broken.LoadError())
	}
}

// untilFirstFrame does what a Program does up to writing the first frame:
// Init, then the first WindowSizeMsg, running the commands they return. It
// returns the messages those commands give, which the Program handles only
// after it has written the frame.
func untilFirstFrame(t *testing.T, app *App) []tea.Msg {
	t.Helper()
	var msgs []tea.Msg
	var run func(tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		default:
			msgs = append(msgs, msg)
		}
	}
	run(app.Init())
	_, cmd := app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(cmd)
	return msgs
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
	d := freshDriver(t, c, 80, 24)
	d.Keys("5", "enter")
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

// TestFirstFrameHook: FirstFrame is called once the first frame is on
// screen, not before, and once only, also without a background load.
func TestFirstFrameHook(t *testing.T) {
	app := newTestApp(t, testCourse(t), nil, &memStore{})
	calls := 0
	app.o.FirstFrame = func() { calls++ }
	after := untilFirstFrame(t, app)
	if calls != 0 {
		t.Fatal("FirstFrame was called before the first frame was written")
	}
	d := &driver{Driver: &tuitest.Driver{T: t, Model: app}, app: app}
	for _, msg := range after {
		d.Send(msg)
	}
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if calls != 1 {
		t.Errorf("FirstFrame called %d times, want once", calls)
	}
}

// TestCertificateIsMadeInTheBackground: the PDF is made by the command the
// last enter returns, not inside Update, and the screen says it is busy
// meanwhile.
func TestCertificateIsMadeInTheBackground(t *testing.T) {
	d, dir := passedDriver(t)
	a := d.app
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

// TestEnterTrap: Enter is the key that reads on. From a fresh start, Enter
// after Enter goes through the module's pages to the quiz's intro, starts
// the quiz, and then, with no option chosen, only says that one must be
// chosen first: no answer is recorded, however many times it is pressed.
func TestEnterTrap(t *testing.T) {
	c := testCourse(t)
	ms := &memStore{}
	d := newDriver(t, newTestApp(t, c, nil, ms), 80, 24)
	for range 40 {
		d.Keys("enter")
	}
	s := d.screen()
	tuitest.AssertContains(t, s, "vraag 1 van 4", "Kies eerst een antwoord")
	if d.app.screen != quizScreen || d.app.quiz.idx != 0 {
		t.Fatalf("40 × enter ended on screen %d, question %d", d.app.screen, d.app.quiz.idx+1)
	}
	for _, st := range []*progress.State{d.app.st, ms.last} {
		if st == nil {
			continue
		}
		if r := st.Modules["01-eerste"]; r != nil && r.Open != nil && r.Open.Next() != 0 {
			t.Errorf("40 × enter recorded %d answers", r.Open.Next())
		}
	}
	// a chosen option is answered by the same Enter
	d.Keys("down", "enter")
	if !d.app.quiz.feedback || !d.app.quiz.att.Items[0].Answered {
		t.Error("enter after choosing an option did not answer")
	}
}

// TestFeedbackVerdictAboveTheFold: after every answer of a module's quiz,
// wrong and right, at 60×20 and 80×24, the verdict — and after a wrong
// answer the right one — is on the screen's first lines without
// scrolling, and a feedback longer than the screen says there is more.
func TestFeedbackVerdictAboveTheFold(t *testing.T) {
	c := embeddedCourse(t)
	for _, size := range [][2]int{{60, 20}, {80, 24}} {
		for _, right := range []bool{false, true} {
			d := freshDriver(t, c, size[0], size[1])
			d.Keys("3", "t", "enter")
			for i := 0; d.app.screen == quizScreen; i++ {
				d.Keys(answerKeys(d.app, right)...)
				s := d.screen()
				top := strings.Join(strings.Split(s, "\n")[:3], "\n")
				want := "Goed."
				if !right {
					want = "Niet goed. Het juiste antwoord: "
				}
				if !strings.Contains(top, want) {
					t.Errorf("%dx%d question %d: the verdict %q is not on the first lines:\n%s", size[0], size[1], i+1, want, s)
				}
				if vp := d.app.quiz.vp; vp.TotalLineCount() > vp.Height() && !strings.Contains(s, "↓ meer") {
					t.Errorf("%dx%d question %d: more feedback below, and nothing says so:\n%s", size[0], size[1], i+1, s)
				}
				d.Keys("enter")
			}
		}
	}
}

// TestKeysSayWhyNot: a key that cannot act says why — c before every
// module is passed, t with the cursor on "Certificaat maken" — and Esc
// from a module puts the cursor back on that module.
func TestKeysSayWhyNot(t *testing.T) {
	c := testCourse(t)
	d := freshDriver(t, c, 80, 24)
	d.Keys("c")
	tuitest.AssertContains(t, d.screen(), "Het certificaat maak je als je alle modules hebt gehaald: nu 0 van 2.")
	if d.app.screen != homeScreen {
		t.Fatal("c before a pass left the home screen")
	}
	d.Keys("2", "enter", "esc")
	tuitest.AssertContains(t, d.screen(), "> 2  Tweede module")

	d2 := newDriver(t, newTestApp(t, c, passedState(c), &memStore{}), 80, 24)
	tuitest.AssertContains(t, d2.screen(), "> Certificaat maken")
	d2.Keys("t")
	tuitest.AssertContains(t, d2.screen(), "Kies eerst een module (↑/↓); t opent dan de toets ervan.")
}

// TestNextModuleIsTheFirstNotPassed: after passing module 3 of the built-in
// course with 1 and 2 unfinished, the home screen's "Volgende module" is
// module 1, not module 4.
func TestNextModuleIsTheFirstNotPassed(t *testing.T) {
	c := embeddedCourse(t)
	st := progress.New()
	st.MarkRead(c.Modules[0].ID, 0)
	st.MarkRead(c.Modules[1].ID, 0)
	m := c.Modules[2]
	st.Record(m.ID).Attempts = []*course.Attempt{allRight(c, m)}
	st.Last = progress.Position{Module: m.ID}
	d := newDriver(t, newTestApp(t, c, st, &memStore{}), 80, 24)
	tuitest.AssertContains(t, d.screen(), "Volgende module: "+c.Modules[0].Title)
}

// TestRetakeAfterPassSaysBoth: a retake that fails after a pass shows this
// attempt's score and that the module stays passed with its best score —
// not "Nog niet gehaald" beside "gehaald (75%)" on the home screen.
func TestRetakeAfterPassSaysBoth(t *testing.T) {
	c := testCourse(t)
	d := freshDriver(t, c, 80, 24)
	d.Keys("t", "enter")
	d.answerAll(true)
	d.Keys("r", "enter")
	d.answerAll(false)
	s := d.screen()
	tuitest.AssertContains(t, s, "Je score: 0% (0 van 4 goed)", "maar de module blijft", "je beste score is 100%.")
	if strings.Contains(s, "Nog niet gehaald") {
		t.Errorf("a retake after a pass says not passed:\n%s", s)
	}
}

// allRight is a finished attempt of m with every answer right.
func allRight(c *course.Course, m *course.Module) *course.Attempt {
	a := c.NewAttempt(m, 1, testNow)
	for i := range a.Items {
		q := m.Question(a.Items[i].Question)
		for o, opt := range q.Options {
			if opt.Correct {
				a.Items[i].Chosen = append(a.Items[i].Chosen, o)
			}
		}
		a.Items[i].Answered, a.Items[i].Correct = true, true
	}
	c.Finish(a, testNow)
	return a
}

// TestSearchInTheReader: / searches the module, the place found is marked
// and on screen, n goes on to the next page that holds the word; z searches
// the whole course and goes on into another module; a word that is nowhere
// says so; esc ends the search before it leaves the reader.
func TestSearchInTheReader(t *testing.T) {
	c := testCourse(t)
	d := freshDriver(t, c, 80, 24)
	d.Keys("enter", "/")
	for _, r := range "loyaal" {
		d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	tuitest.AssertContains(t, d.screen(), "Zoek in deze module: loyaal")
	d.Keys("enter")
	s := d.screen()
	tuitest.AssertContains(t, s, "pagina 2 van 3", `"loyaal": plek 1 van`)
	if !strings.Contains(d.app.View().Content, "\x1b[") || !strings.Contains(ansi.Strip(d.app.View().Content), "Loyaal") {
		t.Errorf("the place is not shown:\n%s", s)
	}
	d.Keys("esc")
	if d.app.screen != readerScreen || d.app.find.query != "" {
		t.Fatal("esc did not end the search first")
	}
	d.Keys("N")
	tuitest.AssertContains(t, d.screen(), "Zoek eerst: / in deze module, z in de hele cursus.")

	// the whole course: from module 1 into module 2
	d.Keys("z")
	for _, r := range "zeggen" {
		d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	d.Keys("enter")
	for i := 0; i < 6 && d.app.reader.m == c.Modules[0]; i++ {
		d.Keys("n")
	}
	if d.app.screen != readerScreen || d.app.reader.m != c.Modules[1] {
		t.Fatalf("n did not go on into the next module:\n%s", d.screen())
	}
	tuitest.AssertContains(t, d.screen(), `"zeggen": plek`)

	d.Keys("/")
	for _, r := range "qqxq" { // q is a letter while typing, not quit
		d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	d.Keys("enter")
	tuitest.AssertContains(t, d.screen(), `"qqxq" staat niet in deze module.`)
}

// TestSmallerWording: the form's footer says Enter goes to the next field
// where it does; the result file's form asks for the name as the trainer
// sees it, not as on a certificate; a question on the result screen hangs
// under its own text.
func TestSmallerWording(t *testing.T) {
	c := testCourse(t)
	d := freshDriver(t, c, 80, 24)
	d.Keys("e")
	s := d.screen()
	tuitest.AssertContains(t, s, "enter volgende veld", "Je naam (zoals je trainer die in het overzicht ziet)")
	if strings.Contains(s, "op het certificaat") {
		t.Errorf("the result file's form speaks of the certificate:\n%s", s)
	}
	d.Keys("tab", "tab")
	tuitest.AssertContains(t, d.screen(), "enter maken")

	long := embeddedCourse(t)
	d = freshDriver(t, long, 60, 20)
	d.Keys("t", "enter")
	d.answerAll(false)
	text := ansi.Strip(d.app.result.content())
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "  1. ") && i+1 < len(lines) && lines[i+1] != "" && !strings.HasPrefix(lines[i+1], "     ") {
			t.Errorf("the question's next line does not hang under its text: %q / %q", l, lines[i+1])
		}
	}
}

// TestGlossaryFromReader: w on a page shows the begrippenlijst, the terms
// of that page first, scrollable, in both languages; esc or w goes back to
// the same page.
func TestGlossaryFromReader(t *testing.T) {
	c := testCourse(t)
	d := freshDriver(t, c, 80, 24)
	d.Keys("enter")
	tuitest.AssertContains(t, d.screen(), "w begrippen")
	d.Keys("w")
	s := d.screen()
	tuitest.AssertFits(t, s, 80, 24)
	tuitest.AssertContains(t, s, "Begrippenlijst", "pagina 1 van 3", "Op deze pagina", "minister", "Het lid van de regering", "Alle begrippen (2)", "voorwaardelijk strafontslag")
	if on, all := strings.Index(s, "Op deze pagina"), strings.Index(s, "Alle begrippen"); strings.Index(s[on:all], "voorwaardelijk strafontslag") >= 0 {
		t.Errorf("a term page 1 does not use is listed as on the page:\n%s", s)
	}
	d.Keys("esc")
	tuitest.AssertContains(t, d.screen(), "Wie is verantwoordelijk?", "pagina 1 van 3")
	d.Keys("right", "w")
	tuitest.AssertContains(t, d.screen(), "Op deze pagina staan geen begrippen uit de lijst.")
	d.Keys("w")
	tuitest.AssertContains(t, d.screen(), "Loyaal en neutraal")
	d.Keys("?")
	tuitest.AssertContains(t, d.screen(), "begrippenlijst: eerst de begrippen op deze pagina")

	// no glossary: no hint, and w says so
	c.Glossary = nil
	d = freshDriver(t, c, 80, 24)
	d.Keys("enter")
	if strings.Contains(d.screen(), "begrippen") {
		t.Errorf("a course without a glossary offers one:\n%s", d.screen())
	}
	d.Keys("w")
	tuitest.AssertContains(t, d.screen(), "Deze cursus heeft geen begrippenlijst.")
}

// TestGlossaryScrollsAndFits: a glossary longer than the screen scrolls
// and says where it is, at 80×24 and on a narrow screen.
func TestGlossaryScrollsAndFits(t *testing.T) {
	c := testCourse(t)
	for i := range 30 {
		c.Glossary = append(c.Glossary, course.Term{Term: fmt.Sprintf("begrip %02d", i), Definition: strings.Repeat("een lange uitleg van het begrip ", 4)})
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		d := freshDriver(t, c, size[0], size[1])
		d.Keys("enter", "w")
		s := d.screen()
		tuitest.AssertFits(t, s, size[0], size[1])
		if !strings.Contains(s, "regels 1–") {
			t.Errorf("%dx%d: a long glossary does not show its position:\n%s", size[0], size[1], s)
		}
		d.Keys("G")
		tuitest.AssertContains(t, d.screen(), "begrip 29")
	}
}

// TestPrivacyScreen: v on the home screen opens the privacy screen, which
// names the data folder and the learner's id, scrolls, fits 60×20, and esc
// goes back home.
func TestPrivacyScreen(t *testing.T) {
	c := testCourse(t)
	st := progress.New()
	st.Learner.ID = "0123456789abcdef0123456789abcdef"
	a := newTestApp(t, c, st, &memStore{})
	// as the program sets them: the progress file shown, its folder, and
	// the folder exports go to
	dir, out := t.TempDir(), t.TempDir()
	a.o.DataDir, a.o.KeyDir, a.o.OutDir = filepath.Join(dir, progress.FileName), dir, out
	if err := os.WriteFile(a.o.DataDir, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, a, 200, 40)
	d.Keys("v")
	if a.screen != privacyScreen {
		t.Fatalf("v did not open the privacy screen:\n%s", d.screen())
	}
	v := strings.Join(strings.Fields(d.screen()), " ")
	tuitest.AssertContains(t, v, "in de map "+dir+":", a.o.DataDir+" Je voortgang", "standaard in "+out+" ")
	d.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	tuitest.AssertFits(t, d.screen(), 60, 20)
	first := d.screen()
	d.Keys("end")
	if d.screen() == first {
		t.Error("end did not scroll the privacy text")
	}
	tuitest.AssertContains(t, strings.Join(strings.Fields(d.screen()), " "), "verlaat je computer")
	d.Keys("esc")
	if a.screen != homeScreen {
		t.Errorf("esc: screen %v, want home", a.screen)
	}
}
