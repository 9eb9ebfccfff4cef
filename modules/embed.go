// Package modules holds the course that is built into the piketpalen binary.
package modules

import "embed"

// FS is the embedded course: course.yaml, glossary.yaml when there is one
// (hence the pattern *.yaml, which also matches when it is absent) and, per
// module folder, its module.md and questions.yaml.
//
//go:embed *.yaml */module.md */questions.yaml
var FS embed.FS
