package textwrap

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestWrapKeepsFlags: a command line in a message is never cut after the
// hyphens of a flag, at any width, and wrapping changes no character of
// the text but the line breaks; a hyphen inside a word may end a line.
func TestWrapKeepsFlags(t *testing.T) {
	text := "Vraag de trainer welke map het is; de trainer start hem met piketpalen present --workshop MAP, of -h voor hulp."
	for w := 10; w <= 90; w++ {
		for name, wrap := range map[string]func(string, int) string{"Wrap": Wrap, "Wordwrap": Wordwrap,
			"WrapAt": func(s string, w int) string { return WrapAt(s, w, " /\\") }} {
			out := wrap(text, w)
			for _, line := range strings.Split(out, "\n") {
				line = strings.TrimRight(line, " ")
				if strings.HasSuffix(line, "-") || strings.HasPrefix(strings.TrimLeft(line, " "), "-workshop") {
					t.Fatalf("%s at %d columns cut a flag:\n%s", name, w, out)
				}
			}
			if got := strings.Join(strings.Fields(out), " "); got != text {
				t.Fatalf("%s at %d columns changed the text: %q", name, w, got)
			}
		}
	}
	if out := Wrap("een Tweede-Kamerlid", 12); out != "een Tweede-\nKamerlid" {
		t.Errorf("a hyphen inside a word: %q", out)
	}
	if out := Wrap("a \u2011b --c", 3); strings.Join(strings.Fields(out), " ") != "a \u2011b --c" {
		t.Errorf("a text with a non-breaking hyphen of its own changed: %q", out)
	}
}

// TestOneWrapper: the program's own code wraps text only through this
// package, so that no screen or message cuts a flag; a hard wrap of a path
// (ansi.Hardwrap, by characters) is no word wrap and may stay.
func TestOneWrapper(t *testing.T) {
	root := filepath.Join("..", "..")
	calls := regexp.MustCompile(`\b(lipgloss\.Wrap|ansi\.Wordwrap|ansi\.Wrap)\(`)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "third_party" || d.Name() == "textwrap" || strings.HasPrefix(d.Name(), ".") && path != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			if calls.MatchString(line) {
				t.Errorf("%s:%d wraps text by itself; use textwrap: %s", path, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
