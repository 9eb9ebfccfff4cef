package progress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// ErrNewerSchema is returned, wrapped, when the progress file was written by
// a newer piketpalen with a file format this version does not know. Such a
// file is not damaged: it is left exactly as it is, never moved aside and
// never overwritten, so that the newer program still finds it.
var ErrNewerSchema = errors.New("made by a newer version of piketpalen")

// damageError says why a file's contents cannot be used as a State. It is
// kept apart from I/O errors: only damage makes a file be moved aside.
type damageError struct{ reason string }

func (e *damageError) Error() string { return "damaged: " + e.reason }

func damaged(format string, args ...any) error {
	return &damageError{reason: fmt.Sprintf(format, args...)}
}

// decode turns a progress file's bytes into a State. It returns a
// *damageError for anything that is not a whole, well-formed file of a
// schema this program knows (empty, cut off, not JSON, JSON of another
// shape, no schema), and an error wrapping ErrNewerSchema for a file of a
// newer schema, whatever the rest of it looks like.
func decode(data []byte) (*State, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, damaged("empty file")
	}
	// The schema is read on its own first: a newer program may have changed
	// the shape of everything else, and that must not look like damage.
	var head struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, damaged("%v", err)
	}
	switch {
	case head.Schema == nil:
		return nil, damaged("no schema version")
	case *head.Schema > SchemaVersion:
		return nil, fmt.Errorf("%w (file format %d; this version reads up to %d)", ErrNewerSchema, *head.Schema, SchemaVersion)
	case *head.Schema < 1:
		return nil, damaged("schema version %d", *head.Schema)
	}
	st := new(State)
	if err := json.Unmarshal(data, st); err != nil {
		return nil, damaged("%v", err)
	}
	normalize(st)
	return st, nil
}

// normalize removes what carries no information but would trip up code
// that reads the state: null records and null attempts.
func normalize(st *State) {
	if st.Modules == nil {
		st.Modules = map[string]*Record{}
	}
	for id, r := range st.Modules {
		if r == nil {
			delete(st.Modules, id)
			continue
		}
		kept := r.Attempts[:0]
		for _, a := range r.Attempts {
			if a != nil {
				kept = append(kept, a)
			}
		}
		r.Attempts = kept
	}
}

// encode renders a State as the file's bytes: indented, so that a trainer or
// a curious learner can read it, and ending in a newline.
func encode(st *State) ([]byte, error) {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}
