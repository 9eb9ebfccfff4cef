// Package giftinterop checks piketpalen's GIFT export with another
// implementation: gift-pegjs, a PEG.js grammar of Moodle's GIFT format
// (parse.mjs, version pinned by package-lock.json). It needs node and
// npm; without them, or when the package cannot be installed, the test is
// skipped and says why.
package giftinterop

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/gift"
	"piketpalen/internal/interop/npmtest"
	"piketpalen/modules"
)

// text is gift-pegjs's text with its format.
type text struct {
	Text string `json:"text"`
}

// parsed is one element of gift-pegjs's answer.
type parsed struct {
	Type           string `json:"type"`
	Title          string `json:"title"`
	Stem           text   `json:"stem"`
	GlobalFeedback *text  `json:"globalFeedback"`
	IsTrue         bool   `json:"isTrue"`
	TrueFeedback   *text  `json:"trueFeedback"`
	FalseFeedback  *text  `json:"falseFeedback"`
	Choices        []struct {
		IsCorrect bool     `json:"isCorrect"`
		Weight    *float64 `json:"weight"`
		Text      text     `json:"text"`
		Feedback  *text    `json:"feedback"`
	} `json:"choices"`
}

// jsParse runs parse.mjs on src; it returns the questions, or the
// parser's error and false.
func jsParse(t *testing.T, dir string, src []byte) ([]parsed, string, bool) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "pool.gift")
	if err := os.WriteFile(p, src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join(dir, "parse.mjs"), p)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatalf("node: %v", err)
	}
	var res struct {
		Questions []parsed `json:"questions"`
		Error     string   `json:"error"`
		Line      int      `json:"line"`
	}
	if jerr := json.Unmarshal(out.Bytes(), &res); jerr != nil {
		t.Fatalf("parse.mjs said %q (%v) %s", out.String(), jerr, errOut.String())
	}
	if err != nil {
		return nil, res.Error + " at line " + strconv.Itoa(res.Line), false
	}
	return res.Questions, "", true
}

// TestPoolParsesInJavaScript exports the whole built-in pool and checks,
// per question, what gift-pegjs read: the title is the id, the type, every
// answer's correctness or weight and its feedback, and the general
// feedback (explanation and source). A GIFT file with a brace left out
// must be rejected.
func TestPoolParsesInJavaScript(t *testing.T) {
	dir := npmtest.Install(t, "piketpalen-gift-interop", "parse.mjs")
	c, err := course.Load(modules.FS)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := gift.Write(&buf, c.Title, c.Modules); err != nil {
		t.Fatal(err)
	}
	got, msg, ok := jsParse(t, dir, buf.Bytes())
	if !ok {
		t.Fatalf("gift-pegjs rejects the export: %s", msg)
	}
	byTitle := map[string]parsed{}
	categories := 0
	for _, p := range got {
		if p.Type == "Category" {
			categories++
			continue
		}
		byTitle[p.Title] = p
	}
	if categories != len(c.Modules) {
		t.Errorf("%d categories, want %d", categories, len(c.Modules))
	}
	n := 0
	for _, m := range c.Modules {
		for _, q := range m.Questions {
			n++
			checkQuestion(t, q, byTitle)
		}
	}
	if len(byTitle) != n {
		t.Errorf("gift-pegjs found %d questions, the pool has %d", len(byTitle), n)
	}
	t.Logf("gift-pegjs read %d questions in %d categories, each with its answers and feedback", len(byTitle), categories)

	broken := bytes.Replace(buf.Bytes(), []byte("\n}\n"), []byte("\n\n"), 1)
	if _, msg, ok := jsParse(t, dir, broken); ok {
		t.Errorf("gift-pegjs accepts a GIFT file with an unclosed answer block")
	} else {
		t.Logf("broken GIFT rejected by gift-pegjs: %s", msg)
	}
	if res := gift.Parse(broken); len(res.Problems) == 0 {
		t.Errorf("gift.Parse reports nothing in the broken file")
	}
}

// checkQuestion compares q with what gift-pegjs read under its id.
func checkQuestion(t *testing.T, q *course.Question, byTitle map[string]parsed) {
	t.Helper()
	p, ok := byTitle[q.ID]
	if !ok {
		t.Errorf("%s: not found by gift-pegjs", q.ID)
		return
	}
	if p.Stem.Text != q.Text {
		t.Errorf("%s: stem %q, want %q", q.ID, p.Stem.Text, q.Text)
	}
	general := q.Explanation + "\n\n" + gift.SourcePrefix + q.Source
	if p.GlobalFeedback == nil || p.GlobalFeedback.Text != general {
		t.Errorf("%s: general feedback %+v, want %q", q.ID, p.GlobalFeedback, general)
	}
	if q.Type == course.TrueFalse {
		// gift-pegjs calls Moodle's first feedback (for a wrong answer)
		// trueFeedback and the second (for the right one) falseFeedback
		right, wrong := q.Options[0], q.Options[1]
		if !right.Correct {
			right, wrong = wrong, right
		}
		if p.Type != "TF" || p.IsTrue != q.Options[0].Correct ||
			p.TrueFeedback == nil || p.TrueFeedback.Text != wrong.Feedback ||
			p.FalseFeedback == nil || p.FalseFeedback.Text != right.Feedback {
			t.Errorf("%s: read as %s isTrue=%v %+v %+v", q.ID, p.Type, p.IsTrue, p.TrueFeedback, p.FalseFeedback)
		}
		return
	}
	if p.Type != "MC" || len(p.Choices) != len(q.Options) {
		t.Errorf("%s: read as %s with %d choices, want MC with %d", q.ID, p.Type, len(p.Choices), len(q.Options))
		return
	}
	weight, _ := strconv.ParseFloat(gift.Weight(len(q.CorrectOptions())), 64)
	for i, o := range q.Options {
		ch := p.Choices[i]
		if ch.Text.Text != o.Text || ch.Feedback == nil || ch.Feedback.Text != o.Feedback {
			t.Errorf("%s answer %d: %q / %+v, want %q / %q", q.ID, i, ch.Text.Text, ch.Feedback, o.Text, o.Feedback)
		}
		switch {
		case q.Type == course.Single && (ch.IsCorrect != o.Correct || ch.Weight != nil):
			t.Errorf("%s answer %d: correct %v weight %v, want correct %v", q.ID, i, ch.IsCorrect, ch.Weight, o.Correct)
		case q.Type == course.Multiple && o.Correct && (ch.Weight == nil || *ch.Weight != weight):
			t.Errorf("%s answer %d: weight %v, want %v", q.ID, i, ch.Weight, weight)
		case q.Type == course.Multiple && !o.Correct && (ch.Weight == nil || *ch.Weight != -100):
			t.Errorf("%s answer %d: weight %v, want -100", q.ID, i, ch.Weight)
		}
	}
}
