package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/markdown"
	"piketpalen/internal/ui"
)

// readerModel shows one page of a module, rendered at the terminal width and
// scrollable. Pages are rendered in the background and cached per width, so
// View only ever copies a finished string.
type readerModel struct {
	m       *course.Module
	page    int
	shown   markdown.Key // the rendering on screen, or being waited for
	ready   bool
	vp      viewport.Model
	lastErr error

	// glossary is open over the page: the begrippenlijst, the terms of
	// this page first, in a viewport of its own so the page keeps its
	// place.
	glossary bool
	gvp      viewport.Model
}

type renderedMsg struct {
	key  markdown.Key
	text string
	err  error
}

// maxTextWidth keeps lines short enough to read on a wide screen.
const maxTextWidth = 100

func (a *App) textWidth() int { return min(a.width, maxTextWidth) }

// openModule shows page p of m.
func (a *App) openModule(m *course.Module, p int) tea.Cmd {
	a.screen = readerScreen
	a.reader = readerModel{m: m, vp: viewport.New()}
	return a.reader.show(a, p)
}

func pageKey(m *course.Module, p, width int) markdown.Key {
	return markdown.Key{ID: fmt.Sprintf("%s/%d", m.ID, p), Width: width}
}

// pageIntro is what the first page of a module shows under its title: the
// learning objectives.
func (a *App) pageIntro(m *course.Module, p int) markdown.Intro {
	if p != 0 {
		return markdown.Intro{}
	}
	return markdown.Intro{Title: a.l.T("reader.objectives"), Items: m.Objectives}
}

func (r *readerModel) show(a *App, p int) tea.Cmd {
	p = min(max(p, 0), len(r.m.Pages)-1)
	r.page = p
	a.st.MarkRead(r.m.ID, p)
	cmds := []tea.Cmd{a.changed(), r.layout(a)}
	r.vp.GotoTop()
	return tea.Batch(cmds...)
}

// layout sizes the viewport and puts the page in it, rendering it first in
// the background when this width has not been rendered yet.
func (r *readerModel) layout(a *App) tea.Cmd {
	r.vp.SetWidth(a.width)
	r.vp.SetHeight(a.bodyHeight(1))
	if r.glossary {
		r.layoutGlossary(a)
	}
	k := pageKey(r.m, r.page, a.textWidth())
	if k == r.shown && r.ready {
		return nil
	}
	r.shown = k
	if s, ok := a.cache.Get(k); ok {
		r.ready = true
		r.vp.SetContent(s)
		return a.renderAhead(r.m, r.page+1)
	}
	r.ready = false
	return a.renderCmd(r.m, r.page, k)
}

func (a *App) renderCmd(m *course.Module, p int, k markdown.Key) tea.Cmd {
	md, intro := m.Pages[p].Markdown, a.pageIntro(m, p)
	cache := a.cache
	return func() tea.Msg {
		s, err := cache.RenderPage(k, md, intro)
		return renderedMsg{key: k, text: s, err: err}
	}
}

// renderAhead renders page p in the background so turning to it is instant.
func (a *App) renderAhead(m *course.Module, p int) tea.Cmd {
	if p < 0 || p >= len(m.Pages) {
		return nil
	}
	k := pageKey(m, p, a.textWidth())
	if _, ok := a.cache.Get(k); ok {
		return nil
	}
	return a.renderCmd(m, p, k)
}

func (r *readerModel) rendered(a *App, msg renderedMsg) tea.Cmd {
	if a.screen != readerScreen || msg.key != r.shown || r.ready {
		return nil
	}
	if msg.err != nil {
		r.lastErr = msg.err
		r.vp.SetContent(a.l.T("reader.rendererror", msg.err) + "\n\n" + r.m.Pages[r.page].Markdown)
	} else {
		r.vp.SetContent(msg.text)
	}
	r.ready = true
	return a.renderAhead(r.m, r.page+1)
}

