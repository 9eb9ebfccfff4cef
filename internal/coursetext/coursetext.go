// Package coursetext writes course modules as plain text: for paper, for a
// pipe, and for screen readers. It shows the words only: no colour, no
// markup signs, no box drawing.
package coursetext

import (
	"fmt"
	"io"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/internal/ui"
)

// Options choose what Write prints besides the lessons.
type Options struct {
	Width   int         // line width
	Lang    locale.Lang // language of the headings Write adds
	Answers bool        // also every quiz question with its answers, feedback and source, and the discussion questions: a trainer's key
}

// Write prints the given modules of c (all of them when mods is empty).
func Write(w io.Writer, c *course.Course, mods []*course.Module, o Options) error {
	width, l := o.Width, o.Lang
	if len(mods) == 0 {
		mods = c.Modules
	}
	head := c.Title
	if c.Subtitle != "" {
		head += " — " + c.Subtitle
	}
	var b strings.Builder
	b.WriteString(wrap(head, width) + "\n")
	b.WriteString(wrap(l.T(locale.PrintVersion, c.Version, c.AsOf.Format("2006-01-02")), width) + "\n")
	for _, m := range mods {
		b.WriteString("\n" + strings.Repeat("=", min(width, 72)) + "\n")
		b.WriteString(wrap(l.T(locale.PrintModule, c.Number(m), m.Title, m.Minutes), width) + "\n")
		b.WriteString(strings.Repeat("=", min(width, 72)) + "\n\n")
		b.WriteString(wrap(m.Summary, width) + "\n\n")
		if len(m.Objectives) > 0 {
			b.WriteString(l.T(locale.ReaderObjectives) + "\n")
			for _, o := range m.Objectives {
				b.WriteString(hang("- ", o, width) + "\n")
			}
		}
		if len(m.Changes) > 0 {
			// what changed in each version, as the manifest lists it
			b.WriteString("\n" + l.T(locale.UpdatePrint) + "\n")
			for _, ch := range m.Changes {
				text := ch.Text
				if ch.RequiresRetake {
					text += " (" + l.T(locale.UpdatePrintRetake) + ")"
				}
				b.WriteString(hang("- "+ch.Version+": ", text, width) + "\n")
			}
		}
		for i, p := range m.Pages {
			text, err := markdown.PageText(p.Markdown, width)
			if err != nil {
				return fmt.Errorf("print %s page %d: %w", m.ID, i+1, err)
			}
			title := l.T(locale.PlainPage, i+1, len(m.Pages), p.Title)
			b.WriteString("\n" + title + "\n" + strings.Repeat("-", min(len([]rune(title)), width)) + "\n\n")
			b.WriteString(text + "\n")
		}
		if o.Answers {
			writeKey(&b, m, width, l)
		}
	}
	if terms := usedTerms(c, mods, o.Answers); len(terms) > 0 {
		b.WriteString("\n" + strings.Repeat("=", min(width, 72)) + "\n")
		b.WriteString(l.T(locale.PrintGlossary) + "\n")
		b.WriteString(strings.Repeat("=", min(width, 72)) + "\n\n")
		b.WriteString(ui.Terms(terms, width, nil))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// usedTerms is the part of the begrippenlijst that the printed modules use,
// in the glossary's order: for the whole course, every term in use; with
// the answers, also the terms the questions use.
func usedTerms(c *course.Course, mods []*course.Module, questions bool) []course.Term {
	used := map[string]bool{}
	for _, m := range mods {
		for _, t := range c.Glossary.InModule(m, questions) {
			used[t.Term] = true
		}
	}
	var out []course.Term
	for _, t := range c.Glossary {
		if used[t.Term] {
			out = append(out, t)
		}
	}
	return out
}

// writeKey prints the module's question pool with the right answers marked,
// the feedback on every option, the explanation and the source, and then the
// discussion questions: what a trainer reads before a workshop.
func writeKey(b *strings.Builder, m *course.Module, width int, l locale.Lang) {
	heading := func(t string) {
		t = wrap(t, width)
		longest := 0
		for _, line := range strings.Split(t, "\n") {
			longest = max(longest, len([]rune(line)))
		}
		b.WriteString("\n" + t + "\n" + strings.Repeat("-", min(longest, width)) + "\n")
	}
	heading(l.T(locale.PrintKey, len(m.Questions), m.Draw))
	for i, q := range m.Questions {
		b.WriteString(fmt.Sprintf("\n%d. [%s]\n", i+1, q.ID))
		b.WriteString(hang("   ", q.Text, width) + "\n")
		for j, opt := range q.Options {
			mark := "  "
			if opt.Correct {
				mark = "* "
			}
			b.WriteString(hang("   "+mark+ui.OptionLabel(j)+". ", opt.Text, width) + "\n")
			b.WriteString(hang("         ", opt.Feedback, width) + "\n")
		}
		b.WriteString(hang("   ", l.T(locale.QuizExplanation)+": "+q.Explanation, width) + "\n")
		b.WriteString(hang("   ", l.T(locale.QuizSource, q.Source), width) + "\n")
	}
	if len(m.Discussion) > 0 {
		heading(l.T(locale.PrintDiscussion))
		b.WriteString("\n")
		for i, d := range m.Discussion {
			b.WriteString(hang(fmt.Sprintf("%d. ", i+1), d, width) + "\n")
		}
	}
}

func wrap(s string, width int) string {
	out, err := markdown.Markdown(s, width, markdown.Plain)
	if err != nil {
		return s
	}
	return out
}

// hang wraps text after a lead, with the wrapped lines under the text.
func hang(lead, text string, width int) string {
	lines := strings.Split(wrap(text, width-len(lead)), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = lead + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", len(lead)) + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}
