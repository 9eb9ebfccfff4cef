// Package ob3interop checks piketpalen's Open Badges 3.0 credentials with
// another implementation: digitalbazaar's JavaScript libraries for VC 2.0
// and Data Integrity (verify.mjs, versions pinned by package-lock.json).
// It needs node and npm; without them, or when the packages cannot be
// installed, the test is skipped and says why.
package ob3interop

import (
	"bytes"
	"crypto/ed25519"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/certificate"
	"piketpalen/internal/interop/npmtest"
	"piketpalen/internal/ob3"
)

// install installs the JavaScript verifier and returns its folder.
func install(t *testing.T) string {
	return npmtest.Install(t, "piketpalen-ob3-interop", "verify.mjs")
}

// jsVerify runs verify.mjs on a credential and returns its verdict line and
// whether it exited 0.
func jsVerify(t *testing.T, dir string, cred []byte) (string, bool) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "credential.json")
	if err := os.WriteFile(p, cred, 0o644); err != nil {
		t.Fatal(err)
	}
	contexts, err := filepath.Abs(filepath.Join("..", "..", "..", "assets", "contexts"))
	if err != nil {
		t.Fatal(err)
	}
	return npmtest.Node(t, dir, "verify.mjs", p, contexts)
}

func TestCredentialVerifiesInJavaScript(t *testing.T) {
	dir := install(t)
	key := ed25519.NewKeyFromSeed([]byte("piketpalen interop test issuer!!"))
	now := time.Now().UTC().Truncate(time.Second)
	in := certificate.Input{
		Learner: "Zoë Brontë-Ünal", Organisation: "Gemeente Voorbeeldstad", Course: certificate.SampleCourse,
		IssuerName: "Ministerie van Voorbeeldzaken", LearnerID: "0123456789abcdef0123456789abcdef",
		ValidUntil: now.AddDate(2, 0, 0),
		Modules: []certificate.ModuleResult{
			{ID: "01-primaat", Title: "Primaat van de politiek", Score: 90, Passed: now},
			{ID: "02-vrijheid", Title: "Vrijheid van meningsuiting", Score: 80, Passed: now},
		},
	}
	c, err := certificate.Issue(in, key, now)
	if err != nil {
		t.Fatal(err)
	}
	cred, err := ob3.Credential(c, key)
	if err != nil {
		t.Fatal(err)
	}
	if out, ok := jsVerify(t, dir, cred); !ok || !strings.Contains(out, `"verified":true`) {
		t.Fatalf("intact credential not verified by the JavaScript verifier: %s\n%s", out, cred)
	}
	for name, bad := range map[string][]byte{
		"learner":       bytes.Replace(cred, []byte("Zoë Brontë-Ünal"), []byte("Mallory Nooitgeweest"), 1),
		"issuer name":   bytes.Replace(cred, []byte("Ministerie van Voorbeeldzaken"), []byte("Ministerie van Nep"), 1),
		"proof created": bytes.Replace(cred, []byte(`"created": "`+now.Format(time.RFC3339)), []byte(`"created": "`+now.Add(time.Hour).Format(time.RFC3339)), 1),
	} {
		if bytes.Equal(bad, cred) {
			t.Fatalf("%s: nothing changed", name)
		}
		if out, ok := jsVerify(t, dir, bad); ok || !strings.Contains(out, `"verified":false`) {
			t.Errorf("%s changed: the JavaScript verifier says %s", name, out)
		}
	}
}
