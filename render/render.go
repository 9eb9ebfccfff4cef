// Package render turns course markdown into terminal text with Glamour and
// keeps the results, so a page is rendered once per width and never while a
// screen is being drawn.
package render

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// Styles a learner can choose; Dark is the default. The terminal is never
// asked for its background colour, since that can block start-up for seconds.
const (
	Dark  = "dark"
	Light = "light"
	ASCII = "ascii" // no colour, no box drawing
	Plain = "plain" // words only: no markup signs, no colour, no margin; for printing and screen readers
)

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
	if _, ok := styles.DefaultStyles[style]; !ok && style != Plain {
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
func Markdown(md string, width int, style string) (string, error) {
	if width < 20 {
		width = 20
	}
	styleOpt := glamour.WithStandardStyle(style)
	if style == Plain {
		styleOpt = glamour.WithStyles(plainStyle)
	}
	r, err := glamour.NewTermRenderer(styleOpt, glamour.WithWordWrap(width))
	if err != nil {
		return "", err
	}
	out, err := r.Render(md)
	if err != nil {
		return "", err
	}
	return trimLines(out), nil
}

func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}
