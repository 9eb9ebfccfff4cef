package theme

import "strings"

// asciiSigns are the signs the screens draw with (arrows, bars, dots,
// marks, dashes and quotes from the catalogue and the lesson renderer) and
// the ASCII character each is drawn as in the ascii theme. Each stands for
// one of the same width, so a line that fit still fits.
var asciiSigns = strings.NewReplacer(
	"←", "<", "→", ">", "↑", "^", "↓", "v", "↵", "<",
	"░", ".", "▒", ":", "▓", "#", "█", "#", "▌", "|", "▐", "|", "▏", "|",
	"·", "-", "•", "*", "◦", "o", "▸", ">", "▶", ">", "›", ">", "‹", "<", "»", ">", "«", "<",
	"✓", "*", "✔", "*", "✗", "x", "✘", "x", "×", "x",
	"…", ".", "—", "-", "–", "-", "‒", "-", "−", "-",
	"“", "\"", "”", "\"", "„", "\"", "‘", "'", "’", "'", "‚", ",",
	"─", "-", "━", "-", "│", "|", "┃", "|", "┌", "+", "┐", "+", "└", "+", "┘", "+",
	"├", "+", "┤", "+", "┬", "+", "┴", "+", "┼", "+", "╭", "+", "╮", "+", "╰", "+", "╯", "+",
	"\u00a0", " ", "\u2009", " ", "\u202f", " ",
)

// ASCIIText draws text with ASCII signs only: every arrow, bar, dot, mark,
// dash and quote becomes the ASCII character of the same width that stands
// for it. Letters (the ë of the course text) stay: they are words, not
// drawing, and every terminal that shows the course at all shows them.
func ASCIIText(s string) string { return asciiSigns.Replace(s) }

// Screen is a whole screen as the theme draws it: in the ascii theme with
// ASCII signs only (see ASCIIText), in the others as it is.
func (s Styles) Screen(text string) string {
	if s.ASCII {
		return ASCIIText(text)
	}
	return text
}
