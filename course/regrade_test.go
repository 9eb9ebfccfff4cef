package course

import (
	"os"
	"testing"
	"time"
)

func TestRegrade(t *testing.T) {
	c, err := Load(os.DirFS("testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	m := c.Modules[0]
	now := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	good := func() *Attempt {
		a := c.NewAttempt(m, 42, now)
		for i := range a.Items {
			c.Answer(a, i, m.Question(a.Items[i].Question).CorrectOptions())
		}
		c.Finish(a, now.Add(time.Minute))
		return a
	}
	if err := c.Regrade(good()); err != nil {
		t.Fatalf("an honest attempt: %v", err)
	}
	for name, spoil := range map[string]func(a *Attempt){
		"no items":         func(a *Attempt) { a.Items = nil },
		"not finished":     func(a *Attempt) { a.Finished = time.Time{} },
		"other module":     func(a *Attempt) { a.Module = c.Modules[1].ID },
		"unknown question": func(a *Attempt) { a.Items[0].Question = "bestaat-niet" },
		"asked twice":      func(a *Attempt) { a.Items[1] = a.Items[0] },
		"not answered":     func(a *Attempt) { a.Items[0].Answered = false },
		"no option":        func(a *Attempt) { a.Items[0].Chosen = nil },
		"option out of range": func(a *Attempt) {
			a.Items[0].Chosen = []int{99}
		},
		"wrong marked right": func(a *Attempt) {
			q := m.Question(a.Items[0].Question)
			for i, o := range q.Options {
				if !o.Correct {
					a.Items[0].Chosen = []int{i}
					break
				}
			}
		},
		"count raised": func(a *Attempt) { a.Correct++ },
		"score raised": func(a *Attempt) { a.Score = 100; a.Items[0].Correct = false; a.Correct-- },
		"passed flag":  func(a *Attempt) { a.Passed = !a.Passed },
		// One question answered right is 100 %, unless the count is checked.
		"fewer items": func(a *Attempt) { a.Items = a.Items[:1]; a.Correct, a.Score = 1, 100 },
		// Easy questions picked by hand instead of what the seed drew.
		"other draw": func(a *Attempt) { a.Seed++ },
		"other order": func(a *Attempt) {
			it := &a.Items[0]
			it.Order[0], it.Order[1] = it.Order[1], it.Order[0]
		},
	} {
		a := good()
		spoil(a)
		if err := c.Regrade(a); err == nil {
			t.Errorf("%s: re-grades", name)
		}
	}
}
