//go:build windows

package doctor

import (
	"fmt"

	"golang.org/x/sys/windows"
)

// consoleUTF8 reports the console's output code page. Go writes to a
// Windows console as UTF-16 (WriteConsoleW), so letters like ë show right
// whatever the code page; only text redirected to a file follows it.
func consoleUTF8(env []string) (bool, string) {
	cp, err := windows.GetConsoleOutputCP()
	if err != nil {
		return true, "de console krijgt Unicode rechtstreeks; codepagina onbekend"
	}
	return true, fmt.Sprintf("de console krijgt Unicode rechtstreeks (codepagina %d)", cp)
}
