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
	var o struct {
		name, org, out  string
		xapi, pseudonym bool
	}
	return &command{
		names: []string{"export-results"},
		usage: locale.ExportUsage,
		flags: func(fs *flagSet) {
			fs.text(&o.name, "name", "", locale.CliArgName, locale.ExportFlagName)
			fs.text(&o.org, "org", "", locale.CliArgOrg, locale.CliFlagOrg)
			fs.text(&o.out, "out", "", locale.CliArgPath, locale.ExportFlagOut)
			fs.toggle(&o.xapi, "xapi", locale.XapiFlagExport)
			fs.toggle(&o.pseudonym, "pseudonym", locale.XapiFlagPseudonym)
		},
		run: func(inv *invocation) int {
			if o.xapi {
				return runExportXAPI(inv, o.out)
			}
			return runExportResults(inv, app.Person{Name: o.name, Organisation: o.org, Pseudonym: o.pseudonym}, o.out)
		},
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
func runExportResults(inv *invocation, p app.Person, out string) int {
	stdout := inv.stdout
	orgGiven := inv.given("org")

	// The progress is read before the course, so that the messages after it
	// are in the language the learner chose.
	ls, code := openLearner(inv)
	if ls == nil {
		return code
	}
	defer ls.store.Close()
	store, st, c, l := ls.store, ls.st, ls.c, ls.l

	// without --name the remembered name; without --org the remembered
	// organisation (an empty --org asks for none)
	known := app.Remembered(st)
	if strings.TrimSpace(p.Name) == "" {
		p.Name = known.Name
	}
	if !orgGiven {
		p.Organisation = known.Organisation
	}
	exp, err := app.ExportResults(c, st, p, learnerWhere(inv, ls, out), time.Now())
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
	written := l.T(locale.ExportWritten, exp.File.Learner)
	if exp.File.Pseudonymous() {
		written = l.T(locale.XapiPseudonymwritten, exp.File.LearnerID)
	}
	fmt.Fprintf(stdout, "%s\n  %s\n", written, exp.Path)
	fmt.Fprintln(stdout, l.T(locale.ExportPassed, exp.Passed(), len(exp.File.Modules)))
	return 0
}

// learnerWhere is where a file of the learner goes: --out, else the
// default folder; never over their own files or the course's.
func learnerWhere(inv *invocation, ls *learner, out string) app.Where {
	return app.Where{
		Folder: app.OutDir(ls.store.Dir()),
		Out:    out,
		Guard:  outpath.Guard{Protected: ls.store.Files(), Folders: courseFolders(inv.g.course)},
		KeyDir: ls.store.Dir(),
	}
}

// runExportXAPI writes the learner's xAPI statements:
// `piketpalen export-results --xapi [--out BESTAND]`. Exit 0 when written,
// 1 when the course, the progress or the file fails.
func runExportXAPI(inv *invocation, out string) int {
	ls, code := openLearner(inv)
	if ls == nil {
		return code
	}
	defer ls.store.Close()
	l := ls.l
	x, err := app.ExportXAPI(ls.c, ls.st, learnerWhere(inv, ls, out), time.Now())
	if msg, ok := app.Problem(l, err); ok {
		return inv.fail(1, msg)
	}
	if err != nil {
		return inv.fail(1, l.T(locale.XapiFailed, err))
	}
	// the learner id the statements name may have been made at this start
	if err := ls.store.Save(ls.st); err != nil {
		inv.warn(l.T(locale.CliIdnotsaved, err))
	}
	fmt.Fprintf(inv.stdout, "%s\n  %s\n", l.T(locale.XapiWritten, x.Statements, x.Files), x.Path)
	return 0
}
