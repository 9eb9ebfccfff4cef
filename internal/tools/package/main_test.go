package main

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/internal/winresource"
)

// handOut builds the windows/amd64 hand-out of version v1.4.2 into dir,
// signed with the command sign ("" for none), and opens its zip for the
// rest of the test.
func handOut(t *testing.T, dir, sign string) *zip.ReadCloser {
	t.Helper()
	zipPath, err := build(dir, "v1.4.2", sign, "windows", "amd64")
	if err != nil {
		t.Fatal(err)
	}
	z, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { z.Close() })
	return z
}

// TestWindowsHandOut builds the windows/amd64 hand-out of version v1.4.2:
// the program's resources name that version (not the "dev" of the
// committed .syso, which stays as it was), and the LEESMIJ, with Windows
// line ends, says what to do about SmartScreen and network shares.
func TestWindowsHandOut(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: building a hand-out is skipped")
	}
	syso := filepath.Join("..", "..", "..", "cmd", "piketpalen", winresource.SysoName("amd64"))
	before, err := os.ReadFile(syso)
	if err != nil {
		t.Fatal(err)
	}
	z := handOut(t, t.TempDir(), "")
	files := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name], _ = io.ReadAll(r)
		r.Close()
	}
	if _, ok := files["piketpalen/piketpalen-data/"]; !ok {
		t.Errorf("no piketpalen-data folder in the zip: %v", z.File)
	}
	exe, ok := files["piketpalen/piketpalen.exe"]
	if !ok {
		t.Fatal("no piketpalen.exe in the zip")
	}
	res, err := winresource.Read(bytes.NewReader(exe))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("hand-out v1.4.2: FileVersion %q, fixed %v, CompanyName %q", res.Strings["FileVersion"], res.FileVersion, res.Strings["CompanyName"])
	if res.Strings["FileVersion"] != "v1.4.2" || res.Strings["ProductVersion"] != "v1.4.2" || res.FileVersion != [4]uint16{1, 4, 2, 0} {
		t.Errorf("version resource: %+v", res)
	}
	if !strings.Contains(res.Manifest, `level="asInvoker"`) || res.Icons == 0 {
		t.Errorf("manifest or icon lost in patching: %d icons\n%s", res.Icons, res.Manifest)
	}
	readme := string(files["piketpalen/LEESMIJ.txt"])
	for _, want := range []string{"piketpalen v1.4.2:", "SmartScreen", "Toch uitvoeren", "Vanaf een netwerkschijf"} {
		if !strings.Contains(readme, want) {
			t.Errorf("LEESMIJ lacks %q", want)
		}
	}
	if strings.Count(readme, "\r\n") != strings.Count(readme, "\n") {
		t.Error("LEESMIJ for Windows has lines without CR LF")
	}
	after, err := os.ReadFile(syso)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("packaging changed the committed %s", syso)
	}
}

func TestSplitCommand(t *testing.T) {
	got, err := splitCommand(`"C:\Program Files (x86)\Windows Kits\10\bin\signtool.exe" sign /fd SHA256  /a {in}`)
	want := []string{`C:\Program Files (x86)\Windows Kits\10\bin\signtool.exe`, "sign", "/fd", "SHA256", "/a", "{in}"}
	if err != nil || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	if _, err := splitCommand(`signtool "sign`); err == nil {
		t.Error("an open quote is accepted")
	}
}

// TestSignedHandOut signs the Windows program of a hand-out with
// osslsigncode and a throw-away certificate, as an organisation would with
// its own: the program in the zip carries the signature, which osslsigncode
// verifies, and its resources are intact. A command that signs nothing is
// an error, not a silently unsigned hand-out.
func TestSignedHandOut(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: building a hand-out is skipped")
	}
	ossl, err := exec.LookPath("osslsigncode")
	if err != nil {
		t.Skip("osslsigncode is not installed; signing a hand-out is not tested (apt-get install osslsigncode)")
	}
	dir := t.TempDir()
	certPath, keyPath := testCertificate(t, dir)
	sign := ossl + ` sign -certs "` + certPath + `" -key "` + keyPath + `" -n piketpalen -h sha256 -in {in} -out {out}`
	z := handOut(t, dir, sign)
	exe := filepath.Join(dir, "piketpalen.exe")
	for _, f := range z.File {
		if f.Name == "piketpalen/piketpalen.exe" {
			r, _ := f.Open()
			b, _ := io.ReadAll(r)
			r.Close()
			os.WriteFile(exe, b, 0o755)
		}
	}
	if ok, err := hasSignature(exe); err != nil || !ok {
		t.Fatalf("the program in the zip is not signed: %v", err)
	}
	out, err := exec.Command(ossl, "verify", "-CAfile", certPath, "-in", exe).CombinedOutput()
	t.Logf("osslsigncode verify: %v\n%s", err, lastLines(string(out), 3))
	if err != nil {
		t.Errorf("osslsigncode verify: %v", err)
	}
	f, err := os.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if res, err := winresource.Read(f); err != nil || res.Strings["FileVersion"] != "v1.4.2" {
		t.Errorf("resources after signing: %v %+v", err, res)
	}
	if _, err := build(dir, "v1.4.2", "true {in}", "windows", "amd64"); err == nil || !strings.Contains(err.Error(), "no signature") {
		t.Errorf("a command that signs nothing: %v", err)
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// testCertificate writes a self-signed code-signing certificate and its key
// as PEM files into dir.
func testCertificate(t *testing.T, dir string) (certPath, keyPath string) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "Gemeente Voorbeeld (test)"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageCodeSigning},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	certPath, keyPath = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}), 0o600)
	return certPath, keyPath
}
