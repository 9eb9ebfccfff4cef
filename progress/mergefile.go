package progress

import (
	"cmp"
	"errors"
	"fmt"
)

// Merged says what MergeFile added to the learner's progress.
type Merged struct {
	Attempts int      // finished attempts that were not there yet
	Pages    int      // pages read that were not there yet
	Twice    []string // modules with a quiz finished differently in both files: both results are kept
}

// ErrMergeFile is wrapped by the error MergeFile returns when the other
// file cannot be used: missing, unreadable, damaged (errors.Is ErrDamaged
// too) or of a newer schema (ErrNewerSchema too). The learner's own
// progress is then left as it was.
var ErrMergeFile = errors.New("the progress file to merge cannot be used")

// MergeFile merges the progress file at path, such as the one from the
// learner's other computer, into the learner's own, under the store's lock:
// the union of both (see union, the merge a save does with another copy's
// state): attempts by ID, pages read, the latest position. The learner's
// own name, organisation, learner id and settings stay; where they have
// none, the other file's are taken. The file at path is read as Load reads
// (at most maxFileSize, a regular file, checked and tidied by normalize) and
// never written to. It returns what was added; when nothing was, the
// progress file is not rewritten.
func (s *Store) MergeFile(path string) (Merged, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fail := func(err error) (Merged, error) {
		return Merged{}, fmt.Errorf("merge %s into %s: %w", path, s.path, err)
	}
	if s.closed {
		return fail(errClosed)
	}
	theirs, _, err := readFile(path)
	if err != nil {
		return fail(fmt.Errorf("%w: %w", ErrMergeFile, err))
	}
	var done Merged
	err = s.update(func(own *State) *State {
		merged, twice := union(own, theirs)
		keepOwn(merged, own, theirs)
		done = Merged{Twice: twice}
		for id, r := range merged.Modules {
			before := own.Modules[id]
			if before == nil {
				before = &Record{}
			}
			done.Attempts += len(r.Attempts) - len(before.Attempts)
			done.Pages += len(r.PagesRead) - len(before.PagesRead)
		}
		return merged
	})
	if err != nil {
		return fail(err)
	}
	return done, nil
}

// keepOwn makes the learner's own name, organisation, learner id and
// settings those of merged, where own has them; where it has none, those
// of other, the file brought in (MergeFile, CarryOver).
func keepOwn(merged, own, other *State) {
	merged.Learner = other.Learner
	if own.Learner.Name != "" || own.Learner.Organisation != "" {
		merged.Learner = own.Learner
	}
	merged.Learner.ID = cmp.Or(own.Learner.ID, other.Learner.ID)
	merged.Settings = Settings{Theme: cmp.Or(own.Settings.Theme, other.Settings.Theme), Lang: cmp.Or(own.Settings.Lang, other.Settings.Lang)}
}
