package results

import (
	"crypto/ed25519"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/progress"
)

// testCourse loads the small course of course/testdata/valid: two modules,
// each with six questions (1–4 single choice with the right option first,
// 5 true/false with "Niet waar" right, 6 multiple choice with A and B
// right), four drawn per attempt, pass mark 70.
func testCourse(t *testing.T) *course.Course {
	t.Helper()
	c := coursetest.Valid(t)
	return c
}

// base is the moment the group's files are exported around.
var base = time.Date(2026, time.March, 10, 9, 0, 0, 0, time.UTC)

// ans is one answer: a question id and the option indices chosen.
type ans struct {
	q      string
	chosen []int
}

func a(q string, chosen ...int) ans { return ans{q, chosen} }

// attempt makes a finished attempt of module on course version version,
// with exactly the given questions, answered as given and graded by the
// course's own rules, finished at when (see coursetest.Answered).
func attempt(t *testing.T, c *course.Course, module, version string, when time.Time, answers ...ans) *course.Attempt {
	t.Helper()
	var as []coursetest.Answer
	for _, an := range answers {
		as = append(as, coursetest.Answer{Q: an.q, Chosen: an.chosen})
	}
	at := coursetest.Answered(t, c, c.Module(module), when, as...)
	at.CourseVersion = version
	return at
}

// names are the 21 learners whose files count in the group test, by index.
var names = []string{
	"Bram Bakker", "Carla Jansen", "Daan de Boer", "Eva Visser", "Femke Smit",
	"Anna de Vries", "Gijs Meijer", "Hanna Mulder", "Ivo de Groot", "Joost Bos",
	"Karin Vos", "Lars Peters", "Mila Hendriks", "Noah van Dijk", "Olga Dekker",
	"Pim Brouwer", "Roos de Wit", "Sem Dijkstra", "Tess Smits", "Zoë Brontë-Ünal",
	"Wouter Kok",
}

// groupState is learner i's progress, made so that the overview's figures
// are known (see TestOverviewFigures for what they add up to):
//
// Module 01, latest attempt on this version, of every learner:
//
//	een-1 right for all
//	een-2 right for i < 15, else option 2 ("Fout antwoord 2b")
//	een-3 right for i < 6, option 1 ("Fout antwoord 3a") for 6 ≤ i < 16, else option 2
//	een-6 right (A+B) for even i; A alone for i%4 == 1; A+C for 3, 7, 11; A+B+C for 15, 19
//	the hint of een-3 read first by i%4 == 0: 0, 4, 8, 12, 16, 20
//
// so module 01 is passed (3 of 4 right) by 0–5 and 6, 8, 10, 12, 14. On
// top of that:
//   - 0, 1, 2 failed an earlier attempt with een-4 and een-5 in it;
//   - 3 passed an earlier attempt with 100% (een-4, een-5), better than the
//     latest: the latest, not the best, gives the answers;
//   - 4 has an open attempt with een-5 answered: not finished, not counted;
//   - 20 passed on course version 0.0.9, finished after the latest attempt:
//     the module counts as passed, its answers do not.
//
// Module 02: i < 7 answer twee-1, twee-2, twee-5, twee-6 right (pass);
// 7 ≤ i < 18 answer twee-2 with option 1 and twee-5 with "Waar" (50%,
// fail); i ≥ 18 never took the quiz.
func groupState(t *testing.T, c *course.Course, i int) *progress.State {
	t.Helper()
	st := progress.New()
	st.Learner = progress.Learner{Name: names[i], Organisation: "Gemeente Test"}
	when := base.Add(-time.Duration(24-i) * time.Hour)

	een2, een3, een6 := a("een-2", 0), a("een-3", 0), a("een-6", 0, 1)
	if i >= 15 {
		een2 = a("een-2", 2)
	}
	switch {
	case i >= 16:
		een3 = a("een-3", 2)
	case i >= 6:
		een3 = a("een-3", 1)
	}
	switch {
	case i%4 == 1:
		een6 = a("een-6", 0)
	case i == 3 || i == 7 || i == 11:
		een6 = a("een-6", 0, 2)
	case i == 15 || i == 19:
		een6 = a("een-6", 0, 1, 2)
	}
	r := st.Record("01-eerste")
	r.PagesRead = []int{0, 1, 2}
	switch {
	case i <= 2:
		r.Attempts = append(r.Attempts, attempt(t, c, "01-eerste", c.Version, when.Add(-time.Hour),
			a("een-1", 0), a("een-4", 1), a("een-5", 0), a("een-3", 2)))
	case i == 3:
		r.Attempts = append(r.Attempts, attempt(t, c, "01-eerste", c.Version, when.Add(-time.Hour),
			a("een-1", 0), a("een-2", 0), a("een-4", 0), a("een-5", 1)))
	}
	latest := attempt(t, c, "01-eerste", c.Version, when, a("een-1", 0), een2, een3, een6)
	if i%4 == 0 {
		for k := range latest.Items {
			latest.Items[k].Hinted = latest.Items[k].Question == "een-3"
		}
	}
	r.Attempts = append(r.Attempts, latest)
	if i == 20 {
		r.Attempts = append(r.Attempts, attempt(t, c, "01-eerste", "0.0.9", when.Add(time.Hour),
			a("een-1", 0), a("een-2", 0), a("een-4", 0), a("een-5", 1)))
	}
	if i == 4 {
		open := c.NewAttempt(c.Module("01-eerste"), 7, when)
		open.Items = []course.Item{{Question: "een-5", Order: []int{0, 1}}}
		if _, err := c.Answer(open, 0, []int{0}); err != nil {
			t.Fatal(err)
		}
		r.Open = open
	}

	switch {
	case i < 7:
		st.Record("02-tweede").Attempts = []*course.Attempt{attempt(t, c, "02-tweede", c.Version, when.Add(time.Minute),
			a("twee-1", 0), a("twee-2", 0), a("twee-5", 1), a("twee-6", 1, 0))}
	case i < 18:
		st.Record("02-tweede").Attempts = []*course.Attempt{attempt(t, c, "02-tweede", c.Version, when.Add(time.Minute),
			a("twee-1", 0), a("twee-2", 1), a("twee-5", 0), a("twee-6", 0, 1))}
	case i == 18:
		st.MarkRead("02-tweede", 0)
	}
	return st
}

