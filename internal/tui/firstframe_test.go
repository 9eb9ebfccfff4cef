package tui

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

type oneLine struct{}

func (oneLine) Init() tea.Cmd                       { return nil }
func (oneLine) Update(tea.Msg) (tea.Model, tea.Cmd) { return oneLine{}, nil }
func (oneLine) View() tea.View                      { return tea.NewView("eerste beeld") }

// TestFirstFrameWrittenAtOnce: the patched Bubble Tea
// (internal/third_party/bubbletea) writes the first frame as soon as the
// model has its size, not at the first tick of its frame-rate ticker. At one
// frame a second stock Bubble Tea writes it a second after the start.
func TestFirstFrameWrittenAtOnce(t *testing.T) {
	pr, pw := io.Pipe()
	p := tea.NewProgram(oneLine{}, tea.WithInput(nil), tea.WithOutput(pw), tea.WithFPS(1),
		tea.WithWindowSize(80, 24), tea.WithoutSignals(), tea.WithEnvironment([]string{"TERM=xterm-256color"}))
	start := time.Now()
	done := make(chan error, 1)
	go func() {
		_, err := p.Run()
		pw.Close()
		done <- err
	}()
	var out bytes.Buffer
	buf := make([]byte, 4096)
	var took time.Duration
	for took == 0 {
		n, err := pr.Read(buf)
		out.Write(buf[:n])
		if bytes.Contains(out.Bytes(), []byte("eerste beeld")) {
			took = time.Since(start)
		}
		if err != nil {
			t.Fatalf("output ended before the first frame: %q", out.String())
		}
	}
	p.Quit()
	go io.Copy(io.Discard, pr)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if took > 500*time.Millisecond {
		t.Errorf("first frame written after %v; at one frame a second it should not wait for the ticker", took)
	}
}
