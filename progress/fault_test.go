package progress

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A progress file cut off at any point (a write that never finished, a disk
// that filled up) is moved aside with its bytes intact, and the learner gets
// the previous version back from the backup and is told.
func TestTruncatedFileRecoversFromBak(t *testing.T) {
	first, _, whole, bak := twoVersions(t, t.TempDir())
	// The last byte is the newline after the closing brace, so len-1 is
	// still a whole file; every shorter cut is not.
	for _, n := range []int{0, 1, 2, 17, len(whole) / 4, len(whole) / 2, len(whole) * 3 / 4, len(whole) - 3, len(whole) - 2} {
		t.Run("", func(t *testing.T) {
			dir := t.TempDir()
			main := filepath.Join(dir, FileName)
			cut := whole[:n]
			write(t, main, cut)
			write(t, main+bakSuffix, bak)

			st, notices := load(t, open(t, dir))

			if asJSON(t, st) != first {
				t.Errorf("cut at %d of %d: state is not the backup's:\n%s", n, len(whole), asJSON(t, st))
			}
			kept := main + keptSuffix
			if !bytes.Equal(read(t, kept), cut) {
				t.Errorf("the damaged file was not kept as it was")
			}
			mentions(t, notices, string(DamagedKept), kept)
			mentions(t, notices, string(RestoredFromBackup), main+bakSuffix)
			// The backup is put back in place at once.
			if !bytes.Equal(read(t, main), bak) {
				t.Errorf("progress.json was not restored from the backup")
			}
			wantFiles(t, dir, FileName, FileName+bakSuffix, FileName+keptSuffix)
		})
	}
}

func TestTruncatedFileWithoutBakStartsEmpty(t *testing.T) {
	_, _, whole, _ := twoVersions(t, t.TempDir())
	for _, n := range []int{0, 1, len(whole) / 2, len(whole) - 2} {
		dir := t.TempDir()
		main := filepath.Join(dir, FileName)
		write(t, main, whole[:n])

		st, notices := load(t, open(t, dir))
		if !isNew(t, st) {
			t.Errorf("cut at %d: want an empty state, got %s", n, asJSON(t, st))
		}
		mentions(t, notices, string(DamagedKept), main+keptSuffix)
		mentions(t, notices, string(NoBackup))
		if !bytes.Equal(read(t, main+keptSuffix), whole[:n]) {
			t.Errorf("cut at %d: the damaged file was not kept as it was", n)
		}
		wantFiles(t, dir, FileName+keptSuffix)
	}
}

// Anything that is not a progress file of a known schema is damage, not a
// reason to crash or to start over silently.
func TestDamagedContents(t *testing.T) {
	cases := map[string]string{
		"empty":             "",
		"blank":             " \n\t\n",
		"garbage":           "\x00\xff\xfe PK\x03\x04 random bytes",
		"zeros":             "\x00\x00\x00\x00\x00\x00\x00\x00",
		"array":             `[1, 2, 3]`,
		"null":              `null`,
		"string":            `"progress"`,
		"no schema":         `{"modules": {}}`,
		"schema zero":       `{"schema": 0, "modules": {}}`,
		"schema as text":    `{"schema": "1", "modules": {}}`,
		"schema negative":   `{"schema": -1}`,
		"modules as list":   `{"schema": 1, "modules": ["01-primaat"]}`,
		"attempts as map":   `{"schema": 1, "modules": {"m": {"attempts": {"a": 1}}}}`,
		"pages as strings":  `{"schema": 1, "modules": {"m": {"pages_read": ["1"]}}}`,
		"bad time":          `{"schema": 1, "modules": {"m": {"attempts": [{"started": "gisteren"}]}}}`,
		"two objects":       `{"schema": 1, "modules": {}} {"schema": 1}`,
		"trailing garbage":  `{"schema": 1, "modules": {}}xyz`,
		"unclosed string":   `{"schema": 1, "learner": {"name": "Anou`,
		"learner as number": `{"schema": 1, "learner": 7}`,
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			main := filepath.Join(dir, FileName)
			write(t, main, []byte(content))

			st, notices, err := open(t, dir).Load()
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if !isNew(t, st) {
				t.Errorf("want an empty state, got %s", asJSON(t, st))
			}
			mentions(t, notices, string(DamagedKept), main+keptSuffix)
			if got := read(t, main+keptSuffix); string(got) != content {
				t.Errorf("kept file holds %q", got)
			}
		})
	}
}

