// Package progress owns a learner's state: which pages they read, where they
// stopped, every quiz attempt, and their settings, and keeps it safely on disk.
package progress

import (
	"time"

	"piketpalen/course"
)

// SchemaVersion is the version of the file format written by this program.
// A file with a higher version comes from a newer program and is never
// overwritten.
//
// Version 2 adds the review cards (State.Review) and the hints used
// (course.Item.Hinted). A file of version 1 loads as it is; a program that
// reads only version 1 refuses a file of version 2 instead of saving it
// without them.
const SchemaVersion = 2

// State is everything piketpalen remembers about one learner.
type State struct {
	Schema   int                `json:"schema"`
	Learner  Learner            `json:"learner,omitzero"`
	Modules  map[string]*Record `json:"modules"`
	Last     Position           `json:"last,omitzero"`
	Settings Settings           `json:"settings,omitzero"`
	// CourseVersion is the newest course version the learner was told
	// about: the version of the course this progress was last used with
	// (see Seen). Empty in a file from before versions were recorded.
	CourseVersion string `json:"course_version,omitempty"`
	// Review holds the questions in spaced review (Herhaling), by question
	// id; see Card. Review rounds change only this.
	Review map[string]*Card `json:"review,omitempty"`

	// live holds the ids of the attempts this copy of the program opened
	// (OpenAttempt) since it started: the ones a learner is answering here.
	// It is not saved; merge uses it to tell them from open attempts this
	// copy only read from disk.
	live map[string]bool
}

// Learner is who the certificate and result files are made out to.
type Learner struct {
	ID           string `json:"id,omitempty"` // random, made once (see NewLearnerID); result files carry it
	Name         string `json:"name,omitempty"`
	Organisation string `json:"organisation,omitempty"`
}

// Position is where the learner last was: a module page, or its quiz.
type Position struct {
	Module string `json:"module,omitempty"`
	Page   int    `json:"page"`
	Quiz   bool   `json:"quiz,omitempty"`
	// At is when the learner got there; merging two progress files keeps
	// the latest position. Zero in a file from before it was recorded.
	At time.Time `json:"at,omitzero"`
}

// Settings are the learner's remembered preferences.
type Settings struct {
	Theme string `json:"theme,omitempty"`
	Lang  string `json:"lang,omitempty"`
}

// Record is the learner's progress in one module.
type Record struct {
	PagesRead []int             `json:"pages_read"` // zero-based page indices seen, ascending
	Page      int               `json:"page"`       // page last shown
	Attempts  []*course.Attempt `json:"attempts"`   // finished attempts, oldest first
	Open      *course.Attempt   `json:"open,omitempty"`
	// Seen is the content of the module the learner was last told about:
	// a new version of the course with another fingerprint marks the
	// module "bijgewerkt" (see Updates).
	Seen Seen `json:"seen,omitzero"`
}

// Seen names one version of a module's content.
type Seen struct {
	Version     string `json:"version,omitempty"`     // the course version
	Fingerprint string `json:"fingerprint,omitempty"` // course.Module.Fingerprint of it
}

// New returns an empty state of the current schema.
func New() *State {
	return &State{Schema: SchemaVersion, Modules: map[string]*Record{}}
}

// Record returns the record for module id, creating it when needed.
func (s *State) Record(id string) *Record {
	if s.Modules == nil {
		s.Modules = map[string]*Record{}
	}
	r := s.Modules[id]
	if r == nil {
		r = &Record{}
		s.Modules[id] = r
	}
	return r
}
