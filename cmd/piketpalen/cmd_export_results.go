package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"piketpalen/internal/issuer"
	"piketpalen/internal/outpath"
	"piketpalen/internal/results"
	"piketpalen/progress"
)

// runExportResults writes the learner's signed result file for the trainer:
// `piketpalen export-results [--name NAAM] [--org ORG] [--out BESTAND]
// [--data MAP] [--course MAP]`. It works at any point in the course. The
// name defaults to the one remembered from an earlier certificate or
// export, and the name and organisation used are remembered for next time.
// Its messages are in the language --lang names, else the one remembered in
// the learner's settings once they are read, else Dutch. Exit 0 when
// written, 1 when the course, the progress or the file fails, 2 on a usage
// error (including no name at all).
func runExportResults(args []string, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("export-results", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("name", "", ul.T("export.flag.name"))
	org := fs.String("org", "", ul.T("cli.flag.org"))
	out := fs.String("out", "", ul.T("export.flag.out"))
	dataDir := fs.String("data", "", ul.T("cli.flag.datawith"))
	courseDir := fs.String("course", "", ul.T("cli.flag.course"))
	lang := langFlag(fs, ul)
	fs.Usage = func() {
		fmt.Fprint(stderr, ul.T("export.usage"))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen export-results", stderr)
	if !ok {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	orgGiven := false
	fs.Visit(func(f *flag.Flag) { orgGiven = orgGiven || f.Name == "org" })

	// The progress is read before the course, so that the messages after it
	// are in the language the learner chose.
	ls, code := openLearner("piketpalen export-results", *lang, *dataDir, *courseDir, l, stderr)
	if ls == nil {
		return code
	}
	defer ls.store.Close()
	store, st, c, l, dir := ls.store, ls.st, ls.c, ls.l, ls.store.Dir()

	learner := strings.Join(strings.Fields(*name), " ")
	if learner == "" {
		learner = st.Learner.Name
	}
	if learner == "" {
		fmt.Fprintf(stderr, "piketpalen export-results: %s\n", l.T("export.noname"))
		return 2
	}
	organisation := strings.Join(strings.Fields(*org), " ")
	if !orgGiven {
		organisation = st.Learner.Organisation
	}

	self, err := issuer.SelfKey(dir)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen export-results: %s\n", l.T("export.failed", err))
		return 1
	}
	f, err := results.Export(c, st, learner, organisation, self, time.Now())
	if msg, ok := nameProblem(l, err); ok {
		fmt.Fprintf(stderr, "piketpalen export-results: %s\n", msg)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen export-results: %s\n", l.T("export.failed", err))
		return 1
	}
	target := filepath.Join(certificateDir(dir), results.FileName(f.Learner))
	if *out != "" {
		target, err = outpath.Resolve(*out, results.FileName(f.Learner))
	}
	if err == nil {
		err = outpath.Guard{Protected: store.Files(), Folders: courseFolders(*courseDir)}.Check(target)
	}
	if msg, ok := outputProblem(l, err); ok {
		fmt.Fprintf(stderr, "piketpalen export-results: %s\n", msg)
		return 1
	}
	if abs, err := filepath.Abs(target); err == nil {
		target = abs
	}
	if err := results.Write(target, f); err != nil {
		fmt.Fprintf(stderr, "piketpalen export-results: %s\n", l.T("export.failed", err))
		return 1
	}

	// Saved even when the name is the same: the learner id the file
	// carries may have been made at this start, and must stay the
	// learner's. Save writes only what changed.
	st.Learner = progress.Learner{ID: st.Learner.ID, Name: f.Learner, Organisation: f.Organisation}
	if err := store.Save(st); err != nil {
		fmt.Fprintf(stderr, "piketpalen export-results: %s\n", l.T("cli.namenotsaved", err))
	}

	passed := 0
	for _, m := range f.Modules {
		if m.Passed {
			passed++
		}
	}
	fmt.Fprintf(stdout, "%s\n  %s\n", l.T("export.written", f.Learner), target)
	fmt.Fprintln(stdout, l.T("export.passed", passed, len(f.Modules)))
	return 0
}
