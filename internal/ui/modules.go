package ui

import (
	"fmt"

	"charm.land/lipgloss/v2"

	"piketpalen/course"
)

// ModuleColumns returns the cells a numbered list of mods needs: for the
// widest number (modules are numbered from 1, see course.Number) and for
// the widest title, so that the learner's home screen and the presenter's
// list line their columns up alike.
func ModuleColumns(mods []*course.Module) (numW, nameW int) {
	for _, m := range mods {
		nameW = max(nameW, lipgloss.Width(m.Title))
	}
	return len(fmt.Sprint(len(mods))), nameW
}

// Cursor is what stands in front of a row of a list: "> " in style sel on
// the chosen row, two spaces on the others.
func Cursor(chosen bool, sel lipgloss.Style) string {
	if chosen {
		return sel.Render("> ")
	}
	return "  "
}
