package main

import (
	"bytes"
	"errors"
	"fmt"
	"piketpalen/internal/locale"

	"piketpalen/internal/app"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/outpath"
	"piketpalen/internal/report"
	"piketpalen/internal/results"
	"piketpalen/internal/xapi"
)

// resultsCommand is the results command; see runResults.
func resultsCommand() *command {
	var o struct{ csv, sep, xapi string }
	return &command{
		names: []string{"results", "resultaten"},
		usage: locale.OverviewUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.text(&o.csv, "csv", "", locale.CliArgFile, locale.OverviewFlagCsv)
			fs.text(&o.sep, "csv-sep", "", locale.CliArgSep, locale.OverviewFlagCsvsep)
			fs.text(&o.xapi, "xapi", "", locale.CliArgFile, locale.XapiFlagGroup)
		},
		run: func(inv *invocation) int { return runResults(inv, o.csv, o.sep, o.xapi) },
	}
}

// runResults shows the trainer's overview of the result files that the
// arguments name (files, or folders whose .json files are read):
// `piketpalen results BESTAND|MAP... [--csv UIT] [--csv-sep ;] [--xapi UIT]
// [--course MAP]`. With --xapi the statements of the files that count are
// written too, in the same reading of the files (app.GroupXAPI).
// Flags may come before or after the files. It prints a plain table, no
// colour, that reads the same on a screen, in a pipe and on paper. Exit 0
// when at least one file counted, 1 when none did (or the course or the CSV
// failed), 2 on a usage error.
func runResults(inv *invocation, csvOut, csvSep, xapiOut string) int {
	l, stdout, stderr, paths := inv.lang(), inv.stdout, inv.stderr, inv.args
	if len(paths) == 0 {
		inv.fail(2, l.T(locale.OverviewNofiles))
		inv.usage(stderr, l)
		return 2
	}
	var sep rune
	switch csvSep {
	case "":
		sep = csvSeparator(l)
	case ",":
		sep = ','
	case ";":
		sep = ';'
	default:
		return inv.fail(2, l.T(locale.OverviewBadsep, csvSep))
	}

	c, err := loadCourse(l, inv.g.course)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	// The files are named first and read afterwards, on every core, each
	// dropped once it is counted: the memory does not grow with them.
	loaded := results.Gather(paths...)
	csvPath := csvOut
	if csvPath != "" {
		// The CSV may be none of the files read, under any name.
		var inputs []string
		for _, ld := range loaded {
			inputs = append(inputs, ld.Path)
		}
		csvPath, err = outpath.Resolve(csvPath, "resultaten.csv")
		if err == nil {
			err = outpath.Guard{Inputs: inputs, Folders: courseFolders(inv.g.course)}.Check(csvPath)
		}
		if msg, ok := app.Problem(l, err); ok {
			return inv.fail(1, msg)
		}
	}
	sum := results.NewSummary(c)
	var x app.XAPIExport
	if xapiOut != "" {
		guard := outpath.Guard{Folders: courseFolders(inv.g.course)}
		if csvPath != "" {
			guard.Protected = []string{csvPath} // not the CSV either
		}
		x, err = app.GroupXAPI(c, loaded, xapiOut, guard, sum.Add)
		if msg, ok := app.Problem(l, err); ok {
			return inv.fail(1, msg)
		}
	} else {
		results.ReadEach(loaded, sum.Add)
	}
	loaded = nil
	o := sum.Overview()
	report.Write(stdout, l, c, o)
	if xapiOut != "" {
		if err != nil {
			return inv.fail(1, l.T(locale.XapiFailed, err))
		}
		for _, p := range x.Skipped {
			if p.Kind == results.Unreadable && errors.Is(p.Err, xapi.ErrNoLearnerID) {
				inv.warn(l.T(locale.XapiNolearnerid, p.Path))
			}
		}
		fmt.Fprintf(stdout, "\n%s\n  %s\n", l.T(locale.XapiWritten, x.Statements, x.Files), x.Path)
	}

	if o.Counted() == 0 {
		inv.warn(l.T(locale.OverviewNonecounted))
		if csvPath != "" {
			inv.warn(l.T(locale.OverviewCsvnotwritten, csvPath))
		}
		return 1
	}
	if csvPath != "" {
		var buf bytes.Buffer
		if err := results.WriteCSVSep(&buf, o, sep); err != nil {
			return inv.fail(1, err.Error())
		}
		if err := atomicfile.WriteFile(csvPath, buf.Bytes(), 0o644); err != nil {
			return inv.fail(1, l.T(locale.OverviewCsvfailed, err))
		}
		fmt.Fprintln(stdout, "\n"+l.T(locale.OverviewCsvwritten, csvPath))
	}
	return 0
}

// csvSeparator is the CSV separator when --csv-sep is not given: a
// semicolon for a Dutch interface, since Excel with Dutch settings opens a
// comma-separated file in a single column, and a comma otherwise.
func csvSeparator(l locale.Lang) rune {
	if l == locale.NL {
		return ';'
	}
	return ','
}
