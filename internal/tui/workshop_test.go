package tui

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/internal/tuitest"
	"piketpalen/internal/workshop"
)

// workshopDir is a folder with a workshop of course c in it, opened as
// the presenter opens one, and its reader.
func workshopDir(t testing.TB, c *course.Course) (string, *workshop.Reader) {
	t.Helper()
	dir := t.TempDir()
	r, w, err := app.OpenWorkshop(locale.NL, dir, c, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	return dir, r
}

// TestWorkshopJoinAnswerLeave: on the home screen w asks for the folder;
// once joined, every answer is in the folder too, counted by the reader;
// w on the home screen leaves, and answers stay in the progress only.
func TestWorkshopJoinAnswerLeave(t *testing.T) {
	c := testCourse(t)
	dir, r := workshopDir(t, c)
	ms := &memStore{}
	a := newTestApp(t, c, nil, ms)
	a.o.KeyDir = t.TempDir()
	d := newDriver(t, a, 60, 20)
	// each screen of the workshop at 60×20, and again after a resize
	fits := func(want ...string) {
		t.Helper()
		for _, size := range [][2]int{{60, 20}, {100, 30}, {60, 20}} {
			d.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			s := d.screen()
			tuitest.AssertFits(t, s, size[0], size[1])
			tuitest.AssertContains(t, s, want...)
		}
	}
	d.Keys("w")
	fits("Meedoen aan een workshop", "Map van de workshop")
	d.Keys(dir, "enter")
	fits("Je doet mee aan workshop " + r.Workshop().Code)
	d.Keys("enter") // home
	fits("Workshop "+r.Workshop().Code, "w workshop uit")

	d.Keys("t", "enter")
	first := a.quiz.att.Items[0]
	d.Keys(answerKeys(a, true)...)
	if _, err := r.Scan(); err != nil {
		t.Fatal(err)
	}
	got := r.Snapshot().Tally(a.quiz.att.Module, first.Question, 8)
	if got.Answered != 1 {
		t.Fatalf("after one answer in a workshop the folder counts %+v", got)
	}
	chosen := a.quiz.att.Items[0].Chosen
	for o, n := range got.Options {
		if want := 0; n != want && !slices.Contains(chosen, o) || slices.Contains(chosen, o) && n != 1 {
			t.Fatalf("the options chosen (%v, in course order) are not the ones counted: %v", chosen, got.Options)
		}
	}

	d.Keys("esc") // back home, the quiz stays open
	for a.screen != homeScreen {
		d.Keys("esc")
	}
	d.Keys("w")
	tuitest.AssertContains(t, d.screen(), "Je bent uit de workshop gestapt")
	if _, _, ok := a.o.Workshop.Joined(); ok {
		t.Fatal("w did not leave the workshop")
	}
}

// TestWorkshopNoFolder: a folder without a workshop says so on the form.
func TestWorkshopNoFolder(t *testing.T) {
	a := newTestApp(t, testCourse(t), nil, &memStore{})
	d := newDriver(t, a, 60, 20)
	d.Keys("w", t.TempDir(), "enter")
	tuitest.AssertContains(t, d.screen(), "staat geen")
}

// TestWorkshopFormFooter: the workshop's form has one field, so its
// footer offers no other field, and Enter joins rather than makes.
func TestWorkshopFormFooter(t *testing.T) {
	a := newTestApp(t, testCourse(t), nil, &memStore{})
	d := newDriver(t, a, 60, 20)
	d.Keys("w")
	screen := d.screen()
	tuitest.AssertContains(t, screen, "enter meedoen", "esc terug")
	for _, bad := range []string{"volgend veld", "maken"} {
		if strings.Contains(screen, bad) {
			t.Errorf("the workshop form offers %q:\n%s", bad, screen)
		}
	}
}

// TestWorkshopKeysShown: the keys of the workshop form and of the home
// screen in a workshop are in their help.
func TestWorkshopKeysShown(t *testing.T) {
	c := testCourse(t)
	dir, _ := workshopDir(t, c)
	state := func(keys ...string) func() tea.Model {
		return func() tea.Model {
			a := newTestApp(t, c, nil, &memStore{})
			a.o.KeyDir = t.TempDir()
			d := newDriver(t, a, 80, 24)
			d.Keys(keys...)
			return a
		}
	}
	for _, s := range []tuitest.KeyScreen{
		{Name: "workshop form", Fresh: state("w"), Typing: true},
		{Name: "home in a workshop", Fresh: state("w", dir, "enter", "enter")},
	} {
		s.Keys = func(m tea.Model) help.KeyMap { return m.(*App).keys() }
		t.Run(s.Name, func(t *testing.T) { tuitest.AssertKeysShown(t, s) })
	}
}

// TestWorkshopFolderGoneAndBack: an answer given while the workshop
// folder is gone is said on the status line, kept, and written once the
// folder is back; then the status line clears.
func TestWorkshopFolderGoneAndBack(t *testing.T) {
	c := testCourse(t)
	dir, r := workshopDir(t, c)
	a := newTestApp(t, c, nil, &memStore{})
	a.o.KeyDir = t.TempDir()
	d := newDriver(t, a, 80, 24)
	d.Keys("w", dir, "enter", "enter", "t", "enter")
	if err := os.Rename(dir, dir+".away"); err != nil {
		t.Fatal(err)
	}
	first := a.quiz.att.Items[0].Question
	keys := answerKeys(a, true)
	for _, k := range keys[:len(keys)-1] {
		d.Keys(k)
	}
	// enter answers; among its commands is the write to the folder, which
	// fails (the driver is not used here: it would run the retries for ever)
	_, cmd := a.Update(tuitest.Key("enter"))
	var failed *workshopFailedMsg
	for _, msg := range messagesOf(cmd) {
		if f, ok := msg.(workshopFailedMsg); ok {
			failed = &f
		}
	}
	if failed == nil {
		t.Fatal("answering with the workshop folder gone said nothing of it")
	}
	_, retry := a.Update(*failed)
	tuitest.AssertContains(t, d.screen(), "kon nog niet in de workshopmap")
	if _, again := a.Update(*failed); again != nil {
		t.Error("a second failure while a retry waits starts a second retry")
	}
	if err := os.Rename(dir+".away", dir); err != nil {
		t.Fatal(err)
	}
	// the retry the app scheduled, once the folder is back
	msgs := messagesOf(retry)
	if len(msgs) != 1 {
		t.Fatalf("the failure scheduled %v, want one retry", msgs)
	}
	d.Send(msgs[0])
	if s := d.screen(); strings.Contains(s, "kon nog niet") {
		t.Fatalf("the failure stays on the status line once written:\n%s", s)
	}
	r.Scan()
	if got := r.Snapshot().Tally(a.quiz.att.Module, first, 8); got.Answered != 1 {
		t.Fatalf("the answer given while the folder was gone is not in it: %+v", got)
	}
}

// messagesOf runs cmd, batches included, and returns the messages they
// send, nil ones left out; each command has 3 s (a retry waits 2 s).
func messagesOf(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		if batch, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range batch {
				out = append(out, messagesOf(c)...)
			}
			return out
		}
		if msg == nil {
			return nil
		}
		return []tea.Msg{msg}
	case <-time.After(3 * time.Second):
		return nil
	}
}
