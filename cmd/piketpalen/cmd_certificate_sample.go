package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/certificate"
	"piketpalen/internal/locale"
	"piketpalen/internal/outpath"
)

// sampleBase is the file name, without extension, of the specimen certificate.
const sampleBase = "voorbeeldcertificaat"

// runCertificateSample writes a specimen certificate, voorbeeldcertificaat.pdf
// and .json, into outDir (the current directory when empty, created when
// missing), for trainers and HR who want to see what a certificate looks like
// and what "piketpalen verify" says about it. It prints the full paths, in
// language l; the certificate itself is Dutch. Exit 0 on success, 1 when the
// files cannot be written.
func runCertificateSample(l locale.Lang, outDir, courseDir string, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "piketpalen: %s\n", l.T(locale.CertificateSampleFailed, err))
		return 1
	}
	if outDir == "" {
		outDir = "."
	}
	abs, err := filepath.Abs(outDir)
	if err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return fail(err)
	}
	guard := outpath.Guard{Folders: courseFolders(courseDir)}
	for _, ext := range []string{".pdf", ".json"} {
		if msg, ok := app.Problem(l, guard.Check(filepath.Join(abs, sampleBase+ext))); ok {
			fmt.Fprintf(stderr, "piketpalen: %s\n", msg)
			return 1
		}
	}
	crs, err := loadCourse(l, courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	c, err := certificate.SampleFor(crs, time.Now())
	if err != nil {
		return fail(err)
	}
	pdfPath, jsonPath, err := certificate.WriteFiles(abs, sampleBase, c)
	if err != nil {
		return fail(err)
	}
	fmt.Fprintln(stdout, l.T(locale.CertificateSampleWritten, certificate.SpecimenMark))
	fmt.Fprintf(stdout, "  %s\n  %s\n", pdfPath, jsonPath)
	fmt.Fprintln(stdout, l.T(locale.CertificateCheckwith, pdfPath))
	return 0
}
