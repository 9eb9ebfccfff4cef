package doctor

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"piketpalen/course"
)

func testCourse(t *testing.T) *course.Course {
	c, err := course.Load(os.DirFS("../course/testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func find(rs []Result, name string) Result {
	for _, r := range rs {
		if r.Name == name {
			return r
		}
	}
	return Result{}
}

func TestHealthy(t *testing.T) {
	dir := t.TempDir()
	rs := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}, Environ: []string{"LANG=nl_NL.UTF-8"}})
	if Blocked(rs) {
		var b bytes.Buffer
		Print(&b, rs)
		t.Fatalf("blocked:\n%s", b.String())
	}
	if r := find(rs, "gegevensmap"); !strings.Contains(r.Finding, dir) || !strings.Contains(r.Finding, "--data") {
		t.Errorf("data folder: %+v", r)
	}
	if r := find(rs, "UTF-8"); !r.OK || !strings.Contains(r.Finding, "LANG=nl_NL.UTF-8") {
		t.Errorf("utf-8: %+v", r)
	}
	if r := find(rs, "terminal"); !strings.Contains(r.Finding, "geen terminal") {
		t.Errorf("terminal: %+v", r)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("doctor left files behind: %v", entries)
	}
}

// TestReadOnlyDataFolder names the problem and blocks.
func TestReadOnlyDataFolder(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		// root ignores permissions; a file where the folder should be fails for everyone
		parent := t.TempDir()
		blocker := filepath.Join(parent, "data")
		os.WriteFile(blocker, []byte("x"), 0o644)
		rs := Run(Input{DataFlag: filepath.Join(blocker, "sub"), Course: testCourse(t), Out: &bytes.Buffer{}})
		r := find(rs, "schrijven")
		if r.OK || !Blocked(rs) || !strings.Contains(r.Finding, "kan niet worden gemaakt") {
			t.Fatalf("unwritable folder not reported: %+v", r)
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	rs := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}})
	r := find(rs, "schrijven")
	if r.OK || !Blocked(rs) || !strings.Contains(r.Finding, "kan niet worden geschreven") || !strings.Contains(r.Finding, "permission denied") {
		t.Fatalf("read-only folder not reported: %+v", r)
	}
}

func TestBrokenCourseBlocks(t *testing.T) {
	rs := Run(Input{DataFlag: t.TempDir(), CourseErr: errors.New("course.yaml:3: kapot"), Out: &bytes.Buffer{}})
	if !Blocked(rs) || !strings.Contains(find(rs, "cursus").Finding, "course.yaml:3") {
		t.Fatalf("%+v", rs)
	}
	var b bytes.Buffer
	Print(&b, rs)
	if !strings.HasPrefix(b.String(), "FOUT") {
		t.Errorf("print:\n%s", b.String())
	}
}

func TestNoColorAndLocale(t *testing.T) {
	rs := Run(Input{DataFlag: t.TempDir(), Course: testCourse(t), Out: &bytes.Buffer{}, Environ: []string{"NO_COLOR=1", "LANG=C"}})
	if r := find(rs, "kleuren"); !strings.Contains(r.Finding, "NO_COLOR") {
		t.Errorf("colour: %+v", r)
	}
	if runtime.GOOS != "windows" {
		if r := find(rs, "UTF-8"); r.OK || !strings.Contains(r.Finding, "LANG=C") {
			t.Errorf("utf-8: %+v", r)
		}
	}
}

func TestLeavesNoNewFolder(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "a", "b")
	rs := Run(Input{DataFlag: dir, Course: testCourse(t), Out: &bytes.Buffer{}})
	if r := find(rs, "schrijven"); !r.OK {
		t.Fatalf("%+v", r)
	}
	if _, err := os.Stat(filepath.Dir(dir)); !os.IsNotExist(err) {
		t.Errorf("doctor left %s behind", filepath.Dir(dir))
	}
	if _, err := os.Stat(base); err != nil {
		t.Errorf("doctor removed a folder that was there before: %v", err)
	}
}
