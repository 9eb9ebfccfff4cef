package ui

import (
	"errors"

	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
)

// NameProblem words, in language l, why a name or organisation cannot go
// on a certificate or in a result file (the rule is certificate.CleanName);
// ok is false for any other error. Every interface says it the same way.
func NameProblem(l locale.Lang, err error) (msg string, ok bool) {
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

// FailedText is the message for a certificate or result file that could not
// be made: the name problem when that is the reason, else form.failed with
// the error.
func FailedText(l locale.Lang, err error) string {
	if msg, ok := NameProblem(l, err); ok {
		return msg
	}
	return l.T("form.failed", err)
}
