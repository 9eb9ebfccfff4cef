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
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestBothLanguagesHaveEveryKey keeps the translations complete.
func TestBothLanguagesHaveEveryKey(t *testing.T) {
	nlKeys, enKeys := Keys(NL), Keys(EN)
	for _, k := range nlKeys {
		if !slices.Contains(enKeys, k) {
			t.Errorf("English lacks %q", k)
		}
	}
	for _, k := range enKeys {
		if !slices.Contains(nlKeys, k) {
			t.Errorf("Dutch lacks %q", k)
		}
	}
	for _, k := range nlKeys {
		if strings.Count(nl[k], "%") != strings.Count(en[k], "%") {
			t.Errorf("%q: the two languages take different arguments: %q / %q", k, nl[k], en[k])
		}
	}
}

func TestT(t *testing.T) {
	if got := NL.T("quiz.questionof", 3, 8); got != "vraag 3 van 8" {
		t.Errorf("got %q", got)
	}
	if got := EN.T("no.such.key"); got != "!no.such.key" {
		t.Errorf("missing key shows as %q", got)
	}
	if _, err := Parse("fr"); err == nil {
		t.Error("fr accepted")
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
		if n := len(strings.Fields(l.T("date.months"))); n != 12 {
			t.Errorf("%s: %d months", l, n)
		}
	}
}

// TestCatalogueSorted keeps strings.go in order: within each group of keys
// (groups are separated by a blank line or a comment) the keys are in
// alphabetical order, in both maps.
func TestCatalogueSorted(t *testing.T) {
	src, err := os.ReadFile("strings.go")
	if err != nil {
		t.Fatal(err)
	}
	key := regexp.MustCompile(`^\t"([^"]+)":`)
	prev := ""
	for i, line := range strings.Split(string(src), "\n") {
		m := key.FindStringSubmatch(line)
		switch {
		case m != nil:
			if prev != "" && m[1] <= prev {
				t.Errorf("strings.go:%d: %q comes after %q", i+1, m[1], prev)
			}
			prev = m[1]
		case strings.TrimSpace(line) == "", strings.HasPrefix(strings.TrimSpace(line), "//"), strings.HasPrefix(line, "var "):
			prev = ""
		}
	}
}

// TestEveryKeyUsedExists looks through the program's Go files for strings
// that look like a key of the catalogue (a prefix of the catalogue, a dot,
// more): the argument of a call of T, and keys in a table. A key that is
// missing would show as "!key".
func TestEveryKeyUsedExists(t *testing.T) {
	prefixes := map[string]bool{}
	for _, k := range Keys(NL) {
		prefixes[k[:strings.Index(k+".", ".")]] = true
	}
	looksLikeKey := regexp.MustCompile(`^[a-z]+(\.[a-z0-9]+)+$`)
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !looksLikeKey.MatchString(s) || !prefixes[s[:strings.Index(s, ".")]] || fileName(s) {
				return true
			}
			if _, ok := nl[s]; !ok {
				t.Errorf("%s: key %q is not in the catalogue", fset.Position(lit.Pos()), s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fileName reports whether s, which looks like a key, is a file name such as
// "results.json".
func fileName(s string) bool {
	switch filepath.Ext(s) {
	case ".json", ".csv", ".pdf", ".go", ".txt", ".yaml", ".md":
		return true
	}
	return false
}
