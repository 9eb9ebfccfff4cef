package results

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOverviewFigures reads a workshop's 25 result files (see groupState and
// writeGroup) and checks every figure of the overview against the sums
// worked out by hand from the answer patterns.
func TestOverviewFigures(t *testing.T) {
	c := testCourse(t)
	g := writeGroup(t, c)
	loaded := g.read(t)
	if len(loaded) != 25 {
		t.Fatalf("read %d files, want 25 (the .pdf, .txt, hidden file and folder passed over)", len(loaded))
	}
	o := Summarize(c, loaded)

	if o.Course != "Testcursus" || o.Version != "0.1.0" || o.Files != 25 {
		t.Errorf("course %q version %q files %d", o.Course, o.Version, o.Files)
	}
	if o.Counted() != 21 {
		t.Fatalf("%d participants counted, want 21:\n%v", o.Counted(), o.Participants)
	}

	// Participants: sorted by name; modules passed.
	wantPassed := map[string]int{}
	for i, n := range names {
		p := 0
		if i <= 6 || i == 8 || i == 10 || i == 12 || i == 14 || i == 20 {
			p++ // module 01
		}
		if i < 7 {
			p++ // module 02
		}
		wantPassed[n] = p
	}
	for i, p := range o.Participants {
		if i > 0 && LearnerKey(o.Participants[i-1].Name) > LearnerKey(p.Name) {
			t.Errorf("participants not sorted: %q before %q", o.Participants[i-1].Name, p.Name)
		}
		want, ok := wantPassed[p.Name]
		if !ok {
			t.Errorf("participant %q counted, who should not be", p.Name)
		}
		if p.Passed != want || p.Modules != 2 || p.Organisation != "Gemeente Test" {
			t.Errorf("%s: passed %d of %d (%s), want %d of 2", p.Name, p.Passed, p.Modules, p.Organisation, want)
		}
		if p.Name == "Anna de Vries" && p.Path != g.duplicateKept {
			t.Errorf("Anna counts with %s, want the newer %s", p.Path, g.duplicateKept)
		}
	}

	// Pass rate per module.
	wantMods := []ModuleStat{
		{ID: "01-eerste", Title: "Eerste module", Participants: 21, Attempted: 21, Passed: 12},
		{ID: "02-tweede", Title: "Tweede module", Participants: 21, Attempted: 18, Passed: 7},
	}
	// Module 02's KR-20, by hand: the 18 who took it had the same four
	// questions; 7 scored 4, 11 scored 2 (twee-2 and twee-5 wrong), so
	// Σpq = 2 · 7/18 · 11/18 = 154/324, the variance 156/18 − (50/18)² =
	// 308/324, and KR-20 = 4/3 · (1 − 154/308) = 2/3.
	if r := o.Modules[1].Reliability; !r.Known() || r.Participants != 18 || r.Items != 4 || math.Abs(r.KR20-2.0/3) > 1e-12 {
		t.Errorf("module 02 reliability %+v, want 2/3 over 18", r)
	}
	for i := range o.Modules {
		o.Modules[i].Reliability = Reliability{} // checked above and in TestItemAnalysis
	}
	if fmt.Sprint(o.Modules) != fmt.Sprint(wantMods) {
		t.Errorf("modules:\n got %v\nwant %v", o.Modules, wantMods)
	}
	if o.Modules[0].Percent() != 57 || o.Modules[1].Percent() != 33 {
		t.Errorf("pass rates %d%% and %d%%, want 57%% and 33%%", o.Modules[0].Percent(), o.Modules[1].Percent())
	}

	// Per question, hardest first.
	type row struct {
		id              string
		answered, right int
		pct             int
		wrong           string
		wrongCount      int
	}
	want := []row{
		{"een-3", 21, 6, 29, "Fout antwoord 3a", 10},
		{"twee-2", 18, 7, 39, "Fout antwoord 2a", 11},
		{"twee-5", 18, 7, 39, "Waar", 11},
		{"een-6", 21, 11, 52, "Juist A", 5},
		{"een-2", 21, 15, 71, "Fout antwoord 2b", 6},
		{"een-1", 21, 21, 100, "", 0},
		{"twee-1", 18, 18, 100, "", 0},
		{"twee-6", 18, 18, 100, "", 0},
		{"een-4", 0, 0, 0, "", 0},
		{"een-5", 0, 0, 0, "", 0},
		{"twee-3", 0, 0, 0, "", 0},
		{"twee-4", 0, 0, 0, "", 0},
	}
	if len(o.Questions) != len(want) {
		t.Fatalf("%d questions, want %d", len(o.Questions), len(want))
	}
	for i, w := range want {
		q := o.Questions[i]
		pct, ok := q.Percent()
		if q.ID != w.id || q.Answered != w.answered || q.Right != w.right || pct != w.pct || ok != (w.answered > 0) ||
			q.Wrong.Text != w.wrong || q.Wrong.Count != w.wrongCount {
			t.Errorf("question %d: got %s answered %d right %d (%d%%, %v) wrong %q ×%d\n          want %s answered %d right %d (%d%%) wrong %q ×%d",
				i+1, q.ID, q.Answered, q.Right, pct, ok, q.Wrong.Text, q.Wrong.Count, w.id, w.answered, w.right, w.pct, w.wrong, w.wrongCount)
		}
	}
	if q := o.Questions[0]; q.Module != "01-eerste" || q.Text != "Vraag 3 van een. Welk antwoord is goed?" || fmt.Sprint(q.Wrong.Options) != "[1]" {
		t.Errorf("hardest question: %+v", q)
	}
}

