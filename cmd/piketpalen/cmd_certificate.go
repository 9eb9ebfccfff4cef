package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"piketpalen/certificate"
	"piketpalen/internal/userdirs"
	"piketpalen/progress"
)

// runCertificate makes the learner's certificate from their saved progress,
// or with --sample a specimen. Exit 0 when written, 1 when modules are not
// passed yet or writing fails, 2 on a usage error.
func runCertificate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("certificate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("name", "", "je naam zoals die op het certificaat komt")
	org := fs.String("org", "", "je organisatie (niet verplicht)")
	out := fs.String("out", "", "map voor het certificaat")
	dataDir := fs.String("data", "", "map met je voortgang")
	courseDir := fs.String("course", "", "cursusmap")
	sample := fs.Bool("sample", false, "een voorbeeldcertificaat maken")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Gebruik: piketpalen certificate --name NAAM [--org ORGANISATIE] [--out MAP] [--data MAP]
       piketpalen certificate --sample [--out MAP]

Maakt je certificaat (PDF en een JSON-bestand om te controleren) als je alle
modules hebt gehaald. Zonder --out komt het in je map Documenten, of anders in
de map met je voortgang. Met --sample: een voorbeeld met een verzonnen cursist,
gemarkeerd als "VOORBEELD — geen geldig certificaat".

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
	if *sample {
		return runCertificateSample(*out, *courseDir, stdout, stderr)
	}
	if strings.TrimSpace(*name) == "" {
		fmt.Fprintln(stderr, "piketpalen certificate: geef je naam met --name \"Voornaam Achternaam\"")
		return 2
	}
	c, err := loadCourse(*courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	store, st, notices, err := openProgress(*dataDir)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen certificate: %v\n", err)
		return 1
	}
	defer store.Close()
	dir := store.Dir()
	for _, n := range notices {
		fmt.Fprintln(stderr, n)
	}
	target := *out
	if target == "" {
		target = certificateDir(dir)
	}
	_, pdfPath, jsonPath, err := certificate.Make(c, st, *name, *org, target, time.Now())
	var np *certificate.NotPassedError
	if errors.As(err, &np) {
		fmt.Fprintln(stderr, "Nog geen certificaat: niet alle modules zijn gehaald. Nog te halen:")
		for _, m := range np.Missing {
			fmt.Fprintf(stderr, "  - %s (%s)\n", m.Title, m.ID)
		}
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen certificate: %v\n", err)
		return 1
	}
	st.Learner = progress.Learner{Name: strings.TrimSpace(*name), Organisation: strings.TrimSpace(*org)}
	if err := store.Save(st); err != nil {
		fmt.Fprintf(stderr, "piketpalen certificate: je naam is niet bewaard: %v\n", err)
	}
	fmt.Fprintf(stdout, "Certificaat geschreven:\n  %s\n  %s\nControleer met: piketpalen verify %s\n", pdfPath, jsonPath, pdfPath)
	return 0
}

// certificateDir is where certificates go by default: the Documents folder
// when there is one, else the data folder.
func certificateDir(dataDir string) string {
	if d := userdirs.Documents(); d != "" {
		return d
	}
	return dataDir
}
