package main

import (
	"bytes"
	"flag"
	"fmt"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/report"
	"piketpalen/internal/results"
)

// runResults shows the trainer's overview of the result files that the
// arguments name (files, or folders whose .json files are read):
// `piketpalen results BESTAND|MAP... [--csv UIT] [--csv-sep ;] [--course MAP]`.
// Flags may come before or after the files. It prints a plain table, no
// colour, that reads the same on a screen, in a pipe and on paper. Exit 0
// when at least one file counted, 1 when none did (or the course or the CSV
// failed), 2 on a usage error.
func resultsCommand() *command {
	var o struct{ csv, sep string }
	return &command{
		names: []string{"results", "resultaten"},
		usage: "overview.usage",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&o.csv, "csv", "", "overview.flag.csv")
			fs.StringVar(&o.sep, "csv-sep", ",", "overview.flag.csvsep")
		},
		run: func(inv *invocation) int { return runResults(inv, o.csv, o.sep) },
	}
}

func runResults(inv *invocation, csvOut, csvSep string) int {
	l, stdout, stderr, paths := inv.lang(), inv.stdout, inv.stderr, inv.args
	if len(paths) == 0 {
		inv.fail(2, l.T("overview.nofiles"))
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
		return inv.fail(2, l.T("overview.badsep", csvSep))
	}

	c, err := loadCourse(l, inv.g.course)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	o := results.Summarize(c, results.Collect(paths...))
	report.Write(stdout, l, c, o)

	if o.Counted() == 0 {
		inv.fail(1, l.T("overview.nonecounted"))
		if csvOut != "" {
			inv.fail(1, l.T("overview.csvnotwritten", csvOut))
		}
		return 1
	}
	if csvOut != "" {
		var buf bytes.Buffer
		if err := results.WriteCSVSep(&buf, o, sep); err != nil {
			inv.fail(1, err.Error())
			return 1
		}
		if err := atomicfile.WriteFile(csvOut, buf.Bytes(), 0o644); err != nil {
			inv.fail(1, l.T("overview.csvfailed", err))
			return 1
		}
		fmt.Fprintln(stdout, "\n"+l.T("overview.csvwritten", csvOut))
	}
	return 0
}
