// Package assets carries what the program ships that is neither Go code nor
// course content: the licences of the software built into piketpalen, which
// their authors ask to be shipped with every copy of the binary, the
// LEESMIJ that goes into a hand-out zip, and the icon and application
// manifest that internal/winresource builds into piketpalen.exe.
package assets

import (
	"embed"
	"fmt"
	"strings"
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

// Leesmij is the short Dutch read-me of a hand-out zip, for the given
// version of the program and the name of its executable in the zip; for
// Windows it adds what to do when SmartScreen warns and how to run the
// program from a network share.
//
// LEESMIJ.txt is written in text/template's notation ({{.Version}},
// {{.Program}} and one {{- if .Windows}} … {{- end}} block), but filled in
// here by hand: linking text/template for one read-me would keep every
// exported method of the program in the binary (its calls by reflection
// make the linker keep them) and parse the template at every start.
// TestLeesmijAsTemplate checks that the result is what text/template gives.
func Leesmij(version, program string, windows bool) (string, error) {
	const open, end = "{{- if .Windows}}", "{{- end}}"
	head, rest, ok1 := strings.Cut(leesmij, open)
	body, tail, ok2 := strings.Cut(rest, end)
	if !ok1 || !ok2 {
		return "", fmt.Errorf("LEESMIJ: no %s … %s block", open, end)
	}
	s := strings.TrimRight(head, " \t\r\n")
	if windows {
		s += strings.TrimRight(body, " \t\r\n")
	}
	s = strings.NewReplacer("{{.Version}}", version, "{{.Program}}", program).Replace(s + tail)
	if i := strings.Index(s, "{{"); i >= 0 {
		return "", fmt.Errorf("LEESMIJ: unknown field at %q", s[i:min(len(s), i+20)])
	}
	return s, nil
}

// Contexts holds the JSON-LD contexts that certificates in Open Badges 3.0
// form use, so that they are signed and checked offline; contexts/README.md
// says where each comes from.
//
//go:embed contexts/*.jsonld
var Contexts embed.FS
