package outpath

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func reason(err error) Reason {
	var e *Error
	if errors.As(err, &e) {
		return e.Reason
	}
	return 0
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "progress.json")
	os.WriteFile(prog, []byte("{}"), 0o600)
	in := filepath.Join(dir, "in.json")
	os.WriteFile(in, []byte("{}"), 0o600)
	hard := filepath.Join(dir, "hard.csv")
	os.Link(in, hard)
	link := filepath.Join(dir, "link")
	os.Symlink(filepath.Join(dir, "nowhere"), link)
	course := filepath.Join(dir, "cursus")
	os.Mkdir(course, 0o700)
	g := Guard{Protected: []string{prog, prog + ".bak", prog + ".lock"}, Inputs: []string{in}, Folders: []string{course}}
	for _, c := range []struct {
		path string
		want Reason
	}{
		{filepath.Join(dir, "new.json"), 0},
		{prog, Protected},
		{prog + ".lock", Protected}, // not there yet: the name counts
		{filepath.Join(dir, ".", "progress.json"), Protected},
		{in, Input},
		{hard, Input},
		{link, Symlink},
		{filepath.Join(dir, "missing") + "/", NoFolder},
		{filepath.Join(dir, "missing", "x.json"), NoFolder},
		{dir, NoFolder},
		{filepath.Join(course, "x.json"), InsideFolder},
		{"/dev/null", NotRegular},
	} {
		if got := reason(g.Check(c.path)); got != c.want {
			t.Errorf("Check(%s) = %v, want %v", c.path, got, c.want)
		}
	}
	if p, err := Resolve(dir+"/", "x.json"); err != nil || p != filepath.Join(dir, "x.json") {
		t.Errorf("Resolve(dir/) = %s, %v", p, err)
	}
	if _, err := Resolve(filepath.Join(dir, "missing")+"/", "x.json"); reason(err) != NoFolder {
		t.Errorf("Resolve(missing/) = %v", err)
	}
	if p, err := Resolve(dir, "x.json"); err != nil || p != filepath.Join(dir, "x.json") {
		t.Errorf("Resolve(dir) = %s, %v", p, err)
	}
	linked := filepath.Join(t.TempDir(), "documenten")
	os.Symlink(dir, linked)
	if p, err := Resolve(linked, "x.json"); err != nil || p != filepath.Join(linked, "x.json") || g.Check(p) != nil {
		t.Errorf("Resolve(link to a folder) = %s, %v, %v", p, err, g.Check(p))
	}
}
