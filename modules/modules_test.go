package modules

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/markdown"
)

// TestEmbeddedCourseIsValid runs the validator over the built-in course, as
// "piketpalen validate" does.
func TestEmbeddedCourseIsValid(t *testing.T) {
	for _, p := range course.Validate(FS) {
		t.Error(p)
	}
}

// TestCourseStructure holds the course to its design: six modules, each
// with learning objectives, 4–8 pages ending in a summary and the sources, a
// question pool larger than one attempt, and feedback, an explanation and a
// source on every question.
func TestCourseStructure(t *testing.T) {
	c, err := course.Load(FS)
	if err != nil {
		t.Fatal(err)
	}
	wantIDs := []string{"00-introductie", "01-primaat-van-de-politiek", "02-vrijheid-van-meningsuiting", "03-functioneringsnorm", "04-jurisprudentie", "05-dilemmas-in-de-praktijk"}
	if len(c.Modules) != len(wantIDs) {
		t.Fatalf("%d modules, want %d", len(c.Modules), len(wantIDs))
	}
	if c.Language != "nl" || c.AsOf.IsZero() || c.PassMark != 70 {
		t.Errorf("manifest: language %q, as_of %v, pass mark %d", c.Language, c.AsOf, c.PassMark)
	}
	for i, m := range c.Modules {
		if m.ID != wantIDs[i] {
			t.Errorf("module %d is %s, want %s", i, m.ID, wantIDs[i])
		}
		if len(m.Objectives) == 0 {
			t.Errorf("%s: no learning objectives", m.ID)
		}
		if n := len(m.Pages); n < 4 || n > 8 {
			t.Errorf("%s: %d pages, want 4 to 8", m.ID, n)
		}
		if n := len(m.Pages); n >= 2 {
			if m.Pages[n-1].Title != "Bronnen" {
				t.Errorf("%s: last page is %q, want Bronnen", m.ID, m.Pages[n-1].Title)
			}
			if m.Pages[n-2].Title != "Samenvatting" {
				t.Errorf("%s: page before Bronnen is %q, want Samenvatting", m.ID, m.Pages[n-2].Title)
			}
		}
		if len(m.Questions) < 12 || m.Draw < 8 || len(m.Questions) <= m.Draw {
			t.Errorf("%s: pool %d, draw %d; want a pool of 12 or more, 8 or more drawn, pool larger than a draw", m.ID, len(m.Questions), m.Draw)
		}
		if len(m.Discussion) < 3 {
			t.Errorf("%s: %d discussion questions, want 3 or more", m.ID, len(m.Discussion))
		}
		casus := 0
		for _, q := range m.Questions {
			if q.Source == "" || q.Explanation == "" {
				t.Errorf("%s/%s: no source or explanation", m.ID, q.ID)
			}
			for j, o := range q.Options {
				if strings.TrimSpace(o.Feedback) == "" {
					t.Errorf("%s/%s: option %d has no feedback", m.ID, q.ID, j+1)
				}
			}
			if q.Type != course.TrueFalse && len(q.Text) > 120 {
				casus++ // a situation takes more than a one-line question
			}
		}
		if casus*2 < len(m.Questions) {
			t.Errorf("%s: only %d of %d questions describe a situation; most should be casus questions", m.ID, casus, len(m.Questions))
		}
	}
}

// TestPagesFitEightyColumns renders every page at 80 columns, as a learner
// sees it, and checks that no line is cut off.
func TestPagesFitEightyColumns(t *testing.T) {
	c, err := course.Load(FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range c.Modules {
		for i, p := range m.Pages {
			out, err := markdown.Markdown(p.Markdown, 80, markdown.Dark)
			if err != nil {
				t.Fatalf("%s page %d: %v", m.ID, i+1, err)
			}
			for _, l := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(l); w > 80 {
					t.Errorf("%s page %d (%s): a line of %d columns: %q", m.ID, i+1, p.Title, w, ansi.Strip(l))
				}
			}
		}
	}
}
