package main

import (
	"crypto/ed25519"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"piketpalen/internal/certificate"
)

// TestReadmeSigningKeyPath builds the program the way the README tells an
// organisation to give it its own signing key, and checks that --version
// then reports that key. Go ignores -X on a symbol that does not exist
// without a word, so a package move that leaves the documented path stale
// would otherwise go unnoticed: the build would quietly carry the public key.
func TestReadmeSigningKeyPath(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`-X (piketpalen/[\w/]+\.seedHex)=`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README does not document the -X path of the signing seed")
	}
	const seed = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
	key, err := certificate.KeyFromSeedHex(seed)
	if err != nil {
		t.Fatal(err)
	}
	want := certificate.KeyID(key.Public().(ed25519.PublicKey))

	bin := filepath.Join(t.TempDir(), "piketpalen")
	if out, err := exec.Command("go", "build", "-ldflags", "-X "+string(m[1])+"="+seed, "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").CombinedOutput()
	if err != nil {
		t.Fatalf("--version: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), want) || !strings.Contains(string(out), "eigen sleutel van deze build") {
		t.Errorf("a build with -X %s carries another key than the one given (want key %s); --version says:\n%s", m[1], want, out)
	}
}
