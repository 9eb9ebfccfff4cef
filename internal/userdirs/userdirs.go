// Package userdirs finds the folders a person knows on their own computer,
// such as their Documents folder, so files the program makes for them end
// up where they look first.
package userdirs

import (
	"os"
	"path/filepath"
)

// Documents returns the user's Documents folder when it exists, or "".
func Documents() string {
	for _, d := range documentCandidates() {
		if d == "" {
			continue
		}
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}

func homeCandidates() []string {
	home, err := os.UserHomeDir()
	if err != nil {
		return nil
	}
	return []string{filepath.Join(home, "Documents"), filepath.Join(home, "Documenten")}
}
