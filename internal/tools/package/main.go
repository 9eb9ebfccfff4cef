// Command package builds piketpalen for Windows, macOS and Linux and packs
// each build in a zip for handing out: the program, an empty piketpalen-data
// folder (portable mode: progress stays next to the program, e.g. on a USB
// stick) and a short LEESMIJ.txt. It is Go, not a shell script, so a trainer
// can run it on Windows too:
//
//	go run ./internal/tools/package [-out DIR] [VERSION]
//
// Output: DIR/piketpalen-VERSION-OS-ARCH.zip (DIR is dist by default).
package main

import (
	"archive/zip"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"piketpalen/assets"
)

// targets are the platforms a hand-out is made for.
var targets = []struct{ OS, Arch string }{
	{"windows", "amd64"}, {"windows", "arm64"}, {"darwin", "arm64"}, {"linux", "amd64"},
}

func main() {
	out := flag.String("out", "dist", "folder for the zips")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/tools/package [-out DIR] [VERSION]")
	}
	flag.Parse()
	version := flag.Arg(0)
	if version == "" {
		version = gitVersion()
	}
	if err := run(*out, version); err != nil {
		fmt.Fprintln(os.Stderr, "package:", err)
		os.Exit(1)
	}
}

func gitVersion() string {
	b, err := exec.Command("git", "describe", "--tags", "--always", "--dirty").Output()
	if v := strings.TrimSpace(string(b)); err == nil && v != "" {
		return v
	}
	return "dev"
}

func run(outDir, version string) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	for _, t := range targets {
		zipPath, err := build(outDir, version, t.OS, t.Arch)
		if err != nil {
			return fmt.Errorf("%s/%s: %w", t.OS, t.Arch, err)
		}
		fi, err := os.Stat(zipPath)
		if err != nil {
			return err
		}
		fmt.Printf("%s %.1f MiB\n", zipPath, float64(fi.Size())/(1<<20))
	}
	return nil
}

// build cross-compiles one target and writes its zip.
func build(outDir, version, goos, goarch string) (string, error) {
	tmp, err := os.MkdirTemp("", "piketpalen-package-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	program := "piketpalen"
	if goos == "windows" {
		program += ".exe"
	}
	bin := filepath.Join(tmp, program)
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w -X main.version="+version, "-o", bin, "piketpalen/cmd/piketpalen")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+goarch)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build: %w", err)
	}
	readme, err := assets.Leesmij(version, program)
	if err != nil {
		return "", err
	}
	if goos == "windows" {
		readme = strings.ReplaceAll(readme, "\n", "\r\n")
	}
	zipPath := filepath.Join(outDir, fmt.Sprintf("piketpalen-%s-%s-%s.zip", version, goos, goarch))
	return zipPath, writeZip(zipPath, bin, program, readme)
}

// writeZip packs the hand-out: piketpalen/ with the program (executable on
// macOS and Linux), an empty piketpalen-data/ and LEESMIJ.txt.
func writeZip(path, bin, program, readme string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	z := zip.NewWriter(f)
	now := time.Now()
	dir := func(name string) error {
		h := &zip.FileHeader{Name: name, Modified: now}
		h.SetMode(os.ModeDir | 0o755)
		_, err := z.CreateHeader(h)
		return err
	}
	file := func(name string, mode os.FileMode, r io.Reader) error {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: now}
		h.SetMode(mode)
		w, err := z.CreateHeader(h)
		if err != nil {
			return err
		}
		_, err = io.Copy(w, r)
		return err
	}
	if err := dir("piketpalen/"); err != nil {
		return err
	}
	if err := dir("piketpalen/piketpalen-data/"); err != nil {
		return err
	}
	b, err := os.Open(bin)
	if err != nil {
		return err
	}
	defer b.Close()
	if err := file("piketpalen/"+program, 0o755, b); err != nil {
		return err
	}
	if err := file("piketpalen/LEESMIJ.txt", 0o644, strings.NewReader(readme)); err != nil {
		return err
	}
	return z.Close()
}
