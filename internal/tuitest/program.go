package tuitest

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
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
