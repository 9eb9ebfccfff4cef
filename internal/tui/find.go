package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/search"
	"piketpalen/internal/termsafe"
)

// finder is a search in the reader, like less and glow have: / searches
// the module, z the whole course; the places found are marked on the page
// and n and N go to the next and the previous one, across pages and, for
// the whole course, across modules. It lives in common, so it goes on in
// the next module's reader.
type finder struct {
	typing bool   // the query is being typed
	course bool   // the whole course, not only the module
	input  string // what is typed so far
	query  string // the search in force; "" when none
	line   int    // the line of the page the current place is on
	// first is set when a page was turned to for the search: once its
	// text is there, it scrolls to the page's first place.
	first bool
	n, of int // the current place and the number of places, for the footer
}

// startSearch begins typing a query: of the whole course or of the module.
func (r *readerModel) startSearch(wholeCourse bool) {
	*r.find = finder{typing: true, course: wholeCourse}
}

// searchKey takes a key while the query is typed.
func (r *readerModel) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	f := r.find
	switch msg.String() {
	case "esc":
		*f = finder{}
	case "enter":
		f.typing, f.query = false, strings.TrimSpace(f.input)
		if f.query == "" {
			*f = finder{}
			return nil
		}
		f.line = -1
		return r.nextPlace(+1)
	case "backspace":
		if rs := []rune(f.input); len(rs) > 0 {
			f.input = string(rs[:len(rs)-1])
		}
	default:
		if msg.Text != "" {
			f.input += msg.Text
		}
	}
	return nil
}

// scope is where the search looks, in words.
func (r *readerModel) scope() string {
	if r.find.course {
		return r.l.T(locale.ReaderSearchcourse)
	}
	return r.l.T(locale.ReaderSearchmodule)
}

// places are the pages, in order, that hold the query.
func (r *readerModel) places() []search.Hit {
	var hits []search.Hit
	if r.find.course {
		hits = search.Course(r.c, r.find.query, r.textWidth())
	} else {
		hits = search.Module(r.m, r.find.query, r.textWidth())
	}
	var pages []search.Hit
	for _, h := range hits {
		if n := len(pages); n == 0 || pages[n-1].Module != h.Module || pages[n-1].Page != h.Page {
			pages = append(pages, h)
		}
	}
	return pages
}

// matchLines are the lines of the page on screen that hold the query.
func (r *readerModel) matchLines() []int {
	var out []int
	for i, l := range strings.Split(r.text, "\n") {
		if search.Contains(ansi.Strip(l), r.find.query) {
			out = append(out, i)
		}
	}
	return out
}

// nextPlace goes to the next place (dir +1) or the previous one (-1): on
// this page while it has one past the current, else on the next page that
// holds the query, in this module or, for the whole course, another.
func (r *readerModel) nextPlace(dir int) tea.Cmd {
	f := r.find
	if r.ready {
		lines := r.matchLines()
		for i := range lines {
			j := i
			if dir < 0 {
				j = len(lines) - 1 - i
			}
			if (dir > 0 && lines[j] > f.line) || (dir < 0 && f.line >= 0 && lines[j] < f.line) {
				r.goToLine(lines[j])
				return nil
			}
		}
	}
	pages := r.places()
	if len(pages) == 0 {
		r.send(statusMsg{r.l.T(locale.ReaderSearchnone, f.query, r.scope())})
		*f = finder{}
		return nil
	}
	cur := -1
	for i, p := range pages {
		if p.Module == r.m && p.Page == r.page {
			cur = i
		}
	}
	var next search.Hit
	switch {
	case cur < 0 && dir > 0:
		next = pages[0]
		for _, p := range pages {
			if after(r.c, p, r.m, r.page) {
				next = p
				break
			}
		}
	case cur < 0:
		next = pages[len(pages)-1]
	default:
		next = pages[(cur+dir+len(pages))%len(pages)]
	}
	f.first, f.line = true, -1
	if dir < 0 {
		f.line = 1 << 30 // the page's last place, once it is there
	}
	if next.Module != r.m {
		r.send(openModuleMsg{next.Module, next.Page})
		return nil
	}
	return r.show(next.Page)
}

// after reports whether page p of the course comes after page pg of m.
func after(c *course.Course, h search.Hit, m *course.Module, pg int) bool {
	a, b := c.Number(h.Module), c.Number(m)
	return a > b || a == b && h.Page > pg
}

// goToLine makes line i of the page the current place and scrolls it into
// view, a little below the top so that what leads up to it shows.
func (r *readerModel) goToLine(i int) {
	r.find.line = i
	r.vp.SetYOffset(max(i-2, 0))
	lines := r.matchLines()
	r.find.of = len(lines)
	for n, l := range lines {
		if l == i {
			r.find.n = n + 1
		}
	}
}

// arrived is called once a page's text is in the viewport: a page turned
// to by the search scrolls to its first (or, going back, last) place.
func (r *readerModel) arrived() {
	f := r.find
	if f.query == "" || !f.first {
		return
	}
	f.first = false
	lines := r.matchLines()
	if len(lines) == 0 {
		return
	}
	if f.line > 0 {
		r.goToLine(lines[len(lines)-1])
		return
	}
	r.goToLine(lines[0])
}

// marked is the page's text with the lines that hold the query marked in
// reverse video, the current one also in the selected colour, so the
// places stand out as less and glow mark them.
func (r *readerModel) marked(text string) string {
	if r.find.query == "" {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		plain := ansi.Strip(l)
		if !search.Contains(plain, r.find.query) {
			continue
		}
		st := r.s.Bold.Reverse(true)
		if i == r.find.line {
			st = r.s.Selected.Reverse(true)
		}
		lead := len(plain) - len(strings.TrimLeft(plain, " "))
		lines[i] = plain[:lead] + st.Render(plain[lead:])
	}
	return strings.Join(lines, "\n")
}

// searchFooter is the footer while a search is typed or in force, or "";
// the search is shown by the rule of internal/termsafe, as it is typed.
func (r *readerModel) searchFooter() string {
	f := r.find
	switch {
	case f.typing:
		return r.l.T(locale.ReaderSearchprompt, r.scope(), termsafe.String(f.input))
	case f.query != "" && f.of > 0:
		return r.l.T(locale.ReaderSearchhit, termsafe.String(f.query), f.n, f.of)
	}
	return ""
}
