package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoNetworkCode: the program opens no network connection, and the
// surest way to keep that true is that it does not link the code to do so.
// net/http, crypto/tls and friends must never be linked. Go's net package
// may be linked only because golang.org/x/sys/windows imports it for its
// socket helper types (on Windows); any other importer fails the test.
func TestNoNetworkCode(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is needed to list the packages")
	}
	for _, goos := range []string{"linux", "windows", "darwin"} {
		cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}:{{join .Imports \" \"}}", ".")
		cmd.Env = append(cmd.Environ(), "GOOS="+goos, "CGO_ENABLED=0")
		out, err := cmd.Output()
		if err != nil {
			t.Skipf("go list: %v", err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			pkg, imports, _ := strings.Cut(line, ":")
			switch pkg {
			case "net/http", "crypto/tls", "net/rpc", "net/smtp", "net/mail":
				t.Errorf("%s: the binary links %s", goos, pkg)
			}
			for _, imp := range strings.Fields(imports) {
				if imp == "net" && pkg != "golang.org/x/sys/windows" {
					t.Errorf("%s: %s imports net", goos, pkg)
				}
			}
		}
	}
}
