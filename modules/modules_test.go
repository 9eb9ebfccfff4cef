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

// The measurable targets of issue 13 (§4 quizzes that teach, §5 B1) for
// the built-in course. They are the jurist's bar for signing the course;
// do not lower one to make a test pass: change the content.
const (
	maxFeitPercent     = 25 // at most a quarter of the questions pure recall
	minCasusPercent    = 50 // at least half a situation the learner must judge
	maxShortestPercent = course.MaxShortestRightPercent
	minPoolPerModule   = 14
	minGlossaryEntries = 1
)

// TestQuizTargets measures the question pools of the built-in course by
// the kind each question declares and by the length of its options.
func TestQuizTargets(t *testing.T) {
	c, err := course.Load(FS)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[course.QuestionKind]int{}
	total, singles, shortest := 0, 0, 0
	var noKind []string
	for _, m := range c.Modules {
		if n := len(m.Questions); n < minPoolPerModule {
			t.Errorf("%s: a pool of %d questions, want %d or more", m.ID, n, minPoolPerModule)
		}
		for _, q := range m.Questions {
			total++
			kinds[q.Kind]++
			if q.Kind == "" {
				noKind = append(noKind, q.ID)
			}
			if q.Type == course.Single {
				singles++
				if q.RightIsShortest() {
					shortest++
				}
			}
		}
	}
	pct := func(n, of int) float64 { return float64(n) * 100 / float64(max(of, 1)) }
	t.Logf("%d questions: %d casus (%.0f%%), %d begrip, %d feit (%.0f%%), %d without kind; right answer strictly shortest in %d of %d single-choice (%.0f%%)",
		total, kinds[course.Casus], pct(kinds[course.Casus], total), kinds[course.Begrip], kinds[course.Feit], pct(kinds[course.Feit], total), kinds[""],
		shortest, singles, pct(shortest, singles))
	if len(noKind) > 0 {
		t.Errorf("%d questions have no kind, so the shares below are not yet what they will be: %s", len(noKind), strings.Join(noKind, ", "))
	}
	if kinds[course.Feit]*100 > maxFeitPercent*total {
		t.Errorf("%d of %d questions are kind feit (%.1f%%), want at most %d%%", kinds[course.Feit], total, pct(kinds[course.Feit], total), maxFeitPercent)
	}
	if kinds[course.Casus]*100 < minCasusPercent*total {
		t.Errorf("%d of %d questions are kind casus (%.1f%%), want at least %d%%", kinds[course.Casus], total, pct(kinds[course.Casus], total), minCasusPercent)
	}
	if shortest*100 > maxShortestPercent*singles {
		t.Errorf("the right answer is strictly the shortest option in %d of %d single-choice questions (%.1f%%), want at most %d%%", shortest, singles, pct(shortest, singles), maxShortestPercent)
	}
	if len(c.Glossary) < minGlossaryEntries {
		t.Errorf("the course has no begrippenlijst (%s)", course.GlossaryFile)
	}
}
