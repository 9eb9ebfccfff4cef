// Package buildtest builds the programs that tests run as processes of
// their own (in a terminal under tmux, under wine, killed half-way), so
// that every such test builds them the same way and says the same when the
// build fails, and lists what a build links (Deps). Tests only: it fails
// the test it is given.
package buildtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Program skips t under -short, saying why (a build takes seconds), and
// otherwise builds the package pkg (a folder such as ".", or an import
// path) for this machine, with flags (such as -ldflags), into a temporary
// folder of t, and returns the
// program's path, named after the package's folder.
func Program(t testing.TB, why, pkg string, flags ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip(why)
	}
	name := pkg
	if strings.HasPrefix(pkg, ".") {
		if abs, err := filepath.Abs(pkg); err == nil {
			name = abs
		}
	}
	bin := filepath.Join(t.TempDir(), filepath.Base(name)) // piketpalen for "." in cmd/piketpalen
	Build(t, bin, pkg, nil, flags...)
	return bin
}

// Build runs `go build flags… -o out pkg` with env added to this process's
// environment (GOOS=windows and GOARCH=amd64 cross-build, as the hand-out
// is made); a failure fails t with what the go command said.
func Build(t testing.TB, out, pkg string, env []string, flags ...string) {
	t.Helper()
	args := append(append([]string{"build"}, flags...), "-o", out, pkg)
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), env...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
}

// Windows is the environment of a build for windows/amd64 without cgo: the
// hand-out's.
func Windows(arch string) []string {
	return []string{"CGO_ENABLED=0", "GOOS=windows", "GOARCH=" + arch}
}

// Deps runs `go list -deps -f format pkg`, with env added to this
// process's environment (GOOS=windows: what a Windows build links), and
// returns the lines it printed, in order, each once and none empty (a
// format such as {{.Module.Path}} prints one line a package, an empty one
// for the standard library's). Without the go command t is skipped, saying
// why; when go list fails (a build that no longer resolves, for that
// platform too) t fails.
func Deps(t testing.TB, pkg, format string, env ...string) []string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is needed to list what a build links")
	}
	cmd := exec.Command("go", "list", "-deps", "-f", format, pkg)
	cmd.Env = append(cmd.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("go list -deps %s (%v): %v\n%s", pkg, env, err, stderr)
	}
	var lines []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		if line = strings.TrimSpace(line); line != "" && !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	}
	return lines
}
