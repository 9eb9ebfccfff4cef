// Package gocmd runs the go command for the repository's build tools
// (genlicenses, patchmod), so they ask it the same way.
package gocmd

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Output runs go with args, its errors to this program's stderr, and
// returns what it printed without the surrounding white space.
func Output(args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}
