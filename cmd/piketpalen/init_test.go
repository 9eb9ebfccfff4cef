package main

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"

	"piketpalen/internal/buildtest"
)

// maxInitAllocs bounds what one package of the program may allocate while
// it is initialised. Every start pays for package initialisation, also
// `help` and `--version`; compiling a regular expression there costs from
// some 90 allocations up, a small table of words a few dozen.
const maxInitAllocs = 40

// TestLittleWorkAtInit runs the built program with the runtime's init trace
// and fails when a package of the program itself allocates more than
// maxInitAllocs while it is initialised: work such as compiling a regular
// expression belongs in a sync.OnceValue, done on first use. The count of
// allocations is exact, unlike the time it takes.
func TestLittleWorkAtInit(t *testing.T) {
	bin := buildtest.Program(t, "the init trace of the built program is skipped in -short mode", ".")
	cmd := exec.Command(bin, "help")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var trace bytes.Buffer
	cmd.Stderr = &trace
	if err := cmd.Run(); err != nil {
		t.Fatalf("piketpalen help: %v\n%s", err, trace.Bytes())
	}
	// the command's own package shows as main
	line := regexp.MustCompile(`(?m)^init (main|piketpalen/\S*) @.*, (\d+) allocs$`)
	found := line.FindAllSubmatch(trace.Bytes(), -1)
	if len(found) == 0 {
		t.Fatalf("no package of the program in the init trace:\n%s", trace.Bytes())
	}
	for _, m := range found {
		if n, _ := strconv.Atoi(string(m[2])); n > maxInitAllocs {
			t.Errorf("package %s allocates %d times at initialisation (at most %d): compile regular expressions and build tables on first use", m[1], n, maxInitAllocs)
		}
	}
}
