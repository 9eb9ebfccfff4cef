// Package modules holds the course that is built into the piketpalen binary.
package modules

import "embed"

// FS is the embedded course: course.yaml and one folder per module.
//
//go:embed course.yaml */module.md */questions.yaml
var FS embed.FS
