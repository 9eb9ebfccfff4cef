package results

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"piketpalen/course"
)

// ProblemKind says why a file does not count in an overview, or counts in
// part.
type ProblemKind int

// The problems an overview reports, in the order it lists them.
const (
	// Unreadable: not a result file, damaged, or not there; skipped.
	Unreadable ProblemKind = iota + 1
	// Tampered: changed after the export (the signature fails); not counted.
	Tampered
	// OtherKey: signed by a piketpalen built with another key; it cannot be
	// checked here, so it is not counted.
	OtherKey
	// OtherCourse: a result file of another course; not counted.
	OtherCourse
	// OtherVersion: a result file of another version of this course; not
	// counted, since its questions and option numbers may differ.
	OtherVersion
	// Duplicate: an older file of a learner who has a newer one (the same
	// learner id; for files without one, the same name); only the newest
	// counts.
	Duplicate
)

// Problem is one file that an overview did not count, and why.
type Problem struct {
	Kind    ProblemKind
	Path    string
	Learner string // the name in the file; "" when it could not be read. For Tampered and OtherKey: the name it claims
	Course  string // OtherCourse: the file's course title
	Version string // OtherVersion: the file's course version
	Kept    string // Duplicate: the path of the learner's newer file, which counts
	Err     error  // Unreadable, Tampered, OtherKey: the reason
}

// String describes the problem in one line of English, for logs and tests.
// The CLI words its own messages from the fields.
func (p Problem) String() string {
	switch p.Kind {
	case Unreadable:
		return fmt.Sprintf("%s: unreadable, skipped: %v", p.Path, p.Err)
	case Tampered:
		return fmt.Sprintf("%s: altered after export, not counted: %v", p.Path, p.Err)
	case OtherKey:
		return fmt.Sprintf("%s: signed by another build, not counted: %v", p.Path, p.Err)
	case OtherCourse:
		return fmt.Sprintf("%s: another course (%q), not counted", p.Path, p.Course)
	case OtherVersion:
		return fmt.Sprintf("%s: course version %s, not counted", p.Path, p.Version)
	case Duplicate:
		return fmt.Sprintf("%s: older file of %s, not counted; %s counts", p.Path, p.Learner, p.Kept)
	}
	return fmt.Sprintf("%s: problem %d", p.Path, int(p.Kind))
}

// Participant is one learner whose file counts.
type Participant struct {
	Name         string
	Organisation string
	Path         string    // the file that counts
	Created      time.Time // when it was exported
	Passed       int       // modules passed
	Modules      int       // modules in the course
}

// ModuleStat is how the group did in one module.
type ModuleStat struct {
	ID           string
	Title        string
	Participants int // participants counted
	Attempted    int // of them, those with at least one finished attempt
	Passed       int // of them, those who passed
	// Reliability is the module's KR-20 where enough participants had the
	// same questions (see analyse).
	Reliability Reliability
}

// Percent is the pass rate over all participants, rounded to a whole
// percent; 0 when there are none.
func (m ModuleStat) Percent() int { return percent(m.Passed, m.Participants) }

// QuestionStat is how the group answered one question of the pool.
type QuestionStat struct {
	Module   string // module id
	ID       string
	Text     string // white space tidied
	Answered int    // participants whose counted attempt asked and answered it
	Right    int    // of them, those who answered it right
	Hinted   int    // of them, those who read its hint before answering (files of version 5 on)
	Wrong    WrongAnswer
	// Discrimination is the corrected item–rest correlation r, when
	// HasDiscrimination (at least MinItemAnswers had the question, and
	// both it and the rest varied); Flags what the trainer should look at.
	// See analyse.
	Discrimination    float64
	HasDiscrimination bool
	Flags             []ItemFlag
	order             int // place in the course: module, then pool
	pool              int // place in the module's pool
}

