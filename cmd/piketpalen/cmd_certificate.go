package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/internal/issuer"
	"piketpalen/internal/outpath"
	"piketpalen/internal/userdirs"
	"piketpalen/progress"
)

// runCertificate makes the learner's certificate from their saved progress,
// or with --sample a specimen. Its messages are in the language --lang
// names, else the one remembered in the learner's settings once they are
// read, else Dutch; the certificate itself is Dutch. Exit 0 when written, 1
// when modules are not passed yet or writing fails, 2 on a usage error.
func runCertificate(args []string, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("certificate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("name", "", ul.T("certificate.flag.name"))
	org := fs.String("org", "", ul.T("cli.flag.org"))
	out := fs.String("out", "", ul.T("certificate.flag.out"))
	dataDir := fs.String("data", "", ul.T("cli.flag.datawith"))
	courseDir := fs.String("course", "", ul.T("cli.flag.course"))
	sample := fs.Bool("sample", false, ul.T("certificate.flag.sample"))
	lang := langFlag(fs, ul)
	fs.Usage = func() {
		fmt.Fprint(stderr, ul.T("certificate.usage", certificate.SpecimenMark))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen certificate", stderr)
	if !ok {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	if *sample {
		return runCertificateSample(l, *out, *courseDir, stdout, stderr)
	}
	// A usage error is reported before anything is read or made, in the
	// language of --lang or Dutch; after the progress is read, the messages
	// are in the language the learner chose.
	if strings.TrimSpace(*name) == "" {
		fmt.Fprintf(stderr, "piketpalen certificate: %s\n", l.T("certificate.noname"))
		return 2
	}
	ls, code := openLearner("piketpalen certificate", *lang, *dataDir, *courseDir, l, stderr)
	if ls == nil {
		return code
	}
	defer ls.store.Close()
	store, st, c, l, dir := ls.store, ls.st, ls.c, ls.l, ls.store.Dir()
	target := *out
	if target == "" {
		target = certificateDir(dir)
	} else {
		err := outpath.Folder(target)
		if err == nil {
			// the name does not matter: the folder is checked
			err = outpath.Guard{Protected: store.Files(), Folders: courseFolders(*courseDir)}.Check(filepath.Join(target, "certificaat.pdf"))
		}
		if msg, ok := outputProblem(l, err); ok {
			fmt.Fprintf(stderr, "piketpalen certificate: %s\n", msg)
			return 1
		}
	}
	self, err := issuer.SelfKey(dir)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen certificate: %s\n", l.T("certificate.failed", err))
		return 1
	}
	_, pdfPath, jsonPath, err := certificate.Make(c, st, *name, *org, target, self, time.Now())
	var np *certificate.NotPassedError
	if errors.As(err, &np) {
		fmt.Fprintln(stderr, l.T("certificate.notpassed"))
		for _, m := range np.Missing {
			fmt.Fprintf(stderr, "  - %s (%s)\n", m.Title, m.ID)
		}
		return 1
	}
	if msg, ok := nameProblem(l, err); ok {
		fmt.Fprintf(stderr, "piketpalen certificate: %s\n", msg)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen certificate: %s\n", l.T("certificate.failed", err))
		return 1
	}
	st.Learner = progress.Learner{ID: st.Learner.ID, Name: strings.TrimSpace(*name), Organisation: strings.TrimSpace(*org)}
	if err := store.Save(st); err != nil {
		fmt.Fprintf(stderr, "piketpalen certificate: %s\n", l.T("cli.namenotsaved", err))
	}
	fmt.Fprintf(stdout, "%s\n  %s\n  %s\n%s\n", l.T("certificate.written"), pdfPath, jsonPath, l.T("certificate.checkwith", pdfPath))
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
