package locale

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestEveryEntryInBothLanguages keeps the translations complete: every key
// has a text in Dutch and in English, a count has its form for one in both
// or in neither, and every key has a name of its own.
func TestEveryEntryInBothLanguages(t *testing.T) {
	ids := map[string]bool{}
	for k := range numKeys {
		e := catalogue[k]
		if e.id == "" || ids[e.id] {
			t.Errorf("key %d: name %q missing or twice", k, e.id)
		}
		ids[e.id] = true
		if e.nl == "" || e.en == "" {
			t.Errorf("%s: Dutch %q, English %q", e.id, e.nl, e.en)
		}
		if (e.nlOne == "") != (e.enOne == "") {
			t.Errorf("%s: the form for one in one language only: %q / %q", e.id, e.nlOne, e.enOne)
		}
	}
}

// verb is a formatting verb of fmt with its flags, e.g. "%d", "%-4s",
// "%[2]d" (explicit argument indexes are read as such).
var verb = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?([a-zA-Z%])`)

// verbs lists the verbs of s in the order of the arguments they take.
func verbs(s string) []string {
	type v struct {
		arg  int
		verb string
	}
	var out []v
	next := 1
	for _, m := range verb.FindAllStringSubmatch(s, -1) {
		if m[4] == "%" {
			continue
		}
		arg := next
		if m[2] != "" {
			arg, _ = strconv.Atoi(m[2])
		}
		next = arg + 1
		out = append(out, v{arg, m[4]})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].arg < out[j].arg })
	list := make([]string, len(out))
	for i, x := range out {
		list[i] = x.verb
	}
	return list
}

// TestArgumentsVerbForVerb: the two languages take the same arguments, verb
// for verb; a count's form for any number takes the count (%d) and then
// what its form for one takes.
func TestArgumentsVerbForVerb(t *testing.T) {
	for k := range numKeys {
		e := catalogue[k]
		if nl, en := verbs(e.nl), verbs(e.en); !slices.Equal(nl, en) {
			t.Errorf("%s: Dutch takes %v, English %v", e.id, nl, en)
		}
		if e.nlOne == "" {
			continue
		}
		one, many := verbs(e.nlOne), verbs(e.nl)
		if en := verbs(e.enOne); !slices.Equal(one, en) {
			t.Errorf("%s (one): Dutch takes %v, English %v", e.id, one, en)
		}
		if !slices.Equal(many, append([]string{"d"}, one...)) {
			t.Errorf("%s: the form for any number takes %v, not the count and then %v", e.id, many, one)
		}
	}
}

// TestNoWrapInsideATranslation: an error is wrapped in code
// (fmt.Errorf("%s: %w", l.T(k), err)), never by a %w in a text.
func TestNoWrapInsideATranslation(t *testing.T) {
	for k := range numKeys {
		e := catalogue[k]
		for _, s := range []string{e.nl, e.en, e.nlOne, e.enOne} {
			if strings.Contains(s, "%w") {
				t.Errorf("%s: %q wraps an error", e.id, s)
			}
		}
	}
}

func TestVerbsCheck(t *testing.T) {
	if got := verbs("de cursus in %[2]s heeft %[1]d problemen (%[3]s)"); !slices.Equal(got, []string{"d", "s", "s"}) {
		t.Errorf("explicit indexes: %v", got)
	}
	if got := verbs("100%% van %d, %-4s %.1f"); !slices.Equal(got, []string{"d", "s", "f"}) {
		t.Errorf("flags: %v", got)
	}
}

func TestT(t *testing.T) {
	if got := NL.T(QuizQuestionof, 3, 8); got != "vraag 3 van 8" {
		t.Errorf("got %q", got)
	}
	if got := EN.T(QuizQuestionof, 3, 8); got != "question 3 of 8" {
		t.Errorf("got %q", got)
	}
	if _, err := Parse("fr"); err == nil {
		t.Error("fr accepted")
	}
}

func TestN(t *testing.T) {
	for _, tc := range []struct {
		l    Lang
		n    int
		want string
	}{{NL, 1, "1 pagina"}, {NL, 3, "3 pagina's"}, {NL, 0, "0 pagina's"}, {EN, 1, "1 page"}, {EN, 2, "2 pages"}} {
		if got := tc.l.N(PresentPages, tc.n); got != tc.want {
			t.Errorf("%s %d: %q", tc.l, tc.n, got)
		}
	}
	if got := EN.N(OverviewTimes, 1); got != "once" {
		t.Errorf("once: %q", got)
	}
	if got := NL.N(CliCourseproblems, 16, "MAP", "MAP"); got != "de cursus in MAP heeft 16 problemen (zie ook: piketpalen validate MAP)" {
		t.Errorf("courseproblems: %q", got)
	}
}

func TestDate(t *testing.T) {
	day := time.Date(2026, time.March, 3, 12, 0, 0, 0, time.UTC)
	if got := NL.Date(day); got != "3 maart 2026" {
		t.Errorf("Dutch: %q", got)
	}
	if got := EN.Date(day); got != "3 March 2026" {
		t.Errorf("English: %q", got)
	}
	for _, l := range []Lang{NL, EN} {
		if n := len(strings.Fields(l.T(DateMonths))); n != 12 {
			t.Errorf("%s: %d months", l, n)
		}
	}
}

// TestCatalogueSorted keeps catalogue.go in order: within each group of
// entries (groups are parted by a blank line or a comment) the keys' names
// are in alphabetical order.
func TestCatalogueSorted(t *testing.T) {
	src, err := os.ReadFile("catalogue.go")
	if err != nil {
		t.Fatal(err)
	}
	id := regexp.MustCompile(`^\t\tid: +"([^"]+)",`)
	prev := ""
	for i, line := range strings.Split(string(src), "\n") {
		if m := id.FindStringSubmatch(line); m != nil {
			if prev != "" && m[1] <= prev {
				t.Errorf("catalogue.go:%d: %q comes after %q", i+1, m[1], prev)
			}
			prev = m[1]
		} else if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "\t//") {
			prev = ""
		}
	}
}

// TestEveryKeyIsUsed: a key no code uses is a text nobody sees; it is
// taken out. The program's Go files (tests aside) are searched for the
// keys' names.
func TestEveryKeyIsUsed(t *testing.T) {
	used := map[string]bool{}
	fset := token.NewFileSet()
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "../.." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.HasSuffix(path, "catalogue.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if x, ok := n.X.(*ast.Ident); ok && x.Name == "locale" {
					used[n.Sel.Name] = true
				}
			case *ast.Ident:
				if f.Name.Name == "locale" {
					used[n.Name] = true
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("catalogue.go")
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(fset, "catalogue.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.CONST {
			for _, sp := range gd.Specs {
				for _, name := range sp.(*ast.ValueSpec).Names {
					if name.Name != "numKeys" && !used[name.Name] {
						t.Errorf("%s (%q) is used nowhere", name.Name, catalogue[keyNamed(name.Name)].id)
					}
				}
			}
		}
	}
}

// keyNamed finds the key whose constant is called name, for messages.
func keyNamed(name string) Key {
	for k := range numKeys {
		if identOf(catalogue[k].id) == name {
			return k
		}
	}
	return 0
}

func identOf(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '.' || r == '-' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}
