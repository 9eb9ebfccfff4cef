package progress

import "path/filepath"

// Files returns the paths of the store's own files: the progress file, its
// backup and its lock. No output of the program may be written over them
// (see internal/outpath).
func (s *Store) Files() []string { return FilesIn(s.dir) }

// FilesIn returns the paths of the store's own files in the data folder
// dir, as Files does, without opening a store there.
func FilesIn(dir string) []string {
	path := filepath.Join(dir, FileName)
	return []string{path, path + bakSuffix, path + lockSuffix}
}
