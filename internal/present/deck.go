package present

import (
	"fmt"
	"piketpalen/internal/locale"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/markdown"
	"piketpalen/internal/textwrap"
	"piketpalen/internal/ui"
)

// slideKind says what one screen of a module shows.
type slideKind int

const (
	pageSlide       slideKind = iota // a page of the lesson
	discussionSlide                  // the discussion questions, all on one screen
	questionSlide                    // one quiz question
)

// slide is one screen of the deck; index is the page or question number.
type slide struct {
	kind  slideKind
	index int
}

// deckModel shows a module as a row of slides: its pages, then its
// discussion questions, then every question of its pool in file order. A
// question's answer is hidden until the trainer reveals it.
type deckModel struct {
	m        *course.Module
	num      int // the module's number, as the home screen and course.Find count
	slides   []slide
	cur      int
	revealed bool
	askGroup bool // the group's answers are shown before the reveal

	lines     []string       // the current slide's text at the current width
	vp        viewport.Model // scrolls lines, like the course's reader
	want      markdown.Key   // the page rendering on screen or awaited
	ready     bool           // lines holds the rendering of want
	resizeGen int            // the latest window size change, for debouncing
	markLine  int            // line of the first right option, once revealed
}

type renderedMsg struct {
	key  markdown.Key
	text string
	err  error
}

type resizeDoneMsg struct{ gen int }

func newDeck(m *common, mod *course.Module) deckModel {
	d := deckModel{m: mod, num: m.c.Number(mod), vp: viewport.New()}
	for i := range mod.Pages {
		d.slides = append(d.slides, slide{pageSlide, i})
	}
	if len(mod.Discussion) > 0 {
		d.slides = append(d.slides, slide{discussionSlide, 0})
	}
	for i := range mod.Questions {
		d.slides = append(d.slides, slide{questionSlide, i})
	}
	return d
}

func (d *deckModel) slide() slide {
	if len(d.slides) == 0 {
		return slide{kind: discussionSlide}
	}
	return d.slides[d.cur]
}

// show turns to slide i; a question is shown with its answer revealed or
// not. Before the first and after the last slide there is nothing: the
// screen stays as it is.
func (d *deckModel) show(m *common, i int, revealed bool) tea.Cmd {
	if i < 0 || i >= len(d.slides) {
		return nil
	}
	revealed = revealed && d.slides[i].kind == questionSlide
	if i == d.cur && revealed == d.revealed {
		return nil
	}
	d.cur, d.revealed, d.askGroup = i, revealed, false
	d.vp.SetYOffset(0)
	d.lines, d.ready = nil, false
	return d.layout(m, false)
}

// layout makes the current slide's text for the current width. A page comes
// from the render cache or is rendered in the background; while a window is
// being resized the rendering waits until the size has settled, and the old
// text stays on screen meanwhile.
func (d *deckModel) layout(m *common, resizing bool) tea.Cmd {
	if len(d.slides) == 0 {
		d.lines, d.ready = nil, true
		return nil
	}
	g := m.geometry()
	s := d.slide()
	switch s.kind {
	case discussionSlide:
		d.lines, d.ready = d.discussionLines(m, g.width), true
	case questionSlide:
		d.lines, d.ready = d.questionLines(m, g.width), true
	case pageSlide:
		k := pageKey(d.m, s.index, g.width)
		if k == d.want && d.ready {
			break
		}
		d.want, d.ready = k, false
		if text, ok := m.cache.Get(k); ok {
			d.lines, d.ready = strings.Split(text, "\n"), true
			d.clamp(m)
			return d.renderAhead(m)
		}
		if m.rendering[k] {
			return nil // already on its way
		}
		if resizing && d.lines != nil {
			d.resizeGen++
			gen := d.resizeGen
			return tea.Tick(resizeDelay, func(time.Time) tea.Msg { return resizeDoneMsg{gen} })
		}
		return renderCmd(m, d.m, s.index, k)
	}
	d.clamp(m)
	return nil
}

// resizeDone renders the page once the window has kept its size a moment.
func (d *deckModel) resizeDone(m *common, msg resizeDoneMsg) tea.Cmd {
	if msg.gen != d.resizeGen || d.ready || d.slide().kind != pageSlide {
		return nil
	}
	return renderCmd(m, d.m, d.slide().index, d.want)
}

func pageKey(mod *course.Module, p, width int) markdown.Key {
	return markdown.Key{ID: fmt.Sprintf("present/%s/%d", mod.ID, p), Width: width}
}

// pageIntro is what the first page of a module shows under its title: the
// learning objectives, so the group sees them. Other pages have none.
func pageIntro(m *common, mod *course.Module, p int) markdown.Intro {
	if p != 0 || len(mod.Objectives) == 0 {
		return markdown.Intro{}
	}
	return markdown.Intro{Title: m.l.T(locale.PresentObjectives), Items: mod.Objectives}
}

