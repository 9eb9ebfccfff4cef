package modules

import (
	"fmt"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/markdown"
)

// BenchmarkLoad loads and validates the built-in course, as every start does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := course.Load(FS); err != nil {
			b.Fatal(err)
		}
	}
}

// largestPage is the longest page of the built-in course.
func largestPage(b *testing.B) (string, string) {
	c, err := course.Load(FS)
	if err != nil {
		b.Fatal(err)
	}
	id, md := "", ""
	for _, m := range c.Modules {
		for i, p := range m.Pages {
			if len(p.Markdown) > len(md) {
				id, md = fmt.Sprintf("%s/%d", m.ID, i), p.Markdown
			}
		}
	}
	return id, md
}

// BenchmarkRenderPage renders the longest page at 80 and 200 columns, cold
// (a fresh cache each time) and cached.
func BenchmarkRenderPage(b *testing.B) {
	id, md := largestPage(b)
	b.Logf("longest page: %s, %d bytes", id, len(md))
	for _, w := range []int{80, 200} {
		b.Run(fmt.Sprintf("cold-%d", w), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := markdown.NewCache(markdown.Dark).Render(markdown.Key{ID: id, Width: w}, md); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("cached-%d", w), func(b *testing.B) {
			cache := markdown.NewCache(markdown.Dark)
			k := markdown.Key{ID: id, Width: w}
			cache.Render(k, md)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := cache.Render(k, md); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
