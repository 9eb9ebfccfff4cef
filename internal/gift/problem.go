package gift

import "piketpalen/internal/locale"

// reasonKeys words each Reason; the texts that name the question take
// its id.
var reasonKeys = map[Reason]locale.Key{
	NoTitle:        locale.GiftReasonNotitle,
	BadTitle:       locale.GiftReasonBadtitle,
	DuplicateTitle: locale.GiftReasonDuplicate,
	NoAnswers:      locale.GiftReasonNoanswers,
	Unclosed:       locale.GiftReasonUnclosed,
	Embedded:       locale.GiftReasonEmbedded,
	Essay:          locale.GiftReasonEssay,
	Numerical:      locale.GiftReasonNumerical,
	Matching:       locale.GiftReasonMatching,
	ShortAnswer:    locale.GiftReasonShort,
	Mixed:          locale.GiftReasonMixed,
	NoRight:        locale.GiftReasonNoright,
	TooFewAnswers:  locale.GiftReasonToofew,
	NoFeedback:     locale.GiftReasonNofeedback,
	NoExplanation:  locale.GiftReasonNoexplanation,
	NoSource:       locale.GiftReasonNosource,
	BadWeight:      locale.GiftReasonWeight,
	NotText:        locale.GiftReasonNotext,
	EmptyAnswer:    locale.GiftReasonEmptyanswer,
}

// Text words p in language l, without its place; the caller puts
// file:line before it.
func (p Problem) Text(l locale.Lang) string {
	switch p.Reason {
	case NoTitle, NoAnswers, NotText:
		return l.T(reasonKeys[p.Reason])
	}
	return l.T(reasonKeys[p.Reason], p.ID)
}
