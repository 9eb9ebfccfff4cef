package progress

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"slices"

	"piketpalen/course"
)

// union merges two states of one learner, such as the progress files of a
// laptop and a desktop, or the state a copy of piketpalen is about to save
// and the one another copy saved meanwhile. It is the one merge of
// progress: Save (through merge) and MergeFile both use it.
//
// union is commutative and idempotent: union(a, b) equals union(b, a), and
// union(a, a) equals a for a state as Load returns it (pages sorted,
// attempts in order). Where the two differ and nothing says which is
// newer, a fixed order of the values decides, never which side was given
// first. Nothing finished is dropped. The rules:
//
//   - finished attempts are the union per module, told apart by their ID.
//     Two with one ID and the same result (sameResult) are one; with
//     different results (one quiz, open in two windows, finished in both)
//     both are kept: the one that sorts first (attemptKey) under the ID, the
//     other under an ID derived from its contents, so that every merge of
//     the same two files derives the same one. Its module is returned in
//     twice, so the learner can be told;
//   - attempts are ordered oldest first (by Started, then Seed, then ID);
//   - pages read are the union, ascending, without duplicates; the page
//     last shown is the higher of the two;
//   - the open attempt: one that is among the finished ones was finished by
//     someone and is dropped; of two with one ID the one with more answers
//     (answers are only ever added), of two others the one started last;
//   - Seen and CourseVersion: the newer course version (course.CompareVersions);
//   - Last: the position with the later At;
//   - Learner: the one with a name; the learner id is the smaller one, so
//     that two files that each made one agree;
//   - Settings: each setting the one that is set;
//   - review cards are the union per question; of two cards for one
//     question, the one changed last (laterCard, a total order);
//   - the schema is SchemaVersion.
//
// Where the two still differ at the same moment, or in both settings, the
// larger value in a fixed order wins. Neither input is changed. The result
// has records and slices of its own but shares the *course.Attempt values
// of its inputs, a's where both hold the same value (a copy kept under a
// derived ID is a new value).
func union(a, b *State) (out *State, twice []string) {
	if b == nil {
		b = &State{}
	}
	out = &State{
		Schema:        SchemaVersion,
		Learner:       larger(a.Learner, b.Learner, cmpLearner),
		Last:          larger(a.Last, b.Last, cmpPosition),
		Settings:      Settings{Theme: pick(a.Settings.Theme, b.Settings.Theme), Lang: pick(a.Settings.Lang, b.Settings.Lang)},
		CourseVersion: larger(a.CourseVersion, b.CourseVersion, cmpVersion),
		Modules:       make(map[string]*Record, max(len(a.Modules), len(b.Modules))),
	}
	out.Learner.ID = smallerID(a.Learner.ID, b.Learner.ID)
	out.Review = mergeReview(a.Review, b.Review)
	for _, side := range []*State{a, b} {
		for id := range side.Modules {
			if _, done := out.Modules[id]; done {
				continue
			}
			ra, rb := a.Modules[id], b.Modules[id]
			if ra == nil && rb == nil {
				continue
			}
			rec, n := unionRecord(ra, rb)
			out.Modules[id] = rec
			for range n {
				twice = append(twice, id)
			}
		}
	}
	slices.Sort(twice)
	return out, twice
}

// unionRecord merges one module's record; see union. Either may be nil.
// It returns the record and how many attempts are kept under a derived ID.
func unionRecord(a, b *Record) (*Record, int) {
	if a == nil {
		a, b = b, a
	}
	if b == nil {
		b = &Record{}
	}
	out := &Record{
		Page: max(a.Page, b.Page),
		Seen: larger(a.Seen, b.Seen, cmpSeen),
	}
	out.PagesRead = append(slices.Clone(a.PagesRead), b.PagesRead...)
	slices.Sort(out.PagesRead)
	out.PagesRead = slices.Compact(out.PagesRead)
	if len(out.PagesRead) == 0 {
		out.PagesRead = nil // as normalize has it
	}

	var copies int
	out.Attempts, copies = unionAttempts(a.Attempts, b.Attempts)
	finished := make(map[string]bool, len(out.Attempts))
	for _, x := range out.Attempts {
		finished[x.ID] = true
	}
	var open *course.Attempt
	for _, o := range []*course.Attempt{a.Open, b.Open} {
		if o == nil || finished[o.ID] {
			continue
		}
		if open == nil || cmpOpen(o, open) > 0 {
			open = o
		}
	}
	out.Open = open
	return out, copies
}

