package results

import (
	"cmp"
	"math"
	"slices"
	"strconv"
)

// Item analysis: how well each question of a pool measures, from the
// answers of the files that count. The figures are a pure function of the
// files (Summary.Overview), so a redrawn overview shows the same.
//
// The quiz draws its questions from a pool, so participants answer
// different questions. The figures are made with that in mind:
//
//   - share right (p) and discrimination (r) of a question are over the
//     participants whose counted attempt had that question;
//   - r is the corrected item–rest correlation (point-biserial): the
//     Pearson correlation between right (1) or wrong (0) on the question and
//     the share right on the *other* questions of the same attempt. The
//     share, not the count, because attempts may hold different numbers of
//     questions; the other questions only, so that the question does not
//     correlate with itself. It uses every participant who had the
//     question; the classic upper–lower 27 % index would split the dozen or
//     so who had a question of a drawn pool into groups of three;
//   - the reliability of a module is KR-20 over the largest group of
//     participants whose counted attempts had exactly the same questions:
//     KR-20 needs every participant to have answered every item, and
//     mixing attempts with different questions would make the figure up.
//     With a pool larger than the draw such groups are small, and the
//     reliability is then not given, with the reason.

// Thresholds of the item analysis.
const (
	// MinItemAnswers is how many participants must have had a question
	// before r is computed or a flag is raised: below it one person more
	// or less turns the figures around.
	MinItemAnswers = 5
	// EasyAbove: a share right above it means almost everyone gets the
	// question right; it tells the trainer little about who understood.
	EasyAbove = 0.9
	// HardBelow: a share right below it is under what guessing gives on a
	// question of four options (0.25); the question or its key may be wrong.
	HardBelow = 0.2
	// MinReliability is how many participants with the same questions a
	// KR-20 needs: with fewer its value swings too much from one person to
	// the next to say anything about the quiz.
	MinReliability = 10
)

// ItemFlag marks a question the trainer should look at.
type ItemFlag int

// The flags, in the order the overview lists them.
const (
	// FlagEasy: almost everyone answered right (p > EasyAbove).
	FlagEasy ItemFlag = iota + 1
	// FlagHard: almost everyone answered wrong (p < HardBelow).
	FlagHard
	// FlagNegative: r < 0, participants who did well on the rest got this
	// one wrong more often than those who did badly: likely a flawed
	// question (an ambiguous text, a wrong key).
	FlagNegative
)

// Code is the flag's name in the CSV: one ASCII word.
func (f ItemFlag) Code() string {
	switch f {
	case FlagEasy:
		return "makkelijk"
	case FlagHard:
		return "moeilijk"
	case FlagNegative:
		return "negatief"
	}
	return ""
}

// ReliabilityGap says why a module has no reliability figure.
type ReliabilityGap int

// The reasons.
const (
	// GapNone: the figure is there.
	GapNone ReliabilityGap = iota
	// GapFewSame: fewer than MinReliability participants had the same
	// questions.
	GapFewSame
	// GapOneItem: the attempts had fewer than two questions.
	GapOneItem
	// GapNoSpread: every participant of the group had the same score, so
	// there is no variance to explain.
	GapNoSpread
)

// Reliability is a module's KR-20 (Cronbach's α for right/wrong items).
type Reliability struct {
	KR20         float64 // when Gap is GapNone
	Gap          ReliabilityGap
	Participants int // in the group it is computed over (the largest with the same questions)
	Items        int // questions in that group's attempts
	Answered     int // participants of the module with a counted attempt
}

// Known reports whether the figure is there.
func (r Reliability) Known() bool { return r.Gap == GapNone }

