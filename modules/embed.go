// Package modules holds the course that is built into the piketpalen binary.
package modules

import "embed"

// FS is the embedded course: course.yaml and one folder per module. Files
// whose names start with "." or "_" are left out.
//
//go:embed *
var FS embed.FS
