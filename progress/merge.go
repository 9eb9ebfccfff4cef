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
//   - finished attempts are the union per module; an attempt is identified by
//     its module, Started time and Seed. An attempt on both sides is taken
//     from mine, so that pointers the caller holds stay the saved ones;
//   - attempts are ordered oldest first (by Started, then Seed);
//   - pages read are the union, ascending, without duplicates;
//   - the open attempt and the page last shown come from mine for every
//     module mine has a record of, and from disk for the others;
//   - Learner, Last and Settings come from mine: they are the learner's
//     latest choices, and the last save wins; but the learner id on disk,
//     once there, stays;
//   - the schema is SchemaVersion.
//
// Neither input is changed. The result has records and slices of its own but
// shares the *course.Attempt values of its inputs.
func merge(mine, disk *State) *State {
	out := &State{
		Schema:   SchemaVersion,
		Learner:  mine.Learner,
		Last:     mine.Last,
		Settings: mine.Settings,
		Modules:  make(map[string]*Record, len(mine.Modules)),
	}
	if disk != nil && disk.Learner.ID != "" {
		// Two copies that loaded a file without an id each made one; the
		// first saved is the learner's.
		out.Learner.ID = disk.Learner.ID
	}
	for id, r := range mine.Modules {
		if r == nil {
			continue
		}
		var d *Record
		if disk != nil {
			d = disk.Modules[id]
		}
		out.Modules[id] = mergeRecord(id, r, d)
	}
	if disk != nil {
		for id, d := range disk.Modules {
			if _, done := out.Modules[id]; done || d == nil {
				continue
			}
			out.Modules[id] = mergeRecord(id, d, nil)
		}
	}
	return out
}

// mergeRecord merges one module's record; see merge. d may be nil.
func mergeRecord(module string, r, d *Record) *Record {
	out := &Record{Page: r.Page, Open: r.Open}

	out.PagesRead = slices.Clone(r.PagesRead)
	if d != nil {
		out.PagesRead = append(out.PagesRead, d.PagesRead...)
	}
	slices.Sort(out.PagesRead)
	out.PagesRead = slices.Compact(out.PagesRead)

	type id struct {
		module string
		sec    int64 // the Started instant, independent of its time zone
		nsec   int
		seed   uint64
	}
	key := func(a *course.Attempt) id {
		return id{module, a.Started.Unix(), a.Started.Nanosecond(), a.Seed}
	}
	seen := make(map[id]bool, len(r.Attempts))
	add := func(as []*course.Attempt) {
		for _, a := range as {
			if a != nil && !seen[key(a)] {
				seen[key(a)] = true
				out.Attempts = append(out.Attempts, a)
			}
		}
	}
	add(r.Attempts)
	if d != nil {
		add(d.Attempts)
	}
	slices.SortStableFunc(out.Attempts, func(a, b *course.Attempt) int {
		if c := a.Started.Compare(b.Started); c != 0 {
			return c
		}
		return cmp.Compare(a.Seed, b.Seed)
	})
	return out
}

// adopt makes st equal to merged in place. The *Record values already in st
// stay the same pointers (only their fields change), so code that holds on
// to a record or to its open attempt keeps working after a save.
func adopt(st, merged *State) {
	st.Schema = merged.Schema
	st.Learner.ID = merged.Learner.ID
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
