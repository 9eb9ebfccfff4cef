package progress

import (
	"cmp"
	"slices"

	"piketpalen/course"
)

// merge combines the state about to be saved (mine) with the state found on
// disk (disk, nil when there is none) and returns the result as a new State.
// Two copies of piketpalen open at once each save their own state; merging
// under the file lock makes sure neither throws away what the other added.
//
// The rules:
//   - finished attempts are the union per module, told apart by their ID.
//     An attempt on both sides with the same result is taken from mine, so
//     that pointers the caller holds stay the saved ones. The same attempt
//     finished differently on each side (one quiz, open in two windows,
//     finished in both) is kept twice: disk's under its ID, mine as a copy
//     under a new ID. Its module is in twice, so the learner can be told;
//   - attempts are ordered oldest first (by Started, then Seed, then ID);
//   - pages read are the union, ascending, without duplicates;
//   - the page last shown comes from mine for every module mine has a
//     record of, and from disk for the others;
//   - the open attempt comes from mine when mine opened it itself (its ID
//     is in mine.live: the learner is answering it in this window), and
//     otherwise from disk, which holds the latest saved answers of whoever
//     did open it; mine's when disk has no record of the module. An open
//     attempt that is among the finished ones was finished by someone and
//     is dropped, unless mine opened it itself;
//   - Learner, Last and Settings come from mine: they are the learner's
//     latest choices, and the last save wins; but the learner id on disk,
//     once there, stays;
//   - review cards are the union per question; of two cards for one
//     question, the one changed last (laterCard), whichever side it is on;
//   - the schema is SchemaVersion.
//
// Neither input is changed. The result has records and slices of its own but
// shares the *course.Attempt values of its inputs (a copy kept twice is a
// new value).
func merge(mine, disk *State) (out *State, twice []string) {
	out = &State{
		Schema:   SchemaVersion,
		Learner:  mine.Learner,
		Last:     mine.Last,
		Settings: mine.Settings,
		Modules:  make(map[string]*Record, len(mine.Modules)),
	}
	var diskReview map[string]*Card
	if disk != nil {
		diskReview = disk.Review
	}
	out.Review = mergeReview(mine.Review, diskReview)
	if disk != nil && disk.Learner.ID != "" {
		// Two copies that loaded a file without an id each made one; the
		// first saved is the learner's.
		out.Learner.ID = disk.Learner.ID
	}
	live := func(a *course.Attempt) bool { return a != nil && mine.live[a.ID] }
	for id, r := range mine.Modules {
		if r == nil {
			continue
		}
		var d *Record
		if disk != nil {
			d = disk.Modules[id]
		}
		rec, n := mergeRecord(r, d, live)
		out.Modules[id] = rec
		for range n {
			twice = append(twice, id)
		}
	}
	if disk != nil {
		for id, d := range disk.Modules {
			if _, done := out.Modules[id]; done || d == nil {
				continue
			}
			out.Modules[id], _ = mergeRecord(d, nil, live)
		}
	}
	slices.Sort(twice)
	return out, twice
}

// mergeRecord merges one module's record; see merge. d may be nil. It
// returns the record and how many attempts of mine were kept under a new ID
// because disk holds another result under theirs.
func mergeRecord(r, d *Record, live func(*course.Attempt) bool) (*Record, int) {
	out := &Record{Page: r.Page}

	out.PagesRead = slices.Clone(r.PagesRead)
	if d != nil {
		out.PagesRead = append(out.PagesRead, d.PagesRead...)
	}
	slices.Sort(out.PagesRead)
	out.PagesRead = slices.Compact(out.PagesRead)

	byID := make(map[string]*course.Attempt, len(r.Attempts))
	if d != nil {
		for _, a := range d.Attempts {
			if a != nil && byID[a.ID] == nil {
				byID[a.ID] = a
				out.Attempts = append(out.Attempts, a)
			}
		}
	}
	kept := 0
	for _, a := range r.Attempts {
		switch theirs := byID[a.ID]; {
		case a == nil:
		case theirs == nil:
			byID[a.ID] = a
			out.Attempts = append(out.Attempts, a)
		case sameResult(a, theirs):
			// Keep mine: the caller may hold this pointer.
			i := slices.Index(out.Attempts, theirs)
			out.Attempts[i], byID[a.ID] = a, a
		default:
			c := *a
			c.ID = newAttemptID()
			byID[c.ID] = &c
			out.Attempts = append(out.Attempts, &c)
			kept++
		}
	}
	slices.SortStableFunc(out.Attempts, func(a, b *course.Attempt) int {
		return cmp.Or(a.Started.Compare(b.Started), cmp.Compare(a.Seed, b.Seed), cmp.Compare(a.ID, b.ID))
	})

	// mine's open attempt is its own when mine opened it and still has it
	// open: the learner is answering it in this window.
	own := r.Open != nil && live(r.Open)
	open := r.Open
	if d != nil && !own {
		open = d.Open
	}
	if open != nil && byID[open.ID] != nil && !(own && open == r.Open) {
		open = nil
	}
	out.Open = open
	return out, kept
}

// adopt makes st equal to merged in place. The *Record values already in st
// stay the same pointers (only their fields change), so code that holds on
// to a record or to its open attempt keeps working after a save.
func adopt(st, merged *State) {
	st.Schema = merged.Schema
	st.Learner.ID = merged.Learner.ID
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
