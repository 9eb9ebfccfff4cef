// Command tea is the comparison harness's one-line Bubble Tea v2 program:
// the smallest full-screen start a Bubble Tea program can have. It shows one
// line and quits on q. PEER_FPS sets its frame rate (default 60). The
// harness builds it against stock Bubble Tea.
package main

import (
	"fmt"
	"os"
	"strconv"

	tea "charm.land/bubbletea/v2"
)

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() tea.View { return tea.NewView("Hallo, wereld") }

func main() {
	fps, _ := strconv.Atoi(os.Getenv("PEER_FPS"))
	if _, err := tea.NewProgram(model{}, tea.WithFPS(fps)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
