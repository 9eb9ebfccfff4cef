// Command patchglamour makes internal/third_party/glamour: a copy of the
// Glamour module that go.mod requires, from the module cache, with the patch
// internal/third_party/glamour.diff applied. go.mod replaces Glamour with
// that copy. Run it from anywhere in the repository after changing the
// Glamour version in go.mod (and check that the patch still applies):
//
//	go run ./internal/tools/patchglamour
//
// The copy holds what a build needs: the Go files without their tests, the
// module's go.mod and go.sum, its LICENSE and README. After editing the copy
// by hand, write the patch again from the difference to stock Glamour:
//
//	go run ./internal/tools/patchglamour -write-diff
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
	"strings"
)

const (
	module   = "charm.land/glamour/v2"
	copyDir  = "internal/third_party/glamour" // relative to the repository root
	diffFile = "internal/third_party/glamour.diff"
)

func main() {
	writeDiff := flag.Bool("write-diff", false, "write "+diffFile+" from the difference between stock Glamour and the copy, instead of making the copy")
	flag.Parse()
	if err := run(*writeDiff); err != nil {
		fmt.Fprintln(os.Stderr, "patchglamour:", err)
		os.Exit(1)
	}
}

func run(writeDiff bool) error {
	root, err := goOut("list", "-m", "-f", "{{.Dir}}")
	if err != nil {
		return err
	}
	stock, version, err := stockDir()
	if err != nil {
		return err
	}
	dst := filepath.Join(root, copyDir)
	if writeDiff {
		return writePatch(root, stock)
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

// stockDir downloads (or finds in the module cache) the Glamour version
// go.mod requires and returns its folder.
func stockDir() (dir, version string, err error) {
	version, err = goOut("list", "-m", "-f", "{{.Version}}", module)
	if err != nil {
		return "", "", err
	}
	out, err := goOut("mod", "download", "-json", module+"@"+version)
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
			if d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && rel != "." {
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

// writePatch writes the difference between a fresh copy of stock Glamour and
// the patched copy as a patch that git apply takes with --directory.
func writePatch(root, stock string) error {
	tmp, err := os.MkdirTemp("", "patchglamour-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	a, b := filepath.Join(tmp, "a"), filepath.Join(tmp, "b")
	if err := copyModule(stock, a); err != nil {
		return err
	}
	if err := os.CopyFS(b, os.DirFS(filepath.Join(root, copyDir))); err != nil {
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
	if err := os.WriteFile(filepath.Join(root, diffFile), []byte(patch), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s\n", diffFile)
	return nil
}

func goOut(args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}
