package course

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// validWith is the test course with one file's text changed by edit.
func validWith(t *testing.T, file string, edit func(string) string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("testdata/valid"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile("testdata/valid/" + p)
		if err != nil {
			return err
		}
		if p == file {
			data = []byte(edit(string(data)))
		}
		m[p] = &fstest.MapFile{Data: data}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// wantProblem fails unless Validate reports a problem at file:line whose
// message contains words, and unless Load refuses the course.
func wantProblem(t *testing.T, fsys fs.FS, file string, line int, words string) {
	t.Helper()
	ps := Validate(fsys)
	for _, p := range ps {
		if p.File == file && p.Line == line && strings.Contains(p.Msg, words) {
			if _, err := Load(fsys); err == nil {
				t.Errorf("Load accepts the course with %s:%d: %s", file, line, p.Msg)
			}
			return
		}
	}
	t.Errorf("no problem %s:%d with %q; got %v", file, line, words, ps)
}

func TestValidateInvalidUTF8(t *testing.T) {
	fsys := validWith(t, "01-eerste/module.md", func(s string) string {
		return strings.Replace(s, "Jij werkt", "Jij \xff\xfe werkt", 1)
	})
	wantProblem(t, fsys, "01-eerste/module.md", 12, "UTF-8")
	fsys = validWith(t, "01-eerste/questions.yaml", func(s string) string {
		return strings.Replace(s, "Goed antwoord 1", "Goed \xc3 antwoord 1", 1)
	})
	wantProblem(t, fsys, "01-eerste/questions.yaml", 7, "UTF-8")
}

func TestValidateControlCharacters(t *testing.T) {
	fsys := validWith(t, "01-eerste/module.md", func(s string) string {
		return strings.Replace(s, "Jij werkt", "Jij \x1b]8;;https://evil.example\x1b\\werkt\x1b]8;;\x1b\\", 1)
	})
	wantProblem(t, fsys, "01-eerste/module.md", 12, "stuurteken")
	// Escapes in a double-quoted YAML string are control characters too,
	// once read.
	fsys = validWith(t, "01-eerste/questions.yaml", func(s string) string {
		return strings.Replace(s, "Vraag 1 van een. Welk antwoord is goed?", `"Vraag \e]52;c;aGFja2Vk\a"`, 1)
	})
	wantProblem(t, fsys, "01-eerste/questions.yaml", 5, "stuurteken")
	fsys = validWith(t, "course.yaml", func(s string) string {
		return strings.Replace(s, "title: Testcursus", `title: "Test\u202ecursus"`, 1)
	})
	wantProblem(t, fsys, "course.yaml", 1, "stuurteken")
	// A line end written as CR LF is no problem.
	for _, file := range []string{"01-eerste/module.md", "01-eerste/questions.yaml", "course.yaml"} {
		fsys = validWith(t, file, func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") })
		if ps := Validate(fsys); len(ps) > 0 {
			t.Errorf("CR LF line ends in %s: %v", file, ps)
		}
	}
}

func TestValidateNesting(t *testing.T) {
	fsys := validWith(t, "01-eerste/module.md", func(s string) string {
		return strings.Replace(s, "> Een citaat", strings.Repeat("> ", 800)+"Een citaat", 1)
	})
	wantProblem(t, fsys, "01-eerste/module.md", 22, "diep")
	fsys = validWith(t, "01-eerste/module.md", func(s string) string {
		return strings.Replace(s, "> Een citaat", strings.Repeat("- ", 50)+"lijst", 1)
	})
	wantProblem(t, fsys, "01-eerste/module.md", 22, "diep")
	fsys = validWith(t, "01-eerste/module.md", func(s string) string {
		return strings.Replace(s, "> Een citaat", "> > > Drie diep mag", 1)
	})
	if ps := Validate(fsys); len(ps) > 0 {
		t.Errorf("three levels: %v", ps)
	}
}

func TestValidateLongLinesAndNames(t *testing.T) {
	fsys := validWith(t, "01-eerste/module.md", func(s string) string {
		return strings.Replace(s, "Jij werkt", "Jij "+strings.Repeat("lang ", 1000)+"werkt", 1)
	})
	wantProblem(t, fsys, "01-eerste/module.md", 12, "te lang")
	fsys = validWith(t, "01-eerste/module.md", func(s string) string {
		return strings.Replace(s, "title: Eerste module", "title: "+strings.Repeat("Lange titel ", 30), 1)
	})
	wantProblem(t, fsys, "01-eerste/module.md", 2, "te lang")
}
