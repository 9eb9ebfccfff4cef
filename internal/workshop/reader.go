package workshop

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"piketpalen/internal/fileread"
)

// Reason says why a file in the folder is not counted.
type Reason int

const (
	// Unreadable: not a participant file (or one cut short, or too large).
	Unreadable Reason = iota + 1
	// Altered: the signature does not match the contents.
	Altered
	// OtherWorkshop: a participant file of another workshop.
	OtherWorkshop
	// OtherKey: the learner id's file was signed by another key earlier.
	OtherKey
	// WrongName: the name does not match the learner id inside.
	WrongName
)

// NotCounted is a file in the folder that is not counted, and why.
type NotCounted struct {
	Name   string // the base name, as found; show it through termsafe
	Reason Reason
}

// Tally is how the group answered one question.
type Tally struct {
	Answered int   // participants who answered it
	Options  []int // per option (in course order), how many chose it
}

// Reader reads a workshop folder again and again, cheaply: a file whose
// size and modification time have not changed since the last scan is not
// read again. It keeps, per participant file, the newest version it has
// seen (by the file's sequence number, never by a clock) and the key it
// was first signed with. It is not safe for concurrent use.
type Reader struct {
	dir   string
	ws    *Workshop
	files map[string]*seen
	keys  map[string]string // learner id → the public key first seen for it

	// Missing is set while the folder cannot be read (the share dropped);
	// what was read before it went stays.
	Missing bool
	version int
	settle  time.Duration // see Settle
}

// Settle is how long after a file was seen to change it is read at every
// scan, changed or not: a share may keep modification times to the second
// or two (FAT, some SMB servers), so two writes of one size within that
// time look alike by size and time. It is measured on this computer's own
// clock, never compared with another's.
const Settle = 3 * time.Second

// seen is what the reader holds of one file.
type seen struct {
	size    int64
	mod     time.Time
	changed time.Time    // when this reader saw size or mod change, on its own clock
	p       *Participant // the newest version that counted; nil if none
	problem Reason       // why the file as it is now does not count; 0 when it does
}

// NewReader reads the workshop in dir: ws is its workshop file.
func NewReader(dir string, ws *Workshop) *Reader {
	return &Reader{dir: dir, ws: ws, files: map[string]*seen{}, keys: map[string]string{}, settle: Settle}
}

// Dir is the folder read.
func (r *Reader) Dir() string { return r.dir }

// Workshop is the workshop read.
func (r *Reader) Workshop() *Workshop { return r.ws }

// Version grows whenever a scan changed what the reader holds, so that a
// screen redraws only then.
func (r *Reader) Version() int { return r.version }

// Scan reads what changed in the folder. It reports whether anything the
// reader holds changed, and an error when the folder cannot be read (then
// Missing is set and the earlier state stays). Only participant files are
// read (deelnemer-<id>.json): temporary files (a name starting with a dot,
// as internal/atomicfile writes them), the workshop file and any other
// file, such as a result file a participant left in the folder, are
// skipped; a participant file that was removed is no longer counted.
func (r *Reader) Scan() (bool, error) {
	ents, err := os.ReadDir(r.dir)
	if err != nil {
		changed := !r.Missing
		r.Missing = true
		if changed {
			r.version++
		}
		return changed, err
	}
	changed := r.Missing
	r.Missing = false
	present := make(map[string]bool, len(ents))
	for _, e := range ents {
		name := e.Name()
		if _, participant := learnerFromName(name); !participant || !e.Type().IsRegular() {
			continue // a temporary file, the workshop file, a result file a participant left
		}
		present[name] = true
		fi, err := e.Info()
		if err != nil {
			continue // gone between listing and looking: the next scan sees
		}
		s := r.files[name]
		if s != nil && s.size == fi.Size() && s.mod.Equal(fi.ModTime()) && time.Since(s.changed) >= r.settle {
			continue
		}
		if r.read(name, fi) {
			changed = true
		}
	}
	for name := range r.files {
		if !present[name] {
			delete(r.files, name)
			changed = true
		}
	}
	if changed {
		r.version++
	}
	return changed, nil
}

