package main

import (
	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
)

// nameProblem words why a name given with --name or --org cannot be used;
// see ui.NameProblem.
func nameProblem(l locale.Lang, err error) (msg string, ok bool) {
	return ui.NameProblem(l, err)
}
