package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
)

// ReadOnlyPortable returns the piketpalen-data folder next to the program
// when Dir passed it over because it cannot be written to (Dir's source is
// DefaultNotPortable): a write-protected USB stick, a read-only share. The
// progress it may hold is the learner's, and CarryOver brings it along.
func ReadOnlyPortable() (string, bool) {
	p, ok := portableDir()
	if !ok || writable(p) == nil {
		return "", false
	}
	return p, true
}

// CarryOver brings the progress kept in the folder from, which cannot be
// written to, into st, and saves the result in this store's folder. It reads
// from, and never changes anything there. Finished attempts and pages read
// are united as a save unites them with another copy's (see merge); the
// name, the place last read and the settings are taken from there only when
// st has none of its own. It returns a notice that says where the progress
// was read and where it is saved now, or none when from holds no progress.
//
// The program calls it at every start while the folder stays read-only; a
// second time adds nothing, since attempts are recognised by their IDs.
func (s *Store) CarryOver(st *State, from string) ([]Notice, error) {
	path := filepath.Join(from, FileName)
	theirs, _, err := readFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		// Damaged, newer or unreadable: it cannot be used, and it cannot be
		// moved aside there. The learner hears why; nothing is lost.
		return []Notice{{Kind: PortableNotRead, Path: path, Cause: cause(err)}}, nil
	}
	merged, _ := merge(st, theirs)
	id := merged.Learner.ID // the folder's, as a save keeps the id on disk
	keepOwn(merged, st, theirs)
	merged.Learner.ID = id
	if merged.Last.Module == "" {
		merged.Last = theirs.Last
	}
	st.Learner, st.Last, st.Settings = merged.Learner, merged.Last, merged.Settings
	adopt(st, merged)
	n := Notice{Kind: PortableReadOnly, Path: from, Kept: s.dir}
	if err := s.Save(st); err != nil {
		return []Notice{n}, fmt.Errorf("carry over progress from %s: %w", path, err)
	}
	return []Notice{n}, nil
}