// Percent is the share answered right, rounded to a whole percent; ok is
// false when nobody answered the question.
func (q QuestionStat) Percent() (pct int, ok bool) {
	return percent(q.Right, q.Answered), q.Answered > 0
}

// WrongAnswer is the wrong answer chosen most often to a question. For a
// single-choice or true/false question it is one option; for a
// multiple-choice question it is the combination of options chosen (which
// may be only right options, when one was missing). Count is 0 when nobody
// answered wrong. Of wrong answers chosen equally often, the one with the
// lowest option numbers is given.
type WrongAnswer struct {
	Options []int  // option indices of the pool question, ascending
	Text    string // their texts, joined with " + "
	Count   int
}

// NameClash is a name that two or more learners share: their files have
// different learner ids. Every one of them counts; the trainer is told, so
// that the two rows in the table are not taken for a mistake.
type NameClash struct {
	Name  string   // as in the first file
	Paths []string // the file that counts of each learner with the name, in path order
}

// Overview sums up the result files of a group for one course.
type Overview struct {
	Course       string // title
	Version      string
	Files        int            // files looked at, counted or not
	Participants []Participant  // by name
	Modules      []ModuleStat   // in course order
	Questions    []QuestionStat // hardest first; those nobody answered last, in course order
	Problems     []Problem      // by kind, then path
	Clashes      []NameClash    // names shared by different learners, by name
}

// Summarize makes the overview of course c from the files read. A file
// counts when it is intact, of this course (same title) and this version,
// and the newest of its learner (the learner id; see newest); every other
// file is listed in Problems, and the rest still count. Names that
// different learners share are listed in Clashes, and all of them count. The answers counted per
// question are those each file records (see Module for which attempt);
// answers to questions that are not in c are passed over. It is a Summary
// to which the files are added in order.
func Summarize(c *course.Course, loaded []Loaded) *Overview {
	s := NewSummary(c)
	for _, l := range loaded {
		s.Add(l)
	}
	return s.Overview()
}

// clashes finds the names that more than one counted file has: after
// newest, those are files of different learners.
func clashes(counted []*digest) []NameClash {
	byName := map[string][]*digest{}
	var keys []string
	for _, d := range counted {
		k := d.nameKey
		if byName[k] == nil {
			keys = append(keys, k)
		}
		byName[k] = append(byName[k], d)
	}
	sort.Strings(keys)
	var out []NameClash
	for _, k := range keys {
		ds := byName[k]
		if len(ds) < 2 {
			continue
		}
		nc := NameClash{Name: ds[0].learner}
		for _, d := range ds {
			nc.Paths = append(nc.Paths, d.path)
		}
		sort.Strings(nc.Paths)
		out = append(out, nc)
	}
	return out
}

// newest keeps, of the files of each learner, the one exported last (of
// equal times, the one whose path sorts last), and reports the others as
// Duplicate. The files kept are in their original order.
//
// A learner is their learner id. A file without one (format version 1) is
// of the learner with that name when exactly one id goes with the name,
// else of whoever has that name and no id.
func newest(files []*digest, problems *[]Problem) []*digest {
	ids := map[string]map[string]bool{} // name key -> learner ids with that name
	for _, d := range files {
		if d.learnerID != "" {
			if ids[d.nameKey] == nil {
				ids[d.nameKey] = map[string]bool{}
			}
			ids[d.nameKey][d.learnerID] = true
		}
	}
	who := func(d *digest) string {
		if d.learnerID != "" {
			return "id:" + d.learnerID
		}
		if len(ids[d.nameKey]) == 1 {
			for id := range ids[d.nameKey] {
				return "id:" + id
			}
		}
		return "name:" + d.nameKey
	}
	best := map[string]int{} // learner -> index in files
	for i, d := range files {
		k := who(d)
		j, ok := best[k]
		if !ok || newer(d, files[j]) {
			best[k] = i
		}
	}
	var kept []*digest
	for i, d := range files {
		j := best[who(d)]
		if i == j {
			kept = append(kept, d)
			continue
		}
		*problems = append(*problems, Problem{Kind: Duplicate, Path: d.path, Learner: d.learner, Kept: files[j].path})
	}
	return kept
}

