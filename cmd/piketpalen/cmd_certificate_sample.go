package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"piketpalen/certificate"
)

// sampleBase is the file name, without extension, of the specimen certificate.
const sampleBase = "voorbeeldcertificaat"

// runCertificateSample writes a specimen certificate, voorbeeldcertificaat.pdf
// and .json, into outDir (the current directory when empty, created when
// missing), for trainers and HR who want to see what a certificate looks like
// and what "piketpalen verify" says about it. It prints the full paths.
// Exit 0 on success, 1 when the files cannot be written.
func runCertificateSample(outDir, courseDir string, stdout, stderr io.Writer) int {
	if outDir == "" {
		outDir = "."
	}
	abs, err := filepath.Abs(outDir)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen: voorbeeldcertificaat: %v\n", err)
		return 1
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		fmt.Fprintf(stderr, "piketpalen: voorbeeldcertificaat: %v\n", err)
		return 1
	}
	crs, err := loadCourse(courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	c, err := certificate.SampleFor(crs, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen: voorbeeldcertificaat: %v\n", err)
		return 1
	}
	pdfPath, jsonPath, err := certificate.WriteFiles(abs, sampleBase, c)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen: voorbeeldcertificaat: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Voorbeeldcertificaat geschreven (%s):\n", certificate.SpecimenMark)
	fmt.Fprintf(stdout, "  %s\n  %s\n", pdfPath, jsonPath)
	fmt.Fprintf(stdout, "Controleer met: piketpalen verify %s\n", pdfPath)
	return 0
}
