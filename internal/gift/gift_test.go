package gift

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/locale"
	"piketpalen/modules"
)

func builtin(t testing.TB) *course.Course {
	t.Helper()
	c, err := course.Load(modules.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// same reports the first difference between two questions in what a pool
// is made of, or "".
func same(a, b *course.Question) string {
	type view struct {
		ID, Type, Kind, Text, Explanation, Source, Hint string
		Options                                         []struct {
			Text, Feedback string
			Correct        bool
		}
	}
	v := func(q *course.Question) view {
		x := view{ID: q.ID, Type: string(q.Type), Kind: string(q.Kind), Text: q.Text, Explanation: q.Explanation, Source: q.Source, Hint: q.Hint}
		for _, o := range q.Options {
			if q.Type == course.TrueFalse {
				o.Text = "" // the loader names them in the course's language
			}
			x.Options = append(x.Options, struct {
				Text, Feedback string
				Correct        bool
			}{o.Text, o.Feedback, o.Correct})
		}
		return x
	}
	va, vb := v(a), v(b)
	if !reflect.DeepEqual(va, vb) {
		return strings.Join([]string{a.ID, "\n", sprint(va), "\n", sprint(vb)}, "")
	}
	return ""
}

func sprint(v any) string { return strings.ReplaceAll(strings.TrimSpace(fmtV(v)), "\n", " ") }

// TestRoundTrip exports the built-in pool, imports it again, writes the
// questions.yaml files into a copy of the course and loads that: every
// module and question is the same as before, in the same order.
func TestRoundTrip(t *testing.T) {
	c := builtin(t)
	var b bytes.Buffer
	if err := Export(&b, c, nil); err != nil {
		t.Fatal(err)
	}
	mods, problems := Parse(b.Bytes())
	for _, p := range problems {
		t.Errorf("problem: %s", p.Message(locale.EN, "pool.gift"))
	}
	if len(mods) != len(c.Modules) {
		t.Fatalf("%d modules back, want %d", len(mods), len(c.Modules))
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, modules.FS); err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, m := range mods {
		want := c.Modules[i]
		if m.ID != want.ID || m.Draw != want.Draw || !reflect.DeepEqual(m.Discussion, want.Discussion) {
			t.Errorf("module %d: %q draw %d discussion %q, want %q draw %d discussion %q", i, m.ID, m.Draw, m.Discussion, want.ID, want.Draw, want.Discussion)
		}
		if len(m.Questions) != len(want.Questions) {
			t.Fatalf("module %s: %d questions, want %d", m.ID, len(m.Questions), len(want.Questions))
		}
		for j, q := range m.Questions {
			if d := same(q, want.Questions[j]); d != "" {
				t.Errorf("parsed question differs: %s", d)
			}
		}
		n += len(m.Questions)
		y, err := YAML(m)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, m.ID, "questions.yaml")
		os.Chmod(p, 0o644)
		if err := os.WriteFile(p, y, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if n != 93 {
		t.Errorf("%d questions went round, want the 93 of the built-in pool", n)
	}
	back, err := course.Load(os.DirFS(dir))
	if err != nil {
		t.Fatalf("the imported questions.yaml files do not load: %v", err)
	}
	for i, m := range back.Modules {
		want := c.Modules[i]
		if m.Draw != want.Draw || !reflect.DeepEqual(m.Discussion, want.Discussion) || len(m.Questions) != len(want.Questions) {
			t.Fatalf("loaded module %s differs", m.ID)
		}
		for j, q := range m.Questions {
			if d := same(q, want.Questions[j]); d != "" {
				t.Errorf("loaded question differs: %s", d)
			}
		}
	}
}

// TestEscape: every special character of GIFT, a backslash and line
// breaks survive the way out and back, and none stands bare in the file.
func TestEscape(t *testing.T) {
	nasty := "a ~b =c #d {e} f:g \\h\nnext\n\n- item ####"
	q := &course.Question{ID: "x", Type: course.Single, Text: nasty, Explanation: nasty, Source: "s: {1}",
		Options: []course.Option{{Text: nasty, Correct: true, Feedback: nasty}, {Text: "=no", Feedback: "~fb#"}}}
	c := &course.Course{Title: "T/U", Language: "nl", Modules: []*course.Module{{ID: "m", Draw: 1, Questions: []*course.Question{q}}}}
	var b bytes.Buffer
	if err := Export(&b, c, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "$CATEGORY: T//U/m\n") {
		t.Errorf("category not written with a doubled slash:\n%s", b.String())
	}
	mods, problems := Parse(b.Bytes())
	if len(problems) > 0 || len(mods) != 1 || len(mods[0].Questions) != 1 {
		t.Fatalf("got %v, %v from\n%s", mods, problems, b.String())
	}
	if d := same(mods[0].Questions[0], q); d != "" {
		t.Errorf("differs: %s\n%s", d, b.String())
	}
}

// TestUnmappable: what GIFT can say and piketpalen cannot is reported at
// its line and left out; the good question among them is kept.
func TestUnmappable(t *testing.T) {
	src := `// a file from Moodle
$CATEGORY: $course$/top/Wet/mod-a

::num:: How much? {#2:1}

::match:: Match {=a -> 1 =b -> 2 =c -> 3}

::short:: Name it {=one =een}

::essay:: Write {}

::gap:: Fill {=in ~out} the gap

Just a description

::open:: Not closed {=a#x ~b#y

::ok:: Good question {
=right#yes
~wrong#no
####Because.\n\nBron: a law
}

::nofb:: No feedback {=a ~b####E\n\nBron: s}

::two:: Two equal {=a#x =b#y ~c#z####E\n\nSource: s}

::Bad Id:: x {=a#x ~b#y####E\n\nBron: s}

::ok:: Again {=a#x ~b#y####E\n\nBron: s}
`
	mods, problems := Parse([]byte(src))
	if len(mods) != 1 || mods[0].ID != "mod-a" || len(mods[0].Questions) != 1 || mods[0].Questions[0].ID != "ok" {
		t.Fatalf("modules: %+v", mods)
	}
	want := map[int]locale.Key{4: locale.GiftUnmappable, 6: locale.GiftUnmappable, 8: locale.GiftUnmappable, 10: locale.GiftUnmappable,
		12: locale.GiftUnmappable, 14: locale.GiftNoanswers, 16: locale.GiftNoclose, 24: locale.GiftNofeedback, 26: locale.GiftManyright,
		28: locale.GiftBadid, 30: locale.GiftDuplicate}
	got := map[int]locale.Key{}
	for _, p := range problems {
		got[p.Line] = p.Key
		if msg := p.Message(locale.NL, "m.gift"); !strings.HasPrefix(msg, "m.gift:") {
			t.Errorf("message %q", msg)
		}
	}
	if !reflect.DeepEqual(got, want) {
		for _, p := range problems {
			t.Log(p.Message(locale.EN, "m.gift"))
		}
		t.Errorf("problems at %v, want %v", got, want)
	}
	q := mods[0].Questions[0]
	if q.Type != course.Single || q.Explanation != "Because." || q.Source != "a law" || q.Line != 18 || !q.Options[0].Correct || q.Options[1].Correct {
		t.Errorf("question %+v", q)
	}
}

// TestTrueFalseFeedback: Moodle puts the feedback for a wrong answer
// first, for {T} as for {F}.
func TestTrueFalseFeedback(t *testing.T) {
	for _, tc := range []struct {
		gift         string
		answer       bool
		fbTrue, fbFa string
	}{
		{`::a:: s {T#wrong#right####E\n\nBron: s}`, true, "right", "wrong"},
		{`::a:: s {FALSE#wrong#right####E\n\nBron: s}`, false, "wrong", "right"},
	} {
		mods, problems := Parse([]byte(tc.gift))
		if len(problems) > 0 {
			t.Fatal(problems)
		}
		q := mods[0].Questions[0]
		if q.Type != course.TrueFalse || q.Options[0].Correct != tc.answer || q.Options[0].Feedback != tc.fbTrue || q.Options[1].Feedback != tc.fbFa {
			t.Errorf("%s: %+v", tc.gift, q.Options)
		}
	}
}

// TestMultipleWeights: the weights a multiple-answer question is written
// with sum to 100 over the right options; each wrong one is -100.
func TestMultipleWeights(t *testing.T) {
	c := builtin(t)
	var b bytes.Buffer
	Export(&b, c, nil)
	for _, m := range c.Modules {
		for _, q := range m.Questions {
			if q.Type != course.Multiple {
				continue
			}
			right := 0
			for _, o := range q.Options {
				if o.Correct {
					right++
				}
			}
			if !strings.Contains(b.String(), "::"+q.ID+"::") {
				t.Fatalf("%s missing", q.ID)
			}
			block := b.String()[strings.Index(b.String(), "::"+q.ID+"::"):]
			block = block[:strings.Index(block, "\n}\n")]
			if got := strings.Count(block, "\n~%-100%"); got != len(q.Options)-right {
				t.Errorf("%s: %d options at -100, want %d", q.ID, got, len(q.Options)-right)
			}
			if got := strings.Count(block, "\n~%"+weight(100/float64(right))+"%"); got != right {
				t.Errorf("%s: %d options at %s, want %d", q.ID, got, weight(100/float64(right)), right)
			}
		}
	}
	if weight(100.0/3) != "33.33333" || weight(50) != "50" || weight(25) != "25" {
		t.Errorf("weights %s %s %s", weight(100.0/3), weight(50), weight(25))
	}
}

// FuzzParse: no input makes Parse panic, every problem has a line in the
// file, and what it reads is written and read again unchanged.
func FuzzParse(f *testing.F) {
	var b bytes.Buffer
	Export(&b, builtin(f), nil)
	for _, block := range strings.Split(b.String(), "\n\n")[:12] {
		f.Add([]byte(block))
	}
	for _, s := range []string{`::a:: s {T#w#r####E\n\nBron: s}`, "{#1:2}", "::x::{=a ~b", "$CATEGORY: a/b\n\n::q::t{~%50%a#b ~%50%c#d ~%-100%e#f####x\\n\\nBron: y}", "\\", "::::", "{}", "{=a->b}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		mods, problems := Parse(data)
		lines := strings.Count(string(data), "\n") + 1
		for _, p := range problems {
			if p.Line < 1 || p.Line > lines {
				t.Fatalf("problem at line %d of %d", p.Line, lines)
			}
		}
		for _, m := range mods {
			if len(m.Questions) == 0 {
				continue
			}
			c := &course.Course{Language: "nl", Modules: []*course.Module{{ID: "m", Draw: 1, Questions: m.Questions}}}
			var out bytes.Buffer
			Export(&out, c, nil)
			again, ps := Parse(out.Bytes())
			if len(ps) > 0 || len(again) != 1 || len(again[0].Questions) != len(m.Questions) {
				t.Fatalf("written again it reads differently: %v\n%s", ps, out.String())
			}
			for i, q := range again[0].Questions {
				if d := same(q, m.Questions[i]); d != "" {
					t.Fatalf("differs: %s", d)
				}
			}
		}
	})
}

func fmtV(v any) string { return fmt.Sprintf("%+v", v) }
