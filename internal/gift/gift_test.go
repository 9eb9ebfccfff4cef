package gift

import (
	"bytes"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"piketpalen/course"
	"piketpalen/modules"
)

// builtinCourse is the built-in course, loaded once; builtinErr says
// why it did not load.
var builtinCourse, builtinErr = course.Load(modules.FS)

// withPools is the built-in course with each module's questions.yaml
// replaced by pools[module id].
func withPools(t *testing.T, pools map[string][]byte) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(modules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(modules.FS, p)
		if err != nil {
			return err
		}
		if path.Base(p) == "questions.yaml" {
			y, ok := pools[path.Dir(p)]
			if !ok {
				t.Fatalf("no pool imported for %s", path.Dir(p))
			}
			data = y
		}
		m[p] = &fstest.MapFile{Data: data}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRoundTrip exports the whole built-in pool, imports it again, writes
// each module's questions.yaml, loads the course with them and compares
// every question: id, kind, hint, type, text, options with correctness
// and feedback, explanation and source.
func TestRoundTrip(t *testing.T) {
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	c := builtinCourse
	var buf bytes.Buffer
	if err := Write(&buf, c.Title, c.Modules); err != nil {
		t.Fatal(err)
	}
	res := Parse(buf.Bytes())
	for _, p := range res.Problems {
		t.Errorf("line %d: reason %d (%s)", p.Line, p.Reason, p.ID)
	}
	pools := map[string][]byte{}
	total := 0
	for _, cat := range res.Categories {
		var y bytes.Buffer
		old, err := fs.ReadFile(modules.FS, path.Join(cat.Name, "questions.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteYAML(&y, cat.Questions, Keep(old)); err != nil {
			t.Fatal(err)
		}
		pools[cat.Name] = y.Bytes()
		total += len(cat.Questions)
	}
	if len(res.Categories) != len(c.Modules) {
		t.Fatalf("%d categories, want %d", len(res.Categories), len(c.Modules))
	}
	back, err := course.Load(withPools(t, pools))
	if err != nil {
		t.Fatalf("the imported pools do not load: %v", err)
	}
	want := 0
	for i, m := range c.Modules {
		b := back.Modules[i]
		want += len(m.Questions)
		if len(b.Questions) != len(m.Questions) {
			t.Fatalf("%s: %d questions back, want %d", m.ID, len(b.Questions), len(m.Questions))
		}
		for j, q := range m.Questions {
			sameQuestion(t, q, b.Questions[j])
		}
		if b.Draw != m.Draw || !slices.Equal(b.Discussion, m.Discussion) {
			t.Errorf("%s: draw %d and discussion %q kept as %d and %q", m.ID, m.Draw, m.Discussion, b.Draw, b.Discussion)
		}
	}
	if total != want || want != 93 {
		t.Errorf("round trip carried %d questions of %d (the built-in pool has 93)", total, want)
	}
}

// sameQuestion fails when got differs from want in anything GIFT carries.
func sameQuestion(t *testing.T, want, got *course.Question) {
	t.Helper()
	if got.ID != want.ID || got.Kind != want.Kind || got.Hint != want.Hint || got.Type != want.Type ||
		got.Text != want.Text || got.Explanation != want.Explanation || got.Source != want.Source {
		t.Errorf("%s: came back as\n%+v\nwant\n%+v", want.ID, *got, *want)
		return
	}
	if len(got.Options) != len(want.Options) {
		t.Errorf("%s: %d options, want %d", want.ID, len(got.Options), len(want.Options))
		return
	}
	for i, o := range want.Options {
		g := got.Options[i]
		if g.Text != o.Text || g.Correct != o.Correct || g.Feedback != o.Feedback {
			t.Errorf("%s option %d: %q %v %q, want %q %v %q", want.ID, i, g.Text, g.Correct, g.Feedback, o.Text, o.Correct, o.Feedback)
		}
	}
}

// TestEscape checks that every GIFT special survives a trip through
// Escape and Parse, inside a title-less text, an answer and feedback.
func TestEscape(t *testing.T) {
	nasty := `a~b=c#d{e}f:g\h ` + "\nnext"
	q := &course.Question{ID: "x-1", Type: course.Single, Text: nasty, Explanation: nasty, Source: nasty,
		Options: []course.Option{{Text: nasty, Correct: true, Feedback: nasty}, {Text: "b", Feedback: "::}{"}}}
	var buf bytes.Buffer
	Write(&buf, "C/D", []*course.Module{{ID: "m", Questions: []*course.Question{q}}})
	if strings.Contains(buf.String(), "\n\n::") == false {
		t.Fatalf("no blank line before the question:\n%s", buf.String())
	}
	res := Parse(buf.Bytes())
	if len(res.Problems) > 0 || len(res.Questions()) != 1 {
		t.Fatalf("problems %v, questions %d in\n%s", res.Problems, len(res.Questions()), buf.String())
	}
	got := res.Questions()[0]
	trimmed := strings.TrimSpace(nasty)
	if got.Text != trimmed || got.Options[0].Text != trimmed || got.Options[0].Feedback != trimmed ||
		got.Explanation != trimmed || got.Source != trimmed || got.Options[1].Feedback != "::}{" {
		t.Errorf("came back as %+v from\n%s", *got, buf.String())
	}
	if res.Categories[0].Name != "m" {
		t.Errorf("category %q, want m", res.Categories[0].Name)
	}
}

// TestUnmappable checks that every construct the course cannot hold is
// reported at its line and skipped, and the good question beside them kept.
func TestUnmappable(t *testing.T) {
	src := `// a comment
$CATEGORY: c/m

::ok:: Kies {=ja#goed ~nee#fout ####Uitleg.\n\nBron: wet}

Geen titel {=a#x ~b#y ####e}

::desc:: Alleen tekst

::essay:: Schrijf {}

::num:: Hoeveel? {#3:1}

::match:: Koppel {=a -> 1 =b -> 2}

::short:: Noem {=twee =2}

::gap:: Een {=a#x ~b#y ####e} gat

::open:: Niet dicht {=a#x ~b#y

::nofb:: Zonder {=a ~b#y ####e\n\nBron: s}

::noexp:: Zonder {=a#x ~b#y}

::nosrc:: Zonder {=a#x ~b#y ####uitleg}

::Bad Id:: Zonder {=a#x ~b#y ####e}

::ok:: Dubbel {=a#x ~b#y ####e\n\nBron: s}

::none:: Geen goed {~a#x ~b#y ####e\n\nBron: s}

::tf:: Waar? {F#fout#goed####e\n\nBron: s}
`
	res := Parse([]byte(src))
	want := []struct {
		line int
		r    Reason
	}{{6, NoTitle}, {8, NoAnswers}, {10, Essay}, {12, Numerical}, {14, Matching}, {16, ShortAnswer},
		{18, Embedded}, {20, Unclosed}, {22, NoFeedback}, {24, NoExplanation}, {26, NoSource},
		{28, BadTitle}, {30, DuplicateTitle}, {32, NoRight}}
	if len(res.Problems) != len(want) {
		t.Fatalf("problems %+v, want %d", res.Problems, len(want))
	}
	for i, w := range want {
		if p := res.Problems[i]; p.Line != w.line || p.Reason != w.r {
			t.Errorf("problem %d: line %d reason %d, want line %d reason %d", i, p.Line, p.Reason, w.line, w.r)
		}
	}
	qs := res.Questions()
	if len(qs) != 2 || qs[0].ID != "ok" || qs[1].ID != "tf" {
		t.Fatalf("kept %d questions", len(qs))
	}
	if qs[0].Explanation != "Uitleg." || qs[0].Source != "wet" {
		t.Errorf("general feedback split into %q and %q", qs[0].Explanation, qs[0].Source)
	}
	tf := qs[1]
	if tf.Type != course.TrueFalse || tf.Options[0].Correct || !tf.Options[1].Correct ||
		tf.Options[0].Feedback != "fout" || tf.Options[1].Feedback != "goed" {
		t.Errorf("{F#fout#goed} read as %+v", tf.Options)
	}
}

// FuzzParse checks that Parse never panics and reports lines inside the
// file, and that what it reads survives Write and Parse again unchanged.
func FuzzParse(f *testing.F) {
	var buf bytes.Buffer
	if builtinErr != nil {
		f.Fatal(builtinErr)
	}
	c := builtinCourse
	Write(&buf, c.Title, c.Modules[:1])
	f.Add(buf.Bytes())
	f.Add([]byte("::a:: b {T#x#y####e\\n\\nBron: s}"))
	f.Add([]byte("::a:: b {~%50%x#1 ~%50%y#2 ~%-100%z#3 ####e\n\nBron: s}"))
	f.Add([]byte("::a:: b {=x#1 ~y#2 ####e\\n\\nBron: s}\n\n$CATEGORY: x/y\n"))
	f.Add([]byte("::a::{#1..2}\n::b::{=a->b}\n{}\n\\"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res := Parse(data)
		// lines as Parse counts them: \r\n, \n and a lone \r each end one
		lines := strings.Count(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") +
			strings.Count(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r") + 1
		for _, p := range res.Problems {
			if p.Line < 1 || p.Line > lines {
				t.Fatalf("problem at line %d of %d", p.Line, lines)
			}
		}
		qs := res.Questions()
		if len(qs) == 0 {
			return
		}
		var out bytes.Buffer
		Write(&out, "c", []*course.Module{{ID: "m", Questions: qs}})
		again := Parse(out.Bytes())
		if len(again.Problems) > 0 || len(again.Questions()) != len(qs) {
			t.Fatalf("rewritten GIFT does not read back: %+v\n%s", again.Problems, out.String())
		}
		for i, q := range again.Questions() {
			sameQuestion(t, qs[i], q)
		}
	})
}
