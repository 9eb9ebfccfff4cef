package present

import (
	"crypto/ed25519"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/markdown"
	"piketpalen/internal/theme"
	"piketpalen/internal/tuitest"
	"piketpalen/internal/workshop"
)

// groupFolder is a workshop folder where n participants answered the
// first question of module 1 with the options chosen gives in turn.
func groupFolder(t testing.TB, c *course.Course, n int, chosen ...int) *workshop.Reader {
	t.Helper()
	dir := t.TempDir()
	_, wkey, _ := ed25519.GenerateKey(nil)
	ws, _, err := workshop.Open(dir, c.Title, c.Version, wkey, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	m := c.Modules[0]
	for i := range n {
		_, key, _ := ed25519.GenerateKey(nil)
		w, err := workshop.Join(dir, fmt.Sprintf("learner%02d", i), key)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Answer(m.ID, m.Questions[0].ID, []int{chosen[i%len(chosen)]}); err != nil {
			t.Fatal(err)
		}
	}
	r := workshop.NewReader(dir, ws)
	return r
}

// onQuestion opens module 1 of c in a workshop read by r at w×h, on its
// first question.
func onQuestion(t testing.TB, c *course.Course, r *workshop.Reader, th theme.Name, w, h int) (*Model, *driver) {
	t.Helper()
	m := New(Options{Course: c, Module: c.Modules[0], Theme: th, Workshop: r})
	d := newDriver(t, m, w, h)
	for m.deck.slide().kind != questionSlide {
		d.Keys("right")
	}
	return m, d
}

// answer adds one participant's answer to the folder of r.
func answer(t testing.TB, r *workshop.Reader, dir, id string, mod, q string, o int) {
	t.Helper()
	_, key, _ := ed25519.GenerateKey(nil)
	w, err := workshop.Join(dir, id, key)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Answer(mod, q, []int{o}); err != nil {
		t.Fatal(err)
	}
}

// TestGroupOnQuestion: in a workshop, a question's slide shows how the
// group answered once revealed, or before when the trainer presses w;
// counts and shares per option, the right one marked only once revealed,
// at 60×20 and in the ascii theme, and no learner id anywhere.
func TestGroupOnQuestion(t *testing.T) {
	c := testCourse(t)
	r := groupFolder(t, c, 3, 0, 1, 0) // A twice, B once
	for _, th := range []theme.Name{theme.Dark, theme.ASCII} {
		t.Run(string(th), func(t *testing.T) {
			_, d := onQuestion(t, c, r, th, 60, 20)
			s := d.screen()
			if strings.Contains(s, "Groep") {
				t.Fatalf("the group shows before the trainer asks:\n%s", s)
			}
			d.Keys("w")
			s = d.screen()
			tuitest.AssertContains(t, s, "3 van 3 geantwoord", " 2  67%", " 1  33%", " 0   0%")
			assertLacks(t, s, "learner0", "✓", "*  A.")
			d.Keys("w")
			assertLacks(t, d.screen(), "geantwoord")
			d.Keys("enter")
			s = d.screen()
			mark := "✓  A."
			if th == theme.ASCII {
				mark = "*  A."
				if strings.ContainsAny(s, "█░✓") {
					t.Fatalf("ascii theme draws other signs:\n%s", s)
				}
			}
			tuitest.AssertContains(t, s, "3 van 3 geantwoord", mark)
		})
	}
}

// TestGroupUpdates: a new file in the folder changes the counts on the
// next scan; a scan that finds nothing new brings no new snapshot, so the
// screen is not laid out again.
func TestGroupUpdates(t *testing.T) {
	c := testCourse(t)
	r := groupFolder(t, c, 1, 1)
	m, d := onQuestion(t, c, r, theme.Dark, 80, 24)
	d.Keys("enter")
	tuitest.AssertContains(t, d.screen(), "1 van 1 geantwoord")
	before := m.group
	d.Run(m.scanGroup(false))
	if m.group != before {
		t.Fatal("a scan that found nothing new replaced the snapshot")
	}
	mod := c.Modules[0]
	answer(t, r, r.Dir(), "late", mod.ID, mod.Questions[0].ID, 0)
	d.Run(m.scanGroup(false))
	tuitest.AssertContains(t, d.screen(), "2 van 2 geantwoord", " 1  50%")

	// a file that is no participant file of this workshop is counted
	// apart, by number only
	if err := os.WriteFile(filepath.Join(r.Dir(), workshop.ParticipantName("stray")), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.Run(m.scanGroup(false))
	s := d.screen()
	tuitest.AssertContains(t, s, "2 van 2 geantwoord", "1 bestand in de map telt niet mee")
	assertLacks(t, s, "stray")
}

// TestGroupKeysShown: the w key is listed wherever it works.
func TestGroupKeysShown(t *testing.T) {
	c := testCourse(t)
	cache := markdown.NewCache(markdown.Dark)
	r := groupFolder(t, c, 2, 0)
	state := func(reveal bool) func() tea.Model {
		return func() tea.Model {
			m := New(Options{Course: c, Module: c.Modules[0], Cache: cache, Workshop: r})
			d := newDriver(t, m, 100, 30)
			d.Keys("G")
			if reveal {
				d.Keys("enter")
			}
			return m
		}
	}
	for _, s := range []tuitest.KeyScreen{{Name: "question", Fresh: state(false)}, {Name: "revealed", Fresh: state(true)}} {
		s.Keys = func(m tea.Model) help.KeyMap { return m.(*Model).keys() }
		t.Run(s.Name, func(t *testing.T) { tuitest.AssertKeysShown(t, s) })
	}
}

// TestGroupFolderGone: a workshop folder that cannot be read is said on
// screen, the counts read before stay, and they come back with the folder.
func TestGroupFolderGone(t *testing.T) {
	c := testCourse(t)
	r := groupFolder(t, c, 2, 1)
	m, d := onQuestion(t, c, r, theme.Dark, 60, 20)
	d.Keys("w")
	away := r.Dir() + ".away"
	if err := os.Rename(r.Dir(), away); err != nil {
		t.Fatal(err)
	}
	d.Run(m.scanGroup(false))
	tuitest.AssertContains(t, d.screen(), "niet bereikbaar", "2 van 2 geantwoord")
	if err := os.Rename(away, r.Dir()); err != nil {
		t.Fatal(err)
	}
	d.Run(m.scanGroup(false))
	s := d.screen()
	tuitest.AssertContains(t, s, "2 van 2 geantwoord")
	assertLacks(t, s, "niet bereikbaar")
}

// BenchmarkGroupRedraw is what the presenter does when a scan brings new
// counts for a question on screen, 25 participants in the folder: take
// the snapshot in, lay out the slide again and draw the frame.
func BenchmarkGroupRedraw(b *testing.B) {
	c := testCourse(b)
	r := groupFolder(b, c, 25, 0, 1, 2, 1)
	r.Scan()
	m, d := onQuestion(b, c, r, theme.Dark, 80, 24)
	d.Keys("enter")
	snap := r.Snapshot()
	for b.Loop() {
		m.group = nil // so that the snapshot counts as new
		m.grouped(groupMsg{snap})
		_ = m.View()
	}
}

// BenchmarkGroupScan is one round of the presenter's background work with
// 25 participants when one of them has answered again: the scan, which
// reads that file alone, and the snapshot of the counts.
func BenchmarkGroupScan(b *testing.B) {
	c := testCourse(b)
	r := groupFolder(b, c, 25, 0, 1, 2, 1)
	r.Scan()
	mod := c.Modules[0]
	_, key, _ := ed25519.GenerateKey(nil)
	w, err := workshop.Join(r.Dir(), "again", key)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		w.Answer(mod.ID, mod.Questions[0].ID, []int{i % 3})
		b.StartTimer()
		r.Scan()
		_ = r.Snapshot()
	}
}

// TestGroupOnList: the list of modules says which workshop it is and how
// many take part, at 60×20.
func TestGroupOnList(t *testing.T) {
	c := testCourse(t)
	r := groupFolder(t, c, 3, 0)
	m := New(Options{Course: c, Workshop: r})
	d := newDriver(t, m, 60, 20)
	tuitest.AssertContains(t, d.screen(), "Workshop "+r.Workshop().Code+": 3 deelnemers doen mee.", "1  Eerste module")
}

// TestHelpSaysWhatTheProjectorShows: the help screen says that presenter
// mode shows no one's results, and in a workshop that it shows only counts
// of answers, never names — not that it reads nothing.
func TestHelpSaysWhatTheProjectorShows(t *testing.T) {
	c := testCourse(t)
	cache := markdown.NewCache(markdown.Dark)
	for _, tc := range []struct {
		name string
		ws   *workshop.Reader
		want string
	}{
		{"no workshop", nil, "leest en bewaart geen voortgang"},
		{"workshop", groupFolder(t, c, 2, 0), "alleen aantallen antwoorden, nooit namen"},
	} {
		m := New(Options{Course: c, Module: c.Modules[0], Cache: cache, Workshop: tc.ws})
		d := newDriver(t, m, 100, 30)
		d.Keys("?")
		v := strings.Join(strings.Fields(d.screen()), " ")
		if !strings.Contains(v, tc.want) {
			t.Errorf("%s: help lacks %q:\n%s", tc.name, tc.want, v)
		}
	}
}
