// Package present is the presenter mode of piketpalen: a trainer shows a
// module on a projector to a group. It shows the module's pages, its
// discussion questions and every question of its quiz pool with the answer
// hidden until the trainer reveals it. It reads and writes no learner data,
// so nobody's progress ever appears on the shared screen.
package present

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/internal/theme"
	"piketpalen/internal/ui"
	"piketpalen/internal/workshop"
)

// Options configure the presenter.
type Options struct {
	Course *course.Course
	Module *course.Module  // shown at start; nil starts with the list of modules
	Theme  theme.Name      // the looks; dark when empty
	Lang   locale.Lang     // interface language; Dutch when empty
	Cache  *markdown.Cache // rendered pages; a new one in Theme when nil
	// Workshop, when set, is the reader of a workshop folder: a question's
	// slide then shows how the group answered. Watch says when to read it
	// again; nil reads it once.
	Workshop *workshop.Reader
	Watch    *workshop.Watcher
}

type screen int

const (
	listScreen screen = iota
	deckScreen
)

// Layout of the projector screen. Projectors often cut off the edges of the
// picture and a room reads long lines badly, so the text keeps a margin on
// both sides and stops at a readable width, centred on a wide screen.
const (
	minMargin    = 4
	maxTextWidth = 90
	// resizeDelay gathers the size changes of a window being dragged, so a
	// page is rendered once for the size it ends at.
	resizeDelay = 80 * time.Millisecond
)

// common is what the list and the deck share: the course, the looks, the
// language, the window's size and the pages being rendered. The root Model
// owns it; a screen reads it and asks the root for another screen by
// sending a message (send), handled in the same Update.
type common struct {
	c      *course.Course
	l      locale.Lang
	s      theme.Styles
	cache  *markdown.Cache
	width  int
	height int

	// rendering holds the pages being rendered in the background, so none
	// is rendered twice at once.
	rendering map[markdown.Key]bool

	outbox ui.Outbox

	ws    *workshop.Reader   // the workshop folder's reader; nil outside a workshop
	watch *workshop.Watcher  // when to read it again
	group *workshop.Snapshot // the group's answers as last read; nil before
}

// send asks the root for something: openMsg or backMsg.
func (m *common) send(msgs ...tea.Msg) { m.outbox.Send(msgs...) }

// openMsg shows module m from its first page; backMsg returns to the list.
type (
	openMsg struct{ m *course.Module }
	backMsg struct{}
)

// Model is the root Bubble Tea model of presenter mode.
type Model struct {
	*common
	o      Options
	sized  bool // a window size has arrived
	screen screen
	help   bool

	list listModel
	deck deckModel
}

// New returns the presenter for o.
func New(o Options) *Model {
	m := &Model{o: o, common: &common{c: o.Course, l: cmp.Or(o.Lang, locale.NL), s: theme.New(o.Theme), cache: o.Theme.Cache(o.Cache),
		width: 80, height: 24, rendering: map[markdown.Key]bool{}, ws: o.Workshop, watch: o.Watch}}
	if o.Module != nil {
		m.list.cursor = m.indexOf(o.Module)
		m.screen = deckScreen
		m.deck = newDeck(m.common, o.Module)
	}
	return m
}

// Init implements tea.Model. When a module is shown at start, its first
// page is rendered in the background at the default size, so there is
// something to show even where no window size is ever reported; the size
// that does arrive renders it again if it differs.
func (m *Model) Init() tea.Cmd {
	var cmd tea.Cmd
	if m.screen == deckScreen {
		cmd = m.deck.layout(m.common, false)
	}
	return tea.Batch(cmd, m.scanGroup(false))
}

// Update implements tea.Model. What the screens send while handling msg is
// handled right after it, in order.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	return m, m.outbox.Update(msg, m.handle)
}

func (m *Model) handle(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		first := !m.sized
		m.sized = true
		m.width, m.height = msg.Width, msg.Height
		if m.screen == deckScreen {
			return m.deck.layout(m.common, !first)
		}
	case renderedMsg:
		if m.screen != deckScreen {
			delete(m.rendering, msg.key)
			return nil
		}
		return m.deck.rendered(m.common, msg)
	case resizeDoneMsg:
		if m.screen == deckScreen {
			return m.deck.resizeDone(m.common, msg)
		}
	case tea.KeyPressMsg:
		return m.key(msg)
	case groupMsg:
		return m.grouped(msg)
	case openMsg:
		// module mod from its first page
		m.screen = deckScreen
		m.deck = newDeck(m.common, msg.m)
		return m.deck.layout(m.common, false)
	case backMsg:
		// the list of modules, with the module just shown selected
		if m.deck.m != nil {
			m.list.cursor = m.indexOf(m.deck.m)
		}
		m.screen = listScreen
	}
	return nil
}

// indexOf is the number of module mod, as the home screen and course.Find
// count; 0 for a module not in the course.
func (m *common) indexOf(mod *course.Module) int { return max(slices.Index(m.c.Modules, mod), 0) }

// View implements tea.Model. It only lays out text made in Update.
func (m *Model) View() tea.View {
	var s string
	switch {
	case m.help:
		s = m.helpView()
	case m.screen == deckScreen:
		s = m.deck.view(m.common)
	default:
		s = m.list.view(m.common)
	}
	return ui.Screen(m.s.Screen(s), m.width, m.height, m.c.Title+" · "+m.l.T(locale.PresentTitle))
}

// geometry is where the text column sits: its left edge, its width, and the
// number of lines between header and footer.
type geometry struct {
	left, width, bodyHeight int
	top, bottom             int // blank lines above the header and below the footer
}

func (m *common) geometry() geometry {
	w := max(m.width, 20)
	margin := minMargin
	if w < 40 {
		margin = 1
	}
	g := geometry{width: max(min(w-2*margin, maxTextWidth), 10)}
	g.left = max((w-g.width)/2, 0)
	if m.height >= 16 {
		g.top = 1
	}
	if m.height >= 30 {
		g.bottom = 1
	}
	// top margin, header, rule, blank line; rule and keys below
	g.bodyHeight = max(m.height-g.top-g.bottom-3-2, 1)
	return g
}

// frame lays out a screen: a header with a title on the left and where the
// trainer is on the right, a rule, the body, a rule and a line of keys with
// an optional note (such as "more below") on the right.
func (m *common) frame(left, right string, body []string, keys help.KeyMap, note string) string {
	g := m.geometry()
	pad := strings.Repeat(" ", g.left)
	rule := pad + m.s.Subtle.Render(strings.Repeat(m.s.Rule, g.width))
	var out []string
	for range g.top {
		out = append(out, "")
	}
	out = append(out, pad+ui.Spread(m.s.Title.Render(left), m.s.Subtle.Render(right), g.width), rule)
	out = append(out, "")
	for i := range g.bodyHeight {
		l := ""
		if i < len(body) && body[i] != "" {
			l = pad + ui.Truncate(body[i], g.width)
		}
		out = append(out, l)
	}
	noteW := lipgloss.Width(note)
	if noteW > 0 {
		noteW += 2
	}
	out = append(out, rule, pad+ui.Spread(m.footer(keys, g.width-noteW), m.s.Bold.Render(note), g.width))
	for range g.bottom {
		out = append(out, "")
	}
	return strings.Join(out, "\n")
}
