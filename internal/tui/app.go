// Package tui is the full-screen terminal interface of piketpalen: the home
// screen, the page reader, the quiz and its result. It turns key presses into
// calls on the course and progress packages and draws their state; the rules
// themselves live there.
package tui

import (
	"math/rand/v2"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/internal/termsafe"
	"piketpalen/internal/theme"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// Options configure the interface.
type Options struct {
	Course  *course.Course
	State   *progress.State
	Save    func(*progress.State) error // writes the state; nil keeps it in memory only
	Notices []string                    // shown on the home screen at start, e.g. a recovered file
	DataDir string                      // where progress is stored, shown on the home screen
	KeyDir  string                      // the progress folder, where the learner's own signing key is kept (issuer.SelfKey); "": a key for each use
	Style   string                      // one of markdown.Themes; dark when empty or unknown
	Lang    locale.Lang
	Now     func() time.Time // clock; time.Now when nil
	Seed    func() uint64    // seeds for new attempts; random when nil
	Cache   *markdown.Cache  // rendered pages; a new one in Style when nil
	CertDir string           // the folder offered for the certificate

	// SaveNotices returns messages about the saved file that came up while
	// saving (a damaged file moved aside); they are shown like a save error.
	SaveNotices func() []string

	// Load, when set, reads the whole course in the background: Course then
	// holds only the lessons (course.LoadLessons), enough for the first
	// screens, and the quizzes open once Load is done. A problem it reports
	// ends the program; LoadError returns it.
	Load func() (*course.Course, error)

	// SaveDelay is how long page turns are gathered before they are
	// written, so turning a page never waits on the disk (answers are
	// written at once). Zero means the default.
	SaveDelay time.Duration
}

type screen int

const (
	homeScreen screen = iota
	readerScreen
	quizScreen
	resultScreen
	formScreen
)

// defaultSaveDelay gathers the page turns of someone paging through, so
// turning a page never waits on the disk; short, so that what a power cut
// or a killed process can take is at most the last fraction of a second.
const defaultSaveDelay = 250 * time.Millisecond

// App is the root Bubble Tea model.
type App struct {
	o       Options
	c       *course.Course
	st      *progress.State
	l       locale.Lang
	s       theme.Styles
	cache   *markdown.Cache
	width   int
	height  int
	screen  screen
	help    bool
	status  string // one line for the learner: a save error, a hint
	pending bool   // unsaved changes waiting for the save timer
	saveGen int
	saveErr error // the last save's error

	loading     bool   // the question pools are still being read
	pendingQuiz string // module whose quiz opens once they are
	loadErr     error

	home   homeModel
	reader readerModel
	quiz   quizModel
	result resultModel
	form   formModel
}

// New returns the interface for o.
func New(o Options) *App {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Seed == nil {
		o.Seed = rand.Uint64
	}
	if o.State == nil {
		o.State = progress.New()
	}
	if o.SaveDelay <= 0 {
		o.SaveDelay = defaultSaveDelay
	}
	safeOptions(&o)
	a := &App{o: o, c: o.Course, st: o.State, l: o.Lang, width: 80, height: 24}
	if a.l == "" {
		a.l = locale.NL
	}
	a.s = theme.New(o.Style)
	a.cache = o.Cache
	if a.cache == nil {
		a.cache = markdown.NewCache(o.Style)
	}
	a.status = strings.Join(o.Notices, " ")
	a.home = newHome(a)
	return a
}

// State returns the learner's state as the interface left it.
func (a *App) State() *progress.State { return a.st }

// Init implements tea.Model. Nothing is rendered or queried before the first
// frame: the home screen needs no markdown.
func (a *App) Init() tea.Cmd {
	if a.o.Load == nil {
		return nil
	}
	a.loading = true
	load := a.o.Load
	return func() tea.Msg {
		c, err := load()
		return courseLoadedMsg{c, err}
	}
}

type courseLoadedMsg struct {
	c   *course.Course
	err error
}

// LoadError is the problem that ended the program while the course was
// read in the background, or nil.
func (a *App) LoadError() error { return a.loadErr }

// loaded takes the whole course in place of the lessons it started with.
func (a *App) loaded(msg courseLoadedMsg) tea.Cmd {
	a.loading = false
	if msg.err != nil {
		a.loadErr = msg.err
		return tea.Quit
	}
	a.c = msg.c
	if a.screen == homeScreen {
		cursor := a.home.cursor
		a.home = newHome(a)
		a.home.cursor = min(cursor, len(a.home.items)-1)
	}
	if a.screen == readerScreen {
		a.reader.m = a.c.Module(a.reader.m.ID)
	}
	if id := a.pendingQuiz; id != "" {
		a.pendingQuiz = ""
		if strings.HasPrefix(a.status, a.l.T("quiz.loading")) {
			a.status = ""
		}
		return a.startQuiz(a.c.Module(id))
	}
	return nil
}

type saveTickMsg struct{ gen int }

// Update implements tea.Model.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = max(msg.Width, 20), max(msg.Height, 8)
		return a, a.resized()
	case courseLoadedMsg:
		return a, a.loaded(msg)
	case renderedMsg:
		return a, a.reader.rendered(a, msg)
	case saveTickMsg:
		if msg.gen == a.saveGen && a.pending {
			a.saveNow()
		}
		return a, nil
	case tea.KeyPressMsg:
		switch msg.String() {
		case "ctrl+c":
			return a, a.quit()
		case "q":
			if !a.typing() {
				return a, a.quit()
			}
		case "?":
			if !a.typing() {
				a.help = !a.help
				return a, nil
			}
		}
		if a.help {
			if k := msg.String(); k == "esc" || k == "enter" || k == "backspace" {
				a.help = false
			}
			return a, nil
		}
		switch a.screen {
		case homeScreen:
			return a, a.home.key(a, msg)
		case readerScreen:
			return a, a.reader.key(a, msg)
		case quizScreen:
			return a, a.quiz.key(a, msg)
		case resultScreen:
			return a, a.result.key(a, msg)
		case formScreen:
			return a, a.form.key(a, msg)
		}
	}
	return a, nil
}

