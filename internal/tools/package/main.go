// Command package builds piketpalen for Windows, macOS and Linux and packs
// each build in a zip for handing out: the program, an empty piketpalen-data
// folder (portable mode: progress stays next to the program, e.g. on a USB
// stick) and a short LEESMIJ.txt, which for Windows also says what to do
// when SmartScreen warns and how to run from a network share. The Windows
// programs get version information naming this VERSION and the course's
// issuer (internal/winresource). An organisation that signs its programs
// gives its signing command with -sign; it runs on every Windows program
// after the resources are written and before the zip is made. It is Go, not
// a shell script, so a trainer can run it on Windows too:
//
//	go run ./internal/tools/package [-out DIR] [-sign COMMAND] [VERSION]
//
// In COMMAND, {in} is the program to sign and {out} the signed program to
// write (osslsigncode sign ... -in {in} -out {out}); without {out} the
// command signs {in} in place (signtool sign ... {in}). Arguments are
// separated by spaces; one that holds spaces goes in double quotes.
//
// Output: DIR/piketpalen-VERSION-OS-ARCH.zip (DIR is dist by default).
package main

import (
	"archive/zip"
	"debug/pe"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"piketpalen/assets"
	"piketpalen/course"
	"piketpalen/internal/winresource"
	"piketpalen/modules"
)

// targets are the platforms a hand-out is made for.
var targets = []struct{ OS, Arch string }{
	{"windows", "amd64"}, {"windows", "arm64"}, {"darwin", "arm64"}, {"linux", "amd64"},
}

func main() {
	out := flag.String("out", "dist", "folder for the zips")
	sign := flag.String("sign", "", "command that signs each Windows program: {in} is the program, {out} the signed copy (none: in place)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/tools/package [-out DIR] [-sign COMMAND] [VERSION]")
		flag.PrintDefaults()
	}
	flag.Parse()
	version := flag.Arg(0)
	if version == "" {
		version = gitVersion()
	}
	if err := run(*out, version, *sign); err != nil {
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

func run(outDir, version, sign string) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	for _, t := range targets {
		zipPath, err := build(outDir, version, sign, t.OS, t.Arch)
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

// build cross-compiles one target, signs it with the command sign when that
// is not empty and the target is Windows, and writes its zip.
func build(outDir, version, sign, goos, goarch string) (string, error) {
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
	if goos == "windows" {
		// The build linked in the committed resources of version "dev";
		// the hand-out names its own version.
		c, err := course.Load(modules.FS)
		if err != nil {
			return "", fmt.Errorf("built-in course: %w", err)
		}
		if err := winresource.Patch(bin, winresource.ForCourse(c, version)); err != nil {
			return "", err
		}
		if sign != "" {
			if err := signExe(sign, bin); err != nil {
				return "", err
			}
		}
	}
	readme, err := assets.Leesmij(version, program, goos == "windows")
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

// signExe runs the signing command on the program at bin and checks that
// the program carries a signature afterwards.
func signExe(command, bin string) error {
	args, err := splitCommand(command)
	if err != nil {
		return fmt.Errorf("-sign: %w", err)
	}
	if len(args) == 0 {
		return errors.New("-sign: no command")
	}
	signed := bin + ".signed"
	inPlace := true
	for i, a := range args {
		if strings.Contains(a, "{out}") {
			inPlace = false
		}
		args[i] = strings.NewReplacer("{in}", bin, "{out}", signed).Replace(a)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("signing with %s: %w", args[0], err)
	}
	if !inPlace {
		if err := os.Rename(signed, bin); err != nil {
			return fmt.Errorf("signing with %s: no signed program: %w", args[0], err)
		}
	}
	ok, err := hasSignature(bin)
	if err != nil {
		return fmt.Errorf("after signing: %w", err)
	}
	if !ok {
		return fmt.Errorf("%s ran, but the program carries no signature", args[0])
	}
	return nil
}

// hasSignature reports whether the Windows program at path has an
// Authenticode signature: a certificate table in its PE header.
func hasSignature(path string) (bool, error) {
	f, err := pe.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok || len(oh.DataDirectory) <= pe.IMAGE_DIRECTORY_ENTRY_SECURITY {
		return false, nil
	}
	d := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_SECURITY]
	return d.VirtualAddress != 0 && d.Size != 0, nil
}

// splitCommand splits a command line at spaces; text in double quotes is
// one argument, spaces included.
func splitCommand(s string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inQuote, started := false, false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote, started = !inQuote, true
		case (r == ' ' || r == '\t') && !inQuote:
			if started {
				args = append(args, cur.String())
				cur.Reset()
				started = false
			}
		default:
			cur.WriteRune(r)
			started = true
		}
	}
	if inQuote {
		return nil, errors.New("a double quote is not closed")
	}
	if started {
		args = append(args, cur.String())
	}
	return args, nil
}
