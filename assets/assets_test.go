package assets

import (
	"strings"
	"testing"
	"text/template"

	"piketpalen/internal/buildtest"
)

// TestEveryModuleIsListed keeps the licence file in step with the modules
// the binary links: after a dependency change, run go generate ./assets.
func TestEveryModuleIsListed(t *testing.T) {
	modules := buildtest.Deps(t, "../cmd/piketpalen", "{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}}{{end}}{{end}}")
	for _, m := range modules {
		if !strings.Contains(ThirdParty, "\n"+m+"\n") {
			t.Errorf("%s is linked but its licence is not in third-party-licenses.txt; run go generate ./assets", m)
		}
	}
	if len(modules) < 10 {
		t.Errorf("only %d modules listed; the check is not looking at the binary", len(modules))
	}
	if !strings.Contains(ThirdParty, "Bigelow & Holmes") || strings.Contains(ThirdParty, "(no licence file found") {
		t.Error("a licence is missing: the Go fonts, or a module without a licence file")
	}
}

func TestLeesmij(t *testing.T) {
	s, err := Leesmij("1.2.3", "piketpalen.exe", true)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"piketpalen 1.2.3:", "Start het programma piketpalen.exe", "piketpalen-data",
		"Windows 10 of 11", "SmartScreen", "Toch uitvoeren", "Blokkering opheffen", "versie (1.2.3)",
		"Vanaf een netwerkschijf", `\\server\share\piketpalen`, "pushd"} {
		if !strings.Contains(s, want) {
			t.Errorf("LEESMIJ lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "{{") {
		t.Errorf("LEESMIJ has an unfilled field:\n%s", s)
	}
	for i, line := range strings.Split(s, "\n") {
		if n := len([]rune(line)); n > 78 {
			t.Errorf("line %d is %d characters, wider than Notepad at its default size shows well: %s", i+1, n, line)
		}
	}
	other, err := Leesmij("1.2.3", "piketpalen", false)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(other, "SmartScreen") || !strings.HasSuffix(other, "de licenties van de gebruikte software\n") {
		t.Errorf("LEESMIJ for macOS and Linux:\n%s", other)
	}
}

// TestLeesmijAsTemplate checks that Leesmij fills LEESMIJ.txt in exactly as
// text/template does, in whose notation it is written.
func TestLeesmijAsTemplate(t *testing.T) {
	tmpl := template.Must(template.New("LEESMIJ.txt").Option("missingkey=error").Parse(leesmij))
	for _, windows := range []bool{true, false} {
		var want strings.Builder
		data := struct {
			Version, Program string
			Windows          bool
		}{"1.2.3", "piketpalen.exe", windows}
		if err := tmpl.Execute(&want, data); err != nil {
			t.Fatal(err)
		}
		got, err := Leesmij(data.Version, data.Program, windows)
		if err != nil {
			t.Fatal(err)
		}
		if got != want.String() {
			t.Errorf("windows %v: Leesmij differs from text/template:\n%s\n---\n%s", windows, got, want.String())
		}
	}
}
