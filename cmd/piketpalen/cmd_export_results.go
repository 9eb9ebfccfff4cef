package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"piketpalen/progress"
	"piketpalen/results"
)

// runExportResults writes the learner's signed result file for the trainer:
// `piketpalen export-results [--name NAAM] [--org ORG] [--out BESTAND]
// [--data MAP] [--course MAP]`. It works at any point in the course. The
// name defaults to the one remembered from an earlier certificate or
// export, and the name and organisation used are remembered for next time.
// Exit 0 when written, 1 when the course, the progress or the file fails, 2
// on a usage error (including no name at all).
func runExportResults(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export-results", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("name", "", "je naam (standaard: de naam die piketpalen al van je weet)")
	org := fs.String("org", "", "je organisatie (niet verplicht)")
	out := fs.String("out", "", "het bestand (of de map) om het resultaat in te schrijven")
	dataDir := fs.String("data", "", "map met je voortgang")
	courseDir := fs.String("course", "", "cursusmap")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Gebruik: piketpalen export-results [--name NAAM] [--org ORGANISATIE] [--out BESTAND] [--data MAP]

Schrijft je resultaten naar één bestand voor je trainer: per module of je
geslaagd bent, je beste score, het aantal pogingen en je antwoorden bij de
laatste toets. Dat kan op elk moment, ook als je nog niet klaar bent. Het
bestand is ondertekend: een wijziging achteraf valt op.

Zonder --out komt het bestand resultaten-<naam>.json in je map Documenten,
of anders in de map met je voortgang. Zonder --name wordt de naam gebruikt
die piketpalen al van je weet (van je certificaat of een eerdere export).

Opties:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	orgGiven := false
	fs.Visit(func(f *flag.Flag) { orgGiven = orgGiven || f.Name == "org" })

	c, err := loadCourse(*courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	store, st, notices, err := openProgress(*dataDir)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen export-results: %v\n", err)
		return 1
	}
	defer store.Close()
	dir := store.Dir()
	for _, n := range notices {
		fmt.Fprintln(stderr, n)
	}

	learner := strings.Join(strings.Fields(*name), " ")
	if learner == "" {
		learner = st.Learner.Name
	}
	if learner == "" {
		fmt.Fprintln(stderr, "piketpalen export-results: geef je naam met --name \"Voornaam Achternaam\", zodat je trainer weet van wie de resultaten zijn")
		return 2
	}
	organisation := strings.Join(strings.Fields(*org), " ")
	if !orgGiven {
		organisation = st.Learner.Organisation
	}

	f, err := results.Export(c, st, learner, organisation, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen export-results: %v\n", err)
		return 1
	}
	target := *out
	switch {
	case target == "":
		target = filepath.Join(certificateDir(dir), results.FileName(learner))
	case isDir(target):
		target = filepath.Join(target, results.FileName(learner))
	}
	if abs, err := filepath.Abs(target); err == nil {
		target = abs
	}
	if err := results.Write(target, f); err != nil {
		fmt.Fprintf(stderr, "piketpalen export-results: %v\n", err)
		return 1
	}

	if remembered := (progress.Learner{Name: f.Learner, Organisation: f.Organisation}); st.Learner != remembered {
		st.Learner = remembered
		if err := store.Save(st); err != nil {
			fmt.Fprintf(stderr, "piketpalen export-results: je naam is niet bewaard: %v\n", err)
		}
	}

	passed := 0
	for _, m := range f.Modules {
		if m.Passed {
			passed++
		}
	}
	fmt.Fprintf(stdout, "Resultaten van %s geschreven:\n  %s\n", f.Learner, target)
	fmt.Fprintf(stdout, "Modules gehaald: %d van %d. Geef dit bestand aan je trainer.\n", passed, len(f.Modules))
	return 0
}

// isDir reports whether path is an existing folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
