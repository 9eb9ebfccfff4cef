package atomicfile

import (
	"os"
	"path/filepath"
	"time"
)

// staleAge is how old a temporary file of a target must be before WriteFile
// takes it for one a killed process left behind. A writer that is alive
// renames its temporary file within moments; ten seconds leaves room for a
// slow USB stick.
const staleAge = 10 * time.Second

// removeStale removes the temporary files of target base in dir that are
// older than staleAge: what a process killed between writing and renaming
// left behind. It is done on every write of that target, so that an output
// folder (the learner's Documents, a trainer's collection folder), which
// the sweep at start (see Sweep) looks at only after minutes, does not
// fill up with them. Only regular files named as this package names its
// temporary files for base are touched, and links are not followed; errors
// are ignored, since the write itself does not depend on it.
func removeStale(dir, base string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !e.Type().IsRegular() || !IsTemp(e.Name(), base) {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) >= staleAge {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