// renderCmd renders page p of mod in the background.
func renderCmd(m *common, mod *course.Module, p int, k markdown.Key) tea.Cmd {
	if m.rendering[k] {
		return nil
	}
	m.rendering[k] = true
	md, intro := mod.Pages[p].Markdown, pageIntro(m, mod, p)
	cache := m.cache
	return func() tea.Msg {
		text, err := cache.RenderPage(k, md, intro)
		return renderedMsg{key: k, text: text, err: err}
	}
}

// renderAhead renders the next page in the background, so turning to it is
// instant.
func (d *deckModel) renderAhead(m *common) tea.Cmd {
	next := d.cur + 1
	if next >= len(d.slides) || d.slides[next].kind != pageSlide {
		return nil
	}
	k := pageKey(d.m, d.slides[next].index, d.want.Width)
	if _, ok := m.cache.Get(k); ok || m.rendering[k] {
		return nil
	}
	return renderCmd(m, d.m, d.slides[next].index, k)
}

// rendered puts a finished rendering on screen if it is the one awaited.
func (d *deckModel) rendered(m *common, msg renderedMsg) tea.Cmd {
	delete(m.rendering, msg.key)
	if msg.key != d.want || d.ready || d.slide().kind != pageSlide {
		return nil
	}
	if msg.err != nil {
		g := m.geometry()
		text := m.l.T(locale.PresentRendererror, msg.err) + "\n\n" + d.m.Pages[d.slide().index].Markdown
		d.lines = strings.Split(textwrap.Wrap(text, g.width), "\n")
	} else {
		d.lines = strings.Split(msg.text, "\n")
	}
	d.ready = true
	d.clamp(m)
	return d.renderAhead(m)
}

// clamp puts the slide's text in the viewport at the size of the text
// column, keeping the scroll position inside it.
func (d *deckModel) clamp(m *common) {
	g := m.geometry()
	y := d.vp.YOffset()
	d.vp.SetWidth(g.width)
	d.vp.SetHeight(g.bodyHeight)
	d.vp.SetContentLines(append([]string(nil), d.lines...))
	d.vp.SetYOffset(y)
}

// scroll moves the text n lines down, or up when n is negative.
func (d *deckModel) scroll(n int) {
	if n < 0 {
		d.vp.ScrollUp(-n)
	} else {
		d.vp.ScrollDown(n)
	}
}

func (d *deckModel) atBottom() bool { return d.vp.AtBottom() }

func (d *deckModel) hidden() bool { return d.slide().kind == questionSlide && !d.revealed }

// reveal shows the answer of the question on screen, scrolling down if the
// first right option would be below the screen.
func (d *deckModel) reveal(m *common) {
	d.revealed = true
	d.layout(m, false)
	if h := m.geometry().bodyHeight; d.markLine >= d.vp.YOffset()+h {
		d.vp.SetYOffset(d.markLine - h + 1)
	}
}

func (d *deckModel) hide(m *common) {
	d.revealed = false
	d.layout(m, false)
}

func (d *deckModel) keys(m *common) deckKeys {
	k := newDeckKeys(m.l, len(d.slides) == 0, d.slide().kind == questionSlide, d.revealed)
	k.Group.SetEnabled(m.ws != nil && k.question && !k.revealed)
	return k
}

func (d *deckModel) key(m *common, msg tea.KeyPressMsg) tea.Cmd {
	k := d.keys(m)
	h := m.geometry().bodyHeight
	switch {
	case key.Matches(msg, k.Back):
		m.send(backMsg{})
	case key.Matches(msg, k.Group):
		d.askGroup = !d.askGroup
		d.layout(m, false)
	case key.Matches(msg, k.Next):
		if d.hidden() {
			d.reveal(m)
			return nil
		}
		return d.show(m, d.cur+1, false)
	case key.Matches(msg, k.Reveal):
		switch {
		case d.hidden():
			d.reveal(m)
		case !d.atBottom():
			d.scroll(max(h-1, 1))
		default:
			return d.show(m, d.cur+1, false)
		}
	case key.Matches(msg, k.Prev):
		if d.slide().kind == questionSlide && d.revealed {
			d.hide(m)
			return nil
		}
		// going back arrives at a question as it was left: answered
		return d.show(m, d.cur-1, true)
	case key.Matches(msg, k.Down):
		d.scroll(1)
	case key.Matches(msg, k.Up):
		d.scroll(-1)
	case key.Matches(msg, k.PageDown):
		d.scroll(max(h-1, 1))
	case key.Matches(msg, k.PageUp):
		d.scroll(-max(h-1, 1))
	case key.Matches(msg, k.First):
		return d.show(m, 0, false)
	case key.Matches(msg, k.Last):
		return d.show(m, len(d.slides)-1, false)
	}
	return nil
}

