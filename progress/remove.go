package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Remove deletes everything the store keeps about the learner: the
// progress file, its backup, damaged copies moved aside, temporary files of
// a save cut short, and the files named also (base names in the data
// folder, such as the learner's own key, and their temporary files). It
// takes the store's lock first, so that no other copy of piketpalen saves
// meanwhile, and closes the store. Only files in the data folder whose
// names are the store's or also's are touched, nothing else, and never a
// subfolder. The folder itself stays, empty: a piketpalen-data folder next
// to the program is what puts it in portable mode, and without it the next
// start would keep the learner's progress on the computer instead of the
// stick. It returns the paths removed.
func (s *Store) Remove(also ...string) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, errClosed
	}
	unlock, err := s.acquire()
	if err != nil {
		return nil, err
	}
	base := filepath.Base(s.path)
	names := []string{base}
	for _, a := range also {
		names = append(names, filepath.Base(a))
	}
	entries, err := ownEntries(s.dir, names)
	if err != nil {
		unlock()
		return nil, fmt.Errorf("remove progress: %w", err)
	}
	lock := base + lockSuffix
	var removed []string
	var errs []error
	for _, e := range entries {
		if e.Name() == lock {
			continue
		}
		p := filepath.Join(s.dir, e.Name())
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, p)
	}
	unlock()
	s.closed = true
	s.lock.Close()
	if err := os.Remove(filepath.Join(s.dir, lock)); err == nil {
		removed = append(removed, filepath.Join(s.dir, lock))
	}
	slices.Sort(removed)
	if len(errs) > 0 {
		return removed, fmt.Errorf("remove progress: %w", errors.Join(errs...))
	}
	return removed, nil
}

// ownName reports whether name is one of names, a file made from it
// (progress.json.bak, progress.json.damaged-…), or a temporary file of one
// (.progress.json.tmp…).
func ownName(name string, names []string) bool {
	name = strings.TrimPrefix(name, ".")
	for _, n := range names {
		if name == n || strings.HasPrefix(name, n+".") {
			return true
		}
	}
	return false
}
