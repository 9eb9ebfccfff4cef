package progress_test

import (
	"crypto/ed25519"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/internal/plain"
	"piketpalen/internal/tui"
	"piketpalen/internal/tuitest"
	"piketpalen/modules"
	"piketpalen/progress"
)

// The built-in course and one cache of rendered pages, shared by every run
// of the fuzz target (rendering is what takes time).
var (
	builtinOnce  sync.Once
	builtin      *course.Course
	builtinCache *markdown.Cache
)

func builtinCourse(t testing.TB) (*course.Course, *markdown.Cache) {
	builtinOnce.Do(func() {
		c, err := course.Load(modules.FS)
		if err != nil {
			panic(err)
		}
		builtin, builtinCache = c, markdown.NewCache(markdown.Dark)
	})
	return builtin, builtinCache
}

// FuzzLoad feeds the progress loader any file. Whatever it accepts, every
// interface must be able to show and use: the full-screen interface, plain
// mode and the certificate. A panic in any of them fails. The seed corpus in
// testdata/fuzz/FuzzLoad holds the states that broke them before (a page of
// -1, attempts without questions, answers outside their question, scores
// that do not match their answers, modules of another course version).
func FuzzLoad(f *testing.F) {
	f.Add([]byte(`{"schema": 1, "modules": {}}`))
	f.Add([]byte(`{"schema": 2, "modules": {}, "review": {"pvp-casus-kamerlid-belt": {"module": "01-primaat-van-de-politiek", "box": 9, "due": "2026-05-01"}, "x": {"module": "y", "box": -1, "due": "2026-06-01"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := progress.Decode(data); err != nil {
			return // refused: moved aside as damaged, or left as newer
		}
		survives(t, data)
	})
}

// survives runs each interface on its own copy of the state in data.
func survives(t testing.TB, data []byte) {
	c, cache := builtinCourse(t)
	fresh := func() *progress.State {
		st, err := progress.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)

	// The full-screen interface: every module from the home screen, a
	// few pages, its quiz, answers, back home.
	screen := tui.New(tui.Options{Learner: app.Learner{Course: c, State: fresh(), Lang: locale.NL,
		Now: func() time.Time { return now }, Seed: func() uint64 { return 1 }}, Cache: cache, SaveDelay: time.Nanosecond})
	d := &tuitest.Driver{T: t, Model: screen}
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	_ = d.Model.View()
	for i := range c.Modules {
		d.Keys("home")
		for range i {
			d.Keys("down")
		}
		d.Keys("enter")
		_ = d.Model.View()
		d.Keys("right", "left", "end", "t")
		_ = d.Model.View()
		for range 3 {
			d.Keys("a", "enter")
			_ = d.Model.View()
			d.Keys("enter")
		}
		d.Keys("esc", "esc")
		_ = d.Model.View()
	}
	// The review round, when anything is due: a hint, an answer, on.
	d.Keys("home", "r", "enter")
	_ = d.Model.View()
	d.Keys("h", "a", "enter")
	_ = d.Model.View()
	d.Keys("enter", "esc")
	_ = d.Model.View()

	// Plain mode: every module, a few pages, its quiz, the certificate
	// when it is offered, then stop.
	// Only the modules the state has something for (and the first),
	// since rendering pages is what takes time, and a module without a
	// record is as a new learner sees it.
	b := &plainBot{dir: t.TempDir()}
	st := fresh()
	for i, m := range c.Modules {
		if i == 0 || st.Modules[m.ID] != nil || st.Last.Module == m.ID {
			b.visit = append(b.visit, i+1)
		}
	}
	err := plain.Run(plain.Options{Learner: app.Learner{Course: c, State: st, Lang: locale.NL,
		OutDir: b.dir, Now: func() time.Time { return now }, Seed: func() uint64 { return 2 }}, In: b, Out: b})
	if err != nil {
		t.Logf("plain mode: %v", err)
	}

	// The certificate.
	if _, _, _, err := certificate.Make(c, fresh(), "Jan", "", t.TempDir(), ed25519.NewKeyFromSeed(make([]byte, 32)), now); err != nil {
		t.Logf("certificate: %v", err)
	}
}

// plainBot is a learner in plain mode: it reads what plain mode prints
// and answers the last prompt, as a person at a screen reader would.
type plainBot struct {
	visit   []int // the modules to visit, by number
	dir     string
	last    string // the last line printed
	module  int    // modules visited so far
	pages   int    // pages turned in this module
	reads   int
	pending []byte
}

func (b *plainBot) Write(p []byte) (int, error) {
	lines := strings.Split(strings.TrimRight(string(p), "\n"), "\n")
	b.last = lines[len(lines)-1]
	return len(p), nil
}

func (b *plainBot) Read(p []byte) (int, error) {
	if len(b.pending) == 0 {
		b.reads++
		if b.reads > 3000 {
			return 0, io.EOF
		}
		b.pending = []byte(b.answer() + "\n")
	}
	n := copy(p, b.pending)
	b.pending = b.pending[n:]
	return n, nil
}

func (b *plainBot) answer() string {
	has := func(key locale.Key) bool {
		s := locale.NL.T(key)
		if i := strings.Index(s, "%"); i >= 0 {
			s = s[:i]
		}
		return strings.HasPrefix(b.last, s)
	}
	switch {
	case has(locale.PlainChoosemodule):
		if b.module < len(b.visit) {
			b.module++
			b.pages = 0
			return fmt.Sprint(b.visit[b.module-1])
		}
		if b.module == len(b.visit) {
			b.module++
			return "c"
		}
		if b.module == len(b.visit)+1 {
			b.module++
			return "r" // the review round, when anything is due
		}
		return "stop"
	case has(locale.PlainPageprompt), has(locale.PlainPagehelp), has(locale.PlainPromptterms), has(locale.PlainHelpterms):
		// Back from where the learner was (page 0 stays page 0), on,
		// then the quiz.
		b.pages++
		return []string{"terug", "", "toets"}[min(b.pages-1, 2)]
	case has(locale.PlainAnswerone):
		return "1"
	case has(locale.PlainAnswermany):
		return "1 2"
	case has(locale.PlainNext), has(locale.PlainAfterquiz):
		return ""
	case has(locale.CertName), strings.HasPrefix(b.last, locale.NL.T(locale.CertName)):
		return "Jan"
	case strings.HasPrefix(b.last, locale.NL.T(locale.CertDir)):
		return b.dir
	}
	return ""
}
