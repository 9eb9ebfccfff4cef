package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"piketpalen/internal/locale"
	"piketpalen/progress"
)

// chooseLang is the one rule for the language of a command's messages: the
// --lang value when one was given; otherwise the language remembered in the
// learner's settings, once the command has read them (st is nil before that,
// and always for a command that does not read the progress file); otherwise
// Dutch. An unknown --lang value is an error.
func chooseLang(flagValue string, st *progress.State) (locale.Lang, error) {
	if flagValue != "" {
		return locale.Parse(flagValue)
	}
	if st != nil {
		if l, err := locale.Parse(st.Settings.Lang); err == nil {
			return l, nil
		}
	}
	return locale.NL, nil
}

// langArg returns the value of the last --lang in args, in any of the forms
// the flag package accepts (--lang en, --lang=en, -lang en, -lang=en), also
// when it stands after -h, --help or "help", where the flag package stops
// reading; "" when there is none. Arguments after "--" are not flags.
func langArg(args []string) string {
	value := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, v, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		switch {
		case hasValue:
			value = v
		case i+1 < len(args):
			value = args[i+1]
			i++
		}
	}
	return value
}

// usageLang is the language of a command's usage text and of its flags'
// help, which are set up before the flags are parsed: --lang anywhere in
// args, else Dutch. It reads no settings, so that help needs no progress
// file. An unknown value gives Dutch; parsing the flags then reports it.
func usageLang(args []string) locale.Lang {
	l, err := chooseLang(langArg(args), nil)
	if err != nil {
		return locale.NL
	}
	return l
}

// langFlag defines --lang on fs, with its help in language l.
func langFlag(fs *flag.FlagSet, l locale.Lang) *string {
	return fs.String("lang", "", l.T("cli.flag.lang"))
}

// flagLang is chooseLang for a command that reads no settings, or for the
// messages before it has read them: the --lang value, else Dutch. When the
// value is unknown it says so on stderr, prefixed with the command's name,
// and ok is false: the caller exits with 2.
func flagLang(flagValue, command string, stderr io.Writer) (l locale.Lang, ok bool) {
	l, err := chooseLang(flagValue, nil)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %s\n", command, locale.NL.T("cli.badlang", flagValue))
		return locale.NL, false
	}
	return l, true
}

// parseAll parses args with fs and returns the arguments that are not flags,
// reading on after each of them, so that flags may come before or after
// them ("verify file.pdf --lang en"). After "--" every argument is taken as
// it is.
func parseAll(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if len(left) == 0 {
			return rest, nil
		}
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}
