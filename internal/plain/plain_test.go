package plain

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/app"
	"piketpalen/internal/results"
	"piketpalen/internal/tuitest"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

var testNow = time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)

func testCourse(t *testing.T) *course.Course { return coursetest.Valid(t) }

// script answers the attempt that seed draws: every question right except
// those listed in wrong (by position).
func script(c *course.Course, m *course.Module, seed uint64, wrong map[int]bool) string {
	return answerLines(c, c.NewAttempt(m, seed, testNow), func(i int) bool { return wrong[i] })
}

// answerLines are the lines that answer every item of a (a quiz or a
// review round): right, or for an item i with wrong(i), with one wrong
// option; each followed by the Enter that reads on.
func answerLines(c *course.Course, a *course.Attempt, wrong func(int) bool) string {
	var b strings.Builder
	for i, it := range a.Items {
		q := c.ItemQuestion(a, i)
		var picks []string
		for p, oi := range it.Order {
			if q.Options[oi].Correct != wrong(i) {
				picks = append(picks, fmt.Sprint(p+1))
				if wrong(i) || q.Type != course.Multiple {
					break
				}
			}
		}
		b.WriteString(strings.Join(picks, " ") + "\n\n") // the answer, then Enter for the next question
	}
	return b.String()
}

func runScript(t *testing.T, c *course.Course, st *progress.State, in string) (string, *progress.State, int) {
	t.Helper()
	out, saves := run(t, c, st, testNow, in)
	return out, st, saves
}

// run takes the learner through plain mode on the lines of in, with the
// clock at now, and returns the transcript and how many saves were made.
func run(t *testing.T, c *course.Course, st *progress.State, now time.Time, in string) (string, int) {
	t.Helper()
	var out bytes.Buffer
	saves := 0
	err := Run(Options{
		Learner: app.Learner{
			Course: c, State: st,
			Save:    func(*progress.State) error { saves++; return nil },
			DataDir: "/home/jan/.config/piketpalen",
			Now:     func() time.Time { return now },
			Seed:    func() uint64 { return 7 },
		},
		In: strings.NewReader(in), Out: &out,
	})
	if err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	return out.String(), saves
}

// TestWholeModuleFromScript reads the first module, takes its quiz with one
// wrong answer, and stops, all from piped input; the transcript is compared
// with a golden file and checked for the announcements.
func TestWholeModuleFromScript(t *testing.T) {
	c := testCourse(t)
	m := c.Modules[0]
	in := "1\n" + // choose module 1
		"\n\n\n" + // three pages
		script(c, m, 7, map[int]bool{1: true}) +
		"\n" + // back to the overview
		"stop\n"
	out, st, saves := runScript(t, c, progress.New(), in)
	golden.RequireEqual(t, out)
	tuitest.AssertContains(t, out,
		"Pagina 1 van 3: Wie is verantwoordelijk?",
		"Na deze module kun je:",
		"De minister is verantwoordelijk", // words without markup signs
		"Vraag 1 van 4,",
		"Vraag 4 van 4,",
		"Goed.",
		"Niet goed.",
		"Jouw antwoord: ",
		"Je score: 75% (3 van 4 goed)",
		"Gehaald!",
		"Fout bij vraag 2:",
		"1. Eerste module: gehaald (75%)",
		"Tot ziens. Je voortgang is bewaard.",
	)
	for _, bad := range []string{"\x1b", "**", "│", "┌"} {
		if strings.Contains(out, bad) {
			t.Errorf("transcript contains %q", bad)
		}
	}
	r := st.Modules[m.ID]
	if r == nil || len(r.Attempts) != 1 || r.Attempts[0].Score != 75 || len(r.PagesRead) != 3 {
		t.Fatalf("state after the run: %+v", r)
	}
	if saves < 8 {
		t.Errorf("only %d saves: every page and answer should be saved", saves)
	}
}

// TestStopMidQuizAndResume stops after two answers; a new run goes on with
// question 3 of the same attempt.
func TestStopMidQuizAndResume(t *testing.T) {
	c := testCourse(t)
	m := c.Modules[0]
	answers := strings.SplitAfter(script(c, m, 7, nil), "\n")
	in := "1\ntoets\n" + strings.Join(answers[:3], "") + "stop\n" // stop where it asks for Enter after answer 2
	out, st, _ := runScript(t, c, progress.New(), in)
	if !strings.Contains(out, "Vraag 2 van 4") || strings.Contains(out, "Vraag 3 van 4") {
		t.Fatalf("first run:\n%s", out)
	}
	if st.Modules[m.ID].Open == nil || st.Modules[m.ID].Open.Next() != 2 {
		t.Fatal("open attempt not kept")
	}
	out, st, _ = runScript(t, c, st, "1\n"+strings.Join(answers[4:], "")+"\n")
	if !strings.Contains(out, "toets bezig") || !strings.Contains(out, "Vraag 3 van 4") || strings.Contains(out, "Vraag 1 van 4") {
		t.Fatalf("second run did not resume at question 3:\n%s", out)
	}
	if len(st.Modules[m.ID].Attempts) != 1 || st.Modules[m.ID].Attempts[0].Score != 100 {
		t.Fatalf("attempt after resume: %+v", st.Modules[m.ID].Attempts)
	}
}

