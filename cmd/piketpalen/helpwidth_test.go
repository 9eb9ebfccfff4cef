package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestHelpFitsEightyColumns: "piketpalen help", "help COMMAND" and every
// command's --help print no line wider than 80 columns, in Dutch and in
// English.
func TestHelpFitsEightyColumns(t *testing.T) {
	t.Setenv("HOME", "/home/jan")
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("PIKETPALEN_DATA", "")
	calls := [][]string{{"help"}, {"--help"}}
	for _, c := range commands() {
		calls = append(calls, []string{"help", c.names[0]}, []string{c.names[0], "--help"})
	}
	for _, lang := range []string{"nl", "en"} {
		for _, args := range calls {
			var out, errb bytes.Buffer
			run(append(append([]string(nil), args...), "--lang", lang), strings.NewReader(""), &out, &errb)
			text := out.String() + errb.String()
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s %v prints nothing", lang, args)
			}
			for i, line := range strings.Split(text, "\n") {
				if w := ansi.StringWidth(line); w > helpWidth {
					t.Errorf("%s %v line %d is %d columns wide:\n%s", lang, args, i+1, w, line)
				}
			}
		}
	}
}