func newer(a, b *digest) bool {
	if !a.created.Equal(b.created) {
		return a.created.After(b.created)
	}
	return a.path > b.path
}

// tally counts, over the files that count, the passes per module and the
// answers per question.
func tally(c *course.Course, files []*digest) ([]ModuleStat, []QuestionStat) {
	var mods []ModuleStat
	var qs []QuestionStat
	for mi, m := range c.Modules {
		ms := ModuleStat{ID: m.ID, Title: tidy(m.Title), Participants: len(files)}
		stats := make([]QuestionStat, len(m.Questions))
		wrong := make([]map[string]*WrongAnswer, len(m.Questions))
		for i, q := range m.Questions {
			stats[i] = QuestionStat{Module: m.ID, ID: q.ID, Text: tidy(q.Text), order: len(qs) + i, pool: i}
			wrong[i] = map[string]*WrongAnswer{}
		}
		for _, d := range files {
			fm := &d.modules[mi]
			if !fm.present {
				continue
			}
			if fm.attempted {
				ms.Attempted++
			}
			if fm.passed {
				ms.Passed++
			}
			for _, a := range fm.answers {
				i := int(a.q)
				stats[i].Answered++
				if a.hinted {
					stats[i].Hinted++
				}
				if a.correct {
					stats[i].Right++
					continue
				}
				chosen := a.options()
				key := fmt.Sprint(chosen)
				w := wrong[i][key]
				if w == nil {
					w = &WrongAnswer{Options: chosen, Text: optionText(m.Questions[i], chosen)}
					wrong[i][key] = w
				}
				w.Count++
			}
		}
		for i := range stats {
			stats[i].Wrong = mostChosen(wrong[i])
		}
		mods = append(mods, ms)
		qs = append(qs, stats...)
	}
	sort.SliceStable(qs, func(i, j int) bool { return harder(qs[i], qs[j]) })
	return mods, qs
}

// harder orders questions hardest first: the lowest share right first; of
// equal shares the one more people answered (the firmer figure); then
// course order. Questions nobody answered come last, in course order.
func harder(a, b QuestionStat) bool {
	if (a.Answered == 0) != (b.Answered == 0) {
		return b.Answered == 0
	}
	if a.Answered > 0 {
		// a.Right/a.Answered < b.Right/b.Answered, without rounding
		l, r := a.Right*b.Answered, b.Right*a.Answered
		if l != r {
			return l < r
		}
		if a.Answered != b.Answered {
			return a.Answered > b.Answered
		}
	}
	return a.order < b.order
}

// fits reports whether the option indices exist in q.
func fits(q *course.Question, chosen []int) bool {
	if len(chosen) == 0 {
		return false
	}
	for _, o := range chosen {
		if o < 0 || o >= len(q.Options) {
			return false
		}
	}
	return true
}

func optionText(q *course.Question, chosen []int) string {
	texts := make([]string, len(chosen))
	for i, o := range chosen {
		texts[i] = tidy(q.Options[o].Text)
	}
	return strings.Join(texts, " + ")
}

// mostChosen picks the most frequent wrong answer; ties go to the lowest
// option numbers, compared element by element.
func mostChosen(ws map[string]*WrongAnswer) WrongAnswer {
	var best *WrongAnswer
	for _, w := range ws {
		if best == nil || w.Count > best.Count || w.Count == best.Count && lessInts(w.Options, best.Options) {
			best = w
		}
	}
	if best == nil {
		return WrongAnswer{}
	}
	return *best
}

func lessInts(a, b []int) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

// percent is part/whole under the course's one rounding rule, course.Percent.
func percent(part, whole int) int { return course.Percent(part, whole) }

// Counted is the number of files that count: one per participant.
func (o *Overview) Counted() int { return len(o.Participants) }