// read reads one file that is new or changed, and reports whether what the
// reader holds changed.
func (r *Reader) read(name string, fi fs.FileInfo) bool {
	data, err := fileread.Bounded(filepath.Join(r.dir, name), MaxFileSize)
	if err != nil && !errors.Is(err, fileread.ErrTooLarge) {
		return false // not readable now (renamed, locked by a scanner): try next time
	}
	s := r.files[name]
	if s == nil {
		s = &seen{}
		r.files[name] = s
	}
	if s.size != fi.Size() || !s.mod.Equal(fi.ModTime()) {
		s.changed = time.Now()
	}
	s.size, s.mod = fi.Size(), fi.ModTime()
	before, beforeProblem := s.p, s.problem
	p, reason := r.check(name, data, err)
	switch {
	case reason == Unreadable && s.p != nil && s.problem == 0:
		// cut short as it is being written by a tool that does not
		// rename: the version before still counts, and it is read again
		s.size = -1
		return false
	case reason != 0:
		s.problem = reason
	case s.p != nil && p.Seq <= s.p.Seq:
		// the version held, read again, or an older one (a sync tool put
		// back a copy): keep the one held
		s.problem = 0
	default:
		s.p, s.problem = p, 0
	}
	return s.p != before || s.problem != beforeProblem
}

// check parses and verifies one participant file.
func (r *Reader) check(name string, data []byte, readErr error) (*Participant, Reason) {
	if readErr != nil {
		return nil, Unreadable
	}
	p, err := ParseParticipant(data, r.ws)
	switch {
	case errors.Is(err, ErrAltered):
		return nil, Altered
	case errors.Is(err, ErrOtherWorkshop):
		return nil, OtherWorkshop
	case err != nil:
		return nil, Unreadable
	}
	if id, _ := learnerFromName(name); id != p.Learner {
		return nil, WrongName
	}
	if k, ok := r.keys[p.Learner]; ok && k != p.PublicKey {
		return nil, OtherKey
	}
	r.keys[p.Learner] = p.PublicKey
	return p, 0
}

// NotCounted lists the files that do not count, by name.
func (r *Reader) NotCounted() []NotCounted {
	var out []NotCounted
	for name, s := range r.files {
		if s.problem != 0 {
			out = append(out, NotCounted{Name: name, Reason: s.problem})
		}
	}
	slices.SortFunc(out, func(a, b NotCounted) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Snapshot is what a reader holds at one moment, to be shown by a screen
// while the reader goes on scanning in the background: it does not change.
type Snapshot struct {
	Code         string // the workshop's code
	Version      int    // the reader's Version when taken
	Participants int    // files that count
	NotCounted   int    // files that do not
	Missing      bool   // the folder could not be read at the last scan
	answered     map[[2]string]int
	chosen       map[[2]string][]int
}

// Snapshot takes what the reader holds now.
func (r *Reader) Snapshot() *Snapshot {
	s := &Snapshot{Code: r.ws.Code, Version: r.version, Missing: r.Missing,
		answered: map[[2]string]int{}, chosen: map[[2]string][]int{}}
	for _, f := range r.files {
		if f.problem != 0 {
			s.NotCounted++
		}
		if f.p == nil || f.problem != 0 {
			continue
		}
		s.Participants++
		for _, a := range f.p.Answers {
			k := [2]string{a.Module, a.Question}
			s.answered[k]++
			c := s.chosen[k]
			for _, o := range a.Chosen {
				for len(c) <= o {
					c = append(c, 0)
				}
				c[o]++
			}
			s.chosen[k] = c
		}
	}
	return s
}

// Tally is how the group answered a question with options options, as
// Reader.Tally counts.
func (s *Snapshot) Tally(module, question string, options int) Tally {
	k := [2]string{module, question}
	t := Tally{Answered: s.answered[k], Options: make([]int, options)}
	copy(t.Options, s.chosen[k])
	return t
}
