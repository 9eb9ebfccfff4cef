package progress

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/gofrs/flock"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/fileread"
)

// Names of the files in the data folder.
const (
	// FileName is the learner's progress, a State as indented JSON.
	FileName = "progress.json"
	// The previous good version of FileName, rewritten on every save. It is
	// what a damaged FileName is recovered from.
	bakSuffix = ".bak"
	// An empty file whose lock guards every read-merge-write of FileName.
	// The data file itself is never locked: on Windows locks are mandatory
	// and would stop other programs (and a backup tool) from reading it.
	lockSuffix = ".lock"
	// The probes that Load and CheckSave make under the lock are named as
	// temporary files of FileName + probeSuffix.
	probeSuffix = ".probe"
	// A damaged file is renamed to FileName + damagedInfix + a time stamp.
	damagedInfix = ".damaged-"

	// The files hold personal results, so only the learner may read them.
	filePerm = 0o600
	dirPerm  = 0o700
)

// How long a save waits for another copy of piketpalen to finish its own
// save, and how often it looks. A save takes milliseconds; the bound is only
// there so that a hung process (or a network drive that never answers) gives
// an error instead of a frozen screen. Variables so tests can shorten them.
var (
	lockWait = 10 * time.Second
	lockPoll = 2 * time.Millisecond
)

var errClosed = errors.New("store is closed")

// Store keeps one learner's State in a data folder. It is safe for use by
// several goroutines, and several Stores, in one process or in several, may
// share a folder: every save takes a file lock, reads what is on disk and
// merges it in (see Save), so two copies of piketpalen open at the same time
// do not undo each other's work.
type Store struct {
	dir  string
	path string
	now  func() time.Time // names damaged files; a seam for tests

	mu      sync.Mutex // guards everything below, and serialises use of lock
	lock    *flock.Flock
	closed  bool
	notices []Notice
}

// Open returns the store for the data folder dir, creating the folder (only
// readable by the user) when it does not exist. A folder that cannot be
// created for lack of permission, or on a read-only disk, is not an error
// here: Load then returns an empty state and a notice, and Save returns an
// error, so the learner can still read the course.
func Open(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("open progress: no data folder given")
	}
	if err := os.MkdirAll(dir, dirPerm); err != nil && !unwritable(err) {
		return nil, fmt.Errorf("open progress: %w", err)
	}
	path := filepath.Join(dir, FileName)
	return &Store{
		dir:  dir,
		path: path,
		now:  time.Now,
		// Never through a link: a link in the lock file's place would make
		// the program create a file wherever it points (see acquire).
		lock: flock.New(path+lockSuffix, flock.SetPermissions(filePerm),
			flock.SetFlag(os.O_CREATE|os.O_RDONLY|atomicfile.NoFollow)),
	}, nil
}

// Path returns the path of the progress file.
func (s *Store) Path() string { return s.path }

// Dir returns the data folder the store keeps its files in.
func (s *Store) Dir() string { return s.dir }

// Close releases the store. Load and Save fail after Close.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return s.lock.Close()
}

