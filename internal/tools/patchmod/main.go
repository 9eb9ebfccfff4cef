// Command patchmod makes the patched copies of modules under
// internal/third_party (see its README.md): for each, a copy of the version
// go.mod requires, from the module cache, with the patch NAME.diff beside
// the copy applied. go.mod replaces the module with that copy. Run it from
// anywhere in the repository after changing such a module's version in
// go.mod (and check that the patch still applies):
//
//	go run ./internal/tools/patchmod            # every patched module
//	go run ./internal/tools/patchmod glamour    # one of them
//
// A copy holds what a build needs: the Go files without their tests, the
// module's go.mod and go.sum, its LICENSE and README. After editing a copy
// by hand, write its patch again from the difference to the stock module:
//
//	go run ./internal/tools/patchmod -write-diff glamour
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"piketpalen/internal/tools/gocmd"
	"slices"
	"strings"
)

// patched names each patched module's copy (internal/third_party/NAME, with
// the patch internal/third_party/NAME.diff).
var patched = map[string]string{
	"glamour":   "charm.land/glamour/v2",
	"bubbletea": "charm.land/bubbletea/v2",
	"clipboard": "github.com/atotto/clipboard",
	"goldmark":  "github.com/yuin/goldmark",
}

const thirdParty = "internal/third_party" // relative to the repository root

func main() {
	writeDiff := flag.Bool("write-diff", false, "write NAME.diff from the difference between the stock module and the copy, instead of making the copy")
	flag.Parse()
	names := flag.Args()
	if len(names) == 0 && !*writeDiff {
		for n := range patched {
			names = append(names, n)
		}
		slices.Sort(names)
	}
	if len(names) == 0 {
		fmt.Fprintln(os.Stderr, "patchmod: -write-diff needs the name of a copy")
		os.Exit(2)
	}
	for _, n := range names {
		if err := run(n, *writeDiff); err != nil {
			fmt.Fprintln(os.Stderr, "patchmod:", err)
			os.Exit(1)
		}
	}
}

func run(name string, writeDiff bool) error {
	module, ok := patched[name]
	if !ok {
		return fmt.Errorf("no patched module is called %q", name)
	}
	copyDir := thirdParty + "/" + name
	diffFile := thirdParty + "/" + name + ".diff"
	root, err := gocmd.Output("list", "-m", "-f", "{{.Dir}}")
	if err != nil {
		return err
	}
	stock, version, err := stockDir(module)
	if err != nil {
		return err
	}
	dst := filepath.Join(root, copyDir)
	if writeDiff {
		return writePatch(stock, dst, filepath.Join(root, diffFile))
	}
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	if err := copyModule(stock, dst); err != nil {
		return fmt.Errorf("copy %s %s: %w", module, version, err)
	}
	apply := exec.Command("git", "apply", "--directory="+copyDir, filepath.Join(root, diffFile))
	apply.Dir = root
	if out, err := apply.CombinedOutput(); err != nil {
		return fmt.Errorf("the patch does not apply to %s %s; port it by hand in %s and run with -write-diff: %w\n%s", module, version, copyDir, err, out)
	}
	fmt.Printf("wrote %s: %s %s with %s\n", copyDir, module, version, diffFile)
	return nil
}

// stockDir downloads (or finds in the module cache) the version of module
// that go.mod requires and returns its folder.
func stockDir(module string) (dir, version string, err error) {
	version, err = gocmd.Output("list", "-m", "-f", "{{.Version}}", module)
	if err != nil {
		return "", "", err
	}
	out, err := gocmd.Output("mod", "download", "-json", module+"@"+version)
	if err != nil {
		return "", "", err
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		return "", "", fmt.Errorf("go mod download: %w", err)
	}
	if m.Error != "" || m.Dir == "" {
		return "", "", fmt.Errorf("go mod download %s@%s: %s", module, version, m.Error)
	}
	return m.Dir, version, nil
}

// keep says whether a file of the module goes into the copy.
func keep(rel string) bool {
	base := filepath.Base(rel)
	switch base {
	case "LICENSE", "README.md", "go.mod", "go.sum":
		return filepath.Dir(rel) == "."
	}
	return strings.HasSuffix(base, ".go") && !strings.HasSuffix(base, "_test.go")
}

func copyModule(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			// Go leaves out folders whose names start with "_" or "." too.
			if d.Name() == "testdata" || (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !keep(rel) {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
}

// writePatch writes the difference between a fresh copy of the stock module
// and the patched copy as a patch that git apply takes with --directory.
func writePatch(stock, patchedCopy, diffFile string) error {
	tmp, err := os.MkdirTemp("", "patchglamour-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	a, b := filepath.Join(tmp, "a"), filepath.Join(tmp, "b")
	if err := copyModule(stock, a); err != nil {
		return err
	}
	if err := os.CopyFS(b, os.DirFS(patchedCopy)); err != nil {
		return err
	}
	diff := exec.Command("git", "diff", "--no-index", "a", "b")
	diff.Dir = tmp
	var out bytes.Buffer
	diff.Stdout = &out
	diff.Stderr = os.Stderr
	err = diff.Run()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		return fmt.Errorf("git diff: %w", err)
	}
	// git diff --no-index names the files a/a/... and b/b/...; make them
	// relative to the module.
	patch := strings.NewReplacer("a/a/", "a/", "b/b/", "b/").Replace(out.String())
	if err := os.WriteFile(diffFile, []byte(patch), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s\n", diffFile)
	return nil
}
