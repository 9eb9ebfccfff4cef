package present

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
	"piketpalen/internal/workshop"
)

// The group's answers in a workshop (see package workshop): the presenter
// reads the workshop folder in the background and shows, on a question's
// slide, how many chose each option. Only counts reach the projector,
// never a name or a learner id.

// groupMsg brings what a scan of the workshop folder found; snap is nil
// when nothing changed.
type groupMsg struct{ snap *workshop.Snapshot }

// scanGroup reads the workshop folder in the background, after waiting
// for a change (or the poll interval) when wait is set. The reader is
// used by one command at a time: the next is started only when this one's
// message has arrived.
func (m *common) scanGroup(wait bool) tea.Cmd {
	r, w, last := m.ws, m.watch, m.group
	if r == nil || (wait && w == nil) {
		return nil
	}
	return func() tea.Msg {
		if wait && !w.Wait() {
			return nil
		}
		r.Scan() // a folder that is gone is told by the snapshot
		if last != nil && r.Version() == last.Version {
			return groupMsg{}
		}
		return groupMsg{r.Snapshot()}
	}
}

// grouped takes in a scan's result; the slide is laid out again only when
// the counts changed and are on screen, so nothing flickers.
func (m *Model) grouped(msg groupMsg) tea.Cmd {
	if msg.snap != nil {
		m.group = msg.snap
		if m.screen == deckScreen && m.deck.groupShown(m.common) {
			m.deck.layout(m.common, false)
		}
	}
	return m.scanGroup(true)
}

// groupShown reports whether the group's answers are on the slide: on a
// question in a workshop, once revealed, or before when the trainer asked.
func (d *deckModel) groupShown(m *common) bool {
	return m.ws != nil && len(d.slides) > 0 && d.slide().kind == questionSlide && (d.revealed || d.askGroup)
}

// workshopLines say on the list of modules which workshop this is and how
// many take part, so the trainer sees the room join; none outside a
// workshop.
func (m *common) workshopLines(w int) []string {
	switch {
	case m.ws == nil:
		return nil
	case m.group == nil:
		return wrap(m.l.T(locale.WorkshopReading), w)
	}
	out := wrap(m.l.N(locale.WorkshopTaking, m.group.Participants, m.group.Code), w)
	if m.group.Missing {
		out = append(out, wrap(m.l.T(locale.WorkshopFolderGone), w)...)
	}
	return out
}

// groupLines lays out how the group answered q: a line with the workshop's
// code and how many answered, then per option its label, a bar, the count
// and the share, the right options marked once revealed. The figures carry
// the meaning, so it reads the same without colour and in ASCII.
func (d *deckModel) groupLines(m *common, q *course.Question, w int) []string {
	snap := m.group
	if snap == nil {
		return []string{m.s.Subtle.Render(m.l.T(locale.WorkshopReading)), ""}
	}
	t := snap.Tally(d.m.ID, q.ID, len(q.Options))
	head := m.l.T(locale.WorkshopAnswered, snap.Code, t.Answered, snap.Participants)
	out := []string{m.s.Heading.Render(ui.Truncate(head, w))}
	if snap.Missing {
		for _, l := range wrap(m.l.T(locale.WorkshopFolderGone), w) {
			out = append(out, m.s.Warn.Render(l))
		}
	}
	if snap.NotCounted > 0 {
		// how many only: the trainer finds which in the folder
		for _, l := range wrap(m.l.N(locale.WorkshopNotcounted, snap.NotCounted), w) {
			out = append(out, m.s.Subtle.Render(l))
		}
	}
	countW := len(fmt.Sprint(max(t.Answered, 1)))
	// "✓  A.  " bar " 12  100%"
	barW := max(min(w-7-1-countW-2-4, 40), 4)
	for i, o := range q.Options {
		mark := " "
		if d.revealed && o.Correct {
			mark = m.s.Good.Render(m.s.Mark)
		}
		n := t.Options[i]
		pct := course.Percent(n, t.Answered) // 0 while nobody answered
		label := ui.OptionLabel(i) + "."
		out = append(out, fmt.Sprintf("%s  %s%s%s %*d %4s", mark, m.s.Bold.Render(label), strings.Repeat(" ", 4-len(label)),
			ui.Bar(n, t.Answered, barW, m.s.Bar, m.s.BarEmpty), countW, n, fmt.Sprintf("%d%%", pct)))
	}
	return append(out, "")
}
