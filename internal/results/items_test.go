package results

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/progress"
)

// itemClass writes 25 result files of module 01 of the test course, whose
// item analysis is worked out by hand below. Option 0 is right for een-1
// to een-4, option 1 ("Niet waar") for een-5, options 0+1 for een-6.
//
// Group A, learners 0–14, had een-1, een-2, een-3, een-6:
//
//	          een-1 een-2 een-3 een-6  score
//	 0– 4       1     1     1     1      4
//	 5– 6       1     1     0     1      3
//	 7– 9       1     1     0     0      2
//	10–14       1     0     0     0      1
//
// Group B, learners 15–24, had een-1, een-2, een-4, een-5:
//
//	          een-1 een-2 een-4 een-5  score
//	15–19       1     1     0     0      2
//	20–24       1     0     0     1      2
func itemClass(t *testing.T) []Loaded {
	t.Helper()
	c := testCourse(t)
	dir := t.TempDir()
	pick := func(q string, right bool) ans {
		switch {
		case q == "een-5" && right:
			return a(q, 1)
		case q == "een-5":
			return a(q, 0)
		case q == "een-6" && right:
			return a(q, 0, 1)
		case q == "een-6":
			return a(q, 0)
		case right:
			return a(q, 0)
		}
		return a(q, 1)
	}
	for i := 0; i < 25; i++ {
		st := progress.New()
		st.Learner = progress.Learner{Name: fmt.Sprintf("Deelnemer %02d", i), Organisation: "Gemeente Test"}
		var as []ans
		if i < 15 {
			as = []ans{pick("een-1", true), pick("een-2", i < 10), pick("een-3", i < 5), pick("een-6", i < 7)}
		} else {
			as = []ans{pick("een-1", true), pick("een-2", i < 20), pick("een-4", false), pick("een-5", i >= 20)}
		}
		when := base.Add(time.Duration(i) * time.Minute)
		st.Record("01-eerste").Attempts = []*course.Attempt{attempt(t, c, "01-eerste", c.Version, when, as...)}
		export(t, c, st, dir, FileName(st.Learner.Name), when)
	}
	loaded, err := ReadDir(dir)
	if err != nil || len(loaded) != 25 {
		t.Fatalf("read %d files: %v", len(loaded), err)
	}
	return loaded
}

// pointBiserial is r the textbook way, apart from Pearson's formula that
// analyse uses: (M1 − M0) / s · √(p·q), with M1 and M0 the mean rest share
// of those right and wrong, s the population deviation of the rest shares.
func pointBiserial(pairs [][2]float64) float64 {
	var n1, n0, s1, s0, all, all2 float64
	for _, xy := range pairs {
		if xy[0] == 1 {
			n1, s1 = n1+1, s1+xy[1]
		} else {
			n0, s0 = n0+1, s0+xy[1]
		}
		all, all2 = all+xy[1], all2+xy[1]*xy[1]
	}
	n := n1 + n0
	sd := math.Sqrt(all2/n - (all/n)*(all/n))
	return (s1/n1 - s0/n0) / sd * math.Sqrt(n1/n*n0/n)
}

func rep(n int, x, y float64) [][2]float64 {
	var out [][2]float64
	for i := 0; i < n; i++ {
		out = append(out, [2]float64{x, y})
	}
	return out
}

