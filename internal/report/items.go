package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
	"piketpalen/internal/ui"
)

// itemsWidth is the width of the item analysis: 60 columns, so that it
// reads on a narrow window and on a projector at a large font.
const itemsWidth = 60

// writeItems prints the item analysis (package results, analyse): per
// module its KR-20 or why there is none, then per question that was
// answered, in pool order, its id, the share right as a bar with the
// number beside it, r, and its flags in words. Without colour every figure
// reads as a number.
func writeItems(p *printer, c *course.Course, o *results.Overview) {
	l := p.l
	p.blank()
	p.line(l.T(locale.ItemsTitle))
	for _, s := range wrapWords(l.T(locale.ItemsLegend, results.MinItemAnswers, number(l, results.EasyAbove, 1), number(l, results.HardBelow, 1), results.MinReliability), itemsWidth-2, true) {
		p.line("  " + s)
	}
	byModule := map[string][]results.QuestionStat{}
	for _, q := range o.Questions {
		byModule[q.Module] = append(byModule[q.Module], q)
	}
	const barW = 10
	figW := len(fmt.Sprintf("%d/%d", o.Counted(), o.Counted()))
	for _, ms := range o.Modules {
		m := c.Module(ms.ID)
		qs := byModule[ms.ID]
		if m == nil {
			continue
		}
		pool := map[string]int{}
		for i, q := range m.Questions {
			pool[q.ID] = i
		}
		// pool order: the trainer finds a question where the author put it
		ordered := make([]results.QuestionStat, 0, len(qs))
		for _, q := range qs {
			if q.Answered > 0 {
				ordered = append(ordered, q)
			}
		}
		slices.SortStableFunc(ordered, func(a, b results.QuestionStat) int { return cmp.Compare(pool[a.ID], pool[b.ID]) })
		p.blank()
		p.line(ansi.Truncate(ms.Title, itemsWidth, "…"))
		for _, s := range wrapWords(reliability(l, ms.Reliability), itemsWidth-2, true) {
			p.line("  " + s)
		}
		for _, q := range ordered {
			pct, _ := q.Percent()
			r := "r  –"
			if q.HasDiscrimination {
				r = "r " + number(l, q.Discrimination, 2)
				if q.Discrimination >= 0 {
					r = "r +" + number(l, q.Discrimination, 2)
				}
			}
			p.line("  " + ansi.Truncate(q.ID, itemsWidth-2, "…"))
			p.line("    " + ui.PadLeft(fmt.Sprintf("%d%%", pct), 4) + " " + ui.Bar(q.Right, q.Answered, barW, plain, plain) + " " +
				ui.PadLeft(fmt.Sprintf("%d/%d", q.Right, q.Answered), figW) + "  " + r)
			for _, f := range q.Flags {
				for _, s := range wrapWords("! "+l.T(flagText[f]), itemsWidth-6, true) {
					p.line("      " + s)
				}
			}
		}
	}
}

// reliability words a module's KR-20, or why it has none.
func reliability(l locale.Lang, r results.Reliability) string {
	switch r.Gap {
	case results.GapNone:
		return l.T(locale.ItemsKr20, number(l, r.KR20, 2), r.Participants, r.Answered, r.Items)
	case results.GapOneItem:
		return l.T(locale.ItemsKr20one)
	case results.GapNoSpread:
		return l.T(locale.ItemsKr20spread, r.Participants)
	}
	return l.T(locale.ItemsKr20few, r.Participants, r.Answered, results.MinReliability)
}

// number is x with n decimals, with a decimal comma in Dutch.
func number(l locale.Lang, x float64, n int) string {
	s := fmt.Sprintf("%.*f", n, x)
	if l == locale.EN {
		return s
	}
	return strings.Replace(s, ".", ",", 1)
}

// flagText words a flag of the item analysis.
var flagText = map[results.ItemFlag]locale.Key{
	results.FlagEasy:     locale.ItemsFlagEasy,
	results.FlagHard:     locale.ItemsFlagHard,
	results.FlagNegative: locale.ItemsFlagNegative,
}