// unionAttempts unites two lists of finished attempts; see union.
func unionAttempts(as, bs []*course.Attempt) ([]*course.Attempt, int) {
	groups := map[string][]*course.Attempt{}
	var ids []string
	for _, x := range slices.Concat(as, bs) {
		if x == nil {
			continue
		}
		if groups[x.ID] == nil {
			ids = append(ids, x.ID)
		}
		groups[x.ID] = append(groups[x.ID], x)
	}
	byID := make(map[string]*course.Attempt, len(ids))
	var extra []*course.Attempt // other results of an ID, to keep under a derived one
	for _, id := range ids {
		g := groups[id]
		// as's come first among equals: the value is the same, and the
		// caller of a save holds those pointers.
		slices.SortStableFunc(g, cmpAttemptKey)
		byID[id] = g[0]
		kept := []*course.Attempt{g[0]}
		for _, x := range g[1:] {
			if !slices.ContainsFunc(kept, func(y *course.Attempt) bool { return sameResult(x, y) }) {
				kept = append(kept, x)
				c := *x
				c.ID = derivedID(x)
				extra = append(extra, &c)
			}
		}
	}
	copies := 0
	slices.SortFunc(extra, func(x, y *course.Attempt) int { return cmp.Compare(x.ID, y.ID) })
	for _, c := range extra {
		if have := byID[c.ID]; have != nil && sameResult(have, c) {
			continue // kept under this ID by an earlier merge
		}
		for byID[c.ID] != nil {
			c.ID += "-2"
		}
		byID[c.ID] = c
		copies++
	}
	if len(byID) == 0 {
		return nil, 0
	}
	out := make([]*course.Attempt, 0, len(byID))
	for _, x := range byID {
		out = append(out, x)
	}
	slices.SortFunc(out, attemptOrder)
	return out, copies
}

// attemptOrder is the order of a record's finished attempts: oldest first,
// by Started, then Seed, then ID.
func attemptOrder(x, y *course.Attempt) int {
	return cmp.Or(x.Started.Compare(y.Started), cmp.Compare(x.Seed, y.Seed), cmp.Compare(x.ID, y.ID))
}

// derivedID is the ID a finished attempt is kept under when another result
// holds its own: its ID and a hash of its contents, the same in every merge.
func derivedID(a *course.Attempt) string {
	data, _ := json.Marshal(a)
	sum := sha256.Sum256(data)
	return a.ID + "-" + hex.EncodeToString(sum[:6])
}

// cmpAttemptKey orders attempts that share an ID: the one finished first,
// then by their encoding, a fixed order of all their contents.
func cmpAttemptKey(x, y *course.Attempt) int {
	if c := x.Finished.Compare(y.Finished); c != 0 {
		return c
	}
	if reflect.DeepEqual(x, y) {
		return 0
	}
	dx, _ := json.Marshal(x)
	dy, _ := json.Marshal(y)
	return bytes.Compare(dx, dy)
}

// cmpOpen orders two open attempts: the later one is larger. Of one
// attempt, the copy with more answers is the later; of two, the one
// started later.
func cmpOpen(x, y *course.Attempt) int {
	if x.ID == y.ID {
		if c := cmp.Compare(answered(x), answered(y)); c != 0 {
			return c
		}
	} else if c := x.Started.Compare(y.Started); c != 0 {
		return c
	}
	return -cmpAttemptKey(x, y)
}