// export makes and writes a result file; it returns the path.
func export(t *testing.T, c *course.Course, st *progress.State, dir, file string, created time.Time) string {
	t.Helper()
	f, err := Export(c, st, st.Learner.Name, st.Learner.Organisation, testKey, created)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, file)
	if err := WriteFile(p, f); err != nil {
		t.Fatal(err)
	}
	return p
}

// groupFiles is a trainer's folder after a workshop: 25 result files, of
// which 21 count, and two files that are no result files at all.
type groupFiles struct {
	dir                                string
	duplicate, duplicateKept           string // an older file of Anna de Vries, and the newer one
	tampered, otherVersion, unreadable string
}

// readGroup writes the workshop's result files (see writeGroup) and reads
// them back as the overview does, with the course they belong to.
func readGroup(t *testing.T) (*course.Course, []Loaded) {
	t.Helper()
	c := testCourse(t)
	return c, writeGroup(t, c).read(t)
}

// read reads the group's folder as the overview does.
func (g groupFiles) read(t *testing.T) []Loaded {
	t.Helper()
	loaded, err := ReadDir(g.dir)
	if err != nil {
		t.Fatal(err)
	}
	return loaded
}

func writeGroup(t *testing.T, c *course.Course) groupFiles {
	t.Helper()
	g := groupFiles{dir: t.TempDir()}
	for i := range names {
		p := export(t, c, groupState(t, c, i), g.dir, FileName(names[i]), base.Add(time.Duration(i)*time.Minute))
		if names[i] == "Anna de Vries" {
			g.duplicateKept = p
		}
	}

	// Anna exported the day before too, after a first try with everything
	// wrong, and typed her name differently; the newer file counts.
	old := progress.New()
	old.Learner = progress.Learner{Name: "  anna  DE   vries ", Organisation: "Gemeente Test"}
	old.Record("01-eerste").Attempts = []*course.Attempt{attempt(t, c, "01-eerste", c.Version, base.Add(-48*time.Hour),
		a("een-1", 1), a("een-2", 1), a("een-3", 2), a("een-6", 2))}
	g.duplicate = export(t, c, old, g.dir, "resultaten-anna-de-vries (1).json", base.Add(-24*time.Hour))

	// Tim failed both modules, then edited his file to pass the first: the
	// signature no longer fits.
	tim := groupState(t, c, 15)
	tim.Learner.Name = "Tim Tamper"
	g.tampered = export(t, c, tim, g.dir, FileName("Tim Tamper"), base)
	data, err := os.ReadFile(g.tampered)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), `"passed": false`, `"passed": true`, 1)
	if edited == string(data) {
		t.Fatal("nothing to tamper with")
	}
	if err := os.WriteFile(g.tampered, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}

	// Otto used an old copy of the program with course version 0.0.9.
	oldCourse := *c
	oldCourse.Version = "0.0.9"
	otto := groupState(t, c, 0)
	otto.Learner.Name = "Otto Oud"
	g.otherVersion = export(t, &oldCourse, otto, g.dir, FileName("Otto Oud"), base)

	// A file cut off on a USB stick pulled out too soon.
	g.unreadable = filepath.Join(g.dir, "resultaten-kapot.json")
	if err := os.WriteFile(g.unreadable, []byte(`{"kind": "piketpalen-resultaten", "version": 1, "learner": "Ka`), 0o644); err != nil {
		t.Fatal(err)
	}

	// Files that are clearly no result files are passed over in silence.
	for name, content := range map[string]string{
		"certificaat-bram-bakker-2026-03-10.pdf": "%PDF-1.4 ...",
		"notities.txt":                           "meenemen: koffie",
		".resultaten-bram-bakker.json.tmp-123":   "{",
	} {
		if err := os.WriteFile(filepath.Join(g.dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(g.dir, "oud"), 0o755); err != nil {
		t.Fatal(err)
	}
	return g
}

// testKey stands for a learner's own key (issuer.SelfKey) in these tests.
var testKey = ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
