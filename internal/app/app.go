// Package app holds the use cases every interface of piketpalen shares —
// the full-screen course, plain mode, presenter mode and the commands —
// written once: making a certificate and remembering who it is for
// (IssueCertificate, then Remember),
// exporting a result file, finding the data folder and the folder files go
// to, reading the course, choosing the language and the theme. The rules
// themselves live in course and progress; the interfaces only ask and show.
package app

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"piketpalen/course"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/certificate"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/internal/outpath"
	"piketpalen/internal/results"
	"piketpalen/internal/theme"
	"piketpalen/internal/userdirs"
	"piketpalen/modules"
	"piketpalen/progress"
)

// Learner is what an interface of the course is given: the course, one
// learner's progress and how to keep it, and where their files go.
type Learner struct {
	Course *course.Course
	State  *progress.State
	Save   func(*progress.State) error // writes the state; nil keeps it in memory only
	// SaveNotices returns messages about the saved file that came up while
	// saving (a quiz finished in two windows, a damaged file moved aside),
	// to be shown after the save.
	SaveNotices func() []string
	Notices     []string         // shown at start, e.g. a recovered file
	DataDir     string           // where the progress is kept, shown to the learner
	KeyDir      string           // the progress folder, where the learner's own signing key is kept (issuer.SelfKey); "": a key for each use
	OutDir      string           // the folder offered for a certificate or a result file
	Lang        locale.Lang      // Dutch when empty
	Now         func() time.Time // clock; time.Now when nil
	Seed        func() uint64    // seeds for new attempts; random when nil
	// Workshop is the workshop the learner takes part in, if any: every
	// answer goes there too. WithDefaults gives one that is not joined.
	Workshop *Workshop
}

// WithDefaults fills in what was left empty: Dutch, a new state, the
// clock, random seeds.
func (l Learner) WithDefaults() Learner {
	if l.Now == nil {
		l.Now = time.Now
	}
	if l.Seed == nil {
		l.Seed = rand.Uint64
	}
	if l.State == nil {
		l.State = progress.New()
	}
	l.Lang = cmp.Or(l.Lang, locale.NL)
	if l.Workshop == nil {
		l.Workshop = &Workshop{}
	}
	return l
}

// Person is who a certificate or a result file is for.
type Person struct {
	Name, Organisation string
	// Pseudonym asks for a result file without name and organisation,
	// naming the learner by their random id alone, for an organisation
	// whose data protection impact assessment requires it. It is never
	// remembered.
	Pseudonym bool
}

// ErrNoName and ErrNoFolder are returned when a certificate or a result
// file is asked for without a name, or without a folder to write it to.
var (
	ErrNoName   = errors.New("no name given")
	ErrNoFolder = errors.New("no folder given")
)

// Remembered is the person the learner's state remembers, from an earlier
// certificate or export.
func Remembered(st *progress.State) Person {
	return Person{Name: st.Learner.Name, Organisation: st.Learner.Organisation}
}

// Remember keeps p, for whom a certificate or a result file was made, in
// the learner's state, so it is offered next time; the learner's id stays.
// It reports whether that changed the state; the caller saves it.
func Remember(st *progress.State, p Person) bool {
	if p.Pseudonym {
		return false
	}
	l := progress.Learner{ID: st.Learner.ID, Name: p.Name, Organisation: p.Organisation}
	if st.Learner == l {
		return false
	}
	st.Learner = l
	return true
}

// clean returns p with its name and organisation cleaned up by the one
// rule for names (certificate.CleanName), or ErrNoName, or a
// *certificate.NameTooLongError.
func clean(p Person) (Person, error) {
	if p.Pseudonym {
		return Person{Pseudonym: true}, nil
	}
	name, err := certificate.CleanName(certificate.LearnerName, p.Name)
	if err != nil {
		return p, err
	}
	org, err := certificate.CleanName(certificate.Organisation, p.Organisation)
	if err != nil {
		return p, err
	}
	if name == "" {
		return p, ErrNoName
	}
	return Person{Name: name, Organisation: org}, nil
}

// Where says where a certificate or a result file goes.
type Where struct {
	// Folder is the folder offered: the one typed on a form, or the
	// default one (OutDir).
	Folder string
	// Out is what a person named on the command line (--out) instead: a
	// folder, or for a result file a folder or a file. It must exist, and
	// Guard must pass it.
	Out string
	// Guard refuses an Out that would overwrite the learner's own files or
	// one of the command's inputs; see package outpath.
	Guard outpath.Guard
	// KeyDir is the learner's progress folder, where their own signing key
	// is kept (issuer.SelfKey); "" makes a key for this one use.
	KeyDir string
}

