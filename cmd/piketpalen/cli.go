package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"piketpalen/internal/locale"
	"piketpalen/internal/textwrap"
	"piketpalen/internal/theme"
	"piketpalen/internal/ui"
)

// The command line is read once, by parse: the global flags (--lang,
// --data, --course, --theme, --plain, --version, --help) may stand before
// or after the command, the command's own flags anywhere after it, and
// after "--" every argument is taken as it is. The flags are defined on a
// flag.FlagSet, whose usage strings are catalogue keys: the help and every
// error are worded in the language --lang names once the whole line is
// read, never by the flag package itself.

// command is one subcommand of piketpalen.
type command struct {
	names []string   // the name and its other spellings ("certificaat")
	usage locale.Key // its usage text
	// usageArgs are the arguments the usage text is formatted with.
	usageArgs []any
	// more, when set, is written after the flags in the usage, in language l.
	more func(l locale.Lang) string
	// most is how many arguments it takes after its name, flags aside;
	// -1 for any number (the command checks them itself).
	most int
	// flags defines the command's own flags on fs. Nil when it has none.
	flags func(fs *flagSet)
	run   func(inv *invocation) int
}

// globals are the flags every command understands.
type globals struct {
	lang    langValue
	data    string
	course  string
	theme   themeValue
	plain   bool
	version bool
	help    bool
	// workshop is the shared folder of a workshop: the course joins it,
	// presenter mode gives it.
	workshop string
}

// invocation is one run of the program: the command line as parsed, and
// where it reads and writes.
type invocation struct {
	cmd  *command // nil: the course itself
	name string   // "piketpalen" or "piketpalen certificate", for messages
	args []string // the arguments that are not flags, after the command
	g    globals
	fs   *flagSet // the flags that apply, the command's and the global ones

	stdin          io.Reader
	stdout, stderr io.Writer // through the terminal sanitiser (termsafe)
	rawOut         io.Writer // the bare standard output, for the full-screen views
}

// lang is the language of messages before the learner's settings are read:
// --lang, else Dutch.
func (inv *invocation) lang() locale.Lang { return cmp.Or(inv.g.lang.v, locale.NL) }

// given reports whether flag name was on the command line.
func (inv *invocation) given(name string) bool {
	found := false
	inv.fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}

// warn writes msg to stderr under the command's name.
func (inv *invocation) warn(msg string) {
	fmt.Fprintf(inv.stderr, "%s: %s\n", inv.name, msg)
}

// fail warns of a problem and returns the exit status for it.
func (inv *invocation) fail(status int, msg string) int {
	inv.warn(msg)
	return status
}

// usage writes the command's usage text and its flags to w, in language l.
func (inv *invocation) usage(w io.Writer, l locale.Lang) {
	if inv.cmd == nil {
		fmt.Fprint(w, l.T(locale.CliUsage)) // it explains the course's flags itself
		return
	}
	fmt.Fprint(w, strings.TrimRight(l.T(inv.cmd.usage, inv.cmd.usageArgs...), "\n")+"\n")
	fmt.Fprintln(w, "\n"+l.T(locale.CliFlags))
	printFlags(w, l, inv.fs)
	if inv.cmd.more != nil {
		fmt.Fprintln(w, "\n"+inv.cmd.more(l))
	}
}

// flagSet is a flag.FlagSet whose flags each have a text of the catalogue
// for their help, and a placeholder for the value they take.
type flagSet struct {
	*flag.FlagSet
	help  map[string]locale.Key
	value map[string]locale.Key // what the value is ("MAP"); none for a switch
}

func (f *flagSet) note(name string, help, value locale.Key, hasValue bool) {
	f.help[name] = help
	if hasValue {
		f.value[name] = value
	}
}

// text defines a flag that takes a text, with value naming it in the help.
func (f *flagSet) text(p *string, name, def string, value, help locale.Key) {
	f.StringVar(p, name, def, "")
	f.note(name, help, value, true)
}

// number defines a flag that takes a whole number.
func (f *flagSet) number(p *int, name string, def int, help locale.Key) {
	f.IntVar(p, name, def, "")
	f.note(name, help, locale.CliArgN, true)
}

// toggle defines a flag that is on or off.
func (f *flagSet) toggle(p *bool, name string, help locale.Key) {
	f.BoolVar(p, name, false, "")
	f.note(name, help, 0, false)
}

// choice defines a flag whose value v checks.
func (f *flagSet) choice(v flag.Value, name string, value, help locale.Key) {
	f.Var(v, name, "")
	f.note(name, help, value, true)
}

// defineGlobals puts the global flags on fs.
func defineGlobals(fs *flagSet, g *globals) {
	if g.lang.parse == nil {
		g.lang, g.theme = newLangValue(), newThemeValue()
	}
	fs.choice(&g.lang, "lang", locale.CliArgLang, locale.CliFlagLang)
	fs.text(&g.data, "data", "", locale.CliArgDir, locale.CliFlagData)
	fs.text(&g.course, "course", "", locale.CliArgDir, locale.CliFlagCourse)
	fs.choice(&g.theme, "theme", locale.CliArgTheme, locale.CliFlagTheme)
	fs.text(&g.workshop, "workshop", "", locale.CliArgDir, locale.WorkshopFlag)
	fs.toggle(&g.plain, "plain", locale.CliFlagPlain)
	fs.toggle(&g.version, "version", locale.CliFlagVersion)
	fs.toggle(&g.help, "help", locale.CliFlagHelp)
	fs.toggle(&g.help, "h", locale.CliFlagHelp)
}

