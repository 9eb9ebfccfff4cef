package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoNetworkCode: the program opens no network connection, and the
// surest way to keep that true is that it does not even link Go's network
// package (net/url and net/netip only parse text). A dependency that brings
// net, net/http or crypto/tls in makes this test fail.
func TestNoNetworkCode(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is needed to list the packages")
	}
	for _, goos := range []string{"linux", "windows", "darwin"} {
		cmd := exec.Command("go", "list", "-deps", ".")
		cmd.Env = append(cmd.Environ(), "GOOS="+goos, "CGO_ENABLED=0")
		out, err := cmd.Output()
		if err != nil {
			t.Skipf("go list: %v", err)
		}
		for _, pkg := range strings.Fields(string(out)) {
			switch pkg {
			case "net", "net/http", "crypto/tls", "net/rpc", "net/smtp":
				t.Errorf("%s: the binary links %s", goos, pkg)
			}
		}
	}
}
