package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"piketpalen/internal/locale"

	"piketpalen/course"
	"piketpalen/internal/markdown"
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
	return newReaderKeys(r.l, r.page == len(r.m.Pages)-1)
}

func (r *readerModel) key(msg tea.KeyPressMsg) tea.Cmd {
	k := r.keys()
	switch {
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

func (r *readerModel) view() string {
	right := r.l.T(locale.ReaderPageof, r.page+1, len(r.m.Pages))
	body := r.s.Subtle.Render("  " + r.l.T(locale.ReaderRendering))
	if r.ready {
		body = r.vp.View()
	}
	pos := ""
	if r.ready && r.vp.TotalLineCount() > r.vp.Height() {
		first := r.vp.YOffset() + 1
		last := min(first+r.vp.Height()-1, r.vp.TotalLineCount())
		pos = r.l.T(locale.ReaderScroll, first, last, r.vp.TotalLineCount()) + " · "
	}
	return r.frame(r.m.Title, right, body, r.footer(r.keys(), pos))
}
