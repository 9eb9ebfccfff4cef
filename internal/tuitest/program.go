package tuitest

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// Program runs m in a real Bubble Tea program for a test, in a terminal of
// w×h without colours, the way the screen tests of the course and of
// presenter mode both run it.
func Program(t *testing.T, m tea.Model, w, h int) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii), tea.WithEnvironment([]string{"TERM=xterm-256color"})),
	)
}

// WaitFor waits until the program's output shows text, failing the test
// after 5 s.
func WaitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// Final is the model the program ended with, failing the test when it
// has not ended after 10 s.
func Final(t *testing.T, tm *teatest.TestModel) tea.Model {
	t.Helper()
	return tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second))
}

// Screen is what a model shows, without colours.
func Screen(m tea.Model) string { return Strip(m.View().Content) }

// Strip is s without colours and other escape codes.
func Strip(s string) string { return ansi.Strip(s) }
