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

// The values of Dir's how besides "--data" and EnvData. They are Dutch; a
// program that speaks another language compares how with them and words the
// rule itself.
const (
	HowDefault          = "standaard"
	HowPortable         = "draagbaar (naast het programma)"
	HowPortableReadOnly = "standaard (de map " + PortableDirName + " naast het programma is niet beschrijfbaar)"
)

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
// The returned dir is absolute. how says in Dutch which rule chose it (the
// flag, the variable's name, or one of the How constants), so the program
// can show the learner where their progress is kept and why. A
// portable folder that cannot be written to (a read-only share, Program
// Files) is passed over for rule 4, and how says so. Dir creates nothing.
func Dir(flagValue string) (dir, how string, err error) {
	if flagValue != "" {
		dir, err := filepath.Abs(flagValue)
		if err != nil {
			return "", "", fmt.Errorf("data folder %q: %w", flagValue, err)
		}
		return dir, "--data", nil
	}
	if v := os.Getenv(EnvData); v != "" {
		dir, err := filepath.Abs(v)
		if err != nil {
			return "", "", fmt.Errorf("data folder %s=%q: %w", EnvData, v, err)
		}
		return dir, EnvData, nil
	}

	how = HowDefault
	if p, ok := portableDir(); ok {
		if err := writable(p); err == nil {
			return p, HowPortable, nil
		}
		how = HowPortableReadOnly
	}

	base, err := userConfigDir()
	if err != nil {
		return "", "", fmt.Errorf("no folder for learner data: %w; choose one with --data DIR or %s", err, EnvData)
	}
	dir, err = filepath.Abs(filepath.Join(base, "piketpalen"))
	if err != nil {
		return "", "", fmt.Errorf("data folder: %w", err)
	}
	return dir, how, nil
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
