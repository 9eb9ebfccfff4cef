package gift

import (
	"io"
	"strings"

	"go.yaml.in/yaml/v3"

	"piketpalen/course"
)

// DefaultDraw is how many questions an imported pool draws per attempt
// (at most as many as it has); the author can change "draw" afterwards.
const DefaultDraw = 8

// yamlQuestion is one question as questions.yaml spells it, its fields in
// the order the course's own files use.
type yamlQuestion struct {
	ID            string       `yaml:"id"`
	Kind          string       `yaml:"kind,omitempty"`
	Hint          string       `yaml:"hint,omitempty"`
	Type          string       `yaml:"type"`
	Question      string       `yaml:"question"`
	Options       []yamlOption `yaml:"options,omitempty"`
	Answer        *bool        `yaml:"answer,omitempty"`
	FeedbackTrue  string       `yaml:"feedback_true,omitempty"`
	FeedbackFalse string       `yaml:"feedback_false,omitempty"`
	Explanation   string       `yaml:"explanation"`
	Source        string       `yaml:"source"`
}

type yamlOption struct {
	Text     string `yaml:"text"`
	Correct  bool   `yaml:"correct,omitempty"`
	Feedback string `yaml:"feedback"`
}

// Kept is what a questions.yaml holds beside its questions, which GIFT
// does not carry: an import into a module that has a pool keeps them.
type Kept struct {
	Draw       int      `yaml:"draw"`
	Discussion []string `yaml:"discussion"`
}

// Keep reads draw and discussion from an existing questions.yaml; a file
// that does not read gives none.
func Keep(data []byte) Kept {
	var k Kept
	if yaml.Unmarshal(data, &k) != nil {
		return Kept{}
	}
	return k
}

// WriteYAML writes qs as a questions.yaml to w, with keep's draw and
// discussion: the draw at most the number of questions, DefaultDraw when
// keep has none.
func WriteYAML(w io.Writer, qs []*course.Question, keep Kept) error {
	draw := keep.Draw
	if draw <= 0 {
		draw = DefaultDraw
	}
	doc := struct {
		Draw       int            `yaml:"draw"`
		Questions  []yamlQuestion `yaml:"questions"`
		Discussion []string       `yaml:"discussion,omitempty"`
	}{Draw: max(1, min(draw, len(qs))), Discussion: keep.Discussion}
	for _, q := range qs {
		y := yamlQuestion{ID: q.ID, Kind: string(q.Kind), Hint: q.Hint, Type: string(q.Type),
			Question: q.Text, Explanation: q.Explanation, Source: q.Source}
		if q.Type == course.TrueFalse {
			ans := q.Options[0].Correct
			y.Answer = &ans
			y.FeedbackTrue, y.FeedbackFalse = q.Options[0].Feedback, q.Options[1].Feedback
		} else {
			for _, o := range q.Options {
				y.Options = append(y.Options, yamlOption{Text: o.Text, Correct: o.Correct, Feedback: o.Feedback})
			}
		}
		doc.Questions = append(doc.Questions, y)
	}
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}
