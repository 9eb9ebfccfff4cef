package main

import (
	"errors"

	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
)

// nameProblem words, in language l, why a name or organisation given with
// --name or --org cannot go on a certificate or in a result file (the rule
// is certificate.CleanName's); ok is false for any other error.
func nameProblem(l locale.Lang, err error) (msg string, ok bool) {
	var long *certificate.NameTooLongError
	if !errors.As(err, &long) {
		return "", false
	}
	field := l.T("cli.field.name")
	if long.Field == certificate.Organisation {
		field = l.T("cli.field.org")
	}
	return l.T("cli.nametoolong", field, long.Length, certificate.MaxNameLength), true
}