// TestOverviewProblems checks that each file that must not count is
// reported, once, for the right reason, and that the rest still count.
func TestOverviewProblems(t *testing.T) {
	c := testCourse(t)
	g := writeGroup(t, c)
	loaded := g.read(t)
	o := Summarize(c, loaded)
	if len(o.Problems) != 4 {
		t.Fatalf("%d problems, want 4:\n%v", len(o.Problems), o.Problems)
	}
	byKind := map[ProblemKind]Problem{}
	for _, p := range o.Problems {
		byKind[p.Kind] = p
	}
	if p := byKind[Unreadable]; p.Path != g.unreadable || !errors.Is(p.Err, ErrUnreadable) || p.Learner != "" {
		t.Errorf("unreadable: %+v", p)
	}
	if p := byKind[Tampered]; p.Path != g.tampered || !errors.Is(p.Err, ErrTampered) || p.Learner != "Tim Tamper" {
		t.Errorf("tampered: %+v", p)
	}
	if p := byKind[OtherVersion]; p.Path != g.otherVersion || p.Version != "0.0.9" || p.Learner != "Otto Oud" {
		t.Errorf("other version: %+v", p)
	}
	if p := byKind[Duplicate]; p.Path != g.duplicate || p.Kept != g.duplicateKept || p.Learner != "anna DE vries" {
		t.Errorf("duplicate: %+v", p)
	}
	for i, k := range []ProblemKind{Unreadable, Tampered, OtherVersion, Duplicate} {
		if o.Problems[i].Kind != k {
			t.Errorf("problem %d is of kind %d, want %d", i, o.Problems[i].Kind, k)
		}
	}
	for _, p := range o.Problems {
		if s := p.String(); !strings.HasPrefix(s, p.Path+": ") {
			t.Errorf("String() = %q", s)
		}
	}
}

// TestOverviewDuplicateNewestWins gives the same learner three files in
// argument order newest-first and checks that the newest counts whatever
// the order.
func TestOverviewDuplicateNewestWins(t *testing.T) {
	c := testCourse(t)
	g := writeGroup(t, c)
	kept, _ := Read(g.duplicateKept)
	older, _ := Read(g.duplicate)
	loaded := []Loaded{{Path: "b.json", File: kept}, {Path: "a.json", File: older}}
	o := Summarize(c, loaded)
	if o.Counted() != 1 || o.Participants[0].Path != "b.json" || len(o.Problems) != 1 || o.Problems[0].Path != "a.json" || o.Problems[0].Kept != "b.json" {
		t.Fatalf("participants %+v problems %v", o.Participants, o.Problems)
	}
	// Anna's newer file: een-3 right; the older had it wrong.
	for _, q := range o.Questions {
		if q.ID == "een-3" && (q.Answered != 1 || q.Right != 1) {
			t.Errorf("een-3 counted from the older file: %+v", q)
		}
	}
}