// typing reports whether keys go to a text field, so q and ? are letters.
func (a *App) typing() bool { return a.screen == formScreen && len(a.form.written) == 0 }

func (a *App) resized() tea.Cmd {
	switch a.screen {
	case readerScreen:
		return a.reader.layout(a)
	case quizScreen:
		a.quiz.layout(a)
	case resultScreen:
		a.result.layout(a)
	}
	return nil
}

func (a *App) quit() tea.Cmd {
	a.saveNow()
	return tea.Quit
}

// changed notes a change to remember and schedules a save.
func (a *App) changed() tea.Cmd {
	a.pending = true
	a.saveGen++
	gen := a.saveGen
	return tea.Tick(a.o.SaveDelay, func(time.Time) tea.Msg { return saveTickMsg{gen} })
}

// saveNow writes the state at once; a failure is shown, never fatal.
func (a *App) saveNow() {
	a.pending = false
	if a.o.Save == nil {
		return
	}
	err := a.o.Save(a.st)
	a.saveErr = err
	if a.o.SaveNotices != nil {
		if n := a.o.SaveNotices(); len(n) > 0 {
			a.status = strings.Join(n, " ")
		}
	}
	if err != nil {
		a.status = a.l.T("save.failed", err)
		return
	}
	if strings.HasPrefix(a.status, a.l.T("save.failed", "")) {
		a.status = ""
	}
}

// Flush saves what is not saved yet (page turns still being gathered, or a
// save that failed) and returns the error of that save. The program calls
// it once the interface has stopped, whatever stopped it: the learner, a
// signal, the console window closing, or an error of the terminal, since
// only the first passes through Update.
func (a *App) Flush() error {
	if !a.pending && a.saveErr == nil {
		return nil
	}
	a.saveNow()
	return a.saveErr
}

