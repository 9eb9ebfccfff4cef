// Package tui is the full-screen terminal interface of piketpalen: the home
// screen, the page reader, the quiz and its result. It turns key presses into
// calls on the course and progress packages and draws their state; the rules
// themselves live there.
package tui

import (
	"piketpalen/internal/locale"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/certificate"
	"piketpalen/internal/markdown"
	"piketpalen/internal/termsafe"
	"piketpalen/internal/theme"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// Options configure the interface: the learner, as every interface of the
// course gets them, and what only the full screen needs.
type Options struct {
	app.Learner

	Theme theme.Name      // the looks; dark when empty
	Cache *markdown.Cache // rendered pages; a new one in Theme when nil

	// Load, when set, reads the whole course in the background: Course then
	// holds only the lessons (course.LoadLessons), enough for the first
	// screens, and the quizzes open once Load is done. A problem it reports
	// ends the program; LoadError returns it.
	Load func() (*course.Course, error)

	// FirstFrame, when set, is called once the first frame is on screen:
	// work that must not hold it up waits for it.
	FirstFrame func()

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
	privacyScreen
)

// defaultSaveDelay gathers the page turns of someone paging through, so
// turning a page never waits on the disk; short, so that what a power cut
// or a killed process can take is at most the last fraction of a second.
const defaultSaveDelay = 250 * time.Millisecond

// App is the root Bubble Tea model. It owns what the screens share
// (common), shows one screen at a time and handles the messages the screens
// send it: which screen comes next, saving, the status line.
type App struct {
	*common
	screen  screen
	help    bool
	pending bool // unsaved changes waiting for the save timer
	saveGen int
	saveErr error // the last save's error

	loading     bool   // the question pools are still being read
	loadStarted bool   // their reading has begun, after the first frame
	sized       bool   // the first WindowSizeMsg came; its frame is the first
	pendingQuiz string // module whose quiz opens once they are
	loadErr     error

	retrying bool // a retry of the workshop's writes is waiting (workshopFailed)

	home    homeModel
	reader  readerModel
	quiz    quizModel
	result  resultModel
	form    formModel
	privacy privacyModel
}

// New returns the interface for o.
func New(o Options) *App {
	o.Learner = o.Learner.WithDefaults()
	if o.SaveDelay <= 0 {
		o.SaveDelay = defaultSaveDelay
	}
	safeOptions(&o)
	cm := &common{find: &finder{}, o: &o, c: o.Course, st: o.State, l: o.Lang, s: theme.New(o.Theme), cache: o.Theme.Cache(o.Cache),
		width: 80, height: 24, status: strings.Join(o.Notices, " ")}
	a := &App{common: cm}
	if a.takeUpdates() {
		a.pending = true // saved with the first save, or by Flush
	}
	a.home = newHome(cm)
	return a
}

// takeUpdates finds what a new version of the course changed for the
// learner, once the course has its question pools, to show on the home
// screen (see app.TakeUpdates). It reports whether the state changed.
func (a *App) takeUpdates() bool {
	ups, changed := app.TakeUpdates(a.c, a.st)
	if len(ups) > 0 {
		a.updates = nil
		for _, line := range ui.Updates(a.l, a.c, ups) {
			a.updates = append(a.updates, termsafe.String(line))
		}
		a.updated = map[string]bool{}
		for _, u := range ups {
			a.updated[u.Module.ID] = true
		}
	}
	return changed
}

// State returns the learner's state as the interface left it.
func (a *App) State() *progress.State { return a.st }

// Init implements tea.Model. Nothing is rendered, read or queried before the
// first frame: the home screen needs no markdown, and the question pools are
// read once it is on screen (see firstFrameMsg), so that reading them does
// not compete with it for the processor.
func (a *App) Init() tea.Cmd {
	a.loading = a.o.Load != nil
	return nil
}

// firstFrameMsg comes from a command the first WindowSizeMsg returns. The
// Program runs that command while it writes the frame for that size, and
// handles the message the command gives only after it has written the frame.
type firstFrameMsg struct{}

// loadCmd reads the whole course in the background, once.
func (a *App) loadCmd() tea.Cmd {
	if !a.loading || a.loadStarted {
		return nil
	}
	a.loadStarted = true
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
	var save tea.Cmd
	if a.takeUpdates() {
		save = a.changed()
	}
	if a.screen == homeScreen {
		cursor := a.home.cursor
		a.home = newHome(a.common)
		a.home.cursor = min(cursor, len(a.home.items)-1)
	}
	if a.screen == readerScreen {
		a.reader.m = a.c.Module(a.reader.m.ID)
	}
	if id := a.pendingQuiz; id != "" {
		a.pendingQuiz = ""
		if strings.HasPrefix(a.status, a.l.T(locale.QuizLoading)) {
			a.status = ""
		}
		return tea.Batch(save, a.startQuiz(a.c.Module(id)))
	}
	return save
}

type saveTickMsg struct{ gen int }

// Update implements tea.Model. What the screens send while handling msg is
// handled right after it, in order.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	return a, a.outbox.Update(msg, a.handle)
}

