package progress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"piketpalen/course"
)

// ErrNewerSchema is returned, wrapped, when the progress file was written by
// a newer piketpalen with a file format this version does not know. Such a
// file is not damaged: it is left exactly as it is, never moved aside and
// never overwritten, so that the newer program still finds it.
var ErrNewerSchema = errors.New("made by a newer version of piketpalen")

// damageError says why a file's contents cannot be used as a State. It is
// kept apart from I/O errors: only damage makes a file be moved aside.
type damageError struct{ reason string }

func (e *damageError) Error() string { return "damaged: " + e.reason }

func damaged(format string, args ...any) error {
	return &damageError{reason: fmt.Sprintf(format, args...)}
}

// decode turns a progress file's bytes into a State. It returns a
// *damageError for anything that is not a whole, well-formed file of a
// schema this program knows (empty, cut off, not JSON, JSON of another
// shape, no schema), and an error wrapping ErrNewerSchema for a file of a
// newer schema, whatever the rest of it looks like.
func decode(data []byte) (*State, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, damaged("empty file")
	}
	// The schema is read on its own first: a newer program may have changed
	// the shape of everything else, and that must not look like damage.
	var head struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, damaged("%v", err)
	}
	switch {
	case head.Schema == nil:
		return nil, damaged("no schema version")
	case *head.Schema > SchemaVersion:
		return nil, fmt.Errorf("%w (file format %d; this version reads up to %d)", ErrNewerSchema, *head.Schema, SchemaVersion)
	case *head.Schema < 1:
		return nil, damaged("schema version %d", *head.Schema)
	}
	st := new(State)
	if err := json.Unmarshal(data, st); err != nil {
		return nil, damaged("%v", err)
	}
	normalize(st)
	return st, nil
}

// normalize makes a decoded state one that every interface can show,
// without losing what the learner earned. A file is the learner's own and
// may have been edited by hand, by an older or newer course, or by a tool;
// what is impossible is put right here, once, instead of in every reader:
//
//   - null records and null attempts are dropped;
//   - negative page numbers are dropped from the pages read, the page last
//     shown and Last are at least 0, and pages read are sorted, without
//     duplicates (MarkRead relies on that). Pages beyond a module's end are
//     left to Status and Resume, which know the module;
//   - an attempt without an ID (a file from before attempts had one) gets
//     the one legacyID derives, the same in every copy of the program; a
//     second attempt in a record with the same ID and another result gets
//     an ID derived from the first, so nothing is merged away;
//   - finished attempts are put in their order (attemptOrder), as a merge
//     puts them;
//   - a finished attempt with no questions shows nothing and proves
//     nothing, and is dropped; so is an open one, which the quiz would
//     replace anyway;
//   - an answer is only right when it was given, the number right and the
//     score follow from the answers, and an attempt whose stored score does
//     not is not passed. The course itself grades again where it matters
//     (certificates, result files).
//
// The review cards are bounded as normalizeReview says.
//
// Records of modules this course does not have are kept: they may come
// from another version of the course, and the learner may go back to it.
func normalize(st *State) {
	if st.Modules == nil {
		st.Modules = map[string]*Record{}
	}
	st.Last.Page = max(st.Last.Page, 0)
	normalizeReview(st)
	for id, r := range st.Modules {
		if r == nil {
			delete(st.Modules, id)
			continue
		}
		r.Page = max(r.Page, 0)
		r.PagesRead = slices.DeleteFunc(r.PagesRead, func(p int) bool { return p < 0 })
		slices.Sort(r.PagesRead)
		r.PagesRead = slices.Compact(r.PagesRead)
		if len(r.PagesRead) == 0 {
			r.PagesRead = nil // one way to say none, so that merged states compare
		}

		seen := map[string]*course.Attempt{}
		kept := r.Attempts[:0]
		for _, a := range r.Attempts {
			if a == nil || len(a.Items) == 0 {
				continue
			}
			tidyAttempt(id, a)
			if b := seen[a.ID]; b != nil {
				if sameResult(a, b) {
					continue
				}
				base := a.ID
				for n := 2; seen[a.ID] != nil; n++ {
					a.ID = fmt.Sprintf("%s-%d", base, n)
				}
			}
			seen[a.ID] = a
			kept = append(kept, a)
		}
		clear(r.Attempts[len(kept):])
		r.Attempts = kept
		slices.SortStableFunc(r.Attempts, attemptOrder)
		if len(kept) == 0 {
			r.Attempts = nil
		}
		if r.Open != nil && len(r.Open.Items) == 0 {
			r.Open = nil
		}
		if r.Open != nil {
			tidyAttempt(id, r.Open)
		}
	}
}

// tidyAttempt gives a an ID when it has none, and makes its count of right
// answers and its score follow from its answers; see normalize.
func tidyAttempt(module string, a *course.Attempt) {
	if a.ID == "" {
		a.ID = legacyID(module, a)
	}
	correct := 0
	for i := range a.Items {
		it := &a.Items[i]
		it.Correct = it.Correct && it.Answered
		if it.Correct {
			correct++
		}
	}
	score := course.Score(correct, len(a.Items))
	if a.Correct == correct && a.Score != score && a.Score == course.FloorScore(correct, len(a.Items)) {
		// Written before scores were rounded half up: consistent, only
		// rounded the old way. Its pass stands; the figure follows the rule.
		a.Score = score
	}
	if a.Correct != correct || a.Score != score {
		a.Correct, a.Score, a.Passed = correct, score, false
	}
}

// encode renders a State as the file's bytes: indented, so that a trainer or
// a curious learner can read it, and ending in a newline.
func encode(st *State) ([]byte, error) {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}
