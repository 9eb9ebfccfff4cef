// Package markdown turns course markdown into terminal text with Glamour and
// keeps the results, so a page is rendered once per width and never while a
// screen is being drawn.
package markdown

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"piketpalen/internal/termsafe"
	"piketpalen/internal/textwrap"
)

// Styles a learner can choose; Dark is the default. The terminal is never
// asked for its background colour, since that can block start-up for seconds.
const (
	Dark  = "dark"
	Light = "light"
	ASCII = "ascii" // no colour, no box drawing
	Plain = "plain" // words only: no markup signs, no colour, no margin; for printing and screen readers

	// HighContrast is the dark style in the terminal's own foreground
	// colour: no greys, no faint text, no backgrounds; emphasis by bold,
	// italic and underline only.
	HighContrast = "high-contrast"
)

// Themes are the styles a learner can choose with --theme.
var Themes = []string{Dark, Light, HighContrast, ASCII}

// darkStyle and lightStyle are Glamour's own, without the "## " signs in
// front of subheadings: the colour and bold already mark them, and the signs
// read as stray characters to someone who does not know markdown.
var (
	darkStyle  = bothBackgrounds(withoutHeadingSigns(styles.DarkStyleConfig))
	lightStyle = withoutHeadingSigns(styles.LightStyleConfig)
)

// bothBackgrounds makes Glamour's dark style, the default, readable on a
// dark and on a light terminal without asking the terminal which it is:
// body text, rules and code blocks in the terminal's own foreground colour
// (Glamour's dark style writes them in grey 252, nearly invisible on
// white), and accents of middle brightness that stand out from both a
// black and a white background. Text on a background of its own (the
// first heading, inline code) keeps its colours: it reads the same on both.
func bothBackgrounds(s ansi.StyleConfig) ansi.StyleConfig {
	blue, green := "#2F7FD8", "#2E9E4F"
	s.Document.Color = nil
	s.Heading.Color = &blue
	s.H6.Color = &green
	s.HorizontalRule.Color = nil
	s.Link.Color = &blue
	s.LinkText.Color = &green
	s.ImageText.Color = nil
	s.CodeBlock.Color = nil
	s.BlockQuote.Color = nil
	return s
}

func withoutHeadingSigns(s ansi.StyleConfig) ansi.StyleConfig {
	for _, h := range []*ansi.StyleBlock{&s.H2, &s.H3, &s.H4, &s.H5, &s.H6} {
		h.Prefix = ""
	}
	return s
}

var highContrastStyle = func() ansi.StyleConfig {
	s := darkStyle
	stripColour(reflect.ValueOf(&s).Elem())
	return s
}()

// stripColour clears every colour, background and faint setting in a style
// configuration, however deep, leaving the shapes and emphasis.
func stripColour(v reflect.Value) {
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch {
		case name == "Color" || name == "BackgroundColor" || name == "Faint" || name == "Chroma":
			if f.Kind() == reflect.Pointer {
				f.SetZero()
			}
		case f.Kind() == reflect.Struct:
			stripColour(f)
		}
	}
}

// plainStyle is Glamour's ASCII style without the signs that stand for
// emphasis and headings, which a screen reader would read out.
var plainStyle = func() ansi.StyleConfig {
	s := styles.ASCIIStyleConfig
	var zero uint
	s.Document.Margin = &zero
	s.Document.BlockPrefix = ""
	s.Document.BlockSuffix = ""
	s.Strong.BlockPrefix, s.Strong.BlockSuffix = "", ""
	s.Emph.BlockPrefix, s.Emph.BlockSuffix = "", ""
	for _, h := range []*ansi.StyleBlock{&s.H1, &s.H2, &s.H3, &s.H4, &s.H5, &s.H6} {
		h.Prefix = ""
	}
	s.Item.BlockPrefix = "- "
	return s
}()

// Key names one rendering: which text, at which width.
type Key struct {
	ID    string // caller's name for the text, e.g. "03-functioneringsnorm/2"
	Width int
}

// Cache renders markdown at a width and keeps the result. It is safe for use
// from several goroutines, so pages can be rendered ahead in the background.
type Cache struct {
	style string
	mu    sync.Mutex
	done  map[Key]string
}

// NewCache returns an empty cache that renders in the given style.
func NewCache(style string) *Cache {
	if _, ok := styles.DefaultStyles[style]; !ok && style != Plain && style != HighContrast {
		style = Dark
	}
	return &Cache{style: style, done: map[Key]string{}}
}

// Style returns the Glamour style the cache renders in.
func (c *Cache) Style() string { return c.style }

// Get returns the rendering for k if it was made before.
func (c *Cache) Get(k Key) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.done[k]
	return s, ok
}

// Render returns the rendering of md for k, rendering it when it is not cached.
func (c *Cache) Render(k Key, md string) (string, error) {
	if s, ok := c.Get(k); ok {
		return s, nil
	}
	s, err := Markdown(md, k.Width, c.style)
	if err != nil {
		return "", fmt.Errorf("render %s at %d columns: %w", k.ID, k.Width, err)
	}
	c.mu.Lock()
	c.done[k] = s
	c.mu.Unlock()
	return s, nil
}

