// Command genlicenses writes assets/third-party-licenses.txt: the licence of
// every module linked into the piketpalen binary, as those licences ask
// binary distributions to do. Run it from anywhere in the repository after
// a change of dependencies:
//
//	go generate ./assets
//
// A test in assets fails when a linked module is missing from the file.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"piketpalen/internal/tools/gocmd"
	"sort"
	"strings"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "genlicenses:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := gocmd.Output("list", "-m", "-f", "{{.Dir}}")
	if err != nil {
		return err
	}
	list, err := gocmd.Output("list", "-deps", "-f", "{{with .Module}}{{if not .Main}}{{.Path}}{{end}}{{end}}", "piketpalen/cmd/piketpalen")
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	var mods []string
	for _, m := range strings.Fields(list) {
		if !seen[m] {
			seen[m] = true
			mods = append(mods, m)
		}
	}
	sort.Strings(mods)

	goroot, err := gocmd.Output("env", "GOROOT")
	if err != nil {
		return err
	}
	gover, err := gocmd.Output("env", "GOVERSION")
	if err != nil {
		return err
	}
	var b bytes.Buffer
	rule := strings.Repeat("=", 80)
	b.WriteString("piketpalen includes the following software. Their licences follow.\n\n")
	fmt.Fprintf(&b, "%s\nThe Go programming language (standard library and runtime) %s\n%s\n", rule, gover, rule)
	if err := appendFile(&b, filepath.Join(goroot, "LICENSE")); err != nil {
		return err
	}
	b.WriteString("\n")
	for _, m := range mods {
		dir, err := gocmd.Output("list", "-m", "-f", "{{.Dir}}", m)
		if err != nil {
			return err
		}
		ver, err := gocmd.Output("list", "-m", "-f", "{{.Version}}", m)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s\n%s %s\n%s\n", rule, m, ver, rule)
		// A module that go.mod replaces with a copy in the repository
		// (internal/third_party) is a modified copy, and is named so.
		local, err := gocmd.Output("list", "-m", "-f", "{{with .Replace}}{{if not .Version}}local{{end}}{{end}}", m)
		if err != nil {
			return err
		}
		if local != "" {
			b.WriteString("(modified: the copy in piketpalen's source under internal/third_party, with its patch)\n\n")
		}
		if lic := licenceFile(dir); lic != "" {
			if err := appendFile(&b, lic); err != nil {
				return err
			}
		} else {
			b.WriteString("(no licence file found in the module)\n")
		}
		if m == "golang.org/x/image" {
			b.WriteString("\n--- Go fonts (golang.org/x/image/font/gofont), used in the certificate PDF ---\n")
			if err := appendFile(&b, filepath.Join(dir, "font", "gofont", "ttfs", "README")); err != nil {
				return err
			}
		}
		b.WriteString("\n")
	}
	out := filepath.Join(root, "assets", "third-party-licenses.txt")
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d modules)\n", out, len(mods))
	return nil
}

// licenceFile finds the licence at the top of a module's folder, the first
// by name of LICENSE*, LICENCE* and COPYING*.
func licenceFile(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	var names []string
	for _, e := range entries {
		n := strings.ToUpper(e.Name())
		if e.Type().IsRegular() && (strings.HasPrefix(n, "LICENSE") || strings.HasPrefix(n, "LICENCE") || strings.HasPrefix(n, "COPYING")) {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	return filepath.Join(dir, names[0])
}

func appendFile(b *bytes.Buffer, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	b.Write(data)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		b.WriteByte('\n')
	}
	return nil
}
