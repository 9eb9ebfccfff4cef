package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"time"

	"piketpalen/course"
	"piketpalen/internal/locale"

	"piketpalen/internal/app"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/outpath"
	"piketpalen/internal/report"
	"piketpalen/internal/results"
)

// resultsCommand is the results command; see runResults.
func resultsCommand() *command {
	var o struct{ csv, sep, watch, xapi string }
	return &command{
		names: []string{"results", "resultaten"},
		usage: locale.OverviewUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.text(&o.csv, "csv", "", locale.CliArgFile, locale.OverviewFlagCsv)
			fs.text(&o.sep, "csv-sep", "", locale.CliArgSep, locale.OverviewFlagCsvsep)
			fs.text(&o.watch, "watch", "", locale.CliArgDir, locale.WorkshopFlagWatch)
			fs.text(&o.xapi, "xapi", "", locale.CliArgFile, locale.XapiFlagGroup)
		},
		run: func(inv *invocation) int {
			if o.watch != "" {
				if o.csv != "" || o.sep != "" || o.xapi != "" {
					return inv.fail(2, inv.lang().T(locale.OverviewWatchalone))
				}
				return runWatch(inv, o.watch)
			}
			return runResults(inv, o.csv, o.sep, o.xapi)
		},
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
	// The files are read and dropped one by one and what is kept of them is
	// small: collecting only near the soft limit of holdGC took some 17 %
	// off the time for 10,000 files, and the peak stays under 80 MB.
	defer holdGC()()
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
	loaded := app.GatherResults(paths...)
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
	var x app.XAPIExport
	var xerr error
	read := readAll(loaded)
	if xapiOut != "" {
		guard := outpath.Guard{Folders: courseFolders(inv.g.course)}
		if csvPath != "" {
			guard.Protected = []string{csvPath} // not the CSV either
		}
		read = func(add func(results.Loaded)) error {
			x, xerr = app.GroupXAPI(c, loaded, xapiOut, guard, add)
			if _, ok := app.Problem(l, xerr); ok {
				return xerr
			}
			return nil
		}
	}
	o, err := writeOverview(stdout, l, c, read)
	loaded = nil
	if msg, ok := app.Problem(l, err); ok {
		return inv.fail(1, msg)
	}
	if xapiOut != "" {
		if xerr != nil {
			return inv.fail(1, l.T(locale.XapiFailed, xerr))
		}
		for _, path := range x.NoLearner {
			inv.warn(l.T(locale.XapiNolearnerid, path))
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

// writeOverview has read hand every file that counts to the summary, and
// writes the class overview of them: the one code results and results
// --watch show. An error of read ends it before anything is written.
func writeOverview(w io.Writer, l locale.Lang, c *course.Course, read func(add func(results.Loaded)) error) (*results.Overview, error) {
	sum := results.NewSummary(c)
	if err := read(sum.Add); err != nil {
		return nil, err
	}
	o := sum.Overview()
	report.Write(w, l, c, o)
	return o, nil
}

// readAll reads the files gathered, on every core, for writeOverview.
func readAll(loaded []results.Loaded) func(add func(results.Loaded)) error {
	return func(add func(results.Loaded)) error {
		results.ReadEach(loaded, add)
		return nil
	}
}

// runWatch shows the class overview of the result files in dir and of
// the files the arguments name, and shows it again whenever they change:
// `piketpalen results --watch MAP`, for a second screen in a workshop. It
// reads the folder on change events where the folder delivers them and
// every second in any case (see package workshop), redraws only when the
// overview changed, and runs until Ctrl+C.
func runWatch(inv *invocation, dir string) int {
	l := inv.lang()
	c, err := loadCourse(l, inv.g.course)
	if err != nil {
		fmt.Fprintln(inv.stderr, err)
		return 1
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return inv.fail(1, l.T(locale.WorkshopNofolder, dir))
	}
	stopped, release := notifyStop()
	defer release()
	w := app.NewWatcher(dir)
	go func() { <-stopped; w.Close() }()
	paths := append([]string{dir}, inv.args...)
	last := ""
	for {
		var buf bytes.Buffer
		writeOverview(&buf, l, c, readAll(app.GatherResults(paths...)))
		if text := buf.String(); text != last {
			last = text
			// clear the screen and write from its top: through the bare
			// output, since the sanitiser would take the sequence out
			fmt.Fprint(inv.rawOut, "\x1b[H\x1b[2J")
			fmt.Fprint(inv.stdout, text)
			fmt.Fprintln(inv.stdout, "\n"+l.T(locale.WorkshopWatching, time.Now().Format("15:04:05"), dir))
			if f, ok := inv.stdout.(interface{ Flush() error }); ok {
				f.Flush()
			}
		}
		if !w.Wait() {
			return 0
		}
	}
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