// Load reads the learner's state. With no progress file yet it returns New().
//
// The notices tell the learner, through the interface, what Load had to
// do: a damaged file (empty, cut off, not JSON, or JSON of another shape)
// is moved aside to progress.json.damaged-YYYYMMDD-HHMMSS, never deleted or
// overwritten, and the state is recovered from progress.json.bak when that
// is sound, or else starts empty; a data folder that cannot be written to is
// reported too, since nothing the learner does will then be kept.
//
// Load returns an error, and changes nothing on disk, when the file cannot be
// read (other than not existing) or was written by a newer piketpalen
// (errors.Is(err, ErrNewerSchema)).
func (s *Store) Load() (*State, []Notice, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, nil, fmt.Errorf("load progress %s: %w", s.path, errClosed)
	}
	// Without the lock, nothing is moved or restored, but reading is still
	// safe: every write replaces the file in one rename.
	unlock, lockErr := s.acquire()
	if lockErr == nil {
		defer unlock()
		s.sweep()
	}
	res, err := s.read(lockErr, false)
	if err != nil {
		return nil, nil, fmt.Errorf("load progress %s: %w", s.path, err)
	}
	res.st.EnsureLearnerID()
	if res.restore != nil && lockErr == nil {
		// Put the recovered state back in place at once, so that a crash
		// before the first save does not make the learner go through this
		// again. If it fails, the next Save writes the file anyway.
		_ = atomicfile.WriteFile(s.path, res.restore, filePerm)
	}
	// Under the lock, with a name the sweep of the next start removes
	// however new it is, should this process be killed right here.
	probe := func() error { return atomicfile.Probe(s.dir, FileName+probeSuffix, 0) }
	if lockErr != nil {
		probe = func() error { return probeWritable(s.dir) }
	}
	if err := probe(); err != nil {
		res.notices = append(res.notices, Notice{Kind: FolderReadOnly, Path: s.dir, Cause: cause(err)})
	}
	return res.st, res.notices, nil
}

// Save writes st to disk, atomically and durably, keeping the previous good
// version as progress.json.bak.
//
// Under the file lock, Save first reads what is on disk, since another copy
// of piketpalen may have saved in the meantime, and merges it with st:
// finished attempts and pages read are united, while the open attempt, the
// page last shown, Learner, Last and Settings are taken from st. On success
// st is updated in place to the merged state; its existing *Record values
// stay the same pointers. On error st is unchanged, and so is progress.json.
//
// Save never overwrites a file of a newer schema (it returns an error
// wrapping ErrNewerSchema) nor a damaged one (it is moved aside first, and a
// notice waits in Notices).
func (s *Store) Save(st *State) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	fail := func(err error) error { return fmt.Errorf("save progress %s: %w", s.path, err) }
	if s.closed {
		return fail(errClosed)
	}
	if st == nil {
		return fail(errors.New("nil state"))
	}
	var merged *State
	var twice []string
	err := s.update(func(disk *State) *State {
		merged, twice = merge(st, disk)
		return merged
	})
	if err != nil {
		return fail(err)
	}
	adopt(st, merged)
	for _, m := range twice {
		s.notices = append(s.notices, Notice{Kind: FinishedTwice, Path: s.path, Module: m})
	}
	return nil
}

// update is a read-merge-write of the progress file under the lock: it
// reads what is on disk as a save does (the backup when the file is gone,
// damage moved aside, a newer schema refused), has f make the new state
// from it, and writes that (see write). The caller holds s.mu.
func (s *Store) update(f func(disk *State) *State) error {
	// The folder may have been removed while the program ran.
	if err := os.MkdirAll(s.dir, dirPerm); err != nil {
		return err
	}
	unlock, err := s.acquire()
	if err != nil {
		return err
	}
	defer unlock()
	res, err := s.read(nil, true)
	if err != nil {
		return err
	}
	s.notices = append(s.notices, res.notices...)
	return s.write(res, f(res.st))
}

// write writes st over what read found (res), keeping that as the backup;
// nothing when st encodes as the file already is. The caller holds the lock.
func (s *Store) write(res readResult, st *State) error {
	data, err := encode(st)
	if err != nil {
		return err
	}
	if bytes.Equal(data, res.raw) {
		return nil
	}
	if res.raw != nil {
		if err := atomicfile.WriteFile(s.path+bakSuffix, res.raw, filePerm); err != nil {
			return err
		}
	}
	return atomicfile.WriteFile(s.path, data, filePerm)
}

// Notices returns, and forgets, the messages for the learner that saves
// produced since the last call: Save moves a damaged file aside just as Load
// does, and the learner should hear about it.
func (s *Store) Notices() []Notice {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.notices
	s.notices = nil
	return n
}