// printFlags lists the flags of fs, each with what it takes and what it
// does, in language l.
func printFlags(w io.Writer, l locale.Lang, fs *flagSet) {
	type row struct{ left, help string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name == "h" {
			return
		}
		left := "--" + f.Name
		if k, ok := fs.value[f.Name]; ok {
			left += " " + l.T(k)
		}
		help := l.T(fs.help[f.Name])
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			help += " " + l.T(locale.CliDefault, f.DefValue)
		}
		rows = append(rows, row{left, help})
		width = max(width, ui.Width(left))
	})
	// the help is wrapped in its column so that no line is wider than
	// helpWidth; a flag too wide for the column gets its help on the next
	// line, in the column
	width = min(width, maxFlagColumn)
	for _, r := range rows {
		help := strings.Split(textwrap.Wordwrap(r.help, helpWidth-width-4), "\n")
		if ui.Width(r.left) > width {
			fmt.Fprintf(w, "  %s\n", r.left)
		} else {
			fmt.Fprintf(w, "  %s  %s\n", ui.Pad(r.left, width), help[0])
			help = help[1:]
		}
		for _, h := range help {
			fmt.Fprintf(w, "  %s  %s\n", strings.Repeat(" ", width), h)
		}
	}
}

// helpWidth is the widest line the help prints: that of the smallest usual
// terminal, so that no line wraps half-way on it.
const helpWidth = 80

// maxFlagColumn is the widest the column of flags gets, so that their help
// keeps room.
const maxFlagColumn = 24

// parseError is a problem with the command line, worded once the language
// is known.
type parseError struct {
	key  locale.Key
	args []any
}

func (e *parseError) Error() string { return locale.NL.T(e.key, e.args...) }

// in words the problem in language l.
func (e *parseError) in(l locale.Lang) string { return l.T(e.key, e.args...) }

// parse reads args once, left to right. The first argument that is not a
// flag chooses the command (none: the course); flags are looked up in the
// global flags and, after the command, in the command's own. Every flag is
// read even after a problem, so that the problem can be reported in the
// language a later --lang names; the first problem is returned.
func parse(args []string, commands []*command) (*invocation, error) {
	inv := &invocation{name: "piketpalen"}
	inv.fs = newFlagSet(inv, nil)
	var first error
	note := func(err error) {
		if first == nil {
			first = err
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			inv.args = append(inv.args, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			if inv.cmd == nil && len(inv.args) == 0 {
				if c := find(commands, a); c != nil {
					inv.cmd = c
					inv.name = "piketpalen " + c.names[0]
					g := inv.g // defining the flags again sets them to their defaults
					inv.fs = newFlagSet(inv, c)
					inv.g = g
					continue
				}
			}
			inv.args = append(inv.args, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		f := inv.fs.Lookup(name)
		if f == nil {
			note(&parseError{locale.CliUnknownflag, []any{a}})
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			if !hasValue {
				value = "true"
			}
		} else if !hasValue {
			if i+1 >= len(args) {
				note(&parseError{locale.CliNeedsvalue, []any{"--" + name}})
				continue
			}
			i++
			value = args[i]
		}
		if err := inv.fs.Set(name, value); err != nil {
			var pe *parseError
			if errors.As(err, &pe) {
				note(pe)
			} else {
				note(&parseError{locale.CliBadvalue, []any{value, "--" + name}})
			}
		}
	}
	return inv, first
}

// newFlagSet makes the flag set of command c (the course when nil) with the
// global flags on it.
func newFlagSet(inv *invocation, c *command) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(inv.name, flag.ContinueOnError), help: map[string]locale.Key{}, value: map[string]locale.Key{}}
	fs.SetOutput(io.Discard)
	defineGlobals(fs, &inv.g)
	if c != nil && c.flags != nil {
		c.flags(fs)
	}
	return fs
}

func find(commands []*command, name string) *command {
	for _, c := range commands {
		if slices.Contains(c.names, name) {
			return c
		}
	}
	return nil
}

// choice is a flag that takes one of a fixed set of values: --lang and
// --theme. parse checks a value; problem words a wrong one.
type choice[T ~string] struct {
	v       T
	set     bool
	parse   func(string) (T, error)
	problem func(string) *parseError
}

func (c *choice[T]) String() string { return string(c.v) }

func (c *choice[T]) Set(s string) error {
	v, err := c.parse(s)
	if err != nil || s == "" {
		return c.problem(s)
	}
	c.v, c.set = v, true
	return nil
}

// langValue is the --lang flag: empty, or a language the interface speaks.
type langValue = choice[locale.Lang]

// themeValue is the --theme flag: empty, or one of the themes.
type themeValue = choice[theme.Name]

func newLangValue() langValue {
	return langValue{parse: locale.Parse, problem: func(s string) *parseError { return &parseError{locale.CliBadlang, []any{s}} }}
}

func newThemeValue() themeValue {
	return themeValue{parse: theme.Parse, problem: func(s string) *parseError {
		return &parseError{locale.CliBadtheme, []any{s, strings.Join(theme.Names(), ", ")}}
	}}
}
