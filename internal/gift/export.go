// Package gift writes a course's question pools in GIFT, the text format
// Moodle imports questions from, and reads GIFT back into the questions of
// a questions.yaml. What GIFT can say and a piketpalen question cannot
// (numeric, matching, short-answer, essay and missing-word questions,
// partial credit) is reported with its line and left out.
//
// The mapping, both ways:
//
//   - one "$CATEGORY: <course>/<module id>" per module;
//   - the question id as the title (::id::), and again as Moodle's
//     "// [id:…]" comment, the kind as "// [tag:…]";
//   - single: "=right" and "~wrong"; multiple: Moodle percentage weights,
//     each right option an equal share of 100 and each wrong one -100, so
//     that choosing a wrong option gives nothing (see README);
//   - truefalse: {T} or {F} with Moodle's two feedbacks, first the one for
//     a wrong answer, then the one for the right answer;
//   - per-option feedback after "#", the explanation and the source as the
//     general feedback after "####" (the source after a line "Bron: " or
//     "Source: ");
//   - the hint, draw and discussion questions, which GIFT has no place
//     for, as "// piketpalen-…:" comments that Moodle ignores.
package gift

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"piketpalen/course"
)

// Comment prefixes for what GIFT has no syntax for; Moodle skips comments.
const (
	hintComment       = "// piketpalen-hint: "
	drawComment       = "// piketpalen-draw: "
	discussionComment = "// piketpalen-discussion: "
)

// sourceLabel is the line that starts the source in the general feedback,
// in the course's language.
func sourceLabel(lang string) string {
	if lang == "en" {
		return "Source: "
	}
	return "Bron: "
}

// Export writes the pools of mods (every module of c when mods is empty)
// to w as GIFT.
func Export(w io.Writer, c *course.Course, mods []*course.Module) error {
	if len(mods) == 0 {
		mods = c.Modules
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// %s %s: %s\n\n", c.Title, c.Version, "GIFT")
	for _, m := range mods {
		// the comments before the category: a category line must be
		// followed by a blank line
		fmt.Fprintf(&b, "%s%d\n", drawComment, m.Draw)
		for _, d := range m.Discussion {
			fmt.Fprintf(&b, "%s%s\n", discussionComment, commentText(d))
		}
		fmt.Fprintf(&b, "$CATEGORY: %s/%s\n\n", categoryName(c.Title), m.ID)
		for _, q := range m.Questions {
			writeQuestion(&b, c.Language, q)
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// categoryName is a course title as one level of a Moodle category path:
// a "/" in it is doubled, as Moodle reads it, and line breaks are spaces.
func categoryName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "/", "//")
}

func writeQuestion(b *strings.Builder, lang string, q *course.Question) {
	b.WriteString("// [id:" + q.ID + "]")
	if q.Kind != "" {
		b.WriteString(" [tag:" + string(q.Kind) + "]")
	}
	b.WriteString("\n")
	if q.Hint != "" {
		b.WriteString(hintComment + commentText(q.Hint) + "\n")
	}
	fmt.Fprintf(b, "::%s::[markdown]%s {\n", q.ID, Escape(q.Text))
	switch q.Type {
	case course.TrueFalse:
		right, wrong := q.Options[0], q.Options[1] // "true" first
		letter := "T"
		if !right.Correct {
			right, wrong, letter = wrong, right, "F"
		}
		fmt.Fprintf(b, "%s#%s#%s\n", letter, Escape(wrong.Feedback), Escape(right.Feedback))
	case course.Multiple:
		right := 0
		for _, o := range q.Options {
			if o.Correct {
				right++
			}
		}
		share := weight(100 / float64(max(right, 1)))
		for _, o := range q.Options {
			w := "-100"
			if o.Correct {
				w = share
			}
			fmt.Fprintf(b, "~%%%s%%%s#%s\n", w, Escape(o.Text), Escape(o.Feedback))
		}
	default:
		for _, o := range q.Options {
			mark := "~"
			if o.Correct {
				mark = "="
			}
			fmt.Fprintf(b, "%s%s#%s\n", mark, Escape(o.Text), Escape(o.Feedback))
		}
	}
	fmt.Fprintf(b, "####%s\n}\n", Escape(q.Explanation+"\n\n"+sourceLabel(lang)+q.Source))
}

// weight is a percentage as Moodle's GIFT reads it: at most five decimals,
// the way its grade list spells thirds (33.33333).
func weight(p float64) string {
	return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(p, 'f', 5, 64), "0"), ".")
}

// Escape makes s safe as GIFT text: a backslash before each of GIFT's
// special characters ~ = # { } : and before itself, and "\n" for a line
// break (a blank line would end the question).
func Escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ { // bytes: the specials are ASCII, and other bytes pass as they are
		switch c := s[i]; c {
		case '\\', '~', '=', '#', '{', '}', ':':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// commentText is s on one comment line: a backslash doubled, a line break
// as "\n".
func commentText(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", "").Replace(s)
}

// uncomment undoes commentText.
func uncomment(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
