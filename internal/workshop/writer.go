package workshop

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/didkey"
	"piketpalen/internal/fileread"
)

// ReadWorkshop reads and verifies the workshop file in dir; ErrNoWorkshop
// when there is none.
func ReadWorkshop(dir string) (*Workshop, error) {
	data, err := fileread.Bounded(filepath.Join(dir, FileName), MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", dir, ErrNoWorkshop)
	}
	if err != nil {
		return nil, fmt.Errorf("read workshop file: %w", err)
	}
	w, err := ParseWorkshop(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, FileName), err)
	}
	return w, nil
}

// Open is the presenter's start: the workshop in dir when there is one (a
// presenter started again continues it, whoever's key signed it), else a
// new one for the course version, signed with key and written there. It
// reports whether it made one. A workshop file that does not verify is
// never replaced: the error says so, and the trainer removes it.
func Open(dir, course, courseVersion string, key ed25519.PrivateKey, now time.Time) (*Workshop, bool, error) {
	w, err := ReadWorkshop(dir)
	if err == nil || !errors.Is(err, ErrNoWorkshop) {
		return w, false, err
	}
	w = NewWorkshop(course, courseVersion, key, now)
	if err := atomicfile.WriteFile(filepath.Join(dir, FileName), w.Marshal(), 0o644); err != nil {
		return nil, false, fmt.Errorf("write workshop file: %w", err)
	}
	return w, true, nil
}

// Writer writes one participant's file: every answer is added and the
// whole file written again, under a temporary name and renamed over the
// old one, so that a reader sees the old file or the new, never a part.
// A write that fails (the share dropped) leaves the answer in memory; the
// next answer, or Flush, writes it. It is safe for use by several
// goroutines.
type Writer struct {
	mu      sync.Mutex
	dir     string
	key     ed25519.PrivateKey
	ws      *Workshop
	p       Participant
	pending bool // the file on disk is behind p
}

// Join joins the workshop in dir as learner (their learner id), signing
// with key (their own). A participant who joins again continues their own
// file: its answers stay and its sequence number goes on from where it
// was. It never writes another learner's file: the name comes from the
// learner id.
func Join(dir, learner string, key ed25519.PrivateKey) (*Writer, error) {
	if !validID(learner) {
		return nil, fmt.Errorf("join workshop: learner id %q cannot name a file", learner)
	}
	ws, err := ReadWorkshop(dir)
	if err != nil {
		return nil, err
	}
	w := &Writer{dir: dir, key: key, ws: ws, p: Participant{Format: participantFormat, Version: formatVersion,
		Workshop: ws.Code, WorkshopKey: ws.PublicKey, Learner: learner}}
	// a temporary file of this learner's that a killed copy left behind
	// (readers skip it; this keeps the share tidy)
	atomicfile.Sweep(dir, 10*time.Minute, ParticipantName(learner))
	data, err := fileread.Bounded(w.path(), MaxFileSize)
	switch {
	case err == nil:
		old, perr := ParseParticipant(data, ws)
		if perr == nil && old.Learner == learner && old.PublicKey == didkey.Encode(key.Public().(ed25519.PublicKey)) {
			w.p.Answers, w.p.Seq = old.Answers, old.Seq
		} else if perr == nil || errors.Is(perr, ErrOtherWorkshop) {
			// not ours to continue, but a reader may have seen its number
			w.p.Seq = old.Seq
		}
	case !errors.Is(err, fs.ErrNotExist):
		// unreadable for now: the first answer writes it again
	}
	return w, nil
}

// Workshop is the workshop joined.
func (w *Writer) Workshop() *Workshop { return w.ws }

// Dir is the folder of the workshop.
func (w *Writer) Dir() string { return w.dir }

func (w *Writer) path() string { return filepath.Join(w.dir, ParticipantName(w.p.Learner)) }

// Answer records the answer to a question (the options chosen, as indices
// of the question's options in the course) and writes the file. An earlier
// answer to the same question is replaced. On an error the answer is kept
// and written with the next one, or by Flush. An answer that no file may
// hold (see checkAnswer) is refused and not kept.
func (w *Writer) Answer(module, question string, chosen []int) error {
	a := Answer{Module: module, Question: question, Chosen: slices.Clone(chosen)}
	if err := checkAnswer(a); err != nil {
		return fmt.Errorf("record workshop answer: %w", err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.p.Seq++
	a.Seq = w.p.Seq
	if old := w.p.answer(module, question); old != nil {
		*old = a
	} else {
		w.p.Answers = append(w.p.Answers, a)
	}
	w.pending = true
	return w.write()
}

// Flush writes the file if an earlier write failed.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.pending {
		return nil
	}
	w.p.Seq++ // a new version: a reader that saw none of it takes it
	return w.write()
}

// Pending reports whether answers wait to be written.
func (w *Writer) Pending() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.pending
}

func (w *Writer) write() error {
	w.p.seal(w.key)
	if err := atomicfile.WriteFile(w.path(), w.p.Marshal(), 0o644); err != nil {
		return fmt.Errorf("write workshop answers: %w", err)
	}
	w.pending = false
	return nil
}
