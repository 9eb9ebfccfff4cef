// Package tuitest runs a Bubble Tea model step by step for tests: it feeds a
// message, runs the commands that come back (and the commands those return)
// and only then goes on, so every step of a journey ends on a settled
// screen that a test can compare with a golden file. It is for tests only.
package tuitest

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Driver feeds messages to Model the way a Program would.
type Driver struct {
	T     testing.TB
	Model tea.Model
}

// Send hands msg to the model and runs what it returns.
func (d *Driver) Send(msg tea.Msg) {
	d.T.Helper()
	var cmd tea.Cmd
	d.Model, cmd = d.Model.Update(msg)
	d.Run(cmd)
}

// Run runs cmd and sends its message back, batches included. A command that
// has not finished in 5 s fails the test; quitting ends the chain.
func (d *Driver) Run(cmd tea.Cmd) {
	d.T.Helper()
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(5 * time.Second):
		d.T.Fatal("a command did not finish in 5 s")
	}
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
	case tea.BatchMsg:
		for _, c := range msg {
			d.Run(c)
		}
	default:
		d.Send(msg)
	}
}

// Keys sends key presses by name; see Key.
func (d *Driver) Keys(names ...string) {
	d.T.Helper()
	for _, n := range names {
		d.Send(Key(n))
	}
}

// Key is the key press for a name: "enter", "esc", "down", "pgup", "tab",
// "ctrl+c" and the like, or a text such as "q" or "Zoë".
func Key(name string) tea.KeyPressMsg {
	codes := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "down": tea.KeyDown, "up": tea.KeyUp,
		"left": tea.KeyLeft, "right": tea.KeyRight, "space": tea.KeySpace, "backspace": tea.KeyBackspace,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd, "tab": tea.KeyTab,
		"delete": tea.KeyDelete,
	}
	if c, ok := codes[name]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	switch name {
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	return tea.KeyPressMsg{Code: []rune(name)[0], Text: name}
}

// AssertFits checks that no line of screen is wider than w columns and that
// it has no more than h lines.
func AssertFits(t testing.TB, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("screen has %d lines, terminal %d", len(lines), h)
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("line %d is %d wide, terminal %d: %q", i+1, ansi.StringWidth(l), w, l)
		}
	}
}

// AssertContains checks that screen shows every text in want.
func AssertContains(t testing.TB, screen string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(screen, w) {
			t.Errorf("screen lacks %q:\n%s", w, screen)
		}
	}
}