// Markdown renders md to fit in width columns in the given Glamour style.
// Trailing spaces that Glamour pads lines with are removed.
//
// md is made safe first (termsafe.String): Glamour passes escape sequences
// in its input through, so an OSC 8 link or an OSC 52 clipboard write in a
// lesson would reach the terminal; shown as text, it cannot. The styling
// Glamour adds afterwards is the program's own. The Plain style is words
// only, so the links Glamour writes as OSC 8 are taken out of it too.
func Markdown(md string, width int, style string) (string, error) {
	md = termsafe.String(md)
	if width < 20 {
		width = 20
	}
	// room for the hanging indent that hangLists adds to wrapped list items
	const hang = 4
	styleOpt := glamour.WithStandardStyle(style)
	switch style {
	case Dark:
		styleOpt = glamour.WithStyles(darkStyle)
	case Light:
		styleOpt = glamour.WithStyles(lightStyle)
	case Plain:
		styleOpt = glamour.WithStyles(plainStyle)
	case HighContrast:
		styleOpt = glamour.WithStyles(highContrastStyle)
	}
	r, err := glamour.NewTermRenderer(styleOpt, glamour.WithWordWrap(width-hang))
	if err != nil {
		return "", err
	}
	out, err := r.Render(md)
	if err != nil {
		return "", err
	}
	bullet := "• "
	if style == Plain {
		bullet = "- "
		out = xansi.Strip(out)
	}
	return hangLists(trimLines(out), bullet), nil
}

var enumeration = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9]{1,2}\. `) })

// hangLists indents the wrapped lines of a list item under the item's text
// instead of under its bullet, so each item reads as one block.
func hangLists(s, bullet string) string {
	lines := strings.Split(s, "\n")
	indent, itemLead := 0, -1
	for i, l := range lines {
		vis := xansi.Strip(l)
		trimmed := strings.TrimLeft(vis, " ")
		lead := len(vis) - len(trimmed)
		switch {
		case trimmed == "":
			indent, itemLead = 0, -1
		case strings.HasPrefix(trimmed, bullet):
			indent, itemLead = xansi.StringWidth(bullet), lead
		case enumeration().MatchString(trimmed):
			indent, itemLead = len(enumeration().FindString(trimmed)), lead
		case indent > 0 && lead == itemLead:
			lines[i] = strings.Repeat(" ", indent) + l
		default:
			indent, itemLead = 0, -1
		}
	}
	return strings.Join(lines, "\n")
}

func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	blank := func(l string) bool { return strings.TrimSpace(xansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// Intro is a short list set under a page's title, such as a module's
// learning objectives.
type Intro struct {
	Title string
	Items []string
}

// RenderPage returns the rendering of a lesson page for k, rendering it when
// it is not cached. When intro has items, they are set under the page's
// first heading as a list whose wrapped lines hang under the text, which
// Glamour's own lists do not do.
func (c *Cache) RenderPage(k Key, md string, intro Intro) (string, error) {
	if len(intro.Items) == 0 {
		return c.Render(k, md)
	}
	if s, ok := c.Get(k); ok {
		return s, nil
	}
	head, rest, _ := strings.Cut(md, "\n")
	var parts []string
	if strings.HasPrefix(head, "# ") {
		h, err := Markdown(head, k.Width, c.style)
		if err != nil {
			return "", fmt.Errorf("render %s at %d columns: %w", k.ID, k.Width, err)
		}
		parts = append(parts, h)
	} else {
		rest = md
	}
	parts = append(parts, introBlock(intro, k.Width, c.style))
	body, err := Markdown(rest, k.Width, c.style)
	if err != nil {
		return "", fmt.Errorf("render %s at %d columns: %w", k.ID, k.Width, err)
	}
	parts = append(parts, body)
	s := strings.Join(parts, "\n\n")
	c.mu.Lock()
	c.done[k] = s
	c.mu.Unlock()
	return s, nil
}

// introBlock sets the intro with the same left margin as Glamour's pages.
func introBlock(in Intro, width int, style string) string {
	margin := "  "
	if style == Plain {
		margin = ""
	}
	bullet := "• "
	if style == ASCII || style == Plain {
		bullet = "- "
	}
	textW := max(width-len(margin)-2, 10)
	title := termsafe.String(in.Title)
	if style != Plain && style != ASCII {
		title = lipgloss.NewStyle().Bold(true).Render(title)
	}
	lines := []string{margin + title}
	for _, item := range in.Items {
		wrapped := strings.Split(textwrap.Wrap(termsafe.String(item), textW), "\n")
		for i, l := range wrapped {
			lead := "  "
			if i == 0 {
				lead = bullet
			}
			lines = append(lines, margin+lead+strings.TrimRight(l, " "))
		}
	}
	return strings.Join(lines, "\n")
}

// PageText is a page of the course as plain words wrapped to width, for
// plain mode and the print command: its heading (the page's title, which
// they announce themselves) left off, no markup signs and no colour.
func PageText(page string, width int) (string, error) {
	_, body, _ := strings.Cut(page, "\n")
	return Markdown(body, width, Plain)
}
