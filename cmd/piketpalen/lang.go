package main

import (
	"piketpalen/internal/locale"
	"piketpalen/progress"
)

// chooseLang is the one rule for the language of a command's messages: the
// --lang value when one was given; otherwise the language remembered in the
// learner's settings, once the command has read them (st is nil before that,
// and always for a command that does not read the progress file); otherwise
// Dutch.
func chooseLang(flag langValue, st *progress.State) locale.Lang {
	if flag.set {
		return flag.l
	}
	if st != nil && st.Settings.Lang != "" {
		if l, err := locale.Parse(st.Settings.Lang); err == nil {
			return l
		}
	}
	return locale.NL
}