func (a *App) handle(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = max(msg.Width, 20), max(msg.Height, 8)
		if !a.sized {
			a.sized = true
			return tea.Batch(a.resized(), func() tea.Msg { return firstFrameMsg{} })
		}
		return a.resized()
	case firstFrameMsg:
		if a.o.FirstFrame != nil {
			a.o.FirstFrame()
		}
		return a.loadCmd()
	case courseLoadedMsg:
		return a.loaded(msg)
	case renderedMsg:
		if a.screen == readerScreen {
			return a.reader.rendered(msg)
		}
	case formDoneMsg:
		if a.screen == formScreen {
			a.form.done(msg)
		}
	case saveTickMsg:
		if msg.gen == a.saveGen && a.pending {
			a.saveNow()
		}
	case tea.KeyPressMsg:
		return a.key(msg)

	case goHomeMsg:
		if msg.save {
			a.saveNow()
		}
		a.screen = homeScreen
		a.home = newHome(a.common)
		// back from a module, its quiz or their result: the cursor on it
		a.home.focus(a.c.Module(a.st.Last.Module))
	case openModuleMsg:
		a.screen = readerScreen
		a.reader = newReader(a.common, msg.m)
		return a.reader.show(msg.page)
	case startQuizMsg:
		return a.startQuiz(msg.m)
	case startReviewMsg:
		return a.startReview()
	case finishQuizMsg:
		return a.finishQuiz()
	case openFormMsg:
		a.openForm(msg.kind)
	case openPrivacyMsg:
		a.screen = privacyScreen
		a.privacy = newPrivacy(a.common)
		return a.privacy.resize()
	case saveMsg:
		if msg.now {
			a.saveNow()
			return nil
		}
		return a.changed()
	case workshopFailedMsg:
		return a.workshopFailed(msg)
	case workshopRetryMsg:
		a.retrying = false
		return workshopFlushCmd(a.o.Workshop, a.l)
	case statusMsg:
		a.status = msg.text
	case clearStatusMsg:
		if strings.HasPrefix(a.status, msg.prefix) {
			a.status = ""
		}
	}
	return nil
}

// key handles a key press: the keys that work everywhere, the help screen,
// else the screen's own.
func (a *App) key(msg tea.KeyPressMsg) tea.Cmd {
	if quit, done := ui.GlobalKey(msg, newGlobalKeys(a.l, a.typing()), newHelpKeys(a.l), &a.help); quit {
		return a.quit()
	} else if done {
		return nil
	}
	return a.current().key(msg)
}

// keys is the keymap of what is on screen: the help screen's while it is
// open, else the screen's.
func (a *App) keys() help.KeyMap {
	if a.help {
		return newHelpKeys(a.l)
	}
	return a.screenKeys()
}

// screenKeys is the keymap of the current screen, help screen or not.
func (a *App) screenKeys() help.KeyMap { return a.current().keymap() }

// typing reports whether keys go to a text field, so q and ? are letters.
func (a *App) typing() bool {
	return a.screen == formScreen && a.form.typing() || a.screen == readerScreen && a.find.typing
}

func (a *App) resized() tea.Cmd { return a.current().resize() }

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
		a.status = a.l.T(locale.SaveFailed, err)
		return
	}
	if strings.HasPrefix(a.status, a.l.T(locale.SaveFailed, "")) {
		a.status = ""
	}
}

// View implements tea.Model.
func (a *App) View() tea.View {
	if a.help {
		return ui.Screen(a.s.Screen(a.helpView()), a.width, a.height, a.c.Title)
	}
	return ui.Screen(a.s.Screen(a.current().view()), a.width, a.height, a.c.Title)
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
