// Package glamourcheck renders everything of the built-in course that goes
// through Glamour: every page in every style, as the course screen and the
// presenter show it, and every module as `print` writes it, at the widths a
// terminal commonly has. The test compares these renderings made with the
// patched copy of Glamour in internal/third_party/glamour against the same
// renderings made by a build with stock Glamour (the dump program), so a
// change of the patch or of an upgrade that alters any byte is caught.
package glamourcheck

import (
	"fmt"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/coursetext"
	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/modules"
)

// Widths are the terminal widths every text is rendered at.
var Widths = []int{60, 80, 120, 200}

// Styles are every style the program renders in: the themes a learner can
// choose and the plain style of print and plain mode.
func Styles() []string { return append(append([]string{}, markdown.Themes...), markdown.Plain) }

// Rendering is one text as rendered, named by what it is.
type Rendering struct {
	Name string // e.g. "page 03-functioneringsnorm/2 dark 80"
	Text string
}

// patchedMarkdown has what the built-in course does not, but the patches of
// the Glamour copy touch: HTML (stripped), an image and a rule (their styles'
// Format) and links Glamour shortens. Not code blocks: stock Glamour
// highlights them in colour, the copy on purpose does not.
const patchedMarkdown = "# Sample\n\nText with <b>inline</b> HTML &amp; an entity, <!-- a comment --> and <kbd>Ctrl</kbd>.\n\n" +
	"<div>\n<p>An HTML block</p><script>alert(1)</script><style>p{}</style><title>t</title>\n</div>\n\n" +
	"---\n\n" +
	"![an image](plaatje.png) and [a link](https://example.org/x), https://github.com/charmbracelet/glamour/issues/12 " +
	"and https://github.com/charmbracelet/glamour/commit/0123456789abcdef.\n\n| a | b |\n|---|---|\n| <i>c</i> https://github.com/charmbracelet/glamour/pull/7 | ![d](e.png) |\n"

// Renderings renders the built-in course in every style at every width.
func Renderings() ([]Rendering, error) {
	c, err := course.Load(modules.FS)
	if err != nil {
		return nil, fmt.Errorf("load the built-in course: %w", err)
	}
	var out []Rendering
	for _, style := range Styles() {
		cache := markdown.NewCache(style)
		for _, m := range c.Modules {
			for p, page := range m.Pages {
				intro := markdown.Intro{}
				if p == 0 {
					intro = markdown.Intro{Title: locale.NL.T(locale.ReaderObjectives), Items: m.Objectives}
				}
				for _, w := range Widths {
					k := markdown.Key{ID: fmt.Sprintf("%s/%d", m.ID, p), Width: w}
					s, err := cache.RenderPage(k, page.Markdown, intro)
					if err != nil {
						return nil, err
					}
					out = append(out, Rendering{Name: fmt.Sprintf("page %s %s %d", k.ID, style, w), Text: s})
				}
			}
		}
	}
	for _, style := range Styles() {
		cache := markdown.NewCache(style)
		for _, w := range Widths {
			s, err := cache.RenderPage(markdown.Key{ID: "sample", Width: w}, patchedMarkdown, markdown.Intro{})
			if err != nil {
				return nil, err
			}
			out = append(out, Rendering{Name: fmt.Sprintf("sample %s %d", style, w), Text: s})
		}
	}
	for _, m := range c.Modules {
		for _, w := range Widths {
			var b strings.Builder
			if err := coursetext.Write(&b, c, []*course.Module{m}, coursetext.Options{Width: w, Lang: locale.NL, Answers: true}); err != nil {
				return nil, err
			}
			out = append(out, Rendering{Name: fmt.Sprintf("print --answers %s %d", m.ID, w), Text: b.String()})
		}
	}
	return out, nil
}