// TestOverviewOtherCourseAndKey covers a file of another course and a file
// that names another build's key.
func TestOverviewOtherCourseAndKey(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	other := *c
	other.Title = "Een andere cursus"
	st := groupState(t, c, 0)
	p1 := export(t, &other, st, dir, "andere.json", base)
	p2 := export(t, c, st, dir, "sleutel.json", base)
	f, err := Read(p2)
	if err != nil {
		t.Fatal(err)
	}
	f.Key = "00000000"
	f.Learner = "Iemand Anders"
	if err := WriteFile(p2, f); err != nil {
		t.Fatal(err)
	}
	p3 := export(t, c, groupState(t, c, 1), dir, "goed.json", base)

	o := Summarize(c, Collect(p1, p2, p3, filepath.Join(dir, "bestaat-niet.json")))
	if o.Counted() != 1 || o.Participants[0].Path != p3 {
		t.Fatalf("participants: %+v", o.Participants)
	}
	kinds := map[ProblemKind]Problem{}
	for _, p := range o.Problems {
		kinds[p.Kind] = p
	}
	if p := kinds[OtherCourse]; p.Path != p1 || p.Course != "Een andere cursus" {
		t.Errorf("other course: %+v", p)
	}
	// Since format 3 the file names its own key: another key id is an
	// alteration, not another build.
	if p := kinds[Tampered]; p.Path != p2 || !errors.Is(p.Err, ErrTampered) {
		t.Errorf("other key id: %+v", p)
	}
	if p := kinds[Unreadable]; !strings.HasSuffix(p.Path, "bestaat-niet.json") {
		t.Errorf("missing file: %+v", p)
	}
}

// TestOverviewEmpty: no files, no participants, no division by zero.
func TestOverviewEmpty(t *testing.T) {
	c := testCourse(t)
	o := Summarize(c, nil)
	if o.Counted() != 0 || len(o.Modules) != 2 || o.Modules[0].Percent() != 0 || len(o.Questions) != 12 {
		t.Fatalf("%+v", o)
	}
	if _, ok := o.Questions[0].Percent(); ok {
		t.Error("a question nobody answered has a percentage")
	}
}

func TestMostChosenTie(t *testing.T) {
	ws := map[string]*WrongAnswer{
		"[2]":   {Options: []int{2}, Text: "b", Count: 3},
		"[1 2]": {Options: []int{1, 2}, Text: "ab", Count: 3},
		"[0]":   {Options: []int{0}, Text: "x", Count: 2},
	}
	if w := mostChosen(ws); w.Text != "ab" {
		t.Errorf("tie went to %q, want the lowest options", w.Text)
	}
}

func TestPercent(t *testing.T) {
	for _, tc := range []struct{ part, whole, want int }{
		{6, 21, 29}, {7, 18, 39}, {1, 2, 50}, {1, 3, 33}, {2, 3, 67}, {1, 8, 13}, {0, 0, 0}, {5, 5, 100},
	} {
		if got := percent(tc.part, tc.whole); got != tc.want {
			t.Errorf("percent(%d, %d) = %d, want %d", tc.part, tc.whole, got, tc.want)
		}
	}
}

// TestCollect: a folder and a file in it count once; a file named outright
// is read whatever its extension, and reported when it is no result file.
func TestCollect(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	p := export(t, c, groupState(t, c, 0), dir, "a.json", base)
	txt := filepath.Join(t.TempDir(), "b.txt")
	if err := os.WriteFile(txt, []byte("geen json"), 0o644); err != nil {
		t.Fatal(err)
	}
	ls := Collect(dir, p, txt)
	if len(ls) != 2 || ls[0].Path != p || ls[0].Err != nil || ls[1].Path != txt || !errors.Is(ls[1].Err, ErrUnreadable) {
		t.Fatalf("%+v", ls)
	}
}
