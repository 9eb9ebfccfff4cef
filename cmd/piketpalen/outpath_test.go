package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

// unchanged fails when the file at path no longer holds data.
func unchanged(t *testing.T, path string, data []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("%s was changed or removed (%v)", path, err)
	}
}

// TestOutputsNeverDestroyInputs: export-results --out DATA/progress.json
// overwrote the progress file (an attempt lost), results in.json --csv
// in.json overwrote its input, --out /dev/full would replace a device, and
// --out /nonexistent/ wrote a file named nonexistent. Each is refused with a
// message in the learner's language, and nothing is written.
func TestOutputsNeverDestroyInputs(t *testing.T) {
	data := progresstest.DataDir(t, progress.New())
	prog := filepath.Join(data, progress.FileName)
	// make the backup and the lock exist
	exportFor(t, validCourse, progress.New(), "Jan", t.TempDir())
	s, _ := progress.Open(data)
	st, _, _ := s.Load()
	st.MarkRead("01-eerste", 0)
	s.Save(st)
	s.Close()
	progData, _ := os.ReadFile(prog)
	bakData, _ := os.ReadFile(prog + ".bak")

	link := filepath.Join(t.TempDir(), "andere-naam.json")
	if err := os.Link(prog, link); err != nil {
		t.Fatal(err)
	}
	symlink := filepath.Join(t.TempDir(), "koppeling.json")
	os.Symlink(filepath.Join(t.TempDir(), "doel.json"), symlink)
	missing := filepath.Join(t.TempDir(), "bestaat-niet") + string(filepath.Separator)
	// a copy of the course, so that a failing run damages no file of the repository
	courseCopy := t.TempDir()
	if err := os.CopyFS(courseCopy, os.DirFS(validCourse)); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		out, nl, en string
	}{
		{prog, "voortgangsbestand", "progress file"},
		{prog + ".bak", "voortgangsbestand", "progress file"},
		{prog + ".lock", "voortgangsbestand", "progress file"},
		{link, "voortgangsbestand", "progress file"},
		{symlink, "koppeling", "symbolic link"},
		{missing, "bestaat niet", "does not exist"},
		{filepath.Join(courseCopy, "course.yaml"), "cursus", "course"},
	} {
		for _, lang := range []string{"nl", "en"} {
			want := map[string]string{"nl": c.nl, "en": c.en}[lang]
			code, _, stderr := runCLI("export-results", "--name", "Jan", "--data", data, "--course", courseCopy, "--out", c.out, "--lang", lang)
			if code == 0 || !strings.Contains(stderr, want) {
				t.Errorf("--out %s (%s): exit %d, want a message with %q: %s", c.out, lang, code, want, stderr)
			}
		}
	}
	unchanged(t, prog, progData)
	unchanged(t, prog+".bak", bakData)
	if _, err := os.Lstat(strings.TrimSuffix(missing, string(filepath.Separator))); err == nil {
		t.Errorf("a file was made at %s", missing)
	}
	if fi, err := os.Lstat(symlink); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced")
	}

	// results: the CSV may not be one of the files read, under any name.
	dir := t.TempDir()
	in := exportFor(t, validCourse, progress.New(), "Jan", filepath.Join(dir, "in.json"))
	inData, _ := os.ReadFile(in)
	inLink := filepath.Join(t.TempDir(), "zelfde.csv")
	os.Link(in, inLink)
	for _, csvOut := range []string{in, inLink} {
		code, _, stderr := runCLI("results", in, "--course", validCourse, "--csv", csvOut)
		if code == 0 || !strings.Contains(stderr, "gelezen") {
			t.Errorf("--csv %s: exit %d: %s", csvOut, code, stderr)
		}
		code, _, stderr = runCLI("results", dir, "--course", validCourse, "--csv", csvOut, "--lang", "en")
		if code == 0 || !strings.Contains(stderr, "reads") {
			t.Errorf("--csv %s (folder read): exit %d: %s", csvOut, code, stderr)
		}
	}
	unchanged(t, in, inData)

	// certificate --out must be a folder.
	passAll(t, validCourse, data)
	code, _, stderr := runCLI("certificate", "--name", "Jan", "--data", data, "--course", validCourse, "--out", missing)
	if code == 0 || !strings.Contains(stderr, "bestaat niet") {
		t.Errorf("certificate --out %s: exit %d: %s", missing, code, stderr)
	}
}

// TestOutputToADevice: a device or a FIFO is never replaced by a file.
func TestOutputToADevice(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no /dev/full")
	}
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	data := progresstest.DataDir(t, progress.New())
	for _, lang := range []string{"nl", "en"} {
		want := map[string]string{"nl": "geen gewoon bestand", "en": "not a regular file"}[lang]
		code, _, stderr := runCLI("export-results", "--name", "Jan", "--data", data, "--course", validCourse, "--out", "/dev/full", "--lang", lang)
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("export-results --out /dev/full: exit %d: %s", code, stderr)
		}
	}
	in := exportFor(t, validCourse, progress.New(), "Jan", t.TempDir())
	code, _, stderr := runCLI("results", in, "--course", validCourse, "--csv", "/dev/full")
	if code == 0 || !strings.Contains(stderr, "geen gewoon bestand") {
		t.Errorf("results --csv /dev/full: exit %d: %s", code, stderr)
	}
}

// TestSampleOutputIsChecked: the specimen is written through the same
// check: not into the course folder, not over a link.
func TestSampleOutputIsChecked(t *testing.T) {
	courseCopy := t.TempDir()
	if err := os.CopyFS(courseCopy, os.DirFS(validCourse)); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI("certificate", "--sample", "--course", courseCopy, "--out", courseCopy); code == 0 || !strings.Contains(stderr, "cursusmap") {
		t.Errorf("into the course folder: exit %d: %s", code, stderr)
	}
	out := t.TempDir()
	os.Symlink(filepath.Join(t.TempDir(), "elders.pdf"), filepath.Join(out, "voorbeeldcertificaat.pdf"))
	if code, _, stderr := runCLI("certificate", "--sample", "--out", out); code == 0 || !strings.Contains(stderr, "koppeling") {
		t.Errorf("over a link: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI("certificate", "--sample", "--out", t.TempDir()); code != 0 {
		t.Errorf("a plain folder: exit %d: %s", code, stderr)
	}
}
