package app

import (
	"bytes"
	"cmp"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/didkey"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/internal/termsafe"
	"piketpalen/progress"
)

// DataKind is a kind of file piketpalen keeps about the learner.
type DataKind int

// The kinds of file in the data folder.
const (
	DataProgress  DataKind = iota + 1 // progress.json
	DataBackup                        // its backup
	DataLock                          // the empty lock file
	DataOwnKey                        // the learner's own signing key
	DataDamaged                       // a damaged progress file moved aside
	DataTemporary                     // a save cut short
)

// String is the kind's name in a privacy export.
func (k DataKind) String() string {
	return [...]string{"", "progress", "backup", "lock", "own-key", "damaged-copy", "temporary"}[k]
}

// dataKinds are the kinds of the store's own files.
var dataKinds = map[progress.FileKind]DataKind{
	progress.ProgressFile: DataProgress,
	progress.BackupFile:   DataBackup,
	progress.LockFile:     DataLock,
	progress.DamagedFile:  DataDamaged,
	progress.TempFile:     DataTemporary,
}

// DataFile is one file of the learner's in the data folder.
type DataFile struct {
	Path string
	Kind DataKind
	Size int64
}

// Privacy is what piketpalen holds about the learner, and where: the AVG
// (GDPR) asks that a person can see it, take it along and have it deleted.
type Privacy struct {
	DataDir string     // the data folder
	Files   []DataFile // the learner's files in it now
	OutDir  string     // where certificates and result files go unless the learner says otherwise
	State   *progress.State
}

// PrivacyOf lists what the store's data folder holds about the learner
// whose state is st.
func PrivacyOf(store *progress.Store, st *progress.State) Privacy { return privacyIn(store.Dir(), st) }

// Privacy is what the interfaces show the learner about their own data,
// whose state now is st: the data folder their progress is kept in
// (KeyDir, the folder of DataDir's progress file) and the folder exports go
// to (OutDir).
func (l Learner) Privacy(st *progress.State) Privacy {
	dir := l.KeyDir
	if dir == "" && l.DataDir != "" {
		dir = filepath.Dir(l.DataDir)
	}
	p := privacyIn(dir, st)
	if l.OutDir != "" {
		p.OutDir = l.OutDir
	}
	return p
}

// privacyIn lists what the data folder dir holds about the learner whose
// state is st; PrivacyOf and Learner.Privacy are its two ways in. The
// store's files are those progress.OwnFilesIn names, the ones that
// privacy delete removes, and the learner's own key beside them.
func privacyIn(dir string, st *progress.State) Privacy {
	p := Privacy{DataDir: dir, OutDir: OutDir(dir), State: st}
	for _, f := range progress.OwnFilesIn(dir) {
		p.Files = append(p.Files, DataFile{Path: f.Path, Kind: dataKinds[f.Kind], Size: f.Size})
	}
	key := filepath.Join(dir, issuer.SelfKeyFile)
	if fi, err := os.Lstat(key); err == nil && fi.Mode().IsRegular() {
		p.Files = append(p.Files, DataFile{Path: key, Kind: DataOwnKey, Size: fi.Size()})
	}
	return p
}

// purpose is the catalogue text that says what a kind of file is for.
var purpose = map[DataKind]locale.Key{
	DataProgress:  locale.PrivacyProgress,
	DataBackup:    locale.PrivacyBackup,
	DataLock:      locale.PrivacyLock,
	DataOwnKey:    locale.PrivacyOwnkey,
	DataDamaged:   locale.PrivacyDamaged,
	DataTemporary: locale.PrivacyTemporary,
}

// Text is p told in language l: what is stored where and what for, where
// exports go, and that nothing leaves the computer unless the learner
// exports it. Every interface shows this same text. The folders and the
// names come from outside (a typed --data, a progress file), so the text
// is made safe for a terminal here (internal/termsafe), once for all.
func (p Privacy) Text(l locale.Lang) string {
	return termsafe.String(p.text(l))
}

