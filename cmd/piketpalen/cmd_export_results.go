package main

import (
	"errors"
	"fmt"
	"piketpalen/internal/locale"
	"strings"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/outpath"
)

// exportResultsCommand is the export-results command; see runExportResults.
func exportResultsCommand() *command {
	var o struct{ name, org, out string }
	return &command{
		names: []string{"export-results"},
		usage: locale.ExportUsage,
		flags: func(fs *flagSet) {
			fs.text(&o.name, "name", "", locale.CliArgName, locale.ExportFlagName)
			fs.text(&o.org, "org", "", locale.CliArgOrg, locale.CliFlagOrg)
			fs.text(&o.out, "out", "", locale.CliArgPath, locale.ExportFlagOut)
		},
		run: func(inv *invocation) int { return runExportResults(inv, o.name, o.org, o.out) },
	}
}

// runExportResults writes the learner's signed result file for the trainer:
// `piketpalen export-results [--name NAAM] [--org ORG] [--out BESTAND]
// [--data MAP] [--course MAP]`. It works at any point in the course. The
// name defaults to the one remembered from an earlier certificate or
// export, and the name and organisation used are remembered for next time.
// Its messages are in the language --lang names, else the one remembered in
// the learner's settings once they are read, else Dutch. Exit 0 when
// written, 1 when the course, the progress or the file fails, 2 on a usage
// error (including no name at all).
func runExportResults(inv *invocation, name, org, out string) int {
	stdout := inv.stdout
	orgGiven := inv.given("org")

	// The progress is read before the course, so that the messages after it
	// are in the language the learner chose.
	ls, code := openLearner(inv)
	if ls == nil {
		return code
	}
	defer ls.store.Close()
	store, st, c, l, dir := ls.store, ls.st, ls.c, ls.l, ls.store.Dir()

	// without --name the remembered name; without --org the remembered
	// organisation (an empty --org asks for none)
	known := app.Remembered(st)
	p := app.Person{Name: name, Organisation: org}
	if strings.TrimSpace(p.Name) == "" {
		p.Name = known.Name
	}
	if !orgGiven {
		p.Organisation = known.Organisation
	}
	where := app.Where{
		Folder: app.OutDir(dir),
		Out:    out,
		Guard:  outpath.Guard{Protected: store.Files(), Folders: courseFolders(inv.g.course)},
	}
	exp, err := app.ExportResults(c, st, p, where, time.Now())
	if msg, ok := app.Problem(l, err); ok {
		return inv.fail(problemStatus(err), msg)
	}
	switch {
	case errors.Is(err, app.ErrNoName):
		return inv.fail(2, l.T(locale.ExportNoname))
	case err != nil:
		return inv.fail(1, l.T(locale.ExportFailed, err))
	}
	// saved even when the name is the same: the learner id the file
	// carries may have been made at this start
	app.Remember(st, exp.For)
	if err := store.Save(st); err != nil {
		inv.warn(l.T(locale.CliNamenotsaved, err))
	}
	fmt.Fprintf(stdout, "%s\n  %s\n", l.T(locale.ExportWritten, exp.File.Learner), exp.Path)
	fmt.Fprintln(stdout, l.T(locale.ExportPassed, exp.Passed(), len(exp.File.Modules)))
	return 0
}