func TestBadInputIsAskedAgain(t *testing.T) {
	c := testCourse(t)
	out, _, _ := runScript(t, c, progress.New(), "9\nzeven\n2\nmenu\n")
	if n := strings.Count(out, "Dat is geen keuze. Typ een nummer van 1 tot 2."); n != 2 {
		t.Errorf("%d refusals, want 2:\n%s", n, out)
	}
	if !strings.Contains(out, "Module: Tweede module.") {
		t.Errorf("a valid choice after bad ones was not taken:\n%s", out)
	}
}

func TestEndOfInputStopsCleanly(t *testing.T) {
	c := testCourse(t)
	out, _, _ := runScript(t, c, progress.New(), "1\n")
	if !strings.HasSuffix(strings.TrimSpace(out), "Tot ziens. Je voortgang is bewaard.") {
		t.Errorf("transcript ends:\n%s", out)
	}
}

func TestParseChoices(t *testing.T) {
	cases := []struct {
		in   string
		many bool
		want []int
		ok   bool
	}{
		{"2", false, []int{1}, true},
		{"2.", false, []int{1}, true},
		{"1 3", false, nil, false},
		{"1 3", true, []int{0, 2}, true},
		{"1,3,3", true, []int{0, 2}, true},
		{"4", true, nil, false},
		{"", true, nil, false},
		{"een", false, nil, false},
	}
	for _, tc := range cases {
		got, ok := parseChoices(tc.in, 3, tc.many)
		if ok != tc.ok || fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("parseChoices(%q, %v) = %v %v", tc.in, tc.many, got, ok)
		}
	}
}