func cat(parts ...[][2]float64) [][2]float64 {
	var out [][2]float64
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// TestItemAnalysis checks the item analysis of the class of itemClass
// against the figures worked out by hand from its tables.
func TestItemAnalysis(t *testing.T) {
	c := testCourse(t)
	o := Summarize(c, itemClass(t))
	if o.Counted() != 25 {
		t.Fatalf("%d counted", o.Counted())
	}
	// (right on the question, share right on the other three) per person
	third, two := 1.0/3, 2.0/3
	pairs := map[string][][2]float64{
		"een-2": cat(rep(5, 1, 1), rep(2, 1, two), rep(3, 1, third), rep(5, 0, third), rep(5, 1, third), rep(5, 0, two)),
		"een-3": cat(rep(5, 1, 1), rep(2, 0, 1), rep(3, 0, two), rep(5, 0, third)),
		"een-6": cat(rep(5, 1, 1), rep(2, 1, two), rep(3, 0, two), rep(5, 0, third)),
		"een-5": cat(rep(5, 0, two), rep(5, 1, third)),
	}
	type want struct {
		answered, right int
		r               float64 // NaN: none (the question or the rest does not vary)
		flags           []ItemFlag
	}
	nan := math.NaN()
	wants := map[string]want{
		"een-1": {25, 25, nan, []ItemFlag{FlagEasy}},          // p = 1 > 0.9
		"een-2": {25, 15, pointBiserial(pairs["een-2"]), nil}, // p = 0.6
		"een-3": {15, 5, pointBiserial(pairs["een-3"]), nil},  // p = 1/3
		"een-4": {10, 0, nan, []ItemFlag{FlagHard}},           // p = 0 < 0.2
		"een-5": {10, 5, -1, []ItemFlag{FlagNegative}},        // right exactly for the weaker half
		"een-6": {15, 7, pointBiserial(pairs["een-6"]), nil},  // p = 7/15
	}
	// the hand sums of two of them, to four places (see the tables)
	if r := pointBiserial(pairs["een-2"]); math.Abs(r-0.1870) > 5e-5 {
		t.Fatalf("hand r of een-2 is %.4f", r)
	}
	if r := pointBiserial(pairs["een-6"]); math.Abs(r-0.8183) > 5e-5 {
		t.Fatalf("hand r of een-6 is %.4f", r)
	}
	seen := 0
	for _, q := range o.Questions {
		w, ok := wants[q.ID]
		if !ok {
			if q.Answered != 0 || q.HasDiscrimination || len(q.Flags) > 0 {
				t.Errorf("%s: %+v, want nothing", q.ID, q)
			}
			continue
		}
		seen++
		if q.Answered != w.answered || q.Right != w.right {
			t.Errorf("%s: %d/%d, want %d/%d", q.ID, q.Right, q.Answered, w.right, w.answered)
		}
		if math.IsNaN(w.r) != !q.HasDiscrimination || q.HasDiscrimination && math.Abs(q.Discrimination-w.r) > 1e-9 {
			t.Errorf("%s: r %v (%v), want %v", q.ID, q.Discrimination, q.HasDiscrimination, w.r)
		}
		if !reflect.DeepEqual(q.Flags, w.flags) {
			t.Errorf("%s: flags %v, want %v", q.ID, q.Flags, w.flags)
		}
	}
	if seen != 6 {
		t.Errorf("%d of the 6 questions found", seen)
	}

	// KR-20 over group A (15 with the same four questions; B has 10):
	// Σpq = 0 + 2/9 + 2/9 + 56/225 = 156/225; the scores 4,4,4,4,4,3,3,2,2,2,1,1,1,1,1
	// have mean 37/15 and variance 115/15 − (37/15)² = 356/225;
	// KR-20 = 4/3 · (1 − 156/356) = 200/267.
	rel := o.Modules[0].Reliability
	if !rel.Known() || rel.Participants != 15 || rel.Items != 4 || rel.Answered != 25 || math.Abs(rel.KR20-200.0/267) > 1e-12 {
		t.Errorf("reliability %+v, want KR-20 200/267 = %.4f over 15 of 25 with 4 items", rel, 200.0/267)
	}
	if r := o.Modules[1].Reliability; r.Known() || r.Gap != GapFewSame || r.Answered != 0 {
		t.Errorf("module 02, which nobody took: %+v", r)
	}

	// the figures are a pure function of the files: read again, the same
	again := Summarize(c, itemClass(t))
	for i := range o.Questions {
		a, b := o.Questions[i], again.Questions[i]
		if a.ID != b.ID || a.Discrimination != b.Discrimination || !reflect.DeepEqual(a.Flags, b.Flags) {
			t.Errorf("second reading differs at %s", a.ID)
		}
	}
}

// TestReliabilityNeedsTen: with nine participants who had the same
// questions there is no KR-20, and the reason says so.
func TestReliabilityNeedsTen(t *testing.T) {
	c := testCourse(t)
	loaded := itemClass(t)
	var nine []Loaded
	for _, l := range loaded {
		if len(nine) < 9 {
			nine = append(nine, l)
		}
	}
	o := Summarize(c, nine)
	if r := o.Modules[0].Reliability; r.Known() || r.Gap != GapFewSame || r.Participants != 9 {
		t.Errorf("%+v", r)
	}
}

// TestItemAnalysisCSV: the class's figures in the CSV, with a decimal comma
// beside the semicolon separator, and a negative r as a number.
func TestItemAnalysisCSV(t *testing.T) {
	o := Summarize(testCourse(t), itemClass(t))
	for sep, want := range map[rune][]string{
		',': {"een-5,", ",5,-1.00,negatief,0.75,15,0\r\n", ",25,25,100,,0,,makkelijk,0.75,15,0\r\n", ",10,0,0,", ",moeilijk,0.75,15,0\r\n"},
		';': {";5;-1,00;negatief;0,75;15;0\r\n", ";25;15;60;"},
	} {
		var b strings.Builder
		if err := WriteCSVSep(&b, o, sep); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("sep %q: no %q in\n%s", sep, w, b.String())
			}
		}
	}
}
