// Package workshoptest helps tests of many participants writing into one
// workshop folder at once.
package workshoptest

import (
	"fmt"
	"sync"

	"piketpalen/internal/workshop"
)

// Scanner scans a workshop folder over and over, as fast as it can, in
// the background, and notes every scan that found something wrong: a file
// that does not count (a half-written one), more participants than the
// group has, a folder that could not be read.
type Scanner struct {
	stop  chan struct{}
	done  sync.WaitGroup
	scans int
	bad   []string
}

// Scan starts scanning with r, for a group of at most max participants.
func Scan(r *workshop.Reader, max int) *Scanner {
	s := &Scanner{stop: make(chan struct{})}
	s.done.Go(func() {
		for {
			select {
			case <-s.stop:
				return
			default:
			}
			if _, err := r.Scan(); err != nil {
				s.bad = append(s.bad, err.Error())
				return
			}
			s.scans++
			if nc := r.NotCounted(); len(nc) > 0 {
				s.bad = append(s.bad, fmt.Sprintf("scan %d: not counted %v", s.scans, nc))
			}
			if p := r.Snapshot().Participants; p > max {
				s.bad = append(s.bad, fmt.Sprintf("scan %d: %d participants", s.scans, p))
			}
		}
	})
	return s
}

// Stop stops scanning; it returns how many scans were made, and an error
// naming the first bad one and how many there were.
func (s *Scanner) Stop() (int, error) {
	close(s.stop)
	s.done.Wait()
	if len(s.bad) > 0 {
		return s.scans, fmt.Errorf("%d bad scans of %d, first: %s", len(s.bad), s.scans, s.bad[0])
	}
	return s.scans, nil
}
