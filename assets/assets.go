// Package assets carries what the program ships that is neither Go code nor
// course content: the licences of the software built into piketpalen, which
// their authors ask to be shipped with every copy of the binary, and the
// LEESMIJ that goes into a hand-out zip.
package assets

import (
	_ "embed"
	"fmt"
	"strings"
	"text/template"
)

//go:generate go run ../internal/tools/genlicenses

// ThirdParty is the licence text of every module linked into the binary,
// the Go fonts used in the certificate among them.
//
//go:embed third-party-licenses.txt
var ThirdParty string

//go:embed LEESMIJ.txt
var leesmij string

var leesmijTmpl = template.Must(template.New("LEESMIJ.txt").Option("missingkey=error").Parse(leesmij))

// Leesmij is the short Dutch read-me of a hand-out zip, for the given
// version of the program and the name of its executable in the zip.
func Leesmij(version, program string) (string, error) {
	var b strings.Builder
	if err := leesmijTmpl.Execute(&b, struct{ Version, Program string }{version, program}); err != nil {
		return "", fmt.Errorf("LEESMIJ: %w", err)
	}
	return b.String(), nil
}
