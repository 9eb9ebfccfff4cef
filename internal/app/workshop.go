package app

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"piketpalen/course"
	"piketpalen/internal/fileread"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
	"piketpalen/internal/workshop"
	"piketpalen/progress"
)

// OpenWorkshop is the trainer's start of a workshop in the shared folder
// dir (see package workshop): the workshop file there, or a new one for
// course c, signed with a key made for it alone. It returns the reader of
// the folder, read once, and a watcher of it (to be closed). The error is
// worded for the trainer in language l.
func OpenWorkshop(l locale.Lang, dir string, c *course.Course, now time.Time) (*workshop.Reader, *workshop.Watcher, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	ws, _, err := workshop.Open(dir, c.Title, c.Version, key, now)
	if err != nil {
		return nil, nil, workshopProblem(l, dir, err, locale.WorkshopCannotwrite)
	}
	r := workshop.NewReader(dir, ws)
	r.Scan()
	return r, workshop.NewWatcher(dir, 0), nil
}

// workshopProblem words err about the workshop folder dir; other is the
// text for a folder that is there but cannot be used.
func workshopProblem(l locale.Lang, dir string, err error, other locale.Key) error {
	switch {
	case errors.Is(err, workshop.ErrNoWorkshop):
		return errors.New(l.T(locale.WorkshopNoworkshop, dir))
	case errors.Is(err, workshop.ErrAltered), errors.Is(err, workshop.ErrUnreadable), errors.Is(err, fileread.ErrTooLarge):
		return errors.New(l.T(locale.WorkshopAltered, dir, err))
	}
	return errors.New(l.T(other, dir, reason(err)))
}

// reason is the operating system's reason in err, without the path.
func reason(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

// Workshop is a learner's link to a workshop: none, or the one joined.
// Every answer they give is written to the workshop folder too, and stays
// in their own progress as always. The zero value (and nil) is no
// workshop. It is safe for use by several goroutines.
type Workshop struct {
	mu sync.Mutex
	w  *workshop.Writer
}

// Join joins the workshop in dir as the learner whose state is st (who is
// given a learner id if they had none; the caller saves st), signing with
// their own key, kept in keyDir (issuer.SelfKey). Joining again continues
// the learner's file. The error is worded for the learner in language l.
func (s *Workshop) Join(l locale.Lang, dir string, st *progress.State, keyDir string) error {
	st.EnsureLearnerID()
	key, err := issuer.SelfKeyIn(keyDir)
	if err != nil {
		return err
	}
	w, err := workshop.Join(dir, st.Learner.ID, key)
	if err != nil {
		return workshopProblem(l, dir, err, locale.WorkshopUnreachable)
	}
	s.mu.Lock()
	s.w = w
	s.mu.Unlock()
	return nil
}

// Leave leaves the workshop: from now on answers stay in the progress only.
func (s *Workshop) Leave() {
	if s == nil {
		return
	}
	s.mu.Lock()
	s.w = nil
	s.mu.Unlock()
}

// Joined is the code and folder of the workshop joined; ok is false when
// there is none.
func (s *Workshop) Joined() (code, dir string, ok bool) {
	w := s.writer()
	if w == nil {
		return "", "", false
	}
	return w.Workshop().Code, w.Dir(), true
}

// Said is what the learner is told of the workshop joined, in language l
// ("Je doet mee aan workshop …: je antwoorden gaan ook naar …"); ok is
// false when there is none. The folder is as typed: an interface shows it
// by the rule of internal/termsafe.
func (s *Workshop) Said(l locale.Lang) (text string, ok bool) {
	code, dir, ok := s.Joined()
	if !ok {
		return "", false
	}
	return l.T(locale.WorkshopJoined, code, dir), true
}

func (s *Workshop) writer() *workshop.Writer {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w
}

// Flush writes the answers that an earlier write could not (the share
// dropped), when a workshop is joined. The error is worded for the
// learner in language l.
func (s *Workshop) Flush(l locale.Lang) error {
	if w := s.writer(); w != nil {
		if err := w.Flush(); err != nil {
			return errors.New(l.T(locale.WorkshopWritefailed, reason(err)))
		}
	}
	return nil
}

// Answered writes the answer it (an item of an attempt at module) to the
// workshop, when one is joined. An error (the share dropped) is worded for
// the learner in language l; the answer is kept and goes along with the
// next one. It may take a while on a slow share: a screen calls it in the
// background.
func (s *Workshop) Answered(l locale.Lang, module string, it course.Item) error {
	w := s.writer()
	if w == nil || !it.Answered || module == "" {
		// module "": a review round's answer (its attempt names no module),
		// the learner's own and not the workshop's
		return nil
	}
	if err := w.Answer(module, it.Question, it.Chosen); err != nil {
		return errors.New(l.T(locale.WorkshopWritefailed, reason(err)))
	}
	return nil
}

// GatherResults names the result files in paths as results.Gather does,
// leaving out the workshop's own files: a trainer may read the workshop
// folder, where participants also put their result files.
func GatherResults(paths ...string) []results.Loaded {
	return slices.DeleteFunc(results.Gather(paths...), func(l results.Loaded) bool {
		return l.Err == nil && workshop.Own(filepath.Base(l.Path))
	})
}

// NewWatcher watches a folder for new or changed files (see
// workshop.Watcher), polling every second besides.
func NewWatcher(dir string) *workshop.Watcher { return workshop.NewWatcher(dir, 0) }
