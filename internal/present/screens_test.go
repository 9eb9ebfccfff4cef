package present

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/modules"

	"piketpalen/internal/locale"
	"piketpalen/internal/theme"
)

// shot is one screen of a tour: what it is and what the terminal shows.
type shot struct {
	name, screen string
	raw          string // as drawn, before it is cut to the terminal
}

// rawView is what m draws before ui.Screen cuts it to the terminal.
func rawView(m *Model) string {
	switch {
	case m.help:
		return ansi.Strip(m.helpView())
	case m.screen == deckScreen:
		return ansi.Strip(m.deck.view(m.common))
	}
	return ansi.Strip(m.list.view(m.common))
}

// tour walks a trainer through every kind of presenter screen — the list
// and its help, each slide of the first module (pages, discussion
// questions, each quiz question hidden and revealed) and the deck's help —
// at w×h in lang and style.
func tour(t *testing.T, lang locale.Lang, style theme.Name, w, h int) []shot {
	t.Helper()
	return tourOf(t, testCourse(t), lang, style, w, h)
}

func tourOf(t *testing.T, c *course.Course, lang locale.Lang, style theme.Name, w, h int) []shot {
	t.Helper()
	d := newDriver(t, New(Options{Course: c, Theme: style, Lang: lang}), w, h)
	var shots []shot
	snap := func(name string) { shots = append(shots, shot{name, d.screen(), rawView(d.m)}) }
	snap("list")
	d.Keys("?")
	snap("list-help")
	d.Keys("esc", "1")
	snap("deck-help-before")
	d.Keys("?")
	snap("deck-help")
	d.Keys("esc")
	bottom := func() {
		for range 10 {
			d.Keys("pgdown")
		}
	}
	for i := range len(d.m.deck.slides) {
		snap(fmt.Sprintf("slide%d", i+1))
		bottom()
		snap(fmt.Sprintf("slide%d-end", i+1))
		if d.m.deck.slide().kind == questionSlide {
			d.Keys("right") // reveals the answer
			snap(fmt.Sprintf("slide%d-revealed", i+1))
			bottom()
			snap(fmt.Sprintf("slide%d-revealed-end", i+1))
		}
		d.Keys("right")
	}
	return shots
}

// TestASCIIThemeIsASCII: in the ascii theme every sign on every presenter
// screen is ASCII; letters of the course text stay.
func TestASCIIThemeIsASCII(t *testing.T) {
	for _, lang := range []locale.Lang{locale.NL, locale.EN} {
		for _, s := range tour(t, lang, theme.ASCII, 80, 24) {
			for _, r := range s.screen {
				if r > unicode.MaxASCII && !unicode.IsLetter(r) {
					t.Errorf("%s/%s: %q (U+%04X) is not ASCII:\n%s", lang, s.name, r, r, s.screen)
					break
				}
			}
		}
	}
}

// TestEveryScreenFits renders every presenter screen at 60×20 and 80×24, in
// both languages and every theme, for the test course and the built-in
// one, and fails on a line that is cut or does not fit.
func TestEveryScreenFits(t *testing.T) {
	builtin, err := course.Load(modules.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*course.Course{testCourse(t), builtin} {
		for _, size := range [][2]int{{60, 20}, {80, 24}} {
			for _, lang := range []locale.Lang{locale.NL, locale.EN} {
				for _, th := range theme.All {
					for _, s := range tourOf(t, c, lang, th, size[0], size[1]) {
						lines := strings.Split(s.raw, "\n")
						if len(lines) > size[1] {
							t.Errorf("%s %dx%d %s %s %s: %d lines", c.Title, size[0], size[1], lang, th, s.name, len(lines))
						}
						for i, l := range lines {
							tl := strings.TrimRight(l, " ")
							if ansi.StringWidth(l) > size[0] || strings.HasSuffix(tl, "…") {
								t.Errorf("%s %dx%d %s %s %s: line %d cut or too wide: %q", c.Title, size[0], size[1], lang, th, s.name, i+1, tl)
							}
						}
					}
				}
			}
		}
	}
}
