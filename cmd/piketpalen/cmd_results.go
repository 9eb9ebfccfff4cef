package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"

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
func runResults(args []string, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("results", flag.ContinueOnError)
	fs.SetOutput(stderr)
	csvOut := fs.String("csv", "", ul.T("overview.flag.csv"))
	csvSep := fs.String("csv-sep", ",", ul.T("overview.flag.csvsep"))
	courseDir := fs.String("course", "", ul.T("overview.flag.course"))
	lang := langFlag(fs, ul)
	fs.Usage = func() {
		fmt.Fprint(stderr, ul.T("overview.usage"))
		fs.PrintDefaults()
	}

	// flags may come after the files too: "results map --csv uit.csv"
	paths, err := parseAll(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen results", stderr)
	if !ok {
		return 2
	}
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "piketpalen results: %s\n", l.T("overview.nofiles"))
		fs.Usage()
		return 2
	}
	var sep rune
	switch *csvSep {
	case ",":
		sep = ','
	case ";":
		sep = ';'
	default:
		fmt.Fprintf(stderr, "piketpalen results: %s\n", l.T("overview.badsep", *csvSep))
		return 2
	}

	c, err := loadCourse(l, *courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	o := results.Summarize(c, results.Collect(paths...))
	report.Write(stdout, l, c, o)

	if o.Counted() == 0 {
		fmt.Fprintf(stderr, "piketpalen results: %s\n", l.T("overview.nonecounted"))
		if *csvOut != "" {
			fmt.Fprintf(stderr, "piketpalen results: %s\n", l.T("overview.csvnotwritten", *csvOut))
		}
		return 1
	}
	if *csvOut != "" {
		var buf bytes.Buffer
		if err := results.WriteCSVSep(&buf, o, sep); err != nil {
			fmt.Fprintf(stderr, "piketpalen results: %v\n", err)
			return 1
		}
		if err := atomicfile.WriteFile(*csvOut, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "piketpalen results: %s\n", l.T("overview.csvfailed", err))
			return 1
		}
		fmt.Fprintln(stdout, "\n"+l.T("overview.csvwritten", *csvOut))
	}
	return 0
}
