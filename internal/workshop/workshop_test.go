package workshop

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestOpenContinues(t *testing.T) {
	dir, ws := newWorkshop(t)
	again, made, err := Open(dir, "Piketpalen", "2026.1", key(t, 201), time.Now())
	if err != nil || made || again.Code != ws.Code {
		t.Fatalf("second Open: %v, made %v, code %s want %s", err, made, again.Code, ws.Code)
	}
	// an altered workshop file is refused, never replaced
	path := filepath.Join(dir, FileName)
	data, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(data), ws.Code, "AAA-AAA", 1)), 0o644)
	if _, _, err := Open(dir, "Piketpalen", "2026.1", key(t, 200), time.Now()); !errors.Is(err, ErrAltered) {
		t.Fatalf("altered workshop file: %v, want ErrAltered", err)
	}
	if _, err := Join(t.TempDir(), learnerID(0), key(t, 1)); !errors.Is(err, ErrNoWorkshop) {
		t.Fatalf("join where no workshop is: %v", err)
	}
}

func TestTallyAndRejoin(t *testing.T) {
	dir, ws := newWorkshop(t)
	r := NewReader(dir, ws)
	a, _ := Join(dir, learnerID(0), key(t, 1))
	b, _ := Join(dir, learnerID(1), key(t, 2))
	must(t, a.Answer("m1", "q1", []int{2}))
	must(t, b.Answer("m1", "q1", []int{0}))
	must(t, b.Answer("m1", "q2", []int{0, 1}))
	scan(t, r)
	if got := r.Snapshot().Tally("m1", "q1", 3); got.Answered != 2 || !slices.Equal(got.Options, []int{1, 0, 1}) {
		t.Fatalf("q1: %+v", got)
	}
	// a changed answer replaces the earlier one
	must(t, a.Answer("m1", "q1", []int{0}))
	// rejoining continues the same file
	a2, err := Join(dir, learnerID(0), key(t, 1))
	must(t, err)
	must(t, a2.Answer("m1", "q2", []int{1}))
	changed, _ := r.Scan()
	if !changed {
		t.Fatal("scan after new answers reports no change")
	}
	if got := r.Snapshot().Tally("m1", "q1", 3); got.Answered != 2 || !slices.Equal(got.Options, []int{2, 0, 0}) {
		t.Fatalf("q1 after change: %+v", got)
	}
	if got := r.Snapshot().Tally("m1", "q2", 3); got.Answered != 2 || !slices.Equal(got.Options, []int{1, 2, 0}) {
		t.Fatalf("q2: %+v", got)
	}
	if changed, _ := r.Scan(); changed {
		t.Fatal("a scan of an unchanged folder reports a change")
	}
	if r.Snapshot().Participants != 2 || len(r.NotCounted()) != 0 {
		t.Fatalf("participants %d, not counted %v", r.Snapshot().Participants, r.NotCounted())
	}
}

func TestNotCounted(t *testing.T) {
	dir, ws := newWorkshop(t)
	r := NewReader(dir, ws)
	a, _ := Join(dir, learnerID(0), key(t, 1))
	must(t, a.Answer("m1", "q1", []int{1}))
	good, _ := os.ReadFile(filepath.Join(dir, ParticipantName(learnerID(0))))

	// altered: the answer changed by hand
	os.WriteFile(filepath.Join(dir, ParticipantName(learnerID(1))),
		[]byte(strings.Replace(strings.Replace(string(good), `"chosen":[1]`, `"chosen":[0]`, 1), learnerID(0), learnerID(1), -1)), 0o644)
	// another workshop
	other := t.TempDir()
	Open(other, "Piketpalen", "2026.1", key(t, 202), time.Now())
	o, _ := Join(other, learnerID(2), key(t, 3))
	must(t, o.Answer("m1", "q1", []int{1}))
	data, _ := os.ReadFile(filepath.Join(other, ParticipantName(learnerID(2))))
	os.WriteFile(filepath.Join(dir, ParticipantName(learnerID(2))), data, 0o644)
	// copied under another learner's name
	os.WriteFile(filepath.Join(dir, ParticipantName(learnerID(3))), good, 0o644)
	// cut short, and a temporary file that is skipped
	os.WriteFile(filepath.Join(dir, ParticipantName(learnerID(4))), good[:len(good)/2], 0o644)
	os.WriteFile(filepath.Join(dir, "."+ParticipantName(learnerID(5))+".piketpalen-tmp-1"), good[:10], 0o644)

	scan(t, r)
	want := []NotCounted{
		{ParticipantName(learnerID(1)), Altered},
		{ParticipantName(learnerID(2)), OtherWorkshop},
		{ParticipantName(learnerID(3)), WrongName},
		{ParticipantName(learnerID(4)), Unreadable},
	}
	if got := r.NotCounted(); !slices.Equal(got, want) {
		t.Fatalf("not counted:\n got %v\nwant %v", got, want)
	}
	if got := r.Snapshot().Tally("m1", "q1", 2); got.Answered != 1 || !slices.Equal(got.Options, []int{0, 1}) {
		t.Fatalf("tally: %+v", got)
	}

	// the same learner id signed by another key is not counted
	intruder, _ := Join(dir, learnerID(0), key(t, 9))
	must(t, intruder.Answer("m1", "q1", []int{0}))
	scan(t, r)
	if got := r.Snapshot().Tally("m1", "q1", 2); got.Answered != 0 {
		t.Fatalf("tally with a file under another key: %+v", got)
	}
	if nc := r.NotCounted(); !slices.Contains(nc, NotCounted{ParticipantName(learnerID(0)), OtherKey}) {
		t.Fatalf("not counted: %v", nc)
	}
}

