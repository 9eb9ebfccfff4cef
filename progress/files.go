package progress

// Files returns the paths of the store's own files: the progress file, its
// backup and its lock. No output of the program may be written over them
// (see internal/outpath).
func (s *Store) Files() []string {
	return []string{s.path, s.path + bakSuffix, s.path + lockSuffix}
}
