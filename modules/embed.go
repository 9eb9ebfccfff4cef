// Package modules holds the course that is built into the piketpalen binary.
package modules

import "embed"

// FS is the embedded course: course.yaml and, per module folder, its
// module.md and questions.yaml.
//
//go:embed course.yaml */module.md */questions.yaml
var FS embed.FS