// TestOlderVersionIgnored: a sync tool that puts back an older copy of a
// file does not undo an answer; the sequence number decides, not a clock.
func TestOlderVersionIgnored(t *testing.T) {
	_, r, a, path := oneParticipant(t)
	must(t, a.Answer("m1", "q1", []int{0}))
	old, _ := os.ReadFile(path)
	must(t, a.Answer("m1", "q1", []int{1}))
	scan(t, r)
	os.WriteFile(path, old, 0o644)
	future := time.Now().Add(time.Hour) // the other laptop's clock is ahead
	os.Chtimes(path, future, future)
	scan(t, r)
	if got := r.Snapshot().Tally("m1", "q1", 2); !slices.Equal(got.Options, []int{0, 1}) {
		t.Fatalf("older copy was taken: %+v", got)
	}
}

// TestFolderGone: a folder that disappears is reported, what was read
// stays, and the participant's answers given meanwhile are written when
// it is back.
func TestFolderGone(t *testing.T) {
	dir, r, a, _ := oneParticipant(t)
	must(t, a.Answer("m1", "q1", []int{0}))
	scan(t, r)
	away := dir + ".away"
	must(t, os.Rename(dir, away))
	if err := a.Answer("m1", "q2", []int{1}); err == nil || !a.Pending() {
		t.Fatalf("answer while the folder is gone: %v, pending %v", err, a.Pending())
	}
	if _, err := r.Scan(); err == nil || !r.Missing {
		t.Fatal("a missing folder is not reported")
	}
	if got := r.Snapshot().Tally("m1", "q1", 2); got.Answered != 1 {
		t.Fatalf("what was read is lost: %+v", got)
	}
	must(t, os.Rename(away, dir))
	must(t, a.Flush())
	scan(t, r)
	if r.Missing || r.Snapshot().Tally("m1", "q2", 2).Answered != 1 || r.Snapshot().Tally("m1", "q1", 2).Answered != 1 {
		t.Fatalf("after the folder is back: missing %v, q1 %+v, q2 %+v", r.Missing, r.Snapshot().Tally("m1", "q1", 2), r.Snapshot().Tally("m1", "q2", 2))
	}
}

func TestWatcherPollsAndWatches(t *testing.T) {
	dir, _ := newWorkshop(t)
	w := NewWatcher(dir, 50*time.Millisecond)
	defer w.Close()
	start := time.Now()
	if !w.Wait() || time.Since(start) > 2*time.Second {
		t.Fatal("Wait did not return by the poll interval")
	}
	w.Close()
	if w.Wait() {
		t.Fatal("Wait after Close returned true")
	}
}

