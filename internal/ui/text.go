package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Width is how many terminal cells s takes: a wide character (如, 🙂) two,
// an accent that combines with the letter before none, escape codes none.
// Text is padded by cells, never by runes or bytes, so columns line up.
func Width(s string) int { return ansi.StringWidth(s) }

// Pad fills s with spaces on the right to w cells.
func Pad(s string, w int) string { return s + strings.Repeat(" ", max(0, w-Width(s))) }

// PadLeft fills s with spaces on the left to w cells.
func PadLeft(s string, w int) string { return strings.Repeat(" ", max(0, w-Width(s))) + s }

// Widest is the width in cells of the widest of lines.
func Widest(lines ...string) int {
	w := 0
	for _, l := range lines {
		w = max(w, Width(l))
	}
	return w
}

// Spread puts left and right on one line of w cells, the header of a
// screen: left cut short when both do not fit, the gap between them filled
// with spaces.
func Spread(left, right string, w int) string {
	rw := Width(right)
	if rw > 0 {
		left = Truncate(left, max(w-rw-2, 1))
	} else {
		left = Truncate(left, w)
	}
	return Pad(left, w-rw) + right
}

// Bar draws part of whole as a bar of width cells: full blocks, then light
// shade, the characters every console font has, in the styles full and
// empty. A share above 0 shows at least one block and a share below the
// whole at least one empty cell, so that neither looks like the extreme it
// is not; the figures beside a bar carry the meaning, so it reads the same
// without colour.
func Bar(part, whole, width int, full, empty lipgloss.Style) string {
	filled := 0
	if whole > 0 {
		filled = (2*part*width + whole) / (2 * whole)
		if part > 0 {
			filled = max(filled, 1)
		}
		if part < whole {
			filled = min(filled, width-1)
		}
	}
	return full.Render(strings.Repeat("█", filled)) + empty.Render(strings.Repeat("░", width-filled))
}
