package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/locale"
	"piketpalen/internal/outpath"
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
	csvSep := fs.String("csv-sep", "", ul.T("overview.flag.csvsep"))
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
	case "":
		sep = csvSeparator(l)
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
	loaded := results.Collect(paths...)
	csvPath := *csvOut
	if csvPath != "" {
		// The CSV may be none of the files read, under any name.
		var inputs []string
		for _, ld := range loaded {
			inputs = append(inputs, ld.Path)
		}
		csvPath, err = outpath.Resolve(csvPath, "resultaten.csv")
		if err == nil {
			err = outpath.Guard{Inputs: inputs, Folders: courseFolders(*courseDir)}.Check(csvPath)
		}
		if msg, ok := outputProblem(l, err); ok {
			fmt.Fprintf(stderr, "piketpalen results: %s\n", msg)
			return 1
		}
	}
	o := results.Summarize(c, loaded)
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
		if err := atomicfile.WriteFile(csvPath, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "piketpalen results: %s\n", l.T("overview.csvfailed", err))
			return 1
		}
		fmt.Fprintln(stdout, "\n"+l.T("overview.csvwritten", csvPath))
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
