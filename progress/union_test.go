package progress

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
)

// mergedFields lists every field of State and of what it holds, each with
// the merge rule union has for it (see union). A field that is not listed
// fails TestEveryFieldHasAMergeRule: whoever adds one gives it a rule in
// union, and TestUnionProperties then fills it with random values too.
var mergedFields = map[string]string{
	"State.Schema":            "SchemaVersion",
	"State.Learner":           "the one with a name; the smaller id",
	"State.Modules":           "per module, unionRecord",
	"State.Last":              "the later At",
	"State.Settings":          "each setting the one that is set",
	"State.CourseVersion":     "the newer version",
	"Learner.ID":              "the smaller one",
	"Learner.Name":            "with Learner",
	"Learner.Organisation":    "with Learner",
	"Position.Module":         "with Last",
	"Position.Page":           "with Last",
	"Position.Quiz":           "with Last",
	"Position.At":             "with Last",
	"Settings.Theme":          "the one that is set",
	"Settings.Lang":           "the one that is set",
	"Record.PagesRead":        "the union",
	"Record.Page":             "the higher",
	"Record.Attempts":         "the union by ID",
	"Record.Open":             "the later, unless finished",
	"Record.Seen":             "the newer version",
	"Seen.Version":            "with Seen",
	"Seen.Fingerprint":        "with Seen",
	"State.Review":            "per question, the card changed last (laterCard)",
	"Card.Module":             "with the card",
	"Card.Box":                "with the card",
	"Card.Due":                "with the card",
	"Card.Changed":            "with the card",
	"Attempt.*":               "attempts are kept whole (sameResult tells results apart)",
	"State.live (not merged)": "this copy's own, never saved",
}

func TestEveryFieldHasAMergeRule(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] || typ == reflect.TypeFor[time.Time]() {
			return
		}
		seen[typ] = true
		if typ == reflect.TypeFor[course.Attempt]() {
			return // kept whole
		}
		for f := range typ.Fields() {
			name := typ.Name() + "." + f.Name
			if !f.IsExported() {
				name += " (not merged)"
			}
			if _, ok := mergedFields[name]; !ok {
				t.Errorf("%s has no merge rule: give it one in union (merge.go) and list it in mergedFields", name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[State]())
}

// TestUnionProperties merges random pairs of states: in either order the
// result is the same, merging a state with itself changes nothing, merging
// the result with either input again changes nothing, and every finished
// attempt of either input is in the result. The states are filled by
// reflection, every exported field of them, so a field union forgets
// fails here.
func TestUnionProperties(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	conflicts := 0
	for seed := range uint64(n) {
		a, b := randomPair(seed)
		if checkUnion(t, fmt.Sprintf("seed %d", seed), a, b) > 0 {
			conflicts++
		}
	}
	// The pairs must also hold quizzes finished on both sides differently.
	if conflicts < n/10 {
		t.Errorf("only %d of %d pairs have an attempt finished differently on each side", conflicts, n)
	}
}

// FuzzUnion checks the same of two progress files, as Load reads them.
func FuzzUnion(f *testing.F) {
	for seed := range uint64(8) {
		a, b := randomPair(seed)
		da, _ := encode(a)
		db, _ := encode(b)
		f.Add(da, db)
	}
	f.Fuzz(func(t *testing.T, x, y []byte) {
		a, err := decode(x)
		if err != nil {
			return
		}
		b, err := decode(y)
		if err != nil {
			return
		}
		canonical(a)
		canonical(b)
		checkUnion(t, "", a, b)
	})
}

// checkUnion checks union's properties for a and b, and returns how many
// attempts it kept under a derived ID.
func checkUnion(t *testing.T, what string, a, b *State) int {
	t.Helper()
	ja, jb := asJSON(t, a), asJSON(t, b)
	ab, twiceAB := union(a, b)
	ba, twiceBA := union(b, a)
	if asJSON(t, a) != ja || asJSON(t, b) != jb {
		t.Fatalf("%s: union changed its inputs", what)
	}
	if got, want := asJSON(t, ba), asJSON(t, ab); got != want {
		t.Fatalf("%s: union(b, a) differs from union(a, b):\n%s", what, diffLines(want, got))
	}
	if !slices.Equal(twiceAB, twiceBA) {
		t.Errorf("%s: kept twice %v one way, %v the other", what, twiceAB, twiceBA)
	}
	if aa, _ := union(a, a); asJSON(t, aa) != ja {
		t.Fatalf("%s: union(a, a) differs from a:\n%s", what, diffLines(ja, asJSON(t, aa)))
	}
	for _, x := range []*State{a, b} {
		again, twice := union(ab, x)
		if asJSON(t, again) != asJSON(t, ab) || len(twice) > 0 {
			t.Fatalf("%s: merging the result with an input again changes it (kept twice: %v):\n%s", what, twice, diffLines(asJSON(t, ab), asJSON(t, again)))
		}
	}
	for _, x := range []*State{a, b} {
		for id, r := range x.Modules {
			for _, at := range r.Attempts {
				if !slices.ContainsFunc(ab.Modules[id].Attempts, func(y *course.Attempt) bool {
					return strings.HasPrefix(y.ID, at.ID) && sameResult(at, y)
				}) {
					t.Fatalf("%s: attempt %s of module %s was dropped", what, at.ID, id)
				}
			}
		}
	}
	return len(twiceAB)
}

// diffLines shows the lines of got that want does not have, for a message.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := range max(len(w), len(g)) {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("%d: want %s\n%d:  got %s", i+1, x, i+1, y))
		}
		if len(out) > 8 {
			break
		}
	}
	return strings.Join(out, "\n")
}

