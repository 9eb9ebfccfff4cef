package issuer

import (
	"embed"
	"os"
	"path/filepath"
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
