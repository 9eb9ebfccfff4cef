package progress

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"piketpalen/internal/dirtest"
)

// fakeExecutable makes Dir believe the program is path.
func fakeExecutable(t *testing.T, path string) {
	t.Helper()
	old := executable
	executable = func() (string, error) { return path, nil }
	t.Cleanup(func() { executable = old })
}

// isolate points every rule of Dir at the temporary folder tmp: no
// PIKETPALEN_DATA, a program in tmp/bin, the config folder in tmp/config.
func isolate(t *testing.T) (tmp, config string) {
	t.Helper()
	tmp = t.TempDir()
	t.Setenv(EnvData, "")
	bin := filepath.Join(tmp, "bin")
	if err := os.Mkdir(bin, 0o700); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(bin, "piketpalen.exe")
	write(t, exe, nil)
	fakeExecutable(t, exe)
	config = filepath.Join(tmp, "config")
	old := userConfigDir
	userConfigDir = func() (string, error) { return config, nil }
	t.Cleanup(func() { userConfigDir = old })
	return tmp, config
}

func TestDirRules(t *testing.T) {
	tmp, config := isolate(t)

	dir, how, err := Dir("")
	if err != nil || dir != filepath.Join(config, "piketpalen") || how != Default {
		t.Errorf("standard: %q %s %v", dir, how, err)
	}

	portable := filepath.Join(tmp, "bin", PortableDirName)
	if err := os.Mkdir(portable, 0o700); err != nil {
		t.Fatal(err)
	}
	dir, how, err = Dir("")
	if err != nil || dir != portable || how != Portable {
		t.Errorf("portable: %q %s %v", dir, how, err)
	}
	if got := dirtest.Names(t, portable); len(got) != 0 {
		t.Errorf("the writability probe left %q", got)
	}

	t.Setenv(EnvData, filepath.Join(tmp, "env"))
	dir, how, err = Dir("")
	if err != nil || dir != filepath.Join(tmp, "env") || how != FromEnv {
		t.Errorf("environment: %q %s %v", dir, how, err)
	}

	dir, how, err = Dir(filepath.Join(tmp, "flag"))
	if err != nil || dir != filepath.Join(tmp, "flag") || how != FromFlag {
		t.Errorf("flag: %q %s %v", dir, how, err)
	}
}

func TestDirMakesRelativePathsAbsolute(t *testing.T) {
	isolate(t)
	t.Chdir(t.TempDir())
	wd, _ := os.Getwd()
	dir, _, err := Dir("mijn-voortgang")
	if err != nil || dir != filepath.Join(wd, "mijn-voortgang") {
		t.Errorf("%q %v", dir, err)
	}
	t.Setenv(EnvData, "elders")
	dir, _, err = Dir("")
	if err != nil || dir != filepath.Join(wd, "elders") {
		t.Errorf("%q %v", dir, err)
	}
}

// A program started through a symbolic link finds the portable folder next
// to the real program, not next to the link.
func TestDirPortableThroughSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	tmp, _ := isolate(t)
	portable := filepath.Join(tmp, "bin", PortableDirName)
	if err := os.Mkdir(portable, 0o700); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(tmp, "piketpalen")
	if err := os.Symlink(filepath.Join(tmp, "bin", "piketpalen.exe"), link); err != nil {
		t.Fatal(err)
	}
	fakeExecutable(t, link)
	// tmp may itself sit behind a link (macOS /var → /private/var).
	want, _ := filepath.EvalSymlinks(portable)
	if dir, how, err := Dir(""); err != nil || dir != want || how != Portable {
		t.Errorf("%q %s %v, want %q", dir, how, err, want)
	}
}

// A file, not a folder, named piketpalen-data does not make portable mode.
func TestDirPortableMustBeAFolder(t *testing.T) {
	tmp, config := isolate(t)
	write(t, filepath.Join(tmp, "bin", PortableDirName), nil)
	if dir, how, _ := Dir(""); dir != filepath.Join(config, "piketpalen") || how != Default {
		t.Errorf("%q %s", dir, how)
	}
}

