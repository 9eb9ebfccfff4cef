package app

import (
	"errors"

	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/internal/outpath"
)

// Problem words, in language l, why a certificate or a result file was
// not made when the reason is the person's to fix: a name or organisation
// that is too long (certificate.CleanName's rule), or an output place that
// is refused (package outpath). ok is false for any other error.
func Problem(l locale.Lang, err error) (msg string, ok bool) {
	if msg, ok := nameProblem(l, err); ok {
		return msg, true
	}
	return outputProblem(l, err)
}

// Explain words, in language l, why a certificate or a result file was
// not made, for a form or a prompt: no name, no folder, a Problem, or what
// failed.
func Explain(l locale.Lang, err error) string {
	switch {
	case errors.Is(err, ErrNoName):
		return l.T(locale.CertNeedname)
	case errors.Is(err, ErrNoFolder):
		return l.T(locale.CertNeeddir)
	}
	if msg, ok := Problem(l, err); ok {
		return msg
	}
	return l.T(locale.FormFailed, err)
}

// nameProblem words a *certificate.NameTooLongError.
func nameProblem(l locale.Lang, err error) (msg string, ok bool) {
	var long *certificate.NameTooLongError
	if !errors.As(err, &long) {
		return "", false
	}
	field := l.T(locale.CliFieldName)
	if long.Field == certificate.Organisation {
		field = l.T(locale.CliFieldOrg)
	}
	return l.T(locale.CliNametoolong, field, long.Length, certificate.MaxNameLength), true
}

// outputProblem words an *outpath.Error.
func outputProblem(l locale.Lang, err error) (msg string, ok bool) {
	var e *outpath.Error
	if !errors.As(err, &e) {
		return "", false
	}
	switch e.Reason {
	case outpath.Protected:
		return l.T(locale.OutProtected, e.Path), true
	case outpath.Input:
		return l.T(locale.OutInput, e.Path, e.Other), true
	case outpath.InsideFolder:
		return l.T(locale.OutInsidefolder, e.Path, e.Other), true
	case outpath.NotRegular:
		return l.T(locale.OutNotregular, e.Path), true
	case outpath.Symlink:
		return l.T(locale.OutSymlink, e.Path), true
	default:
		return l.T(locale.OutNofolder, e.Path), true
	}
}

// IsNameProblem reports whether err is a name too long: a usage error on
// the command line.
func IsNameProblem(err error) bool {
	var long *certificate.NameTooLongError
	return errors.As(err, &long)
}
