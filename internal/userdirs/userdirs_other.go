//go:build !windows

package userdirs

import "os"

// documentCandidates: XDG_DOCUMENTS_DIR on Linux desktops, then ~/Documents
// (macOS and most Linux desktops) and ~/Documenten (a Dutch Linux desktop).
func documentCandidates() []string {
	return append([]string{os.Getenv("XDG_DOCUMENTS_DIR")}, homeCandidates()...)
}