// sweep removes the temporary files that copies of piketpalen killed while
// saving left in the folder. Every write of progress.json and its backup
// happens under the file lock, which the caller holds, so any temporary file
// of theirs is a leftover, however new; so is a probe that Load or
// CheckSave made under the lock. Other temporary files of the program's (a
// probe by Dir, which takes no lock; an export written here) are removed
// only when they are older than a minute.
// Failing to remove one is not worth a word: it is tried again next time.
func (s *Store) sweep() {
	atomicfile.Sweep(s.dir, 0, FileName, FileName+bakSuffix, FileName+probeSuffix)
	atomicfile.Sweep(s.dir, time.Minute)
}

// acquire takes the file lock, waiting up to lockWait, and returns the
// function that releases it.
func (s *Store) acquire() (unlock func(), err error) {
	if err := atomicfile.PrepareLock(s.lock.Path()); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), lockWait)
	defer cancel()
	ok, err := s.lock.TryLockContext(ctx, lockPoll)
	if errors.Is(err, context.DeadlineExceeded) || (err == nil && !ok) {
		return nil, fmt.Errorf("%s is still locked by another piketpalen after %v", s.lock.Path(), lockWait)
	}
	if err != nil {
		return nil, err
	}
	return func() { _ = s.lock.Unlock() }, nil
}

// readResult is what read found on disk.
type readResult struct {
	st      *State
	raw     []byte   // the bytes of progress.json when it was sound
	restore []byte   // the sound backup st came from, to put in place of a missing progress.json
	notices []Notice // for the learner
}

// read reads the state on disk, falling back to the backup when
// progress.json is missing or damaged, and moves damaged files aside.
//
// noRepair, when not nil, is why files may not be moved (the lock could not
// be taken). A damaged file that stays in place is an error when strict
// (Save, which would otherwise write over it) and a notice when not (Load).
func (s *Store) read(noRepair error, strict bool) (readResult, error) {
	var res readResult
	st, raw, err := readFile(s.path)
	mainGone := false // progress.json is not there (any more)
	switch {
	case err == nil:
		res.st, res.raw = st, raw
		return res, nil
	case errors.Is(err, fs.ErrNotExist):
		mainGone = true
	case isDamage(err):
		kept, err := s.moveAside(s.path, noRepair)
		if err != nil {
			if strict {
				return res, fmt.Errorf("damaged, and could not be moved aside: %w", err)
			}
			res.notices = append(res.notices, Notice{Kind: DamagedNotMoved, Path: s.path, Cause: cause(err)})
		} else {
			mainGone = true
			res.notices = append(res.notices, Notice{Kind: DamagedKept, Path: s.path, Kept: kept})
		}
	case errors.Is(err, ErrNewerSchema):
		return res, fmt.Errorf("%w; the file was left untouched", err)
	default: // unreadable: leave everything as it is
		return res, err
	}
	mainDamaged := len(res.notices) > 0

	bak := s.path + bakSuffix
	st, raw, err = readFile(bak)
	switch {
	case err == nil:
		res.st = st
		if mainGone {
			res.restore = raw
		}
		if strict {
			// Save merges the learner's state in memory with this, so
			// nothing they see goes missing; there is nothing to add.
			return res, nil
		}
		if !mainDamaged {
			res.notices = append(res.notices, Notice{Kind: Missing, Path: s.path})
		}
		res.notices = append(res.notices, Notice{Kind: RestoredFromBackup, Path: bak})
		return res, nil
	case errors.Is(err, fs.ErrNotExist):
	case isDamage(err):
		kept, err := s.moveAside(bak, noRepair)
		if err != nil {
			if strict {
				return res, fmt.Errorf("%s is damaged, and could not be moved aside: %w", bak, err)
			}
			res.notices = append(res.notices, Notice{Kind: BackupDamagedNotMoved, Path: bak, Cause: cause(err)})
		} else {
			res.notices = append(res.notices, Notice{Kind: BackupDamagedKept, Path: bak, Kept: kept})
		}
	case errors.Is(err, ErrNewerSchema):
		return res, fmt.Errorf("%s: %w; the file was left untouched", bak, err)
	default:
		return res, err
	}
	if mainDamaged && !strict {
		res.notices = append(res.notices, Notice{Kind: NoBackup})
	}
	res.st = New()
	return res, nil
}

