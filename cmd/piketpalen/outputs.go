package main

import (
	"errors"

	"piketpalen/internal/locale"
	"piketpalen/internal/outpath"
)

// outputProblem words, in language l, why an output path a person named is
// refused (see internal/outpath); ok is false for any other error.
func outputProblem(l locale.Lang, err error) (msg string, ok bool) {
	var e *outpath.Error
	if !errors.As(err, &e) {
		return "", false
	}
	switch e.Reason {
	case outpath.Protected:
		return l.T("out.protected", e.Path), true
	case outpath.Input:
		return l.T("out.input", e.Path, e.Other), true
	case outpath.InsideFolder:
		return l.T("out.insidefolder", e.Path, e.Other), true
	case outpath.NotRegular:
		return l.T("out.notregular", e.Path), true
	case outpath.Symlink:
		return l.T("out.symlink", e.Path), true
	default:
		return l.T("out.nofolder", e.Path), true
	}
}

// courseFolders is the course folder a command reads, as outpath.Guard
// wants it: none for the built-in course.
func courseFolders(dir string) []string {
	if dir == "" {
		return nil
	}
	return []string{dir}
}
