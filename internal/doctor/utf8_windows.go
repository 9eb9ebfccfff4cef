//go:build windows

package doctor

import (
	"golang.org/x/sys/windows"

	"piketpalen/internal/locale"
)

// consoleUTF8 reports the console's output code page. Go writes to a
// Windows console as UTF-16 (WriteConsoleW), so letters like ë show right
// whatever the code page; only text redirected to a file follows it.
func consoleUTF8(l locale.Lang, env []string) (bool, string) {
	cp, err := windows.GetConsoleOutputCP()
	if err != nil {
		return true, l.T("doctor.utf8.windowsnocp")
	}
	return true, l.T("doctor.utf8.windows", cp)
}
