package gift

import (
	"go.yaml.in/yaml/v3"

	"piketpalen/course"
)

// The shape of questions.yaml as course.Load reads it.
type yamlFile struct {
	Draw       int            `yaml:"draw,omitempty"`
	Questions  []yamlQuestion `yaml:"questions"`
	Discussion []string       `yaml:"discussion,omitempty"`
}

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

// YAML is m as a questions.yaml that course.Load reads.
func YAML(m *Module) ([]byte, error) {
	f := yamlFile{Draw: m.Draw, Discussion: m.Discussion}
	// without a draw the course's questions_per_attempt (8 by default)
	// applies, which a small pool cannot give: then every question is drawn
	if f.Draw == 0 && len(m.Questions) < 8 {
		f.Draw = len(m.Questions)
	}
	for _, q := range m.Questions {
		y := yamlQuestion{ID: q.ID, Kind: string(q.Kind), Hint: q.Hint, Type: string(q.Type), Question: q.Text, Explanation: q.Explanation, Source: q.Source}
		if q.Type == course.TrueFalse {
			ans := q.Options[0].Correct
			y.Answer, y.FeedbackTrue, y.FeedbackFalse = &ans, q.Options[0].Feedback, q.Options[1].Feedback
		} else {
			for _, o := range q.Options {
				y.Options = append(y.Options, yamlOption{Text: o.Text, Correct: o.Correct, Feedback: o.Feedback})
			}
		}
		f.Questions = append(f.Questions, y)
	}
	return yaml.Marshal(f)
}
