package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/internal/termsafe"
	"piketpalen/internal/textwrap"
	"piketpalen/internal/theme"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// common is what every screen shares: the learner's course and state, the
// terminal's size, the looks, the language and the line of status. The
// root App owns it and keeps it up to date; a screen reads it, works on the
// course and the state through their own methods, and asks the root for
// anything else — another screen, a save, a status line — by sending a
// message (send), which the root handles before the next key.
type common struct {
	c      *course.Course
	st     *progress.State
	o      *Options
	l      locale.Lang
	s      theme.Styles
	cache  *markdown.Cache
	width  int
	height int
	status string  // one line for the learner: a save error, a hint
	find   *finder // a search in the reader, kept from module to module
	// updates are the lines that tell what a new version of the course
	// changed (ui.Updates), shown on the home screen in the session they
	// were found; updated are those modules' ids, marked in the list.
	updates []string
	updated map[string]bool

	outbox ui.Outbox // messages for the root: see nav.go
}

// send asks the root for something: see the messages in nav.go.
func (c *common) send(msgs ...tea.Msg) { c.outbox.Send(msgs...) }

// maxTextWidth keeps lines short enough to read on a wide screen.
const maxTextWidth = 100

func (c *common) textWidth() int { return min(c.width, maxTextWidth) }

// frame lays out a screen: a header line, the body, and a footer of one or
// two lines at the bottom.
func (c *common) frame(left, right, body string, footer ...string) string {
	header := " " + ui.Spread(c.s.Title.Render(left), c.s.Subtle.Render(right), c.width-1)
	foot := []string{}
	for _, l := range c.statusLines() {
		foot = append(foot, " "+c.s.Warn.Render(l))
	}
	for _, f := range footer {
		if f != "" {
			foot = append(foot, " "+ui.Truncate(f, c.width-2))
		}
	}
	bodyH := c.height - 2 - len(foot)
	bl := strings.Split(strings.TrimRight(body, "\n"), "\n")
	if len(bl) > bodyH {
		bl = bl[:max(bodyH, 0)]
	}
	for len(bl) < bodyH {
		bl = append(bl, "")
	}
	return header + "\n\n" + strings.Join(bl, "\n") + "\n" + strings.Join(foot, "\n")
}

// footer is the line of keys a screen shows at the bottom, drawn from its
// keymap; before is put in front of it (a scroll position).
func (c *common) footer(km help.KeyMap, before string) string {
	h := ui.NewHelp(c.s)
	return c.s.Subtle.Render(before) + ui.ShortHelpFit(h, km.ShortHelp(), c.width-2-lipgloss.Width(before))
}

// bodyHeight is the number of lines between header and footer, given the
// number of footer lines a screen uses.
func (c *common) bodyHeight(footerLines int) int {
	return max(c.height-2-footerLines-len(c.statusLines()), 3)
}

// maxStatusLines bounds how much of the screen a message may take; a path
// in it (a damaged file kept aside) is wrapped, not cut off.
const maxStatusLines = 4

// statusLines is the message for the learner wrapped to the screen. It
// may quote a search, a folder or an error about a file, so it is shown by
// the rule of internal/termsafe.
func (c *common) statusLines() []string {
	if c.status == "" {
		return nil
	}
	w := max(c.width-2, 10)
	lines := strings.Split(textwrap.WrapAt(termsafe.String(c.status), w, " /\\"), "\n")
	if len(lines) > maxStatusLines {
		lines = lines[:maxStatusLines]
		lines[maxStatusLines-1] = ui.Truncate(lines[maxStatusLines-1]+" …", w)
	}
	return lines
}

// pageKey is the key of page p of m rendered at width.
func pageKey(m *course.Module, p, width int) markdown.Key {
	return markdown.Key{ID: fmt.Sprintf("%s/%d", m.ID, p), Width: width}
}

// pageIntro is what the first page of a module shows under its title: the
// learning objectives.
func (c *common) pageIntro(m *course.Module, p int) markdown.Intro {
	if p != 0 {
		return markdown.Intro{}
	}
	return markdown.Intro{Title: c.l.T(locale.ReaderObjectives), Items: m.Objectives}
}

// renderedMsg is a page rendered in the background.
type renderedMsg struct {
	key  markdown.Key
	text string
	err  error
}

// renderCmd renders page p of m in the background.
func (c *common) renderCmd(m *course.Module, p int, k markdown.Key) tea.Cmd {
	md, intro := m.Pages[p].Markdown, c.pageIntro(m, p)
	cache := c.cache
	return func() tea.Msg {
		s, err := cache.RenderPage(k, md, intro)
		return renderedMsg{key: k, text: s, err: err}
	}
}

// renderAhead renders page p in the background so turning to it is instant.
func (c *common) renderAhead(m *course.Module, p int) tea.Cmd {
	if p < 0 || p >= len(m.Pages) {
		return nil
	}
	k := pageKey(m, p, c.textWidth())
	if _, ok := c.cache.Get(k); ok {
		return nil
	}
	return c.renderCmd(m, p, k)
}
