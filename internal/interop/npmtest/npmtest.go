// Package npmtest installs the npm packages an interop test checks
// piketpalen's files with. It is for tests: without node or npm, or when
// the packages cannot be installed, the test is skipped and says why.
package npmtest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Install runs npm ci for the package.json and package-lock.json of the
// test's folder into a cache folder named after name and their hash (so it
// runs once per set of versions), copies the scripts beside them, and
// returns that folder.
func Install(t testing.TB, name string, scripts ...string) string {
	t.Helper()
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed; the JavaScript interop test is skipped", tool)
		}
	}
	lock, err := os.ReadFile("package-lock.json")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := os.ReadFile("package.json")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(append(pkg, lock...))
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir := filepath.Join(base, name, hex.EncodeToString(sum[:8]))
	if _, err := os.Stat(filepath.Join(dir, "node_modules", ".installed")); err != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "package.json"), pkg, 0o644)
		os.WriteFile(filepath.Join(dir, "package-lock.json"), lock, 0o644)
		cmd := exec.Command("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("npm ci failed (%v); the JavaScript interop test is skipped:\n%s", err, out)
		}
		os.WriteFile(filepath.Join(dir, "node_modules", ".installed"), nil, 0o644)
		t.Logf("npm ci installed %s", dir)
	}
	for _, s := range scripts {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, s), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Node runs a script of Install's folder dir with node and returns what it
// wrote (standard output and error together) and whether it exited 0; a
// node that cannot be started fails the test.
func Node(t testing.TB, dir, script string, args ...string) (string, bool) {
	t.Helper()
	cmd := exec.Command("node", append([]string{filepath.Join(dir, script)}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatalf("node: %v", err)
	}
	return strings.TrimSpace(string(out)), err == nil
}
