// Package giftinterop checks piketpalen's GIFT export with another reader
// of the format: gift-pegjs, a PEG.js grammar of Moodle's GIFT (parse.mjs,
// version pinned by package-lock.json). It needs node and npm; without
// them, or when the package cannot be installed, the test is skipped and
// says why.
package giftinterop

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/gift"
	"piketpalen/internal/interop/npmtest"
	"piketpalen/modules"
)

// parsed is what gift-pegjs makes of one question or category.
type parsed struct {
	Type   string   `json:"type"`
	Title  string   `json:"title"`
	ID     string   `json:"id"`
	Tags   []string `json:"tags"`
	Stem   text     `json:"stem"`
	IsTrue bool     `json:"isTrue"`
	// for {T} and {F} Moodle's first feedback is the one for a wrong
	// answer, the second for the right one; gift-pegjs names them by place
	TrueFeedback   *text    `json:"trueFeedback"`
	FalseFeedback  *text    `json:"falseFeedback"`
	Choices        []choice `json:"choices"`
	GlobalFeedback *text    `json:"globalFeedback"`
}

type text struct {
	Format string `json:"format"`
	Text   string `json:"text"`
}

type choice struct {
	IsCorrect bool     `json:"isCorrect"`
	Weight    *float64 `json:"weight"`
	Text      text     `json:"text"`
	Feedback  *text    `json:"feedback"`
}

// jsParse runs parse.mjs on a GIFT text: its questions, or the rejection.
func jsParse(t *testing.T, dir string, src []byte) ([]parsed, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "pool.gift")
	if err := os.WriteFile(p, src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join(dir, "parse.mjs"), p)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return nil, strings.TrimSpace(errOut.String())
	}
	var qs []parsed
	if err := json.Unmarshal(out.Bytes(), &qs); err != nil {
		t.Fatalf("parse.mjs wrote no JSON: %v\n%s", err, out.String())
	}
	return qs, ""
}

func txt(t *text) string {
	if t == nil {
		return ""
	}
	return t.Text
}

// TestGIFTPegjs exports the built-in pool and has gift-pegjs read it: every
// module is a category, every question is found with its id as title and
// Moodle id, its kind as tag, its type, every answer with its correctness
// or weight and its feedback, and the explanation and source as general
// feedback. A broken file is rejected by it.
func TestGIFTPegjs(t *testing.T) {
	dir := npmtest.Install(t, "piketpalen-gift-interop", "parse.mjs")
	c, err := course.Load(modules.FS)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := gift.Export(&b, c, nil); err != nil {
		t.Fatal(err)
	}
	got, rejected := jsParse(t, dir, b.Bytes())
	if rejected != "" {
		t.Fatalf("gift-pegjs rejects the export: %s", rejected)
	}
	var want []string // "Category" or a question id, in file order
	n := 0
	for _, m := range c.Modules {
		want = append(want, "Category")
		for _, q := range m.Questions {
			want = append(want, q.ID)
			n++
		}
	}
	if len(got) != len(want) {
		t.Fatalf("gift-pegjs found %d items, want %d (%d categories, %d questions)", len(got), len(want), len(c.Modules), n)
	}
	i := 0
	for _, m := range c.Modules {
		if g := got[i]; g.Type != "Category" || !strings.HasSuffix(g.Title, "/"+m.ID) {
			t.Errorf("item %d: %s %q, want the category of %s", i, g.Type, g.Title, m.ID)
		}
		i++
		for _, q := range m.Questions {
			check(t, got[i], q)
			i++
		}
	}
	t.Logf("gift-pegjs read %d categories and %d questions", len(c.Modules), n)

	for name, broken := range map[string]string{
		"unclosed answers": "::a:: question {\n=right\n~wrong\n",
		"weight above 100": "::a:: question {~%150%right ~%-100%wrong}\n",
		"unescaped brace":  "::a:: a { in the stem {=right ~wrong}\n",
	} {
		if _, rejected := jsParse(t, dir, []byte(broken)); rejected == "" {
			t.Errorf("%s: gift-pegjs accepts %q", name, broken)
		} else {
			t.Logf("%s: %s", name, firstLine(rejected))
		}
	}
}

func firstLine(s string) string { return strings.SplitN(s, "\n", 2)[0] }

// check compares what gift-pegjs read of one question with the question.
func check(t *testing.T, g parsed, q *course.Question) {
	t.Helper()
	if g.Title != q.ID || g.ID != q.ID {
		t.Errorf("%s: title %q, id %q", q.ID, g.Title, g.ID)
	}
	if q.Kind != "" && (len(g.Tags) != 1 || g.Tags[0] != string(q.Kind)) {
		t.Errorf("%s: tags %q, want [%s]", q.ID, g.Tags, q.Kind)
	}
	if g.Stem.Text != q.Text {
		t.Errorf("%s: stem %q\nwant %q", q.ID, g.Stem.Text, q.Text)
	}
	general := q.Explanation + "\n\nBron: " + q.Source
	if txt(g.GlobalFeedback) != general {
		t.Errorf("%s: general feedback %q\nwant %q", q.ID, txt(g.GlobalFeedback), general)
	}
	switch q.Type {
	case course.TrueFalse:
		right, wrong := q.Options[0], q.Options[1]
		if !right.Correct {
			right, wrong = wrong, right
		}
		if g.Type != "TF" || g.IsTrue != q.Options[0].Correct {
			t.Errorf("%s: %s isTrue=%v, want TF %v", q.ID, g.Type, g.IsTrue, q.Options[0].Correct)
		}
		if txt(g.TrueFeedback) != wrong.Feedback || txt(g.FalseFeedback) != right.Feedback {
			t.Errorf("%s: feedback %q / %q", q.ID, txt(g.TrueFeedback), txt(g.FalseFeedback))
		}
		return
	}
	if g.Type != "MC" || len(g.Choices) != len(q.Options) {
		t.Errorf("%s: %s with %d choices, want MC with %d", q.ID, g.Type, len(g.Choices), len(q.Options))
		return
	}
	right := 0
	for _, o := range q.Options {
		if o.Correct {
			right++
		}
	}
	sum := 0.0
	for j, o := range q.Options {
		ch := g.Choices[j]
		if ch.Text.Text != o.Text || txt(ch.Feedback) != o.Feedback {
			t.Errorf("%s option %d: %q # %q\nwant %q # %q", q.ID, j+1, ch.Text.Text, txt(ch.Feedback), o.Text, o.Feedback)
		}
		if q.Type == course.Single {
			if ch.IsCorrect != o.Correct || ch.Weight != nil {
				t.Errorf("%s option %d: correct %v weight %v, want %v without weight", q.ID, j+1, ch.IsCorrect, ch.Weight, o.Correct)
			}
			continue
		}
		if ch.Weight == nil {
			t.Errorf("%s option %d: no weight", q.ID, j+1)
			continue
		}
		if !o.Correct && *ch.Weight != -100 || o.Correct && *ch.Weight <= 0 {
			t.Errorf("%s option %d: weight %s for correct=%v", q.ID, j+1, strconv.FormatFloat(*ch.Weight, 'f', -1, 64), o.Correct)
		}
		if o.Correct {
			sum += *ch.Weight
		}
	}
	if q.Type == course.Multiple && (sum < 99.99 || sum > 100.01) {
		t.Errorf("%s: the right options weigh %v together, want 100", q.ID, sum)
	}
}
