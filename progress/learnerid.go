package progress

import (
	"crypto/rand"
	"encoding/hex"
)

// NewLearnerID returns a new random learner id: 128 bits from crypto/rand,
// as 32 lower-case hex digits. It tells two learners with one name apart in
// a trainer's overview, and two files of one learner as the same person.
func NewLearnerID() string {
	var b [16]byte
	rand.Read(b[:]) // never fails (crypto/rand panics rather than returning an error)
	return hex.EncodeToString(b[:])
}

// EnsureLearnerID gives the learner an id when they have none (a progress
// file from before ids), and reports whether it did; the id is kept from
// the next save on.
func (s *State) EnsureLearnerID() bool {
	if s.Learner.ID != "" {
		return false
	}
	s.Learner.ID = NewLearnerID()
	return true
}
