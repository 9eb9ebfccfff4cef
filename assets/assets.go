// Package assets carries what the program ships that is neither Go code nor
// course content: the licences of the software built into piketpalen, which
// their authors ask to be shipped with every copy of the binary, the
// LEESMIJ that goes into a hand-out zip, and the icon and application
// manifest that internal/winresource builds into piketpalen.exe.
package assets

import (
	_ "embed"
	"fmt"
	"strings"
	"text/template"
)

//go:generate go run ../internal/tools/genlicenses
//go:generate go run ../internal/tools/genicon

// ThirdParty is the licence text of every module linked into the binary,
// the Go fonts used in the certificate among them.
//
//go:embed third-party-licenses.txt
var ThirdParty string

//go:embed LEESMIJ.txt
var leesmij string

// Icon is the program's icon, 256×256 pixels, drawn by
// internal/tools/genicon.
//
//go:embed piketpalen.png
var Icon []byte

// Manifest is the Windows application manifest of piketpalen.exe (no
// elevation, UTF-8 code page, long paths, Windows 10 and 11); its comment
// says why each setting is there.
//
//go:embed piketpalen.manifest
var Manifest []byte

var leesmijTmpl = template.Must(template.New("LEESMIJ.txt").Option("missingkey=error").Parse(leesmij))

// Leesmij is the short Dutch read-me of a hand-out zip, for the given
// version of the program and the name of its executable in the zip; for
// Windows it adds what to do when SmartScreen warns and how to run the
// program from a network share.
func Leesmij(version, program string, windows bool) (string, error) {
	var b strings.Builder
	data := struct {
		Version, Program string
		Windows          bool
	}{version, program, windows}
	if err := leesmijTmpl.Execute(&b, data); err != nil {
		return "", fmt.Errorf("LEESMIJ: %w", err)
	}
	return b.String(), nil
}
