package workshop

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds the parsers of the workshop file and the participant
// file whatever bytes: they return a file or an error, never panic, and a
// participant file they accept has answers the tally can count.
func FuzzParse(f *testing.F) {
	dir, ws := newWorkshop(f)
	w, _ := Join(dir, learnerID(0), key(f, 1))
	w.Answer("m1", "q1", []int{0, 2})
	w.Answer("m2", "q9", []int{1})
	good, _ := os.ReadFile(filepath.Join(dir, ParticipantName(learnerID(0))))
	f.Add(good)
	f.Add(ws.Marshal())
	f.Add(good[:len(good)/2])
	f.Add([]byte(`{"format":"piketpalen-workshop-deelnemer","version":1,"learner":"x","answers":[{"module":"m","question":"q","chosen":[-1]}]}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if w, err := ParseWorkshop(data); err == nil && w.Code == "" {
			t.Fatal("a workshop file without a code was accepted")
		}
		p, err := ParseParticipant(data, nil)
		if err != nil {
			return
		}
		for _, a := range p.Answers {
			for _, o := range a.Chosen {
				if o < 0 {
					t.Fatalf("negative option %d accepted", o)
				}
			}
		}
		if _, err := ParseParticipant(p.Marshal(), nil); err != nil {
			t.Fatalf("an accepted file does not read back: %v", err)
		}
	})
}
