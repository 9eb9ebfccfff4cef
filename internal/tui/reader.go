package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"piketpalen/internal/locale"

	"piketpalen/course"
	"piketpalen/internal/markdown"
	"piketpalen/internal/ui"
)

// readerModel shows one page of a module, rendered at the terminal width and
// scrollable. Pages are rendered in the background and cached per width, so
// View only ever copies a finished string.
type readerModel struct {
	*common
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

func newReader(cm *common, m *course.Module) readerModel {
	return readerModel{common: cm, m: m, vp: viewport.New()}
}

// show turns to page p and marks it read.
func (r *readerModel) show(p int) tea.Cmd {
	p = min(max(p, 0), len(r.m.Pages)-1)
	r.page = p
	r.st.MarkRead(r.m.ID, p)
	r.send(saveMsg{})
	cmd := r.layout()
	r.vp.GotoTop()
	return cmd
}

// layout sizes the viewport and puts the page in it, rendering it first in
// the background when this width has not been rendered yet.
func (r *readerModel) layout() tea.Cmd {
	r.vp.SetWidth(r.width)
	r.vp.SetHeight(r.bodyHeight(1))
	if r.glossary {
		r.layoutGlossary()
	}
	k := pageKey(r.m, r.page, r.textWidth())
	if k == r.shown && r.ready {
		return nil
	}
	r.shown = k
	if s, ok := r.cache.Get(k); ok {
		r.ready = true
		r.vp.SetContent(s)
		return r.renderAhead(r.m, r.page+1)
	}
	r.ready = false
	return r.renderCmd(r.m, r.page, k)
}

func (r *readerModel) rendered(msg renderedMsg) tea.Cmd {
	if msg.key != r.shown || r.ready {
		return nil
	}
	if msg.err != nil {
		r.lastErr = msg.err
		r.vp.SetContent(r.l.T(locale.ReaderRendererror, msg.err) + "\n\n" + r.m.Pages[r.page].Markdown)
	} else {
		r.vp.SetContent(msg.text)
	}
	r.ready = true
	return r.renderAhead(r.m, r.page+1)
}

func (r *readerModel) keys() readerKeys {
	return newReaderKeys(r.l, r.page == len(r.m.Pages)-1, len(r.c.Glossary) > 0)
}

// keyMap is the keymap of what is on screen: the glossary's while it is
// open over the page, else the reader's.
func (r *readerModel) keyMap() help.KeyMap {
	if r.glossary {
		return newGlossaryKeys(r.l)
	}
	return r.keys()
}

func (r *readerModel) key(msg tea.KeyPressMsg) tea.Cmd {
	if r.glossary {
		g := newGlossaryKeys(r.l)
		if key.Matches(msg, g.Close) {
			r.glossary = false
		} else {
			g.scroll.scrollBy(&r.gvp, msg)
		}
		return nil
	}
	k := r.keys()
	switch {
	case key.Matches(msg, k.Glossary):
		r.glossary = true
		r.gvp = viewport.New()
		r.layoutGlossary()
	case key.Matches(msg, k.Back):
		r.send(goHomeMsg{save: true})
	case key.Matches(msg, k.Enter) && !r.vp.AtBottom():
		// enter first scrolls to the end of a long page, then turns it
		r.vp.PageDown()
	case key.Matches(msg, k.Next, k.Enter):
		if k.last {
			r.send(startQuizMsg{r.m})
			return nil
		}
		return r.show(r.page + 1)
	case key.Matches(msg, k.Prev):
		if r.page > 0 {
			return r.show(r.page - 1)
		}
	case key.Matches(msg, k.Quiz):
		r.send(startQuizMsg{r.m})
	default:
		k.scroll.scrollBy(&r.vp, msg)
	}
	return nil
}

// layoutGlossary sizes the glossary's viewport and fills it for the
// current page and width; it runs when the glossary opens and on a resize,
// never in View.
func (r *readerModel) layoutGlossary() {
	r.gvp.SetWidth(r.width)
	r.gvp.SetHeight(r.bodyHeight(1))
	r.gvp.SetContent(r.glossaryText(r.m.Pages[r.page].Markdown))
}

// glossaryText is the begrippenlijst as the reader shows it: the terms the
// page uses, then every term of the course.
func (r *readerModel) glossaryText(page string) string {
	g := r.c.Glossary
	if len(g) == 0 {
		return "  " + r.l.T(locale.GlossaryNone)
	}
	w := r.textWidth() - 4
	bold := func(s string) string { return r.s.Bold.Render(s) }
	var b strings.Builder
	b.WriteString("  " + r.s.Heading.Render(r.l.T(locale.GlossaryOnpage)) + "\n\n")
	if used := g.In(page); len(used) > 0 {
		b.WriteString(ui.Indent(ui.Terms(used, w, bold), "  "))
	} else {
		b.WriteString("  " + r.l.T(locale.GlossaryNonepage) + "\n")
	}
	b.WriteString("\n  " + r.s.Heading.Render(r.l.N(locale.GlossaryAll, len(g))) + "\n\n")
	b.WriteString(ui.Indent(ui.Terms(g, w, bold), "  "))
	return strings.TrimRight(b.String(), " \n")
}

// scrollPos says which lines of vp are on screen, when it holds more than
// fit; "" when it does not scroll.
func (r *readerModel) scrollPos(vp *viewport.Model) string {
	if vp.TotalLineCount() <= vp.Height() {
		return ""
	}
	first := vp.YOffset() + 1
	last := min(first+vp.Height()-1, vp.TotalLineCount())
	return r.l.T(locale.ReaderScroll, first, last, vp.TotalLineCount()) + " · "
}

func (r *readerModel) view() string {
	if r.glossary {
		return r.frame(r.l.T(locale.GlossaryTitle), r.l.T(locale.ReaderPageof, r.page+1, len(r.m.Pages)), r.gvp.View(), r.footer(newGlossaryKeys(r.l), r.scrollPos(&r.gvp)))
	}
	right := r.l.T(locale.ReaderPageof, r.page+1, len(r.m.Pages))
	body := r.s.Subtle.Render("  " + r.l.T(locale.ReaderRendering))
	if r.ready {
		body = r.vp.View()
	}
	pos := ""
	if r.ready {
		pos = r.scrollPos(&r.vp)
	}
	return r.frame(r.m.Title, right, body, r.footer(r.keys(), pos))
}