// maxFileSize bounds what readFile reads: years of attempts are some
// hundreds of kilobytes.
const maxFileSize = 32 << 20

// readFile reads and decodes one progress file. Only a regular file of at
// most maxFileSize is read (see fileread.Bounded): a FIFO would hang the
// start, /dev/zero would fill the memory.
func readFile(path string) (*State, []byte, error) {
	// A backup or sync tool holding the file for a moment makes a read
	// fail on Windows just as it does a save; it is retried the same way.
	var data []byte
	err := atomicfile.Retry(func() (err error) {
		data, err = fileread.Bounded(path, maxFileSize)
		return err
	})
	if err != nil {
		return nil, nil, err // a *fs.PathError, which names the file
	}
	st, err := decode(data)
	if err != nil {
		return nil, nil, err
	}
	return st, data, nil
}

func isDamage(err error) bool {
	var d *damageError
	return errors.As(err, &d)
}

// moveAside renames a damaged file to path.damaged-YYYYMMDD-HHMMSS (local
// time, adding -2, -3, ... when that name is taken) and returns the new
// name. It never replaces an existing file.
func (s *Store) moveAside(path string, noRepair error) (string, error) {
	if noRepair != nil {
		return "", noRepair
	}
	base := path + damagedInfix + s.now().Format("20060102-150405")
	kept := base
	for n := 2; ; n++ {
		_, err := os.Lstat(kept)
		if errors.Is(err, fs.ErrNotExist) {
			break
		}
		if err != nil {
			return "", err
		}
		kept = fmt.Sprintf("%s-%d", base, n)
	}
	if err := atomicfile.Rename(path, kept); err != nil {
		return "", err
	}
	return kept, nil
}

// unwritable reports whether err means the disk refuses writes here, as
// opposed to a mistake such as a path that runs through a file.
func unwritable(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// Cause is the reason inside an error of this package, for a message that
// names the file itself: the operating system's ("permission denied"),
// without the path.
func Cause(err error) string { return cause(err) }

// cause returns the operating system's reason inside err ("permission
// denied"), without the path, which the message around it already gives.
func cause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ErrDamaged is wrapped by the error CheckFile returns for a file whose
// contents are not a progress file (Load moves such a file aside).
var ErrDamaged = errors.New("damaged")

// Is makes errors.Is(err, ErrDamaged) true for damage.
func (e *damageError) Is(target error) bool { return target == ErrDamaged }

// CheckFile reads the progress file in the store's folder as Load does, and
// changes nothing. It returns nil when the file is sound or not there yet,
// an error wrapping ErrDamaged when Load would move it aside, one wrapping
// ErrNewerSchema, or the reason it cannot be read at all: a folder, a FIFO
// or a device in its place (fileread.ErrNotRegular), no permission.
func (s *Store) CheckFile() error {
	_, _, err := readFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// CheckSave does in the store's folder what a save needs, short of saving:
// it takes the file lock (so a lock file that cannot be made or opened shows
// up) and writes, flushes and removes a temporary file as large as two
// progress files, the backup and the new one (so a full disk shows up,
// where merely creating a file still works). It changes nothing.
func (s *Store) CheckSave() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errClosed
	}
	unlock, err := s.acquire()
	if err != nil {
		return err
	}
	defer unlock()
	size := 64 << 10
	if fi, err := os.Stat(s.path); err == nil && fi.Mode().IsRegular() {
		size = max(size, 2*int(fi.Size()))
	}
	return atomicfile.Probe(s.dir, FileName+probeSuffix, size)
}