func (a *App) goHome() {
	a.screen = homeScreen
	a.home = newHome(a)
}

// View implements tea.Model.
func (a *App) View() tea.View {
	var body string
	switch {
	case a.help:
		body = a.helpView()
	case a.screen == readerScreen:
		body = a.reader.view(a)
	case a.screen == quizScreen:
		body = a.quiz.view(a)
	case a.screen == resultScreen:
		body = a.result.view(a)
	case a.screen == formScreen:
		body = a.form.view(a)
	default:
		body = a.home.view(a)
	}
	v := tea.NewView(ui.Fit(body, a.width, a.height))
	v.AltScreen = true
	v.WindowTitle = a.c.Title
	return v
}

// frame lays out a screen: a header line, the body, and a footer of one or
// two lines at the bottom.
func (a *App) frame(left, right, body string, footer ...string) string {
	head := a.s.Title.Render(ui.Truncate(left, max(a.width-lipgloss.Width(right)-3, 10)))
	gap := max(a.width-lipgloss.Width(head)-lipgloss.Width(right)-1, 1)
	header := " " + head + strings.Repeat(" ", gap) + a.s.Subtle.Render(right)
	foot := []string{}
	for _, l := range a.statusLines() {
		foot = append(foot, " "+a.s.Warn.Render(l))
	}
	for _, f := range footer {
		if f != "" {
			foot = append(foot, " "+a.s.Subtle.Render(ui.Truncate(f, a.width-2)))
		}
	}
	bodyH := a.height - 2 - len(foot)
	bl := strings.Split(strings.TrimRight(body, "\n"), "\n")
	if len(bl) > bodyH {
		bl = bl[:max(bodyH, 0)]
	}
	for len(bl) < bodyH {
		bl = append(bl, "")
	}
	return header + "\n\n" + strings.Join(bl, "\n") + "\n" + strings.Join(foot, "\n")
}

// bodyHeight is the number of lines between header and footer, given the
// number of footer lines a screen uses.
func (a *App) bodyHeight(footerLines int) int {
	return max(a.height-2-footerLines-len(a.statusLines()), 3)
}

// maxStatusLines bounds how much of the screen a message may take; a path
// in it (a damaged file kept aside) is wrapped, not cut off.
const maxStatusLines = 4

// statusLines is the message for the learner wrapped to the screen.
func (a *App) statusLines() []string {
	if a.status == "" {
		return nil
	}
	w := max(a.width-2, 10)
	lines := strings.Split(ansi.Wrap(a.status, w, " /\\"), "\n")
	if len(lines) > maxStatusLines {
		lines = lines[:maxStatusLines]
		lines[maxStatusLines-1] = ui.Truncate(lines[maxStatusLines-1]+" …", w)
	}
	return lines
}

// safeOptions makes what comes from outside the program safe to show on the
// full screen, whose own escape sequences rule out a sanitiser at the
// output (see termsafe): the data folder's name and the notices are shown
// as text, and the learner's name and organisation read from progress.json
// are cleaned by the one rule for names (certificate.CleanName; a name too
// long to use is dropped, and asked for again).
func safeOptions(o *Options) {
	o.DataDir = termsafe.String(o.DataDir)
	notices := make([]string, len(o.Notices))
	for i, n := range o.Notices {
		notices[i] = termsafe.String(n)
	}
	o.Notices = notices
	if save := o.SaveNotices; save != nil {
		o.SaveNotices = func() []string {
			ns := save()
			for i := range ns {
				ns[i] = termsafe.String(ns[i])
			}
			return ns
		}
	}
	if o.State != nil {
		o.State.Learner.Name, _ = certificate.CleanName(certificate.LearnerName, o.State.Learner.Name)
		o.State.Learner.Organisation, _ = certificate.CleanName(certificate.Organisation, o.State.Learner.Organisation)
	}
}
