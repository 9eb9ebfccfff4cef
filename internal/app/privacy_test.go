package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/progress"
)

// TestPrivacyListsWhatDeleteRemoves: what the privacy text lists of the
// data folder is exactly what privacy delete removes: the progress file,
// its backup, the lock, damaged copies of the file and of the backup, a
// save cut short and the own key; never a file that is not piketpalen's.
func TestPrivacyListsWhatDeleteRemoves(t *testing.T) {
	dir := t.TempDir()
	store, err := progress.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Save(st); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		progress.FileName + ".bak",
		progress.FileName + ".damaged-20261201-120000",
		progress.FileName + ".bak.damaged-20261201-120001",
		"." + progress.FileName + ".piketpalen-tmp-123",
		issuer.SelfKeyFile,
		"notities.txt", // the learner's own file
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	var listed []string
	kinds := map[DataKind]int{}
	for _, f := range privacyIn(dir, st).Files {
		listed = append(listed, f.Path)
		kinds[f.Kind]++
	}
	removed, err := store.Remove(filepath.Join(dir, issuer.SelfKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(listed)
	if !slices.Equal(listed, removed) {
		t.Errorf("privacy lists\n%q\nprivacy delete removes\n%q", listed, removed)
	}
	want := map[DataKind]int{DataProgress: 1, DataBackup: 1, DataLock: 1, DataDamaged: 2, DataTemporary: 1, DataOwnKey: 1}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%d files of kind %s listed, want %d", kinds[k], k, n)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "notities.txt")); err != nil {
		t.Errorf("the learner's own file: %v", err)
	}
}

// TestPrivacyTextIsTerminalSafe: a folder or a name with a bidi control in
// it reaches no terminal raw, whichever interface shows the text (the
// privacy command printed it as it was).
func TestPrivacyTextIsTerminalSafe(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "map\u202egniled")
	st := progress.New()
	st.Learner.Name = "Eva\u2067 Visser"
	text := privacyIn(dir, st).Text(locale.NL)
	if strings.ContainsRune(text, 0x202e) || strings.ContainsRune(text, 0x2067) {
		t.Errorf("a bidi control in the privacy text:\n%q", text)
	}
	if !strings.Contains(text, `\u202e`) {
		t.Errorf("the folder's control is not shown for what it is:\n%s", text)
	}
}
