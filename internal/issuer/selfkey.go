package issuer

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"piketpalen/internal/atomicfile"
)

// SelfKeyFile is the name of the learner's own signing key in their
// progress folder.
const SelfKeyFile = "eigen-sleutel.key"

const selfKeyKind = "piketpalen-eigen-sleutel"

type selfKeyJSON struct {
	Kind string `json:"kind"`
	Seed string `json:"seed"`
}

// SelfKey returns the learner's own signing key, kept in dataDir (the
// progress folder) beside progress.json, and makes it on first use. It
// signs the learner's result files and self-issued bewijzen van deelname:
// anything signed with it changed afterwards shows, but it is the learner's
// key, in the learner's hands, so it proves nothing about who answered.
func SelfKey(dataDir string) (ed25519.PrivateKey, error) {
	path := filepath.Join(dataDir, SelfKeyFile)
	var k selfKeyJSON
	err := readStrict(path, 4096, "read own key", &k, func() bool { return k.Kind == selfKeyKind }, ErrNotKey)
	switch {
	case err == nil:
		seed, err := base64.StdEncoding.DecodeString(k.Seed)
		if err != nil || len(seed) != ed25519.SeedSize {
			return nil, fmt.Errorf("%s: %w", path, ErrNotKey)
		}
		return ed25519.NewKeyFromSeed(seed), nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("make own key: %w", err)
	}
	out, _ := json.Marshal(selfKeyJSON{Kind: selfKeyKind, Seed: base64.StdEncoding.EncodeToString(priv.Seed())})
	if err := atomicfile.WriteFile(path, append(out, '\n'), 0o600); err != nil {
		return nil, fmt.Errorf("write own key: %w", err)
	}
	_ = os.Chmod(path, 0o600)
	return priv, nil
}

// SelfKeyIn is SelfKey for a program that may run without a progress folder
// (dataDir ""), as in tests: then it makes a key for this one use.
func SelfKeyIn(dataDir string) (ed25519.PrivateKey, error) {
	if dataDir == "" {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		return priv, err
	}
	return SelfKey(dataDir)
}
