package glamourcheck

import (
	"html"
	"strings"
	"testing"

	"charm.land/glamour/v2/ansi"
	"github.com/microcosm-cc/bluemonday"
)

// stockSanitize is what stock Glamour does with the HTML in markdown: strip
// it with bluemonday's strict policy, then unescape the text.
func stockSanitize(s string, trim bool) string {
	s = bluemonday.StrictPolicy().Sanitize(s)
	if trim {
		s = strings.TrimSpace(s)
	}
	return html.UnescapeString(s)
}

var htmlSeeds = []string{
	"", "   ", "plain text", "<b>bold</b> &amp; <i>it</i>", "<p>a<br/>b</p>",
	"<script>alert(1)</script>after", "<style>p{}</style>x", "<title>t</title>body",
	"</title>a<title>b</title>c", "<iframe src=x>in</iframe>out", "<!-- c -->text<!DOCTYPE html>",
	"<SCRIPT>x</SCRIPT>y", "<div><script>s</script>t</div>u", "a &lt;b&gt; &quot;c&quot; &#39;d&#39; &#x41; &nbsp;e",
	"line\r\nnext\rlast", "nul\x00byte", "<textarea><b>raw</b></textarea>", "<noscript><p>n</p></noscript>m",
	"<object><param>o</object>p", "<a href='x'>link</a>", "<img src=x alt=y>z", "<<>>", "< b>", "<b", "x<y", "&unknown;", "\xff\xfe<b>\xff</b>",
	"<kbd>Ctrl</kbd>+<kbd>C</kbd>", "<details><summary>s</summary>d</details>", "<script>a<b>c</script>d",
}

// TestStripTagsAsBluemonday checks the patched Glamour's HTML stripping,
// which replaces bluemonday, against bluemonday's strict policy on a set of
// fragments.
func TestStripTagsAsBluemonday(t *testing.T) {
	ctx := ansi.NewRenderContext(ansi.Options{})
	for _, s := range htmlSeeds {
		for _, trim := range []bool{true, false} {
			if got, want := ctx.SanitizeHTML(s, trim), stockSanitize(s, trim); got != want {
				t.Errorf("SanitizeHTML(%q, %v) = %q, bluemonday gives %q", s, trim, got, want)
			}
		}
	}
}

// FuzzStripTagsAsBluemonday compares the two on any input.
func FuzzStripTagsAsBluemonday(f *testing.F) {
	for _, s := range htmlSeeds {
		f.Add(s)
	}
	ctx := ansi.NewRenderContext(ansi.Options{})
	f.Fuzz(func(t *testing.T, s string) {
		for _, trim := range []bool{true, false} {
			if got, want := ctx.SanitizeHTML(s, trim), stockSanitize(s, trim); got != want {
				t.Errorf("SanitizeHTML(%q, %v) = %q, bluemonday gives %q", s, trim, got, want)
			}
		}
	})
}
