package issuer

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// builtin holds the issuer files an organisation built into its binary
// (folder trusted/, which holds only a README in the source).
//
//go:embed trusted
var builtin embed.FS

// Default returns the issuers trusted without --issuer: those built into
// the program and those whose issuer files lie next to the program's
// executable. Trusting a file next to the program is sound because whoever
// can put a file there can also replace the program itself.
func Default() (*Set, error) {
	if err := noKeyBuiltIn(builtin); err != nil {
		return nil, err
	}
	s := &Set{}
	if _, err := s.AddDir(builtin, "trusted"); err != nil {
		return nil, err
	}
	if exe, err := os.Executable(); err == nil {
		if exe, err = filepath.EvalSymlinks(exe); err == nil {
			if _, err := s.AddDir(os.DirFS(filepath.Dir(exe)), "."); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// noKeyBuiltIn refuses a private key file in the folder of built-in issuer
// files: only public issuer files (and the README) belong there, and a key
// built into a program is a key every learner has.
func noKeyBuiltIn(fsys fs.FS) error {
	entries, err := fs.ReadDir(fsys, "trusted")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if n := e.Name(); n != "README.md" && !strings.HasSuffix(n, PublicExt) {
			return fmt.Errorf("trusted/%s is built into the program, but only public issuer files (*%s) belong there", n, PublicExt)
		}
	}
	return nil
}