func TestDirPortableNotWritable(t *testing.T) {
	if os.Geteuid() == 0 || os.Geteuid() == -1 {
		t.Skip("needs a normal user on a Unix system")
	}
	tmp, config := isolate(t)
	portable := filepath.Join(tmp, "bin", PortableDirName)
	if err := os.Mkdir(portable, 0o500); err != nil {
		t.Fatal(err)
	}
	dir, how, err := Dir("")
	if err != nil || dir != filepath.Join(config, "piketpalen") || how != DefaultNotPortable {
		t.Errorf("%q %s %v", dir, how, err)
	}
}

func TestDirWithoutConfigDir(t *testing.T) {
	isolate(t)
	userConfigDir = func() (string, error) { return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined") }
	_, _, err := Dir("")
	if err == nil || !strings.Contains(err.Error(), "$HOME") || !strings.Contains(err.Error(), "--data") {
		t.Errorf("error %v does not say what is wrong and what to do", err)
	}
}

// The same with the real os.UserConfigDir, on Linux where its rules are
// known: no HOME and no XDG_CONFIG_HOME, as in some CI jobs.
func TestDirWithoutHome(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("os.UserConfigDir reads other variables here")
	}
	isolate(t)
	userConfigDir = os.UserConfigDir
	t.Setenv("HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	_, _, err := Dir("")
	if err == nil || !strings.Contains(err.Error(), "--data") {
		t.Errorf("Dir without HOME: %v", err)
	}
	if dir, _, err := Dir("/srv/voortgang"); err != nil || dir != "/srv/voortgang" {
		t.Errorf("--data without HOME: %q %v", dir, err)
	}
}

// A read-only portable folder that holds progress (a write-protected USB
// stick): the course used to fall back to the user's folder and show 0 of
// 6. What start-up does (Dir, Open, Load, then CarryOver from
// ReadOnlyPortable) now reads it, says where it is saved instead, saves it
// there, and leaves the stick alone.
func TestReadOnlyPortableIsCarriedOver(t *testing.T) {
	tmp, config := isolate(t)
	portable := filepath.Join(tmp, "bin", PortableDirName)
	if err := os.Mkdir(portable, 0o700); err != nil {
		t.Fatal(err)
	}
	onStick := sample()
	save(t, open(t, portable), onStick)
	stickBytes := read(t, filepath.Join(portable, FileName))
	old := writable
	writable = func(dir string) error {
		if dir == portable {
			return fs.ErrPermission
		}
		return old(dir)
	}
	t.Cleanup(func() { writable = old })

	dir, how, err := Dir("")
	if err != nil || how != DefaultNotPortable || dir != filepath.Join(config, "piketpalen") {
		t.Fatalf("%q %s %v", dir, how, err)
	}
	s := open(t, dir)
	st, _ := load(t, s)
	if len(st.Modules) != 0 {
		t.Fatal("the user's folder already has progress")
	}
	from, ok := ReadOnlyPortable()
	if !ok || from != portable {
		t.Fatalf("ReadOnlyPortable: %q %v", from, ok)
	}
	notices, err := s.CarryOver(st, from)
	if err != nil {
		t.Fatal(err)
	}
	mentions(t, notices, string(PortableReadOnly), portable, dir)
	if asJSON(t, st) != asJSON(t, onStick) {
		t.Errorf("carried over:\n%s\nwant:\n%s", asJSON(t, st), asJSON(t, onStick))
	}
	if got, _ := load(t, open(t, dir)); asJSON(t, got) != asJSON(t, onStick) {
		t.Error("not saved in the user's folder")
	}
	if !bytes.Equal(read(t, filepath.Join(portable, FileName)), stickBytes) {
		t.Error("the read-only folder's file changed")
	}
	// The next start carries it over again, and adds nothing twice.
	st2, _ := load(t, open(t, dir))
	st2.Record("01-primaat").PagesRead = append(st2.Record("01-primaat").PagesRead, 7)
	if _, err := open(t, dir).CarryOver(st2, from); err != nil {
		t.Fatal(err)
	}
	if n := len(st2.Modules["01-primaat"].Attempts); n != 2 {
		t.Errorf("%d attempts after carrying over twice, want 2", n)
	}
}
