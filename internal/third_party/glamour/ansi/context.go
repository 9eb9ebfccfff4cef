package ansi

import (
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
)

// RenderContext holds the current rendering options and state.
type RenderContext struct {
	options Options

	blockStack *BlockStack
	table      *TableElement
}

// NewRenderContext returns a new RenderContext.
func NewRenderContext(options Options) RenderContext {
	return RenderContext{
		options:    options,
		blockStack: &BlockStack{},
		table:      &TableElement{},
	}
}

// SanitizeHTML sanitizes HTML content.
func (ctx RenderContext) SanitizeHTML(s string, trimSpaces bool) string {
	s = stripTags(s)
	if trimSpaces {
		s = strings.TrimSpace(s)
	}

	return html.UnescapeString(s)
}

// stripTags does what bluemonday.StrictPolicy().Sanitize did here: it keeps
// the text of an HTML fragment, escaped, and drops its tags, comments and
// doctypes, and the content of script and style elements and of the
// elements bluemonday skips the content of. Done with x/net/html's
// tokenizer directly, the way bluemonday does it, so that a program does
// not link bluemonday and its CSS parser, whose package initialisation
// every start paid.
func stripTags(s string) string {
	if strings.TrimSpace(s) == "" {
		return s
	}
	var (
		b          strings.Builder
		skip       bool   // inside an element whose content is dropped
		skipping   int64  // how many of those are open; may go below zero, as in bluemonday
		lastOpened string // the name of the last start tag, cleared by its end tag
	)
	z := xhtml.NewTokenizer(strings.NewReader(s))
	for z.Next() != xhtml.ErrorToken {
		t := z.Token()
		switch t.Type {
		case xhtml.StartTagToken:
			lastOpened = t.Data
			if t.Data == "script" || t.Data == "style" {
				continue
			}
			if skipsContent(t.Data) {
				skip = true
				skipping++
			}
		case xhtml.EndTagToken:
			if lastOpened == t.Data {
				lastOpened = ""
			}
			if t.Data == "script" || t.Data == "style" {
				continue
			}
			if skipsContent(t.Data) {
				skipping--
				if skipping == 0 {
					skip = false
				}
			}
		case xhtml.TextToken:
			if !skip && lastOpened != "script" && lastOpened != "style" {
				b.WriteString(t.String())
			}
		}
	}
	return b.String()
}

// skipsContent reports whether bluemonday's policies drop the content of an
// element along with its tags.
func skipsContent(name string) bool {
	switch name {
	case "frame", "frameset", "iframe", "noembed", "noframes", "noscript", "nostyle", "object", "script", "style", "title":
		return true
	}
	return false
}
