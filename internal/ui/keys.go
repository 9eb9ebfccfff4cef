package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"piketpalen/internal/locale"
	"piketpalen/internal/textwrap"
	"piketpalen/internal/theme"
)

// Bind is a key.Binding for keys, shown in help as label and desc. The
// label names every key in keys, so the help screen never hides one (the
// screens' tests check that with Shows).
func Bind(label, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, desc))
}

// Hint is what a footer shows for one or more bindings: a short label
// ("↑/↓") and a word ("kiezen"). It is drawn only; the screen matches keys
// against the bindings themselves.
func Hint(label, desc string, bs ...key.Binding) key.Binding {
	var keys []string
	for _, b := range bs {
		keys = append(keys, b.Keys()...)
	}
	return Bind(label, desc, keys...)
}

// NewHelp returns the help.Model the footers and help screens are drawn
// with, in the looks of s: a footer reads "↑/↓ kiezen · enter openen", a
// help screen lists the keys in the key colour with what they do beside.
func NewHelp(s theme.Styles) help.Model {
	h := help.New()
	h.ShortSeparator = " · "
	h.Styles = help.Styles{
		ShortKey:       s.Subtle,
		ShortDesc:      s.Subtle,
		ShortSeparator: s.Subtle,
		Ellipsis:       s.Subtle,
		FullKey:        s.Key.PaddingRight(2),
		FullDesc:       lipgloss.NewStyle(),
		FullSeparator:  lipgloss.NewStyle(),
	}
	return h
}

// HelpScreen draws the full help of km as the help screen shows it: one
// column of keys beside what they do, the groups of km parted by a blank
// line. What a key does is wrapped to fit width columns in all.
func HelpScreen(h help.Model, km help.KeyMap, width int) string {
	var all []key.Binding
	keyW := 0
	for _, group := range km.FullHelp() {
		if len(all) > 0 {
			all = append(all, spacer)
		}
		for _, b := range group {
			if b.Enabled() {
				all = append(all, b)
				keyW = max(keyW, lipgloss.Width(b.Help().Key))
			}
		}
	}
	descW := max(width-keyW-h.Styles.FullKey.GetHorizontalFrameSize()-1, 10)
	for i, b := range all {
		// a description of several lines: the key column gets as many
		desc := textwrap.Wrap(b.Help().Desc, descW)
		if n := strings.Count(desc, "\n"); n > 0 {
			b.SetHelp(b.Help().Key+strings.Repeat("\n", n), desc)
			all[i] = b
		}
	}
	lines := strings.Split(h.FullHelpView([][]key.Binding{all}), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// spacer is an empty line in a help screen; it matches no key press.
var spacer = Bind("", "", "")

// keyNames are how help labels write the keys that have a sign.
var keyNames = map[string][]string{
	"up": {"↑"}, "down": {"↓"}, "left": {"←"}, "right": {"→"},
	"pgdown": {"pgdn", "pgdown"}, "pgup": {"pgup"}, "space": {"space", "spatie"},
}

// Shows reports whether a help label names key k: as a word of the label
// (words are split at spaces, "/" and ","), by its sign (↑ for up), or within
// a range such as "0-9" or "a-i".
func Shows(label, k string) bool {
	if k == "/" {
		// the slash separates keys in a label ("↑/↓"); standing alone, it
		// is the search key
		return slices.Contains(strings.Fields(label), "/")
	}
	names := append([]string{k}, keyNames[k]...)
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == ' ' || r == '/' || r == ',' }) {
		for _, n := range names {
			if strings.EqualFold(w, n) && (w == n || len([]rune(n)) > 1) {
				return true
			}
		}
		if from, to, ok := strings.Cut(w, "-"); ok && len(from) == 1 && len(to) == 1 && len(k) == 1 {
			if from[0] <= k[0] && k[0] <= to[0] {
				return true
			}
		}
	}
	return false
}

// Shown reports whether any enabled binding of km's full help handles k and
// names it in its label.
func Shown(km help.KeyMap, k string) bool {
	for _, group := range km.FullHelp() {
		for _, b := range group {
			if b.Enabled() && Shows(b.Help().Key, k) {
				for _, bk := range b.Keys() {
					if bk == k {
						return true
					}
				}
			}
		}
	}
	return false
}

// Global are the keys every screen of a full-screen view has: ? shows or
// hides the help screen, q and ctrl+c quit (ctrl+c only while a text is
// typed, when q and ? are letters).
type Global struct{ Help, Quit key.Binding }

// NewGlobal returns the global keys in language l; quit says what quitting
// does ("stoppen (je voortgang is bewaard)").
func NewGlobal(l locale.Lang, quit string, typing bool) Global {
	g := Global{Help: Bind("?", l.T(locale.HelpToggle), "?"), Quit: Bind("q  ctrl+c", quit, "q", "ctrl+c")}
	if typing {
		g.Help.SetEnabled(false)
		g.Quit = Bind("ctrl+c", quit, "ctrl+c")
	}
	return g
}

// List is the global keys as a help screen lists them.
func (g Global) List() []key.Binding { return []key.Binding{g.Help, g.Quit} }

// HelpKeys are the keys while the help screen is open: close it, or quit.
type HelpKeys struct {
	Close  key.Binding
	Global Global
	l      locale.Lang
}

// NewHelpKeys returns the help screen's keys in language l.
func NewHelpKeys(l locale.Lang, quit string) HelpKeys {
	return HelpKeys{
		Close:  Bind("esc  enter  backspace  ?", l.T(locale.HelpClosehelp), "esc", "enter", "backspace", "?"),
		Global: NewGlobal(l, quit, false),
		l:      l,
	}
}

// ShortHelp implements help.KeyMap.
func (k HelpKeys) ShortHelp() []key.Binding {
	return []key.Binding{Hint("esc/?", k.l.T(locale.KeyClosehelp), k.Close)}
}

// FullHelp implements help.KeyMap.
func (k HelpKeys) FullHelp() [][]key.Binding { return [][]key.Binding{{k.Close, k.Global.Quit}} }

// GlobalKey handles a key press for the keys every screen has, with
// helpOpen saying whether the help screen is on: it reports quit when the
// program should end, and done when the key was taken (toggling or closing
// the help, or any key while the help is open); otherwise the screen gets
// it.
func GlobalKey(msg tea.KeyPressMsg, g Global, h HelpKeys, helpOpen *bool) (quit, done bool) {
	switch {
	case key.Matches(msg, g.Quit):
		return true, true
	case *helpOpen:
		if key.Matches(msg, h.Close) {
			*helpOpen = false
		}
		return false, true
	case key.Matches(msg, g.Help):
		*helpOpen = true
		return false, true
	}
	return false, false
}

// ShortHelpFit draws the hints of bindings on one line of at most width
// columns, as help.Model draws them, but never cut: when they do not all
// fit, hints are left out from the end — the least important — while the
// last one, the way to the full help, stays, so every hint shown is whole.
func ShortHelpFit(h help.Model, bindings []key.Binding, width int) string {
	h.SetWidth(0) // no cutting by help.Model itself
	shown := slices.Clone(bindings)
	for {
		line := h.ShortHelpView(shown)
		if lipgloss.Width(line) <= width || len(shown) <= 1 {
			return line
		}
		if len(shown) == 2 {
			shown = shown[:1]
			continue
		}
		shown = append(shown[:len(shown)-2], shown[len(shown)-1])
	}
}