// Null records and attempts carry nothing; they are dropped rather than
// treated as damage or handed to code that would trip over them.
func TestNullsAreDropped(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, FileName), []byte(`{"schema": 1, "modules": {"a": null, "b": {"attempts": [null], "pages_read": [1]}}}`))
	st, notices := load(t, open(t, dir))
	if len(notices) != 0 {
		t.Errorf("notices: %q", notices)
	}
	if _, ok := st.Modules["a"]; ok {
		t.Error("null record kept")
	}
	if b := st.Modules["b"]; b == nil || len(b.Attempts) != 0 || len(b.PagesRead) != 1 {
		t.Errorf("record b = %+v", b)
	}
}

func TestBakDamagedToo(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, FileName)
	write(t, main, []byte(`{"schema": 1, "modu`))
	write(t, main+bakSuffix, []byte("not json"))

	st, notices := load(t, open(t, dir))
	if !isNew(t, st) {
		t.Errorf("got %s", asJSON(t, st))
	}
	mentions(t, notices, main+keptSuffix)
	mentions(t, notices, string(BackupDamagedKept), main+bakSuffix+keptSuffix)
	mentions(t, notices, string(NoBackup))
	wantFiles(t, dir, FileName+keptSuffix, FileName+bakSuffix+keptSuffix)
	if string(read(t, main+bakSuffix+keptSuffix)) != "not json" {
		t.Error("damaged backup not kept as it was")
	}
}

// With progress.json gone but a sound backup, the backup is used.
func TestMissingFileRecoversFromBak(t *testing.T) {
	dir := t.TempDir()
	first, _, _, bak := twoVersions(t, dir)
	main := filepath.Join(dir, FileName)
	if err := os.Remove(main); err != nil {
		t.Fatal(err)
	}
	st, notices := load(t, open(t, dir))
	if asJSON(t, st) != first {
		t.Errorf("got %s", asJSON(t, st))
	}
	mentions(t, notices, string(Missing))
	if !bytes.Equal(read(t, main), bak) {
		t.Error("progress.json not restored")
	}
}

// Two damaged files within one second each keep their own name.
func TestDamagedNamesDoNotCollide(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, FileName)
	for i, content := range []string{"first damage", "second damage", "third damage"} {
		write(t, main, []byte(content))
		load(t, open(t, dir))
		kept := main + keptSuffix
		if i > 0 {
			kept += []string{"", "-2", "-3"}[i]
		}
		if string(read(t, kept)) != content {
			t.Errorf("%s holds %q, want %q", kept, read(t, kept), content)
		}
	}
}

// A file damaged while the program runs is found by Save, which moves it
// aside as Load would, keeps the learner's state and says so in Notices.
func TestSaveMovesDamageAside(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	st := sample()
	save(t, s, st)
	st.Last.Page = 5
	save(t, s, st) // now there is a .bak

	main := filepath.Join(dir, FileName)
	write(t, main, []byte(`{"schema": 1, "modules": {"01-pri`))
	st.Record("04-nieuw").PagesRead = []int{0}
	save(t, s, st)

	if string(read(t, main+keptSuffix)) != `{"schema": 1, "modules": {"01-pri` {
		t.Error("damaged file not kept")
	}
	mentions(t, s.Notices(), string(DamagedKept), main+keptSuffix)
	if n := s.Notices(); len(n) != 0 {
		t.Errorf("Notices did not forget: %q", n)
	}
	got, notices := load(t, open(t, dir))
	if asJSON(t, got) != asJSON(t, st) || len(notices) != 0 {
		t.Errorf("after save: %q\n%s", notices, asJSON(t, got))
	}
}

// A file of a newer schema is not damage: it is refused, and left exactly
// as it is, by Load and by Save.
func TestNewerSchemaIsLeftUntouched(t *testing.T) {
	for name, content := range map[string]string{
		"same shape":  fmt.Sprintf(`{"schema": %d, "modules": {}}`, SchemaVersion+1),
		"other shape": "{\n  \"schema\": 7,\n  \"modules\": [\"a\", \"b\"],\n  \"nieuw\": true\n}\n",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			main := filepath.Join(dir, FileName)
			write(t, main, []byte(content))
			s := open(t, dir)

			_, _, err := s.Load()
			if !errors.Is(err, ErrNewerSchema) {
				t.Fatalf("Load: %v, want ErrNewerSchema", err)
			}
			for _, part := range []string{main, "newer version of piketpalen", "untouched"} {
				if !strings.Contains(err.Error(), part) {
					t.Errorf("error %q does not say %q", err, part)
				}
			}
			if err := s.Save(sample()); !errors.Is(err, ErrNewerSchema) {
				t.Errorf("Save: %v, want ErrNewerSchema", err)
			}
			if string(read(t, main)) != content {
				t.Error("the newer file was changed")
			}
			wantFiles(t, dir, FileName)
		})
	}
}

