package main

import "piketpalen/internal/app"

// courseFolders is the course folder a command reads, as outpath.Guard
// wants it: none for the built-in course.
func courseFolders(dir string) []string {
	if dir == "" {
		return nil
	}
	return []string{dir}
}

// problemStatus is the exit status for a problem app.Problem words: 2 for
// a name that is too long (a usage error), 1 for a refused output place.
func problemStatus(err error) int {
	if app.IsNameProblem(err) {
		return 2
	}
	return 1
}
