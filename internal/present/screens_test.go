package present

import (
	"fmt"
	"testing"
	"unicode"

	"piketpalen/internal/locale"
	"piketpalen/internal/theme"
)

// shot is one screen of a tour: what it is and what the terminal shows.
type shot struct {
	name, screen string
}

// tour walks a trainer through every kind of presenter screen — the list
// and its help, each slide of the first module (pages, discussion
// questions, each quiz question hidden and revealed) and the deck's help —
// at w×h in lang and style.
func tour(t *testing.T, lang locale.Lang, style theme.Name, w, h int) []shot {
	t.Helper()
	c := testCourse(t)
	d := newDriver(t, New(Options{Course: c, Theme: style, Lang: lang}), w, h)
	var shots []shot
	snap := func(name string) { shots = append(shots, shot{name, d.screen()}) }
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