// A temporary file left by a crash between writing and renaming is not the
// progress file: Load reads the old, whole file and says nothing.
func TestStrayTempFileIsIgnored(t *testing.T) {
	dir := t.TempDir()
	_, second, whole, _ := twoVersions(t, dir)
	stray := filepath.Join(dir, ".progress.json.tmp-4242")
	write(t, stray, whole[:len(whole)/2])

	s := open(t, dir)
	st, notices := load(t, s)
	if asJSON(t, st) != second || len(notices) != 0 {
		t.Errorf("notices %q, state:\n%s", notices, asJSON(t, st))
	}
	st.Last.Page = 9
	save(t, s, st)
	if st2, _ := load(t, open(t, dir)); st2.Last.Page != 9 {
		t.Error("save after a crash did not stick")
	}
}

// A folder the learner may not write to: Save fails with an error naming
// the file and the reason, the state in memory and on disk stays as it was,
// and Load still works. Root ignores permissions, so this needs a normal
// user; TestSaveFailsWhenRenameFails proves the same error path as root.
func TestReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	err := failedSave(t, dir, func() { readOnly(t, dir) })
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("error = %q", err)
	}

	got, notices := load(t, open(t, dir))
	if got.Last.Page != 3 {
		t.Errorf("Load read %+v", got.Last)
	}
	mentions(t, notices, string(FolderReadOnly), dir)
}

// A data folder that does not exist and cannot be made: the course still
// opens, with empty progress and a notice; saving fails with a clear error.
func TestMissingUnwritableFolder(t *testing.T) {
	parent := t.TempDir()
	readOnly(t, parent)
	dir := filepath.Join(parent, "piketpalen")

	s := open(t, dir)
	st, notices := load(t, s)
	if !isNew(t, st) {
		t.Errorf("got %s", asJSON(t, st))
	}
	mentions(t, notices, string(FolderReadOnly), dir)
	err := s.Save(sample())
	t.Logf("Save: %v", err)
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), s.Path()) {
		t.Errorf("Save: %v", err)
	}
}

// The failure path of a save, proved even as root: a non-empty folder in
// the backup's place makes the rename fail. The state in memory and the
// progress file stay as they were and no temporary file is left.
func TestSaveFailsWhenRenameFails(t *testing.T) {
	dir := t.TempDir()
	failedSave(t, dir, func() {
		if err := os.MkdirAll(filepath.Join(dir, FileName+bakSuffix, "in-the-way"), 0o700); err != nil {
			t.Fatal(err)
		}
	})
	wantFiles(t, dir, FileName, FileName+bakSuffix)
}

// failedSave saves the sample state in dir, lets spoil make the next save
// fail, and saves a changed state. That save must fail with an error that
// names the progress file, and leave both the state in memory and the file
// as they were; failedSave returns the error.
func failedSave(t *testing.T, dir string, spoil func()) error {
	t.Helper()
	s := open(t, dir)
	st := sample()
	save(t, s, st)
	before := read(t, s.Path())
	spoil()

	st.Last.Page = 11
	st.Record("01-primaat").Attempts = append(st.Record("01-primaat").Attempts, attempt("01-primaat", 30))
	want := asJSON(t, st)
	err := s.Save(st)
	if err == nil {
		t.Fatal("Save succeeded")
	}
	t.Logf("Save: %v", err)
	if !strings.HasPrefix(err.Error(), "save progress "+s.Path()+": ") {
		t.Errorf("error = %q", err)
	}
	if asJSON(t, st) != want {
		t.Error("the state in memory changed")
	}
	if !bytes.Equal(read(t, s.Path()), before) {
		t.Error("the file changed")
	}
	return err
}

// A folder where progress.json should be is not a damaged file: it is an
// error for Load and Save, and nothing is moved.
func TestProgressPathIsAFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, FileName), 0o700); err != nil {
		t.Fatal(err)
	}
	s := open(t, dir)
	if _, _, err := s.Load(); err == nil || !strings.Contains(err.Error(), s.Path()) {
		t.Errorf("Load: %v", err)
	}
	if err := s.Save(sample()); err == nil || !strings.HasPrefix(err.Error(), "save progress "+s.Path()) {
		t.Errorf("Save: %v", err)
	}
	wantFiles(t, dir, FileName)
}
