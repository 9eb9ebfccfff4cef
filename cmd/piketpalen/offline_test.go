package main

import (
	"strings"
	"testing"

	"piketpalen/internal/buildtest"
)

// TestNoNetworkCode: the program opens no network connection, and the
// surest way to keep that true is that it does not link the code to do so.
// net/http, crypto/tls and friends must never be linked. Go's net package
// may be linked only because golang.org/x/sys/windows imports it for its
// socket helper types (on Windows); any other importer fails the test.
func TestNoNetworkCode(t *testing.T) {
	for _, goos := range []string{"linux", "windows", "darwin"} {
		for _, line := range buildtest.Deps(t, ".", "{{.ImportPath}}:{{join .Imports \" \"}}", "GOOS="+goos, "CGO_ENABLED=0") {
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
