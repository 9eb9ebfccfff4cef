package plain

import (
	"strings"

	"piketpalen/internal/locale"
	"piketpalen/internal/search"
)

// isSearch reports whether a learner's line is a search: "zoek WOORD" (or
// "search WORD").
func isSearch(answer string) bool {
	word, _, _ := strings.Cut(strings.TrimSpace(answer), " ")
	return strings.EqualFold(word, "zoek") || strings.EqualFold(word, "search")
}

// search answers "zoek WOORD": every place in the course's pages that
// holds WOORD, as module number, page number and title and the line it is
// on, so the learner can open that module and page.
func (s *session) search(answer string) {
	_, query, _ := strings.Cut(strings.TrimSpace(answer), " ")
	query = strings.TrimSpace(query)
	if query == "" {
		s.say(s.l.T(locale.PlainSearchhow))
		return
	}
	hits := search.Course(s.c, query, s.o.Width)
	if len(hits) == 0 {
		s.say(s.l.T(locale.PlainSearchnone, query))
		return
	}
	s.say(s.l.N(locale.PlainSearchfound, len(hits), query))
	for i, h := range hits {
		if i == maxSearchHits {
			s.say(s.l.T(locale.PlainSearchmore, len(hits)-maxSearchHits))
			break
		}
		s.sayWrapped(s.l.T(locale.PlainSearchhit, s.c.Number(h.Module), h.Page+1, h.Module.Pages[h.Page].Title, h.Line), 4)
	}
}

// maxSearchHits bounds the places a search lists, so a common word does not
// fill a screen reader's whole buffer.
const maxSearchHits = 20