func (d *deckModel) view(m *common) string {
	title := fmt.Sprintf("%d. %s", d.num, d.m.Title)
	keys := d.keys(m)
	if len(d.slides) == 0 {
		return m.frame(title, "", []string{m.l.T(locale.PresentEmpty)}, keys, "")
	}
	s := d.slide()
	var right string
	switch s.kind {
	case pageSlide:
		right = m.l.T(locale.PresentPageof, s.index+1, len(d.m.Pages))
	case discussionSlide:
		right = m.l.T(locale.PresentDiscussion)
	case questionSlide:
		right = m.l.T(locale.PresentQuestionof, s.index+1, len(d.m.Questions))
	}
	var body []string
	switch {
	case !d.ready && d.lines == nil:
		body = []string{m.s.Subtle.Render(m.l.T(locale.PresentRendering))}
	case d.lines != nil:
		body = strings.Split(d.vp.View(), "\n")
	}
	note := ""
	if d.ready && !d.atBottom() {
		note = m.l.T(locale.PresentMore)
	}
	return m.frame(title, right, body, keys, note)
}

// discussionLines lays out the discussion questions: a heading, then each
// question numbered, in bold, with room between them.
func (d *deckModel) discussionLines(m *common, w int) []string {
	out := []string{m.s.Heading.Render(m.l.T(locale.PresentDiscussion)), ""}
	numW := len(fmt.Sprintf("%d.", len(d.m.Discussion))) + 2
	for i, q := range d.m.Discussion {
		num := fmt.Sprintf("%d.", i+1)
		num += strings.Repeat(" ", numW-len(num))
		for j, l := range wrap(q, w-numW) {
			lead := strings.Repeat(" ", numW)
			if j == 0 {
				lead = m.s.Heading.Render(num)
			}
			out = append(out, lead+m.s.Bold.Render(l))
		}
		out = append(out, "")
	}
	return out
}

// questionLines lays out a quiz question with its options labelled A, B,
// C… in file order. While the answer is hidden nothing on screen, not even
// a colour, differs between right and wrong options. Revealed, the right
// options carry a mark, and below them come the right answer in words, the
// feedback on every option, the explanation and the source.
func (d *deckModel) questionLines(m *common, w int) []string {
	q := d.m.Questions[d.slide().index]
	var out []string
	for _, l := range wrap(q.Text, w) {
		out = append(out, m.s.Bold.Render(l))
	}
	out = append(out, "")
	if d.groupShown(m) {
		out = append(out, d.groupLines(m, q, w)...)
	}
	if q.Type == course.Multiple {
		out = append(out, m.s.Subtle.Render(m.l.T(locale.PresentMultiple)), "")
	}
	spacious := m.height >= 36
	const lead = 7 // "✓  A.  "
	d.markLine = 0
	var right []string
	for i, o := range q.Options {
		mark := " "
		text := wrap(o.Text, w-lead)
		if d.revealed && o.Correct {
			if len(right) == 0 {
				d.markLine = len(out)
			}
			right = append(right, ui.OptionLabel(i))
			mark = m.s.Good.Render(m.s.Mark)
			for j := range text {
				text[j] = m.s.Good.Render(text[j])
			}
		}
		label := ui.OptionLabel(i) + "."
		out = append(out, mark+"  "+m.s.Bold.Render(label)+strings.Repeat(" ", lead-3-len(label))+text[0])
		for _, l := range text[1:] {
			out = append(out, strings.Repeat(" ", lead)+l)
		}
		if spacious {
			out = append(out, "")
		}
	}
	if !d.revealed {
		return out
	}
	if !spacious {
		out = append(out, "")
	}
	key := locale.PresentAnswer
	if len(right) > 1 {
		key = locale.PresentAnswers
	}
	out = append(out, m.s.Good.Render(m.l.T(key, strings.Join(right, ", "))), "")
	// the feedback on each option, marked and laid out like the options
	for i, o := range q.Options {
		if o.Feedback == "" {
			continue
		}
		mark := " "
		if o.Correct {
			mark = m.s.Good.Render(m.s.Mark)
		}
		label := ui.OptionLabel(i) + "."
		lines := wrap(o.Feedback, w-lead)
		out = append(out, mark+"  "+m.s.Bold.Render(label)+strings.Repeat(" ", lead-3-len(label))+lines[0])
		for _, l := range lines[1:] {
			out = append(out, strings.Repeat(" ", lead)+l)
		}
	}
	out = append(out, "")
	if q.Explanation != "" {
		out = append(out, m.s.Bold.Render(m.l.T(locale.PresentExplanation)))
		out = append(out, wrap(q.Explanation, w)...)
		out = append(out, "")
	}
	if q.Source != "" {
		for _, l := range wrap(m.l.T(locale.PresentSource, q.Source), w) {
			out = append(out, m.s.Subtle.Render(l))
		}
	}
	return out
}

// wrap breaks plain text into lines of at most w columns. Single line
// breaks, as an author types them in a YAML block, are joined; a blank line
// starts a new paragraph.
func wrap(s string, w int) []string {
	var out []string
	for i, para := range strings.Split(strings.TrimSpace(s), "\n\n") {
		para = strings.Join(strings.Fields(para), " ")
		if para == "" {
			continue
		}
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, strings.Split(textwrap.Wrap(para, max(w, 10)), "\n")...)
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}