func (r *readerModel) key(a *App, msg tea.KeyPressMsg) tea.Cmd {
	if r.glossary {
		switch msg.String() {
		case "esc", "backspace", "w":
			r.glossary = false
		default:
			scroll(&r.gvp, msg.String())
		}
		return nil
	}
	last := r.page == len(r.m.Pages)-1
	switch msg.String() {
	case "w":
		r.glossary = true
		r.gvp = viewport.New()
		r.layoutGlossary(a)
		return nil
	case "esc", "backspace":
		a.saveNow()
		a.goHome()
	case "right", "l", "n", "enter":
		// enter first scrolls to the end of a long page, then turns it
		if msg.String() == "enter" && !r.vp.AtBottom() {
			r.vp.PageDown()
			return nil
		}
		if last {
			return a.startQuiz(r.m)
		}
		return r.show(a, r.page+1)
	case "left", "h", "p":
		if r.page > 0 {
			return r.show(a, r.page-1)
		}
	case "t":
		return a.startQuiz(r.m)
	default:
		scroll(&r.vp, msg.String())
	}
	return nil
}

// scroll moves a viewport the way a pager does; it reports whether key was
// a scrolling key.
func scroll(vp *viewport.Model, key string) bool {
	switch key {
	case "down", "j":
		vp.ScrollDown(1)
	case "up", "k":
		vp.ScrollUp(1)
	case "pgdown", "space", "f":
		vp.PageDown()
	case "pgup", "b":
		vp.PageUp()
	case "home", "g":
		vp.GotoTop()
	case "end", "G":
		vp.GotoBottom()
	default:
		return false
	}
	return true
}

// layoutGlossary sizes the glossary's viewport and fills it for the
// current page and width; it runs when the glossary opens and on a resize,
// never in View.
func (r *readerModel) layoutGlossary(a *App) {
	r.gvp.SetWidth(a.width)
	r.gvp.SetHeight(a.bodyHeight(1))
	r.gvp.SetContent(glossaryText(a, r.m.Pages[r.page].Markdown))
}

// glossaryText is the begrippenlijst as the reader shows it: the terms the
// page uses, then every term of the course.
func glossaryText(a *App, page string) string {
	g := a.c.Glossary
	if len(g) == 0 {
		return "  " + a.l.T("glossary.none")
	}
	w := a.textWidth() - 4
	bold := func(s string) string { return a.s.Bold.Render(s) }
	var b strings.Builder
	b.WriteString("  " + a.s.Heading.Render(a.l.T("glossary.onpage")) + "\n\n")
	if used := g.In(page); len(used) > 0 {
		b.WriteString(ui.Indent(ui.Terms(used, w, bold), "  "))
	} else {
		b.WriteString("  " + a.l.T("glossary.nonepage") + "\n")
	}
	b.WriteString("\n  " + a.s.Heading.Render(a.l.T("glossary.all", len(g))) + "\n\n")
	b.WriteString(ui.Indent(ui.Terms(g, w, bold), "  "))
	return strings.TrimRight(b.String(), " \n")
}

// scrollPos says which lines of a viewport are on screen, when it holds
// more than fit; "" when it does not scroll.
func scrollPos(a *App, vp *viewport.Model) string {
	if vp.TotalLineCount() <= vp.Height() {
		return ""
	}
	first := vp.YOffset() + 1
	last := min(first+vp.Height()-1, vp.TotalLineCount())
	return a.l.T("reader.scroll", first, last, vp.TotalLineCount()) + " · "
}

func (r *readerModel) glossaryView(a *App) string {
	footer := scrollPos(a, &r.gvp) + ui.Hints(a.l.T("key.scroll"), a.l.T("key.back"), a.l.T("key.help"))
	return a.frame(a.l.T("glossary.title"), a.l.T("reader.pageof", r.page+1, len(r.m.Pages)), r.gvp.View(), footer)
}

func (r *readerModel) view(a *App) string {
	if r.glossary {
		return r.glossaryView(a)
	}
	right := a.l.T("reader.pageof", r.page+1, len(r.m.Pages))
	body := a.s.Subtle.Render("  " + a.l.T("reader.rendering"))
	if r.ready {
		body = r.vp.View()
	}
	pos := ""
	if r.ready {
		pos = scrollPos(a, &r.vp)
	}
	next := a.l.T("key.nextpage")
	if r.page == len(r.m.Pages)-1 {
		next = a.l.T("key.toquiz")
	}
	hints := []string{a.l.T("key.prevpage"), next, a.l.T("key.scroll"), a.l.T("key.back"), a.l.T("key.help")}
	if len(a.c.Glossary) > 0 {
		// the line count already says the page scrolls; make room for w
		if pos != "" {
			hints = append(hints[:2], hints[3:]...)
		}
		hints = append(hints[:len(hints)-1], a.l.T("key.glossary"), a.l.T("key.help"))
	}
	footer := pos + ui.Hints(hints...)
	return a.frame(r.m.Title, right, body, footer)
}