func answered(a *course.Attempt) int {
	n := 0
	for _, it := range a.Items {
		if it.Answered {
			n++
		}
	}
	return n
}

// larger returns the larger of x and y by c; x when they are equal.
func larger[T any](x, y T, c func(T, T) int) T {
	if c(y, x) > 0 {
		return y
	}
	return x
}

// pick returns the setting that is set; of two, the larger.
func pick(x, y string) string { return max(x, y) }

// smallerID returns the learner id both files agree on: the one there is,
// or of two the smaller.
func smallerID(x, y string) string {
	switch {
	case x == "":
		return y
	case y == "":
		return x
	}
	return min(x, y)
}

func cmpVersion(x, y string) int {
	return cmp.Or(course.CompareVersions(x, y), cmp.Compare(x, y))
}

func cmpSeen(x, y Seen) int {
	return cmp.Or(cmpVersion(x.Version, y.Version), cmp.Compare(x.Fingerprint, y.Fingerprint))
}

func cmpPosition(x, y Position) int {
	return cmp.Or(x.At.Compare(y.At), cmp.Compare(x.Module, y.Module), cmp.Compare(x.Page, y.Page), cmpBool(x.Quiz, y.Quiz))
}

// cmpLearner prefers a learner with a name, then one with an
// organisation; of two, the larger (the id is decided apart).
func cmpLearner(x, y Learner) int {
	return cmp.Or(cmpBool(x.Name != "", y.Name != ""), cmpBool(x.Organisation != "", y.Organisation != ""),
		cmp.Compare(x.Name, y.Name), cmp.Compare(x.Organisation, y.Organisation))
}

func cmpBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// merge combines the state about to be saved (mine) with the state found on
// disk (disk, nil when there is none) and returns the result as a new State.
// Two copies of piketpalen open at once each save their own state; merging
// under the file lock makes sure neither throws away what the other added.
//
// It is union, and then what this window did stands: the learner's latest
// choices are in mine, so Learner, Last and Settings come from mine (but
// the learner id on disk, once there, stays: the first saved is the
// learner's), and so does the page last shown of every module mine has a
// record of. The open attempt comes from mine when mine opened it itself
// (its ID is in mine.live: the learner is answering it in this window), also
// when another window finished it meanwhile; otherwise from disk, which
// holds the latest saved answers of whoever did open it (from mine when
// disk has no record of the module), unless it is among the finished ones.
func merge(mine, disk *State) (out *State, twice []string) {
	out, twice = union(mine, disk)
	out.Learner, out.Last, out.Settings = mine.Learner, mine.Last, mine.Settings
	out.Learner.ID = mine.Learner.ID
	if disk != nil && disk.Learner.ID != "" {
		out.Learner.ID = disk.Learner.ID
	}
	for id, r := range mine.Modules {
		if r == nil {
			continue
		}
		rec := out.Modules[id]
		rec.Page = r.Page
		var d *Record
		if disk != nil {
			d = disk.Modules[id]
		}
		switch {
		case r.Open != nil && mine.live[r.Open.ID]:
			rec.Open = r.Open
		case d != nil:
			rec.Open = nil
			if d.Open != nil && !slices.ContainsFunc(rec.Attempts, func(a *course.Attempt) bool { return a.ID == d.Open.ID }) {
				rec.Open = d.Open
			}
		}
	}
	return out, twice
}

// adopt makes st equal to merged in place. The *Record values already in st
// stay the same pointers (only their fields change), so code that holds on
// to a record or to its open attempt keeps working after a save.
func adopt(st, merged *State) {
	st.Schema = merged.Schema
	st.Learner.ID = merged.Learner.ID
	st.CourseVersion = merged.CourseVersion
	st.Review = merged.Review
	if st.Modules == nil {
		st.Modules = make(map[string]*Record, len(merged.Modules))
	}
	for id, m := range merged.Modules {
		if r := st.Modules[id]; r != nil {
			*r = *m
		} else {
			st.Modules[id] = m
		}
	}
}
