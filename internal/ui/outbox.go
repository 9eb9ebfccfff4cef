package ui

import tea "charm.land/bubbletea/v2"

// Outbox is how the screens of a full-screen view ask their root for
// something that is not theirs — another screen, a save: a screen sends a
// message, and the root handles it right after the message it was
// handling, in the same Update, so a key typed next lands on the new
// screen.
type Outbox struct{ msgs []tea.Msg }

// Send asks the root for msgs, in order.
func (o *Outbox) Send(msgs ...tea.Msg) { o.msgs = append(o.msgs, msgs...) }

// Update handles msg with handle, then every message sent meanwhile, and
// batches the commands they return.
func (o *Outbox) Update(msg tea.Msg, handle func(tea.Msg) tea.Cmd) tea.Cmd {
	cmds := []tea.Cmd{handle(msg)}
	for len(o.msgs) > 0 {
		next := o.msgs[0]
		o.msgs = o.msgs[1:]
		cmds = append(cmds, handle(next))
	}
	return tea.Batch(cmds...)
}
