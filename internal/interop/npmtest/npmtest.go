// Package npmtest installs the npm packages an interop test runs against
// (another implementation of a standard, in JavaScript), for the tests
// under internal/interop. Without node or npm, or when the packages
// cannot be installed, the test is skipped and says why.
package npmtest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Install returns a folder with the node_modules of the package.json and
// package-lock.json in the test's own folder, and the given scripts
// beside them. When CI has run npm ci in the test's folder (.ci/run),
// that folder is used as it is; otherwise npm ci runs once per set of
// versions into a cache folder named after name and the files' hash.
func Install(t *testing.T, name string, scripts ...string) string {
	t.Helper()
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed; the JavaScript interop test is skipped", tool)
		}
	}
	if fi, err := os.Stat(filepath.Join("node_modules", ".package-lock.json")); err == nil && !fi.IsDir() {
		dir, err := filepath.Abs(".")
		if err != nil {
			t.Fatal(err)
		}
		return dir
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
		start := time.Now()
		cmd := exec.Command("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("npm ci failed (%v); the JavaScript interop test is skipped:\n%s", err, out)
		}
		os.WriteFile(filepath.Join(dir, "node_modules", ".installed"), nil, 0o644)
		t.Logf("npm ci took %s", time.Since(start).Round(time.Millisecond))
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
