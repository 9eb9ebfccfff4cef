package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"time"

	"piketpalen/course"
	"piketpalen/internal/results"
	"piketpalen/modules"
	"piketpalen/progress"
)

// env is what the measurements run: the program and its peers, built into
// dir, and their inputs.
type env struct {
	dir      string
	root     string // the repository
	app      string // piketpalen, built as it is shipped
	tea      string // the one-line Bubble Tea v2 program, stock Bubble Tea
	glamour  string // the bare Glamour render, stock Glamour
	hello    string // a hello-world Go program
	module   string // the module print is timed on, as print names it
	moduleMD string // that module's pages as markdown, the glamour peer's input
	printed  string // that module as print writes it, for cat
	results  string // a folder of result files
	nResults int
	winSize  int64 // bytes of the windows/amd64 binary
	course   *course.Course
}

// replaceLocal matches go.mod's replaces of modules by the patched copies in
// internal/third_party; the peers are built without them, against stock
// modules.
var replaceLocal = regexp.MustCompile(`(?m)^replace \S+ => \./internal/third_party/\S+\n?`)

// setup builds everything into dir. The peers are built from a copy of
// go.mod without the replaces, so they link stock Bubble Tea and Glamour.
func setup(dir, module string, nResults int) (*env, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	e := &env{dir: dir, root: filepath.Dir(gomod), module: module, nResults: nResults}
	mod, err := os.ReadFile(gomod)
	if err != nil {
		return nil, err
	}
	sum, err := os.ReadFile(filepath.Join(e.root, "go.sum"))
	if err != nil {
		return nil, err
	}
	stockMod := filepath.Join(dir, "stock.mod")
	if err := os.WriteFile(stockMod, replaceLocal.ReplaceAll(mod, nil), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "stock.sum"), sum, 0o644); err != nil {
		return nil, err
	}
	e.app = filepath.Join(dir, "piketpalen")
	e.tea = filepath.Join(dir, "peer-tea")
	e.glamour = filepath.Join(dir, "peer-glamour")
	e.hello = filepath.Join(dir, "peer-hello")
	win := filepath.Join(dir, "piketpalen.exe")
	builds := []struct {
		out, pkg string
		stock    bool
		goos     string
	}{
		{e.app, "./cmd/piketpalen", false, ""},
		{win, "./cmd/piketpalen", false, "windows"},
		{e.tea, "./internal/bench/peers/tea", true, ""},
		{e.glamour, "./internal/bench/peers/glamour", true, ""},
		{e.hello, "./internal/bench/peers/hello", true, ""},
	}
	for _, b := range builds {
		args := []string{"build", "-trimpath", "-ldflags", "-s -w", "-o", b.out}
		if b.stock {
			args = append(args, "-modfile="+stockMod, "-mod=mod")
		}
		cmd := exec.Command("go", append(args, b.pkg)...)
		cmd.Dir = e.root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOWORK=off", "GOSUMDB=off")
		if b.goos != "" {
			cmd.Env = append(cmd.Env, "GOOS="+b.goos, "GOARCH=amd64")
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, out)
		}
	}
	fi, err := os.Stat(win)
	if err != nil {
		return nil, err
	}
	e.winSize = fi.Size()

	e.course, err = course.Load(modules.FS)
	if err != nil {
		return nil, err
	}
	m := e.course.Find(module)
	if m == nil {
		return nil, fmt.Errorf("the built-in course has no module %s", module)
	}
	var md []string
	for _, p := range m.Pages {
		md = append(md, p.Markdown)
	}
	e.moduleMD = filepath.Join(dir, "module.md")
	if err := os.WriteFile(e.moduleMD, []byte(strings.Join(md, "\n\n")), 0o644); err != nil {
		return nil, err
	}
	printed, err := exec.Command(e.app, "print", module).Output()
	if err != nil {
		return nil, fmt.Errorf("piketpalen print %s: %w", module, err)
	}
	e.printed = filepath.Join(dir, "printed.txt")
	if err := os.WriteFile(e.printed, printed, 0o644); err != nil {
		return nil, err
	}
	if nResults > 0 {
		e.results = filepath.Join(dir, "results")
		if err := writeResults(e.course, e.results, nResults); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// writeResults writes n signed result files of learners who each finished
// every module's quiz once, with answers about 70 % right, in parallel.
func writeResults(c *course.Course, dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	now := time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	errs := make(chan error, runtime.NumCPU())
	for w := range runtime.NumCPU() {
		wg.Go(func() {
			for i := w; i < n; i += runtime.NumCPU() {
				if err := writeResult(c, dir, i, now); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func writeResult(c *course.Course, dir string, i int, now time.Time) error {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	st := progress.New()
	for _, m := range c.Modules {
		a := st.OpenAttempt(c, m, r.Uint64(), now.Add(-time.Hour))
		for k, it := range a.Items {
			q := m.Question(it.Question)
			chosen := q.CorrectOptions()
			if r.IntN(10) >= 7 {
				chosen = []int{r.IntN(len(q.Options))}
			}
			if _, err := c.Answer(a, k, chosen); err != nil {
				return err
			}
		}
		st.FinishAttempt(c, m, now.Add(-time.Duration(r.IntN(3600))*time.Second))
	}
	// every learner signs with a key of their own, as the program does
	seed := sha256.Sum256(fmt.Appendf(nil, "deelnemer %d", i))
	f, err := results.Export(c, st, fmt.Sprintf("Deelnemer %05d", i), "Ministerie van Voorbeelden", ed25519.NewKeyFromSeed(seed[:]), now)
	if err != nil {
		return err
	}
	data, err := results.Marshal(f)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, results.FileName(f.Learner)), data, 0o644)
}

// baseEnv is the environment every program runs with: a fresh data folder
// each time (so no start is another's second), xterm-256color.
func baseEnv(dataDir string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "TERM", "PIKETPALEN_DATA", "TERM_PROGRAM", "COLORTERM", "NO_COLOR", "PIKETPALEN_LANG":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "TERM=xterm-256color", "PIKETPALEN_DATA="+dataDir)
}