// TestWatcherWakesOnChange: where the folder sends change events, a file
// written wakes Wait long before the poll would.
func TestWatcherWakesOnChange(t *testing.T) {
	dir, _ := newWorkshop(t)
	w := NewWatcher(dir, time.Hour)
	defer w.Close()
	if !w.Events() {
		t.Skip("no change events for a temporary folder here; polling only")
	}
	woke := make(chan bool, 1)
	go func() { woke <- w.Wait() }()
	time.Sleep(50 * time.Millisecond)
	must(t, os.WriteFile(filepath.Join(dir, ParticipantName(learnerID(0))), []byte("{}"), 0o644))
	select {
	case ok := <-woke:
		if !ok {
			t.Fatal("Wait returned false on a change")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a file written did not wake Wait (the poll is an hour)")
	}
}

func TestCodes(t *testing.T) {
	for range 100 {
		if c := NewCode(); !codePattern().MatchString(c) || len(c) != 7 {
			t.Fatalf("code %q", c)
		}
	}
}

// TestSameSizeSameTime: a share that keeps modification times coarsely
// can show two versions of a file with one size and one time; the second
// is still read, since a file that changed is read at every scan for a
// while.
func TestSameSizeSameTime(t *testing.T) {
	_, r, a, path := oneParticipant(t)
	stamp := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	must(t, a.Answer("m1", "q1", []int{0}))
	must(t, os.Chtimes(path, stamp, stamp))
	scan(t, r)
	must(t, a.Answer("m1", "q1", []int{1})) // same length: seq 1 → 2, option 0 → 1
	must(t, os.Chtimes(path, stamp, stamp))
	scan(t, r)
	if got := r.Snapshot().Tally("m1", "q1", 2); !slices.Equal(got.Options, []int{0, 1}) {
		t.Fatalf("the second version was missed: %+v", got)
	}
	if changed, _ := r.Scan(); changed {
		t.Fatal("reading an unchanged file again within the settle time reports a change")
	}
}

// TestDuplicateKeyAltered: a participant file or workshop file with a key
// twice in one object is altered, as for every signed file of the program
// (readers disagree on which value counts, so the signature does not cover
// what every reader sees), even though the value the signature was made
// over is there too.
func TestDuplicateKeyAltered(t *testing.T) {
	dir, ws := newWorkshop(t)
	a, _ := Join(dir, learnerID(0), key(t, 1))
	must(t, a.Answer("m1", "q1", []int{1}))
	good, _ := os.ReadFile(filepath.Join(dir, ParticipantName(learnerID(0))))
	if _, err := ParseParticipant(good, ws); err != nil {
		t.Fatalf("the file as written: %v", err)
	}
	twice := strings.Replace(string(good), `"chosen":[1]`, `"chosen":[0],"chosen":[1]`, 1)
	if twice == string(good) {
		t.Fatal(`"chosen":[1] is not in the file`)
	}
	if _, err := ParseParticipant([]byte(twice), ws); !errors.Is(err, ErrAltered) {
		t.Errorf("participant file with a key twice: %v, want ErrAltered", err)
	}
	data := string(ws.Marshal())
	wtwice := strings.Replace(data, `"code": `, `"code": "AAA-AAA", "code": `, 1)
	if wtwice == data {
		t.Fatal(`"code": is not in the workshop file`)
	}
	if _, err := ParseWorkshop([]byte(wtwice)); !errors.Is(err, ErrAltered) {
		t.Errorf("workshop file with a key twice: %v, want ErrAltered", err)
	}
}

// TestOtherFilesInTheFolder: result files and certificates a participant
// leaves in the workshop folder are no participant files; they are passed
// over, not shown as files that do not count.
func TestOtherFilesInTheFolder(t *testing.T) {
	dir, r, w, _ := oneParticipant(t)
	must(t, w.Answer("m1", "q1", []int{1}))
	for _, name := range []string{"resultaten-eva-visser.json", "certificaat-eva-visser.json", "deelnemer-.json"} {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(`{"kind":"piketpalen-resultaten"}`), 0o644))
	}
	scan(t, r)
	if s := r.Snapshot(); s.Participants != 1 || s.NotCounted != 0 {
		t.Fatalf("%d participants, %d not counted; want 1 and 0 (%v)", s.Participants, s.NotCounted, r.NotCounted())
	}
}

// TestRejoinAfterNewWorkshop: the trainer started a new workshop in the
// same folder; a participant whose file is of the old one joins the new
// one, and their answers count there, numbered on from the old file.
func TestRejoinAfterNewWorkshop(t *testing.T) {
	dir, _, w, path := oneParticipant(t)
	must(t, w.Answer("m1", "q1", []int{1}))
	must(t, w.Answer("m1", "q2", []int{0}))
	must(t, os.Remove(filepath.Join(dir, FileName)))
	ws, made, err := Open(dir, "Piketpalen", "2026.1", key(t, 201), time.Now())
	if err != nil || !made {
		t.Fatalf("Open again: %v, made %v", err, made)
	}
	again, err := Join(dir, learnerID(0), key(t, 1))
	must(t, err)
	must(t, again.Answer("m1", "q1", []int{0}))
	data, err := os.ReadFile(path)
	must(t, err)
	p, err := ParseParticipant(data, ws)
	if err != nil || p.Seq != 3 || len(p.Answers) != 1 {
		t.Fatalf("the file in the new workshop: %+v, %v; want one answer, number 3", p, err)
	}
}

// TestWriterRefusesWhatNoFileHolds: an answer without a module (such as
// a review round's) or with an option twice is refused and not kept, so
// the participant's file stays readable and the next answer counts.
func TestWriterRefusesWhatNoFileHolds(t *testing.T) {
	_, r, w, _ := oneParticipant(t)
	for _, bad := range []struct {
		module string
		chosen []int
	}{{"", []int{1}}, {"m1", []int{1, 1}}, {"m1", nil}} {
		if err := w.Answer(bad.module, "q1", bad.chosen); !errors.Is(err, ErrUnreadable) {
			t.Errorf("answer %q %v: %v, want refused", bad.module, bad.chosen, err)
		}
	}
	must(t, w.Answer("m1", "q1", []int{1}))
	scan(t, r)
	if s := r.Snapshot(); s.Participants != 1 || s.NotCounted != 0 || s.Tally("m1", "q1", 2).Answered != 1 {
		t.Fatalf("after refused answers: %+v, not counted %v", s, r.NotCounted())
	}
}