// randomPair makes two states of one learner from seed: each filled at
// random, field by field, from small pools of values, so that they share
// modules, pages and attempt IDs; b also holds some of a's attempts, the
// same or finished otherwise (one quiz finished in two windows).
func randomPair(seed uint64) (a, b *State) {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	a, b = new(State), new(State)
	fill(r, reflect.ValueOf(a).Elem(), 0)
	fill(r, reflect.ValueOf(b).Elem(), 0)
	canonical(a)
	for id, ra := range a.Modules {
		if r.IntN(3) == 0 {
			continue
		}
		rb := b.Record(id)
		for _, at := range ra.Attempts {
			switch r.IntN(3) {
			case 0:
				rb.Attempts = append(rb.Attempts, at)
			case 1:
				c := *at
				c.Finished = c.Finished.Add(time.Duration(r.IntN(3)) * time.Second)
				c.Items = slices.Clone(c.Items)
				if len(c.Items) > 0 {
					c.Items[0].Answered = !c.Items[0].Answered
				}
				rb.Attempts = append(rb.Attempts, &c)
			}
		}
		if ra.Open != nil && r.IntN(2) == 0 {
			c := *ra.Open
			c.Items = slices.Clone(c.Items)
			if len(c.Items) > 0 {
				c.Items[len(c.Items)-1].Answered = true
			}
			rb.Open = &c
		}
	}
	canonical(b)
	return a, b
}

// canonical makes st a state as Load returns it (see normalize), whose open
// attempts are not among its finished ones: union drops those.
func canonical(st *State) {
	st.Schema = SchemaVersion
	data, err := encode(st)
	if err != nil {
		panic(err)
	}
	got, err := decode(data)
	if err != nil {
		panic(err)
	}
	*st = *got
	for _, r := range st.Modules {
		if r.Open != nil && slices.ContainsFunc(r.Attempts, func(a *course.Attempt) bool { return a.ID == r.Open.ID }) {
			r.Open = nil
		}
	}
}

// The pools random values come from: small, so that two states share them.
var (
	poolStrings = []string{"", "a", "b", "01-primaat", "02-raad", "1.1.0", "1.2.0", "x", "2026-03-02", "2026-04-01"}
	poolTimes   = []time.Time{{}, time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), time.Date(2026, 3, 1, 10, 0, 1, 0, time.UTC), time.Date(2026, 4, 2, 9, 30, 0, 0, time.UTC)}
)

// fill gives v, and everything it holds, random values from the pools.
func fill(r *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(poolTimes[r.IntN(len(poolTimes))]))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i), depth+1)
			}
		}
	case reflect.Pointer:
		if depth > 2 && r.IntN(3) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		n := r.IntN(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fill(r, s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for range r.IntN(4) {
			k := reflect.New(v.Type().Key()).Elem()
			fill(r, k, depth+1)
			e := reflect.New(v.Type().Elem()).Elem()
			fill(r, e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.String:
		v.SetString(poolStrings[r.IntN(len(poolStrings))])
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8:
		v.SetInt(int64(r.IntN(5)))
	case reflect.Uint64, reflect.Uint32, reflect.Uint, reflect.Uint16, reflect.Uint8:
		v.SetUint(uint64(r.IntN(3)))
	case reflect.Float64, reflect.Float32:
		v.SetFloat(float64(r.IntN(9)) / 4)
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	default:
		panic("fill: no random values for " + v.Type().String())
	}
}
