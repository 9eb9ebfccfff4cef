package glamourcheck

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"piketpalen/internal/buildtest"
)

// TestIdenticalToStockGlamour renders the built-in course with the Glamour
// this module links (the patched copy that go.mod replaces it with) and
// compares every rendering byte for byte with a build of the dump program
// against stock Glamour, from a copy of go.mod without the replace.
func TestIdenticalToStockGlamour(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the course renderer against stock Glamour")
	}
	got, err := Renderings()
	if err != nil {
		t.Fatal(err)
	}
	want := stockRenderings(t)
	if len(got) != len(want) {
		t.Fatalf("%d renderings here, %d with stock Glamour", len(got), len(want))
	}
	bad := 0
	for i := range got {
		g, w := got[i], want[i]
		if g.Name != w.Name {
			t.Fatalf("rendering %d is %q here, %q with stock Glamour", i, g.Name, w.Name)
		}
		if g.Text != w.Text {
			bad++
			if bad <= 5 {
				t.Errorf("%s differs from stock Glamour at byte %d:\nhere:  %q\nstock: %q", g.Name, firstDiff(g.Text, w.Text), around(g.Text, w.Text), around(w.Text, g.Text))
			}
		}
	}
	if bad > 0 {
		t.Fatalf("%d of %d renderings differ from stock Glamour", bad, len(got))
	}
	t.Logf("%d renderings byte-identical to stock Glamour", len(got))
}

// TestChromaNotLinked checks that the program does not link the chroma
// highlighter, nor bluemonday and its CSS parser, which the patched Glamour
// leaves out.
func TestChromaNotLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "piketpalen/cmd/piketpalen").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, p := range strings.Fields(string(out)) {
		if strings.HasPrefix(p, "github.com/alecthomas/chroma") || strings.HasPrefix(p, "github.com/microcosm-cc/bluemonday") || strings.HasPrefix(p, "github.com/gorilla/css") {
			t.Errorf("piketpalen links %s", p)
		}
	}
}

// TestCorpusCoversEveryPage guards against a corpus that shrank: every page
// of every module in every style at every width.
func TestCorpusCoversEveryPage(t *testing.T) {
	rs, err := Renderings()
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for _, r := range rs {
		if strings.HasPrefix(r.Name, "page ") {
			pages++
		}
		if r.Text == "" {
			t.Errorf("%s is empty", r.Name)
		}
	}
	if want := len(Styles()) * len(Widths); pages == 0 || pages%want != 0 {
		t.Errorf("%d page renderings, not a multiple of %d styles × widths", pages, want)
	}
}

// replaceGlamour matches go.mod's replaces of Glamour and of goldmark, its
// markdown parser, by their patched copies.
var replaceGlamour = regexp.MustCompile(`(?m)^replace (charm\.land/glamour/v2|github\.com/yuin/goldmark) .*$`)

// stockRenderings builds the dump program against stock Glamour and runs it.
func stockRenderings(t *testing.T) []Rendering {
	t.Helper()
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	modPath := strings.TrimSpace(string(gomod))
	mod, err := os.ReadFile(modPath)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(filepath.Dir(modPath), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	stockMod := filepath.Join(dir, "stock.mod")
	if err := os.WriteFile(stockMod, replaceGlamour.ReplaceAll(mod, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "stock.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "dump")
	buildtest.Build(t, bin, "piketpalen/internal/markdown/glamourcheck/dump", []string{"GOWORK=off", "GOSUMDB=off"}, "-modfile="+stockMod, "-mod=mod")
	// The reference really is stock: Glamour and goldmark from the module cache, with chroma.
	info, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^\s+dep\s+charm\.land/glamour/v2\s+v\S+\s+h1:`).Match(info) || !regexp.MustCompile(`(?m)^\s+dep\s+github\.com/yuin/goldmark\s+v\S+\s+h1:`).Match(info) || !bytes.Contains(info, []byte("github.com/alecthomas/chroma/v2")) {
		t.Fatalf("the reference build does not link stock Glamour with chroma:\n%s", info)
	}
	out, err := exec.Command(bin).Output()
	if err != nil {
		t.Fatalf("run the stock dump: %v", err)
	}
	var rs []Rendering
	if err := json.Unmarshal(out, &rs); err != nil {
		t.Fatal(err)
	}
	return rs
}

func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func around(a, b string) string {
	i := firstDiff(a, b)
	lo, hi := max(i-40, 0), min(i+40, len(a))
	return a[lo:hi]
}
