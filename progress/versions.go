package progress

import (
	"slices"

	"piketpalen/course"
)

// Update is what a new version of the course changed in a module the
// learner had started: the module is "bijgewerkt".
type Update struct {
	Module *course.Module
	// Since is the course version the learner's progress in the module was
	// made on; "" when the file does not say (it is older than versions).
	Since string
	// Changes are the module's changes since then (course.ChangesSince);
	// empty when its content changed without a change being listed.
	Changes []course.Change
	// Retake: the learner had passed the module, and a change requires the
	// quiz again (Status says RetakeNeeded).
	Retake bool
}

// Updates returns, in course order, the modules of c the learner started
// whose content changed since they were last told (see MarkSeen), with
// what changed. A module whose pages and questions are the same as then
// (course.Module.Fingerprint) is not among them, whatever the version
// says; its status stays. Modules read without their questions
// (course.LoadLessons) have no fingerprint and are left out.
//
// A record from before fingerprints were kept (Seen is empty) cannot show
// whether its content changed; it counts as changed when the module lists
// changes since the version the progress was made on: the state's
// CourseVersion, else the newest version its attempts were made on, else
// (nothing says) since the beginning.
func (s *State) Updates(c *course.Course) []Update {
	var out []Update
	for _, m := range c.Modules {
		r, fp := s.Modules[m.ID], m.Fingerprint()
		if r == nil || fp == "" {
			continue
		}
		stage := s.Status(m).Stage
		if stage == NotStarted {
			continue
		}
		since := r.Seen.Version
		if r.Seen.Fingerprint == "" {
			since = s.legacyVersion(r)
		}
		changes := c.ChangesSince(m, since)
		if r.Seen.Fingerprint == "" && len(changes) == 0 || r.Seen.Fingerprint == fp {
			continue
		}
		out = append(out, Update{Module: m, Since: since, Changes: changes, Retake: stage == RetakeNeeded})
	}
	return out
}

// legacyVersion is the course version a record without Seen was made on,
// as far as the file tells; see Updates.
func (s *State) legacyVersion(r *Record) string {
	if r.Seen.Version != "" {
		return r.Seen.Version
	}
	if s.CourseVersion != "" {
		return s.CourseVersion
	}
	v := ""
	for _, a := range slices.Concat(r.Attempts, []*course.Attempt{r.Open}) {
		if a != nil && course.CompareVersions(a.CourseVersion, v) > 0 {
			v = a.CourseVersion
		}
	}
	return v
}

// MarkSeen records that the learner was told about the content of every
// module of c as it is now (Updates then names none of them until the
// course changes again), and that their progress is now on c's version.
// It reports whether that changed the state; the caller saves it.
// Modules read without their questions are left as they are.
func (s *State) MarkSeen(c *course.Course) bool {
	changed := false
	for _, m := range c.Modules {
		r, fp := s.Modules[m.ID], m.Fingerprint()
		if r == nil || fp == "" {
			continue
		}
		if seen := (Seen{Version: c.Version, Fingerprint: fp}); r.Seen != seen {
			r.Seen, changed = seen, true
		}
	}
	if len(c.Modules) > 0 && c.Modules[0].Fingerprint() != "" && s.CourseVersion != c.Version {
		s.CourseVersion, changed = c.Version, true
	}
	return changed
}
