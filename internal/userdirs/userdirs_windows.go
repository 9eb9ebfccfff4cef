//go:build windows

package userdirs

import "golang.org/x/sys/windows"

// documentCandidates asks Windows for the Documents known folder, which
// follows redirection to a network share or OneDrive.
func documentCandidates() []string {
	var out []string
	if p, err := windows.KnownFolderPath(windows.FOLDERID_Documents, 0); err == nil {
		out = append(out, p)
	}
	return append(out, homeCandidates()...)
}