// analyse fills in the item analysis of the overview's modules and
// questions from the counted files.
func analyse(o *Overview, files []*digest) {
	type key struct {
		module string
		q      int
	}
	at := map[key]*QuestionStat{}
	for i := range o.Questions {
		q := &o.Questions[i]
		at[key{q.Module, q.pool}] = q
	}
	for mi := range o.Modules {
		ms := &o.Modules[mi]
		type sheet struct {
			items []int  // pool indices, ascending
			right []bool // as items
			score int
		}
		var sheets []sheet
		for _, d := range files {
			fm := d.modules[mi]
			if len(fm.answers) == 0 {
				continue
			}
			s := sheet{}
			as := slices.Clone(fm.answers)
			slices.SortFunc(as, func(a, b answerDigest) int { return cmp.Compare(a.q, b.q) })
			for _, a := range as {
				s.items = append(s.items, int(a.q))
				s.right = append(s.right, a.correct)
				if a.correct {
					s.score++
				}
			}
			sheets = append(sheets, s)
		}
		// per question: x right or wrong, y the share right on the rest
		xs, ys := map[int][]float64{}, map[int][]float64{}
		for _, s := range sheets {
			if len(s.items) < 2 {
				continue
			}
			for j, q := range s.items {
				x := 0.0
				if s.right[j] {
					x = 1
				}
				xs[q] = append(xs[q], x)
				ys[q] = append(ys[q], (float64(s.score)-x)/float64(len(s.items)-1))
			}
		}
		for q, x := range xs {
			st := at[key{ms.ID, q}]
			if st == nil || len(x) < MinItemAnswers {
				continue
			}
			if r, ok := pearson(x, ys[q]); ok {
				st.Discrimination, st.HasDiscrimination = r, true
			}
		}
		for _, st := range at {
			if st.Module != ms.ID || st.Answered < MinItemAnswers {
				continue
			}
			p := float64(st.Right) / float64(st.Answered)
			if p > EasyAbove {
				st.Flags = append(st.Flags, FlagEasy)
			}
			if p < HardBelow {
				st.Flags = append(st.Flags, FlagHard)
			}
			if st.HasDiscrimination && st.Discrimination < 0 {
				st.Flags = append(st.Flags, FlagNegative)
			}
		}
		// KR-20 over the largest group with the same questions; of groups
		// equally large, the one whose questions come first in the pool
		groups := map[string][]sheet{}
		for _, s := range sheets {
			k := itemsKey(s.items)
			groups[k] = append(groups[k], s)
		}
		rel := Reliability{Answered: len(sheets), Gap: GapFewSame}
		var best []sheet
		for _, g := range groups {
			if len(g) > len(best) || len(g) == len(best) && slices.Compare(g[0].items, best[0].items) < 0 {
				best = g
			}
		}
		if len(best) > 0 {
			rel.Participants, rel.Items = len(best), len(best[0].items)
		}
		switch {
		case len(best) < MinReliability:
		case rel.Items < 2:
			rel.Gap = GapOneItem
		default:
			n, k := float64(len(best)), rel.Items
			sumPQ, mean := 0.0, 0.0
			for j := 0; j < k; j++ {
				right := 0.0
				for _, s := range best {
					if s.right[j] {
						right++
					}
				}
				p := right / n
				sumPQ += p * (1 - p)
			}
			for _, s := range best {
				mean += float64(s.score)
			}
			mean /= n
			variance := 0.0
			for _, s := range best {
				variance += (float64(s.score) - mean) * (float64(s.score) - mean)
			}
			variance /= n // population variance, as p·q is
			if variance == 0 {
				rel.Gap = GapNoSpread
				break
			}
			rel.Gap = GapNone
			rel.KR20 = float64(k) / float64(k-1) * (1 - sumPQ/variance)
		}
		ms.Reliability = rel
	}
}

// pearson is the correlation of x and y; ok is false when either does not
// vary.
func pearson(x, y []float64) (float64, bool) {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, syy float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
		syy += (y[i] - my) * (y[i] - my)
	}
	if sxx == 0 || syy == 0 {
		return 0, false
	}
	return sxy / math.Sqrt(sxx*syy), true
}

// itemsKey names a set of questions by their pool indices, ascending:
// "0,3,7".
func itemsKey(items []int) string {
	b := make([]byte, 0, 4*len(items))
	for i, q := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(q), 10)
	}
	return string(b)
}