func TestCertificateInPlainMode(t *testing.T) {
	c := testCourse(t)
	st := progresstest.PassedState(c, testNow)
	dir := t.TempDir()
	var out bytes.Buffer
	err := Run(Options{Learner: app.Learner{Course: c, State: st, OutDir: dir, Now: func() time.Time { return testNow }},
		In: strings.NewReader("c\n\nJan de Vries\n\n\nstop\n"), Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"Typ c om je certificaat te maken", "Vul je naam in.", "Je certificaat is gemaakt:", "certificaat-jan-de-vries-2026-03-14.pdf", "piketpalen verify"} {
		if !strings.Contains(s, want) {
			t.Errorf("transcript lacks %q:\n%s", want, s)
		}
	}
	if st.Learner.Name != "Jan de Vries" {
		t.Errorf("name not remembered: %+v", st.Learner)
	}
}

func TestExportResultsInPlainMode(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	var out bytes.Buffer
	st := progress.New()
	err := Run(Options{Learner: app.Learner{Course: c, State: st, OutDir: "/nowhere", Now: func() time.Time { return testNow }},
		In: strings.NewReader("e\nJan de Vries\n\n" + dir + "\nstop\n"), Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, results.FileName("Jan de Vries"))
	if !strings.Contains(out.String(), path) {
		t.Fatalf("transcript lacks %s:\n%s", path, out.String())
	}
	if _, err := results.Read(path); err != nil {
		t.Fatal(err)
	}
}

// TestTypedNameCleanedLikeEverywhere: a name typed with stray spaces is
// remembered as the full screen and the commands remember it: one space
// between words.
func TestTypedNameCleanedLikeEverywhere(t *testing.T) {
	c := testCourse(t)
	st := progress.New()
	var out bytes.Buffer
	err := Run(Options{Learner: app.Learner{Course: c, State: st, OutDir: t.TempDir(), Now: func() time.Time { return testNow }},
		In: strings.NewReader("e\n  Jan   de  Vries \n Gemeente   Test \n\nstop\n"), Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	if st.Learner.Name != "Jan de Vries" || st.Learner.Organisation != "Gemeente Test" {
		t.Errorf("remembered %+v\n%s", st.Learner, out.String())
	}
}

// When every save failed, the goodbye does not say the progress is saved
// (it did, whatever happened); when a save fails and the last one works,
// it does.
func TestGoodbyeSaysWhetherSaved(t *testing.T) {
	c := testCourse(t)
	for _, tc := range []struct {
		name  string
		fail  func(n int) bool
		saved bool
	}{
		{"every save fails", func(int) bool { return true }, false},
		{"the first fails, the rest work", func(n int) bool { return n == 1 }, true},
		{"only the last fails, the retry works", func(n int) bool { return n == 2 }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			n := 0
			err := Run(Options{
				Learner: app.Learner{
					Course: c, State: progress.New(),
					Save: func(*progress.State) error {
						n++
						if tc.fail(n) {
							return fmt.Errorf("write /data/progress.json: no space left on device")
						}
						return nil
					},
					Now: func() time.Time { return testNow },
				},
				In: strings.NewReader("1\n\nstop\n"), Out: &out,
			})
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			last := lines[len(lines)-1]
			if saidSaved := strings.Contains(last, "Je voortgang is bewaard"); saidSaved != tc.saved {
				t.Errorf("last line %q after %d saves", last, n)
			}
			if !tc.saved && !strings.Contains(last, "no space left on device") {
				t.Errorf("the goodbye does not say why: %q", last)
			}
		})
	}
}

// TestExportFailureSaysWhatFailed: when the result file cannot be written,
// plain mode says so, not that a certificate could not be made.
func TestExportFailureSaysWhatFailed(t *testing.T) {
	c := testCourse(t)
	var out bytes.Buffer
	missing := filepath.Join(t.TempDir(), "bestaat-niet")
	err := Run(Options{Learner: app.Learner{Course: c, State: progress.New(), Now: func() time.Time { return testNow }},
		In: strings.NewReader("e\nJan de Vries\n\n" + missing + "\nstop\n"), Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	if s := out.String(); strings.Contains(s, "certificaat kon niet") || !strings.Contains(s, "Je resultaten konden niet worden geschreven") {
		t.Errorf("transcript:\n%s", s)
	}
}

// TestTooLongNameInPlainMode: a name longer than the certificate allows is
// refused with a message in the learner's language, not an English error.
func TestTooLongNameInPlainMode(t *testing.T) {
	c := testCourse(t)
	st := progresstest.PassedState(c, testNow)
	var out bytes.Buffer
	long := strings.Repeat("J", 200)
	err := Run(Options{Learner: app.Learner{Course: c, State: st, OutDir: t.TempDir(), Now: func() time.Time { return testNow }},
		In: strings.NewReader("c\n" + long + "\n\n\nstop\n"), Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, "De naam is te lang: 200 tekens, hoogstens 120.") || strings.Contains(s, "characters long") {
		t.Errorf("transcript:\n%s", s)
	}
}

// TestGlossaryOnAPage: "begrippen" reads out the terms the page uses and
// keeps the page, "alle begrippen" the whole list; a course without a
// glossary says so and does not offer it.
func TestGlossaryOnAPage(t *testing.T) {
	c := testCourse(t)
	in := "1\n" + // module 1, page 1 uses "minister"
		"begrippen\n" +
		"\n" + // page 2 uses no term
		"Begrippen\n" +
		"alle  begrippen\n" +
		"menu\nstop\n"
	out, _, _ := runScript(t, c, progress.New(), in)
	for _, want := range []string{
		"Enter: volgende pagina. Of typ terug, toets, begrippen, menu of stop.",
		"Begrippen op deze pagina:\nminister\n    Het lid van de regering dat aan het hoofd staat van een ministerie.\nTyp alle begrippen voor de hele lijst.",
		"Op deze pagina staan geen begrippen uit de lijst. Typ alle begrippen voor de hele lijst.",
		"Alle begrippen (2):\nminister\n",
		"\nvoorwaardelijk strafontslag\n    Ontslag als straf",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("transcript lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "Pagina 1 van 3"); n != 1 {
		t.Errorf("page 1 was read out %d times; asking for the terms should not repeat it", n)
	}
	c.Glossary = nil
	out, _, _ = runScript(t, c, progress.New(), "1\nbegrippen\nmenu\nstop\n")
	if strings.Contains(out, "toets, begrippen") || !strings.Contains(out, "Deze cursus heeft geen begrippenlijst.") {
		t.Errorf("without a glossary:\n%s", out)
	}
}

// Plain mode tells a course update as the home screen does: once, only for
// the changed module, and with the quiz to take again and why.
func TestPlainCourseUpdate(t *testing.T) {
	old := testCourse(t)
	st := progresstest.SeenState(old, time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC))
	newer := coursetest.Load(t, coursetest.Updated(t, "0.3.0", "      - version: 0.3.0\n        text: De regels zijn veranderd.\n        requires_retake: true\n", true))
	out, st, saves := runScript(t, newer, st, "stop\n")
	tuitest.AssertContains(t, out, "Module 1, Eerste module, is bijgewerkt in versie 0.3.0 van de cursus:",
		"- De regels zijn veranderd. (versie 0.3.0)", "1. Eerste module: toets opnieuw maken (eerder 100%), bijgewerkt",
		"Toets opnieuw maken: De regels zijn veranderd.", "1 van 2 modules gehaald")
	if strings.Contains(out, "2. Tweede module: gehaald (100%), bijgewerkt") || !strings.Contains(out, "2. Tweede module: gehaald") {
		t.Errorf("module 2:\n%s", out)
	}
	if saves == 0 {
		t.Error("that the update was told is not saved")
	}
	out, _, _ = runScript(t, newer, st, "stop\n")
	if strings.Contains(out, "is bijgewerkt") {
		t.Errorf("told twice:\n%s", out)
	}
	tuitest.AssertContains(t, out, "Toets opnieuw maken: De regels zijn veranderd.")
}