// outputPath is where a file named name goes by w: Out resolved (a folder
// or a file) and passed by the Guard, else name in Folder; absolute when
// it can be had.
func outputPath(w Where, name string) (string, error) {
	path := filepath.Join(w.Folder, name)
	if w.Out != "" {
		var err error
		if path, err = outpath.Resolve(w.Out, name); err != nil {
			return "", err
		}
		if err := w.Guard.Check(path); err != nil {
			return "", err
		}
	} else if w.Folder == "" {
		return "", ErrNoFolder
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return path, nil
}

// WriteOutput writes data, a file named name, where w says (see
// outputPath), atomically, and returns its path: for the command-line
// tools' outputs, which every interface writes the same way.
func WriteOutput(w Where, name string, data []byte) (string, error) {
	path, err := outputPath(w, name)
	if err != nil {
		return "", err
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return "", err
	}
	return path, nil
}

// Certificate is a certificate made and written.
type Certificate struct {
	For       Person // cleaned up, as the certificate names them
	Cert      *certificate.Certificate
	PDF, JSON string // the files
}

// IssueCertificate makes the certificate of the learner whose state is st,
// for p, into the folder w says. It only reads st, so it may run in the
// background while the screen waits; the caller then remembers made.For
// (Remember). It returns ErrNoName without a name, ErrNoFolder without a
// folder, a *certificate.NameTooLongError, an *outpath.Error for an Out
// that is refused, a *certificate.NotPassedError while modules are still to
// be passed (counting only attempts that re-grade), and otherwise an error
// naming what failed.
func IssueCertificate(c *course.Course, st *progress.State, p Person, w Where, now time.Time) (Certificate, error) {
	p, err := clean(p)
	if err != nil {
		return Certificate{}, err
	}
	dir := strings.TrimSpace(w.Folder)
	if w.Out != "" {
		dir = w.Out
		if err := outpath.Folder(dir); err != nil {
			return Certificate{}, err
		}
		// the name does not matter: the folder is checked
		if err := w.Guard.Check(filepath.Join(dir, "certificaat.pdf")); err != nil {
			return Certificate{}, err
		}
	}
	if dir == "" {
		return Certificate{}, ErrNoFolder
	}
	// What a learner makes is self-issued, signed with their own key: the
	// program holds no organisation's secret (see package issuer).
	self, err := issuer.SelfKeyIn(w.KeyDir)
	if err != nil {
		return Certificate{}, err
	}
	cert, pdf, js, err := certificate.Make(c, st, p.Name, p.Organisation, dir, self, now)
	if err != nil {
		return Certificate{}, err
	}
	return Certificate{For: p, Cert: cert, PDF: pdf, JSON: js}, nil
}

// Export is a result file made and written.
type Export struct {
	For  Person // cleaned up, as the file names them
	File *results.File
	Path string // where it was written, an absolute path when it can be had
}

// Passed is the number of modules the file says are passed.
func (e Export) Passed() int {
	n := 0
	for _, m := range e.File.Modules {
		if m.Passed {
			n++
		}
	}
	return n
}

// ExportResults writes the signed result file of the learner whose state
// is st, for p, where w says, under its usual name (results.FileName) in a
// folder. Like IssueCertificate it only reads st; the caller then remembers
// exp.For (Remember), and saves even when that changed nothing: the
// learner id the file carries may have been made at this start. It returns
// the errors IssueCertificate does, but for NotPassedError: a result file
// can be made at any point in the course.
func ExportResults(c *course.Course, st *progress.State, p Person, w Where, now time.Time) (Export, error) {
	p, err := clean(p)
	if err != nil {
		return Export{}, err
	}
	w.Folder = strings.TrimSpace(w.Folder)
	if w.Folder == "" && w.Out == "" {
		return Export{}, ErrNoFolder
	}
	self, err := issuer.SelfKeyIn(w.KeyDir)
	if err != nil {
		return Export{}, err
	}
	f, err := results.Export(c, st, p.Name, p.Organisation, self, now)
	if err != nil {
		return Export{}, err
	}
	path, err := outputPath(w, f.DefaultName())
	if err != nil {
		return Export{}, err
	}
	if err := results.WriteFile(path, f); err != nil {
		return Export{}, err
	}
	return Export{For: p, File: f, Path: path}, nil
}

// TakeUpdates returns what a new version of the course changed in the
// modules the learner had started (progress.State.Updates), and marks it
// seen (progress.State.MarkSeen), so that the learner is told once. It
// reports whether that changed st; the caller saves it. A course read
// without its question pools (course.LoadLessons) tells nothing yet.
func TakeUpdates(c *course.Course, st *progress.State) ([]progress.Update, bool) {
	ups := st.Updates(c)
	return ups, st.MarkSeen(c)
}

// OutDir is where certificates and result files go unless the learner says
// otherwise: the Documents folder when there is one, else the data folder.
func OutDir(dataDir string) string {
	if d := userdirs.Documents(); d != "" {
		return d
	}
	return dataDir
}

// OpenProgress opens the learner's progress in the folder that dataFlag
// (the --data value, maybe empty) leads to, and reads it; when a portable
// folder could not be written to, the progress it holds is carried over.
// The store must be closed. The error is worded for the learner, in
// language l.
func OpenProgress(l locale.Lang, dataFlag string) (*progress.Store, *progress.State, []progress.Notice, error) {
	dir, src, err := progress.Dir(dataFlag)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w\n%s", l.T(locale.CliNodatadir), err, l.T(locale.CliNodatadirHint))
	}
	store, err := progress.Open(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	st, notices, err := store.Load()
	if err != nil {
		store.Close()
		if errors.Is(err, progress.ErrNewerSchema) {
			return nil, nil, nil, errors.New(l.T(locale.CliNewerschema, store.Path()))
		}
		return nil, nil, nil, fmt.Errorf("%s: %w", l.T(locale.CliProgressunreadable), err)
	}
	if src == progress.DefaultNotPortable {
		if from, ok := progress.ReadOnlyPortable(); ok {
			// The progress is in st either way; a save that fails here
			// (Load has then told of the folder) is tried again later.
			carried, _ := store.CarryOver(st, from)
			notices = append(notices, carried...)
		}
	}
	return store, st, notices, nil
}

// LoadCourse reads the course in dir, or the built-in one when dir is
// empty, with load (course.Load, or course.LoadLessons for the lessons
// alone). Its problems are reported with the folder in front of each file
// name; the words around them are in language l, the problems themselves
// in Dutch, like the course files.
func LoadCourse(l locale.Lang, dir string, load func(fs.FS) (*course.Course, error)) (*course.Course, error) {
	if dir == "" {
		c, err := load(modules.FS)
		if err != nil {
			return nil, fmt.Errorf("%s:\n%w", l.T(locale.CliBuiltinbroken), err)
		}
		return c, nil
	}
	c, err := load(os.DirFS(dir))
	var ps course.Problems
	if errors.As(err, &ps) {
		// Reading only the lessons stops short of the question pools:
		// list every problem, the same list validate gives, so that a
		// course author is not sent to fix two problems and then finds five.
		if all := course.Validate(os.DirFS(dir)); len(all) > 0 {
			ps = all
		}
		for i := range ps {
			ps[i].File = filepath.Join(dir, filepath.FromSlash(ps[i].File))
		}
		return nil, fmt.Errorf("%s:\n%w", l.N(locale.CliCourseproblems, len(ps), dir, dir), ps)
	}
	return c, err
}

// Language is the one rule for the language of what a person reads: the
// one given now (a --lang flag; "" when none); otherwise the one remembered
// in the learner's settings (st is nil before they are read, and for what
// reads no progress); otherwise Dutch.
func Language(given locale.Lang, st *progress.State) locale.Lang {
	if given != "" {
		return given
	}
	if st != nil && st.Settings.Lang != "" {
		if l, err := locale.Parse(st.Settings.Lang); err == nil {
			return l
		}
	}
	return locale.NL
}

// Settings chooses the interface language and theme of a learner: one
// given now ("" when none) wins and is remembered in st (the caller saves
// st when changed); otherwise the remembered one; otherwise Dutch and the
// dark theme. A remembered theme this version does not know (the file was
// edited by hand) gives the dark one.
func Settings(st *progress.State, lang locale.Lang, th theme.Name) (l locale.Lang, t theme.Name, changed bool) {
	if lang != "" {
		st.Settings.Lang = string(lang)
	}
	if th != "" {
		st.Settings.Theme = string(th)
	}
	t, err := theme.Parse(st.Settings.Theme)
	if err != nil {
		t = theme.Dark
	}
	return Language("", st), t, lang != "" || th != ""
}
