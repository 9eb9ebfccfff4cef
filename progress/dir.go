package progress

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"piketpalen/internal/atomicfile"
)

// EnvData is the environment variable that chooses the data folder when the
// --data flag is not given.
const EnvData = "PIKETPALEN_DATA"

// PortableDirName is the folder that, when it exists next to the program,
// makes piketpalen keep its data there (portable mode): a trainer can hand
// out a zip or a USB stick with the program and an empty piketpalen-data
// folder, and nothing is written to the user's profile.
const PortableDirName = "piketpalen-data"

// Source is the rule by which Dir chose the data folder. The interfaces
// put it in words in the learner's language.
type Source int

// The rules, in the order Dir tries them.
const (
	FromFlag           Source = iota + 1 // the --data flag
	FromEnv                              // the environment variable EnvData
	Portable                             // a writable piketpalen-data folder next to the program
	Default                              // the user's config folder
	DefaultNotPortable                   // the config folder: piketpalen-data next to the program cannot be written to
)

// String names the rule for a log or a test, not for the learner.
func (s Source) String() string {
	switch s {
	case FromFlag:
		return "--data"
	case FromEnv:
		return EnvData
	case Portable:
		return "portable"
	case Default:
		return "default"
	case DefaultNotPortable:
		return "default, portable folder not writable"
	}
	return fmt.Sprintf("Source(%d)", int(s))
}

// Seams for tests; the program itself never changes them.
var (
	executable    = os.Executable
	userConfigDir = os.UserConfigDir
	writable      = probeWritable // whether a folder can be written to
)

// Dir decides where the learner's data lives, by the first rule that applies:
//
//  1. flagValue, the value of --data, when it is not empty;
//  2. the environment variable PIKETPALEN_DATA;
//  3. a folder piketpalen-data next to the program (after resolving
//     symbolic links), if it exists and can be written to;
//  4. os.UserConfigDir()/piketpalen: %AppData%\piketpalen on Windows,
//     ~/Library/Application Support/piketpalen on macOS,
//     ~/.config/piketpalen elsewhere.
//
// The returned dir is absolute; src says which rule chose it, so the
// program can show the learner where their progress is kept and why. A
// portable folder that cannot be written to (a read-only share, Program
// Files) is passed over for rule 4, and src says so (DefaultNotPortable).
// Dir creates nothing.
func Dir(flagValue string) (dir string, src Source, err error) {
	if flagValue != "" {
		dir, err := filepath.Abs(flagValue)
		if err != nil {
			return "", 0, fmt.Errorf("data folder %q: %w", flagValue, err)
		}
		return dir, FromFlag, nil
	}
	if v := os.Getenv(EnvData); v != "" {
		dir, err := filepath.Abs(v)
		if err != nil {
			return "", 0, fmt.Errorf("data folder %s=%q: %w", EnvData, v, err)
		}
		return dir, FromEnv, nil
	}

	src = Default
	if p, ok := portableDir(); ok {
		if err := writable(p); err == nil {
			return p, Portable, nil
		}
		src = DefaultNotPortable
	}

	base, err := userConfigDir()
	if err != nil {
		return "", 0, fmt.Errorf("no folder for learner data: %w; choose one with --data DIR or %s", err, EnvData)
	}
	dir, err = filepath.Abs(filepath.Join(base, "piketpalen"))
	if err != nil {
		return "", 0, fmt.Errorf("data folder: %w", err)
	}
	return dir, src, nil
}

// portableDir returns the piketpalen-data folder next to the program, and
// whether it exists as a folder.
func portableDir() (string, bool) {
	exe, err := executable()
	if err != nil {
		return "", false
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	p := filepath.Join(filepath.Dir(exe), PortableDirName)
	fi, err := os.Stat(p)
	if err != nil || !fi.IsDir() {
		return "", false
	}
	return p, true
}

// probeWritable checks that a file can be created in dir by creating and
// removing one. Permission bits alone do not tell: ACLs, read-only mounts
// and shares decide too.
func probeWritable(dir string) error {
	// Named like the program's temporary files, so that one left by a
	// killed process is swept away (see Store.sweep).
	f, err := os.CreateTemp(dir, ".probe"+atomicfile.TempInfix+"*")
	if err != nil {
		return err
	}
	name := f.Name()
	return errors.Join(f.Close(), os.Remove(name))
}
