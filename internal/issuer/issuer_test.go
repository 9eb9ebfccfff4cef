package issuer

import (
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"testing/fstest"
	"time"

	"piketpalen/internal/didkey"
)

func TestInitAndLoad(t *testing.T) {
	dir := t.TempDir()
	keyPath, pubPath, err := Init("  Ministerie van  Voorbeeldzaken ", dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(keyPath) != "ministerie-van-voorbeeldzaken.key" || filepath.Base(pubPath) != "ministerie-van-voorbeeldzaken.uitgever.json" {
		t.Errorf("files %s %s", keyPath, pubPath)
	}
	if runtime.GOOS != "windows" {
		if st, _ := os.Stat(keyPath); st.Mode().Perm() != 0o600 {
			t.Errorf("key file mode %04o, want 0600", st.Mode().Perm())
		}
	}
	k, err := LoadKey(keyPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := LoadPublic(pubPath)
	if err != nil {
		t.Fatal(err)
	}
	if pub.Name != "Ministerie van Voorbeeldzaken" || pub.DID != k.Public().DID {
		t.Errorf("public %+v, key %+v", pub, k.Public())
	}
	if _, err := didkey.Decode(pub.DID); err != nil {
		t.Error(err)
	}
	if _, _, err := Init("Ministerie van Voorbeeldzaken", dir, nil); err == nil {
		t.Error("an existing key was overwritten")
	}
	var s Set
	s.Add(pub)
	if name, ok := s.Trusted(pub.DID); !ok || name != pub.Name {
		t.Errorf("Trusted = %q %v", name, ok)
	}
	if _, ok := s.Trusted("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp"); ok {
		t.Error("another key trusted")
	}
}

// TestKeyReadableByOthersIsRefused; Windows has no such mode bits, and is
// not checked (ModeChecked).
func TestKeyReadableByOthersIsRefused(t *testing.T) {
	if !ModeChecked() {
		t.Skip("file modes do not say who may read a file on Windows")
	}
	keyPath, _, err := Init("Org", t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []os.FileMode{0o644, 0o640, 0o604} {
		os.Chmod(keyPath, mode)
		if _, err := LoadKey(keyPath, nil); !errors.Is(err, ErrExposed) {
			t.Errorf("mode %04o: %v, want ErrExposed", mode, err)
		}
	}
	os.Chmod(keyPath, 0o600)
	if _, err := LoadKey(keyPath, nil); err != nil {
		t.Errorf("mode 0600: %v", err)
	}
}

func TestPassphrase(t *testing.T) {
	keyPath, _, err := Init("Org", t.TempDir(), []byte("correct horse"))
	if err != nil {
		t.Fatal(err)
	}
	if p, err := Protected(keyPath); err != nil || !p {
		t.Fatalf("Protected = %v, %v", p, err)
	}
	data, _ := os.ReadFile(keyPath)
	if _, err := LoadKey(keyPath, nil); !errors.Is(err, ErrPassphrase) {
		t.Errorf("no passphrase: %v", err)
	}
	if _, err := LoadKey(keyPath, []byte("wrong horse")); !errors.Is(err, ErrPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	k, err := LoadKey(keyPath, []byte("correct horse"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, k.Private.Seed()) || bytes.Contains(data, []byte(base64.StdEncoding.EncodeToString(k.Private.Seed()))) {
		t.Error("the sealed key file holds the seed in the clear")
	}
}

func TestSelfKeyIsKept(t *testing.T) {
	dir := t.TempDir()
	a, err := SelfKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := SelfKey(dir)
	if err != nil || !a.Equal(b) {
		t.Errorf("second SelfKey differs: %v", err)
	}
	if other, _ := SelfKey(t.TempDir()); other.Equal(a) {
		t.Error("two progress folders share a key")
	}
}

func TestDefaultTrustsNothingBuiltIn(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 0 {
		t.Errorf("%d issuers trusted by default in the source build", s.Len())
	}
}

func TestRevoke(t *testing.T) {
	dir := t.TempDir()
	keyPath, _, _ := Init("Org", dir, nil)
	k, err := LoadKey(keyPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(dir, "ingetrokken.json")
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	if _, err := Revoke(list, k, []string{"abcd efgh jk0l"}, now); err != nil {
		t.Fatal(err)
	}
	if _, err := Revoke(list, k, []string{"M8R1-X9MB-CGZC"}, now); err != nil {
		t.Fatal(err)
	}
	r, err := ReadRevocations(list)
	if err != nil {
		t.Fatal(err)
	}
	did := k.Public().DID
	if !r.Revoked(did, "ABCD-EFGH-JK01") || !r.Revoked(did, "m8r1x9mbcgzc") || r.Revoked(did, "0000-0000-0000") {
		t.Errorf("codes %v", r.Codes)
	}
	if r.Revoked("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp", "ABCD-EFGH-JK01") {
		t.Error("a list revokes another issuer's certificate")
	}
	data, _ := os.ReadFile(list)
	os.WriteFile(list, bytes.Replace(data, []byte("M8R1-X9MB-CGZC"), []byte("M8R1-X9MB-CGZD"), 1), 0o644)
	if _, err := ReadRevocations(list); !errors.Is(err, ErrRevocationList) {
		t.Errorf("altered list: %v", err)
	}
	if _, err := Revoke(filepath.Join(dir, "x.json"), k, []string{"kort"}, now); err == nil {
		t.Error("a code that is none accepted")
	}
}

func TestNoKeyBuiltIn(t *testing.T) {
	if err := noKeyBuiltIn(builtin); err != nil {
		t.Fatal(err)
	}
	bad := fstest.MapFS{"trusted/README.md": {}, "trusted/org.key": {Data: []byte("{}")}}
	if err := noKeyBuiltIn(bad); err == nil {
		t.Error("a key file in trusted/ was accepted")
	}
}
