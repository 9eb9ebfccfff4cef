// Package gift reads and writes GIFT, the plain-text question format of
// Moodle (docs.moodle.org/en/GIFT_format), so that a module's question pool
// can move to the organisation's Moodle and back. Write turns course
// questions into GIFT; Parse turns GIFT into course questions and says, by
// line, what it could not map; WriteYAML writes them as a questions.yaml
// the course loader reads.
//
// The mapping, both ways:
//
//   - the question id is the GIFT title (::id::), the module a
//     $CATEGORY: <course>/<module> line before its questions;
//   - single: one =right and ~wrong answers, each with #feedback;
//   - truefalse: {T#...#...} or {F#...#...}, the first feedback for the
//     wrong answer and the second for the right one, as Moodle reads them;
//   - multiple: every answer weighted, the right ones ~%N% with N summing
//     to 100 and the wrong ones ~%-100%. Moodle then gives partial credit
//     for a partly right choice (unless the quiz is set otherwise); this
//     course grades all or nothing;
//   - the explanation and the source are the general feedback (####),
//     the source after a blank line and "Bron: ";
//   - the kind and the hint, which GIFT has no place for, are comments
//     (// kind: casus, // hint: ...) on the lines before the question:
//     Moodle ignores them, Parse reads them back.
//
// Line breaks inside a text are written as \n, so that a paragraph break
// never reads as the blank line that ends a question.
package gift

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"piketpalen/course"
)

// SourcePrefix starts the source inside the general feedback.
const SourcePrefix = "Bron: "

// Write writes the questions of mods as GIFT to w: per module a $CATEGORY
// line naming the course title and the module id, then its questions in
// pool order.
func Write(w io.Writer, courseTitle string, mods []*course.Module) error {
	bw := bufio.NewWriter(w)
	top := strings.ReplaceAll(strings.TrimSpace(courseTitle), "/", "-")
	for i, m := range mods {
		if i > 0 {
			bw.WriteString("\n")
		}
		fmt.Fprintf(bw, "$CATEGORY: %s/%s\n\n", categoryText(top), categoryText(m.ID))
		for _, q := range m.Questions {
			writeQuestion(bw, q)
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}

// categoryText is s fit for a $CATEGORY line, which runs to the line's
// end: one line.
func categoryText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// writeQuestion writes q and the blank line after it.
func writeQuestion(w *bufio.Writer, q *course.Question) {
	if q.Kind != "" {
		fmt.Fprintf(w, "// kind: %s\n", q.Kind)
	}
	if q.Hint != "" {
		fmt.Fprintf(w, "// hint: %s\n", Escape(strings.TrimSpace(q.Hint)))
	}
	fmt.Fprintf(w, "::%s::%s {\n", Escape(q.ID), Escape(q.Text))
	switch q.Type {
	case course.TrueFalse:
		right, wrong := q.Options[0], q.Options[1]
		letter := "T"
		if !right.Correct {
			right, wrong, letter = wrong, right, "F"
		}
		fmt.Fprintf(w, "%s#%s#%s\n", letter, Escape(wrong.Feedback), Escape(right.Feedback))
	case course.Multiple:
		weight := Weight(len(q.CorrectOptions()))
		for _, o := range q.Options {
			wt := "-100"
			if o.Correct {
				wt = weight
			}
			fmt.Fprintf(w, "~%%%s%%%s#%s\n", wt, Escape(o.Text), Escape(o.Feedback))
		}
	default:
		for _, o := range q.Options {
			mark := "~"
			if o.Correct {
				mark = "="
			}
			fmt.Fprintf(w, "%s%s#%s\n", mark, Escape(o.Text), Escape(o.Feedback))
		}
	}
	general := q.Explanation
	if q.Source != "" {
		general += "\n\n" + SourcePrefix + q.Source
	}
	fmt.Fprintf(w, "####%s\n}\n", Escape(strings.TrimSpace(general)))
}

// moodleWeights are the weights Moodle accepts for a right answer when n
// answers are right (its list of grades: 100, 50, 33.33333 ...), so that
// the right ones sum to 100 (within Moodle's rounding).
var moodleWeights = map[int]string{
	1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20",
	6: "16.66667", 7: "14.28571", 8: "12.5", 9: "11.11111", 10: "10",
}

// Weight is the percentage each of n right answers of a multiple-answer
// question gets.
func Weight(n int) string {
	if w, ok := moodleWeights[n]; ok {
		return w
	}
	return strconv.FormatFloat(100/float64(max(n, 1)), 'f', 5, 64)
}

// Escape makes s safe as GIFT text: the characters GIFT gives a meaning
// (~ = # { } : and the backslash) get a backslash, and a line break is
// written \n.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range strings.ReplaceAll(s, "\r\n", "\n") {
		switch r {
		case '\\', '~', '=', '#', '{', '}', ':':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