func (p Privacy) text(l locale.Lang) string {
	var b strings.Builder
	b.WriteString(l.T(locale.PrivacyIntro, p.DataDir) + "\n")
	if len(p.Files) == 0 {
		b.WriteString("\n" + l.T(locale.PrivacyNofiles) + "\n")
	}
	for _, f := range p.Files {
		fmt.Fprintf(&b, "\n%s\n  %s\n", f.Path, l.T(purpose[f.Kind]))
	}
	if st := p.State; st != nil {
		b.WriteString("\n" + l.T(locale.PrivacyHeld, st.Learner.ID, cmp.Or(st.Learner.Name, "-"), cmp.Or(st.Learner.Organisation, "-"), len(st.Modules)) + "\n")
	}
	b.WriteString("\n" + l.T(locale.PrivacyExports, p.OutDir) + "\n")
	b.WriteString("\n" + l.T(locale.PrivacyNothingleaves) + "\n")
	return b.String()
}

// privacyFile is the form of a privacy export.
type privacyFile struct {
	Kind       string          `json:"kind"`
	Made       time.Time       `json:"made"`
	DataFolder string          `json:"data_folder"`
	Files      []privacyEntry  `json:"files"`
	OwnKey     *privacyKey     `json:"own_key,omitempty"`
	OutFolder  string          `json:"default_output_folder"`
	Note       string          `json:"note"`
	Progress   json.RawMessage `json:"progress"`
}

type privacyEntry struct {
	Path    string `json:"path"`
	Kind    string `json:"kind"`
	Bytes   int64  `json:"bytes"`
	Purpose string `json:"purpose"`
}

type privacyKey struct {
	Path      string `json:"path"`
	PublicKey string `json:"public_key,omitempty"`
	Note      string `json:"note"`
}

// PrivacyKind is the "kind" of a privacy export.
const PrivacyKind = "piketpalen-privacy-export"

// PrivacyFileName is a privacy export's name in a folder.
const PrivacyFileName = "piketpalen-mijn-gegevens.json"

// ExportPrivacy writes everything p holds about the learner into one
// pretty-printed JSON file, where w says, in language l: the files and
// what they are for, the whole progress, and of the own key only that it
// exists, where, and its public half — never the private key. It returns
// the path written.
func ExportPrivacy(p Privacy, l locale.Lang, w Where, now time.Time) (string, error) {
	out := privacyFile{Kind: PrivacyKind, Made: now.UTC().Truncate(time.Second), DataFolder: p.DataDir,
		OutFolder: p.OutDir, Note: l.T(locale.PrivacyNothingleaves), Files: []privacyEntry{}}
	for _, f := range p.Files {
		out.Files = append(out.Files, privacyEntry{Path: f.Path, Kind: f.Kind.String(), Bytes: f.Size, Purpose: l.T(purpose[f.Kind])})
		if f.Kind == DataOwnKey {
			k := &privacyKey{Path: f.Path, Note: l.T(locale.PrivacyKeynote)}
			if priv, err := issuer.SelfKey(p.DataDir); err == nil {
				k.PublicKey = didkey.Encode(priv.Public().(ed25519.PublicKey))
			}
			out.OwnKey = k
		}
	}
	state := p.State
	if state == nil {
		state = progress.New()
	}
	var err error
	if out.Progress, err = json.Marshal(state); err != nil {
		return "", fmt.Errorf("privacy export: %w", err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return "", fmt.Errorf("privacy export: %w", err)
	}
	path, err := outputPath(w, PrivacyFileName)
	if err != nil {
		return "", err
	}
	if err := atomicfile.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		return "", fmt.Errorf("privacy export: %w", err)
	}
	return path, nil
}

// DeleteData removes everything the store keeps about the learner from
// its data folder, the own key included (progress.Store.Remove), and
// returns the paths removed. Files the learner exported elsewhere are
// theirs and stay.
func DeleteData(store *progress.Store) ([]string, error) {
	return store.Remove(issuer.SelfKeyFile)
}
