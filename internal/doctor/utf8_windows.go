//go:build windows

package doctor

import (
	"golang.org/x/sys/windows"

	"piketpalen/internal/locale"
)

// consoleUTF8 reports how letters like ë reach the reader. Go writes to a
// Windows console as UTF-16 (WriteConsoleW), so they show right whatever the
// console's code page. Output redirected to a file or a pipe (tty false) is
// UTF-8 bytes: cmd's > keeps them as they are, but Windows PowerShell 5.1
// decodes them with [Console]::OutputEncoding, the console's code page
// unless the user sets it to UTF-8, and the finding says how.
func consoleUTF8(l locale.Lang, env []string, tty bool) (bool, string) {
	if !tty {
		return true, l.T(locale.DoctorUtf8Redirected)
	}
	cp, err := windows.GetConsoleOutputCP()
	if err != nil {
		return true, l.T(locale.DoctorUtf8Windowsnocp)
	}
	return true, l.T(locale.DoctorUtf8Windows, cp)
}
