package markdown

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"
)

const sample = "# Titel van de pagina\n\nDe **minister** is *verantwoordelijk* voor het beleid van het ministerie en legt daarover verantwoording af aan de Tweede Kamer.\n\n## Onderkop\n\n- punt één\n- punt twee\n\n> Een citaat.\n"

func TestMarkdownWrapsToWidth(t *testing.T) {
	for _, style := range []string{Dark, Light, ASCII, Plain, HighContrast} {
		for _, w := range []int{40, 80, 200} {
			out, err := Markdown(sample, w, style)
			if err != nil {
				t.Fatalf("%s %d: %v", style, w, err)
			}
			for _, l := range strings.Split(out, "\n") {
				if xansi.StringWidth(l) > w {
					t.Errorf("%s at %d: line of %d columns: %q", style, w, xansi.StringWidth(l), l)
				}
			}
			if !strings.Contains(xansi.Strip(out), "één") {
				t.Errorf("%s: diacritics lost: %q", style, out)
			}
		}
	}
}

func TestPlainHasNoMarkupOrEscapes(t *testing.T) {
	out, err := Markdown(sample, 80, Plain)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("plain output has escape codes: %q", out)
	}
	for _, sign := range []string{"**", "*verantwoordelijk*", "# ", "│"} {
		if strings.Contains(out, sign) {
			t.Errorf("plain output has %q:\n%s", sign, out)
		}
	}
	if !strings.HasPrefix(out, "Titel van de pagina") || !strings.Contains(out, "- punt één") {
		t.Errorf("plain output:\n%s", out)
	}
}

func TestCacheRendersOncePerWidth(t *testing.T) {
	c := NewCache(Dark)
	k := Key{ID: "m/0", Width: 80}
	if _, ok := c.Get(k); ok {
		t.Fatal("empty cache has the page")
	}
	a, err := c.Render(k, sample)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := c.Render(k, "# anders")
	if a != b {
		t.Error("a cached rendering was rendered again")
	}
	if _, ok := c.Get(Key{ID: "m/0", Width: 100}); ok {
		t.Error("another width came from the cache")
	}
	if NewCache("no-such-style").Style() != Dark {
		t.Error("an unknown style does not fall back to dark")
	}
}

func BenchmarkRenderPage(b *testing.B) {
	for _, w := range []int{80, 200} {
		b.Run(fmt.Sprintf("cols=%d", w), func(b *testing.B) {
			for b.Loop() {
				if _, err := Markdown(sample, w, Dark); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestListItemsHangUnderTheirText(t *testing.T) {
	md := "- Een lang lijstpunt dat zeker over meer dan één regel loopt als de breedte veertig kolommen is.\n- Kort punt.\n\n1. Een genummerd punt dat ook over meer dan één regel doorloopt bij deze breedte.\n\nGewone tekst die niet tot de lijst hoort en ook over meerdere regels loopt, zonder inspringen.\n"
	for _, style := range []string{Dark, ASCII, Plain} {
		out, err := Markdown(md, 40, style)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(xansi.Strip(out), "\n")
		bullet := "• "
		if style == Plain {
			bullet = "- "
		}
		lead := strings.Index(lines[0], bullet)
		if lead < 0 {
			t.Fatalf("%s: first line %q has no bullet", style, lines[0])
		}
		if !strings.HasPrefix(lines[1], strings.Repeat(" ", lead+2)) {
			t.Errorf("%s: continuation %q does not hang under the text of %q", style, lines[1], lines[0])
		}
		for _, l := range lines {
			if strings.Contains(l, "Gewone tekst") && strings.HasPrefix(l, strings.Repeat(" ", lead+2)) {
				t.Errorf("%s: a paragraph after the list was indented: %q", style, l)
			}
			if w := xansi.StringWidth(l); w > 40 {
				t.Errorf("%s: line of %d columns: %q", style, w, l)
			}
		}
	}
}

// colourSGR matches a select-graphic-rendition parameter that sets a
// colour (30–49, 90–107) or faint text (2).
var colourSGR = regexp.MustCompile(`(\x1b\[|;)(3[0-9]|4[0-9]|9[0-7]|10[0-7]|2)[;m]`)

func TestHighContrastHasNoColour(t *testing.T) {
	out, err := Markdown(sample, 80, HighContrast)
	if err != nil {
		t.Fatal(err)
	}
	if colourSGR.MatchString(out) {
		t.Errorf("high-contrast output has a colour or faint code: %q", colourSGR.FindString(out))
	}
	if !colourSGR.MatchString("\x1b[38;5;252mx") || !colourSGR.MatchString("\x1b[1;2mx") || colourSGR.MatchString("\x1b[3mx\x1b[1m") {
		t.Fatal("the colour pattern itself is wrong")
	}
	if !strings.Contains(out, "\x1b[1") && !strings.Contains(out, ";1m") {
		t.Error("high-contrast output lost its bold")
	}
	if styles := NewCache(HighContrast).Style(); styles != HighContrast {
		t.Errorf("style = %s", styles)
	}
}

func TestSubheadingsHaveNoMarkdownSigns(t *testing.T) {
	for _, style := range []string{Dark, Light, HighContrast} {
		out, err := Markdown(sample, 80, style)
		if err != nil {
			t.Fatal(err)
		}
		plain := xansi.Strip(out)
		if strings.Contains(plain, "## ") || !strings.Contains(plain, "Onderkop") {
			t.Errorf("%s: subheading shown as %q", style, plain)
		}
	}
}
