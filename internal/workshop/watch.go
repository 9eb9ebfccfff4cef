package workshop

import (
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// DefaultPoll is how often a folder is read when no change event comes.
// Network shares often deliver no events at all, so this is the floor of
// how soon a screen shows a new answer there.
const DefaultPoll = time.Second

// settle gathers the events of a burst of writes into one read.
const settle = 30 * time.Millisecond

// Watcher says when a folder may have changed: at once on a change event
// where the folder delivers them (fsnotify), and after every poll interval
// in any case, since a network share may drop events or never send any.
// A folder that was gone and is back is watched again.
type Watcher struct {
	dir  string
	poll time.Duration
	kick chan struct{}
	done chan struct{}
	once sync.Once

	mu       sync.Mutex
	fs       *fsnotify.Watcher // nil where the system has no watcher
	watching bool              // fs watches dir now
}

// NewWatcher watches dir, polling every poll (DefaultPoll when 0).
func NewWatcher(dir string, poll time.Duration) *Watcher {
	if poll <= 0 {
		poll = DefaultPoll
	}
	w := &Watcher{dir: dir, poll: poll, kick: make(chan struct{}, 1), done: make(chan struct{})}
	if fw, err := fsnotify.NewWatcher(); err == nil {
		w.fs = fw
		w.rewatch()
		go w.events()
	}
	return w
}

// Events reports whether change events are delivered for the folder now.
func (w *Watcher) Events() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.watching
}

func (w *Watcher) rewatch() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.fs != nil && !w.watching {
		w.watching = w.fs.Add(w.dir) == nil
	}
}

// events turns the watcher's events into kicks; a removed or renamed
// folder is watched again by the next poll.
func (w *Watcher) events() {
	for {
		select {
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			if ev.Name == w.dir && ev.Op&(fsnotify.Remove|fsnotify.Rename) != 0 {
				w.mu.Lock()
				w.watching = false
				w.mu.Unlock()
			}
			w.Kick()
		case _, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			w.Kick() // events may have been lost (an overflow): read the folder
		}
	}
}

// Kick makes the next Wait return at once.
func (w *Watcher) Kick() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// Wait blocks until the folder may have changed, or the poll interval
// passed; false once the watcher is closed.
func (w *Watcher) Wait() bool {
	t := time.NewTimer(w.poll)
	defer t.Stop()
	select {
	case <-w.done:
		return false
	case <-w.kick:
		// a burst of events (25 answers at once) is read once
		time.Sleep(settle)
		select {
		case <-w.kick:
		default:
		}
	case <-t.C:
		w.rewatch()
	}
	select {
	case <-w.done:
		return false
	default:
		return true
	}
}

// Close stops the watcher; a Wait returns false.
func (w *Watcher) Close() {
	w.once.Do(func() {
		close(w.done)
		if w.fs != nil {
			w.fs.Close()
		}
	})
}
