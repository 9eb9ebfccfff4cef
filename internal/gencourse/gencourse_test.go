package gencourse

import (
	"testing"

	"piketpalen/course"
)

func TestGeneratedCourseIsValid(t *testing.T) {
	c, err := course.Load(Make(50, 8, 20))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Modules) != 50 || len(c.Modules[49].Pages) != 8 || len(c.Modules[49].Questions) != 20 {
		t.Fatalf("generated %d modules", len(c.Modules))
	}
}

func BenchmarkLoadLarge(b *testing.B) {
	fsys := Make(50, 8, 20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := course.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
