// Command genwinres writes the Windows resources of piketpalen.exe (version
// information, manifest, icon; see internal/winresource) as
// rsrc_windows_amd64.syso and rsrc_windows_arm64.syso into the current
// folder, for the built-in course and version "dev", the version of a plain
// go build. Run it after changing the icon, the manifest or the course's
// issuer or title:
//
//	go generate ./cmd/piketpalen
//
// A test in internal/winresource fails when the committed files are stale.
// The packaging tool makes its own, with the hand-out's version.
package main

import (
	"flag"
	"fmt"
	"os"

	"piketpalen/course"
	"piketpalen/internal/winresource"
	"piketpalen/modules"
)

func main() {
	ver := flag.String("version", "dev", "the version the resources name")
	flag.Parse()
	c, err := course.Load(modules.FS)
	if err == nil {
		_, err = winresource.WriteSyso(".", winresource.ForCourse(c, *ver))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genwinres:", err)
		os.Exit(1)
	}
}
