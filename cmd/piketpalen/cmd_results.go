package main

import (
	"bytes"
	"fmt"
	"piketpalen/internal/locale"

	"piketpalen/internal/app"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/outpath"
	"piketpalen/internal/report"
	"piketpalen/internal/results"
)

// resultsCommand is the results command; see runResults.
func resultsCommand() *command {
	var o struct{ csv, sep string }
	return &command{
		names: []string{"results", "resultaten"},
		usage: locale.OverviewUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.text(&o.csv, "csv", "", locale.CliArgFile, locale.OverviewFlagCsv)
			fs.text(&o.sep, "csv-sep", ",", locale.CliArgSep, locale.OverviewFlagCsvsep)
		},
		run: func(inv *invocation) int { return runResults(inv, o.csv, o.sep) },
	}
}

// runResults shows the trainer's overview of the result files that the
// arguments name (files, or folders whose .json files are read):
// `piketpalen results BESTAND|MAP... [--csv UIT] [--csv-sep ;] [--course MAP]`.
// Flags may come before or after the files. It prints a plain table, no
// colour, that reads the same on a screen, in a pipe and on paper. Exit 0
// when at least one file counted, 1 when none did (or the course or the CSV
// failed), 2 on a usage error.
func runResults(inv *invocation, csvOut, csvSep string) int {
	l, stdout, stderr, paths := inv.lang(), inv.stdout, inv.stderr, inv.args
	if len(paths) == 0 {
		inv.fail(2, l.T(locale.OverviewNofiles))
		inv.usage(stderr, l)
		return 2
	}
	var sep rune
	switch csvSep {
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
	loaded := results.Collect(paths...)
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
	o := results.Summarize(c, loaded)
	report.Write(stdout, l, c, o)

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
