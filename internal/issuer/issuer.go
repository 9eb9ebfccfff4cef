// Package issuer holds the keys that sign certificates, and says whose
// certificates are trusted.
//
// An organisation (the trainer, HR) makes an Ed25519 key pair with Init: a
// private key file, kept by the organisation, mode 0600 and optionally
// protected with a passphrase, and a public issuer file with the
// organisation's name and its did:key. Whoever verifies trusts the issuers
// whose public files they are given (--issuer), that lie next to the
// program, or that are built into an organisation's own binary (folder
// trusted/); see Set.
//
// A learner's own program holds no organisation secret. What it signs (a
// result file, a self-issued bewijs van deelname) it signs with SelfKey, a
// key made for the learner's progress folder and stored there: it shows
// that the file was not altered after that program made it, never that an
// organisation stands behind it.
package issuer

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"golang.org/x/crypto/nacl/secretbox"
	"golang.org/x/crypto/scrypt"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/certificate"
	"piketpalen/internal/didkey"
	"piketpalen/internal/fileread"
	"piketpalen/internal/jsonstrict"
)

// Kinds of the files this package writes.
const (
	KeyKind    = "piketpalen-uitgeverssleutel" // private key file
	PublicKind = "piketpalen-uitgever"         // public issuer file
)

// File name endings of key and issuer files.
const (
	KeyExt    = ".key"
	PublicExt = ".uitgever.json"
)

var (
	// ErrExposed: a private key file can be read by others than its owner.
	ErrExposed = errors.New("private key file is readable by others")
	// ErrPassphrase: the key file is protected and the passphrase is wrong or missing.
	ErrPassphrase = errors.New("wrong or missing passphrase")
	// ErrNotKey: the file is no key or issuer file of this program.
	ErrNotKey = errors.New("not a piketpalen key or issuer file")
	// ErrExists: Init would overwrite a key or issuer file.
	ErrExists = errors.New("an issuer key is never overwritten")
)

// ModeChecked reports whether this system can check a key file's
// permissions. On Windows file modes do not express who may read a file
// (access lists do), so LoadKey skips the check there and the CLI says so.
func ModeChecked() bool { return runtime.GOOS != "windows" }

// Public is an issuer's public file: its name and did:key. It holds no
// secret, so it can be handed to anyone who verifies, and built into a
// program.
type Public struct {
	Kind    string `json:"kind"`    // PublicKind
	Version int    `json:"version"` // 1
	Name    string `json:"name"`    // the organisation, as shown on its certificates
	DID     string `json:"did"`     // did:key of its Ed25519 public key
}

// Key is an issuer's private key with its name.
type Key struct {
	Name    string
	Private ed25519.PrivateKey
}

// Public returns the issuer file of k.
func (k *Key) Public() Public {
	return Public{Kind: PublicKind, Version: 1, Name: k.Name, DID: didkey.Encode(k.Private.Public().(ed25519.PublicKey))}
}

// keyFile is the JSON of a private key file. Seed is the base64 Ed25519
// seed when there is no passphrase; otherwise Sealed is the seed sealed with
// NaCl secretbox under a key derived from the passphrase with scrypt.
type keyFile struct {
	Kind    string  `json:"kind"`
	Version int     `json:"version"`
	Name    string  `json:"name"`
	DID     string  `json:"did"`
	Seed    string  `json:"seed,omitempty"`
	Sealed  *sealed `json:"sealed,omitempty"`
}

type sealed struct {
	KDF   string `json:"kdf"` // "scrypt"
	N     int    `json:"n"`
	R     int    `json:"r"`
	P     int    `json:"p"`
	Salt  string `json:"salt"`  // base64, 16 bytes
	Nonce string `json:"nonce"` // base64, 24 bytes
	Box   string `json:"box"`   // base64 secretbox of the seed
}

// scrypt cost: N=2^15, r=8, p=1, the parameters RFC 7914 and x/crypto
// recommend for interactive use (about 100 ms, 32 MiB).
const scryptN, scryptR, scryptP = 1 << 15, 8, 1

// Slug is the file name part for an issuer name.
func Slug(name string) string {
	if s := certificate.Slug(name); s != "" {
		return s
	}
	return "uitgever"
}

// Init makes a new key pair for the organisation name and writes
// DIR/<slug>.key (mode 0600) and DIR/<slug>.uitgever.json. With a non-empty
// passphrase the private key is sealed. It refuses to overwrite either file.
func Init(name, dir string, passphrase []byte) (keyPath, pubPath string, err error) {
	name, err = certificate.CleanName(certificate.Organisation, name)
	if err != nil {
		return "", "", fmt.Errorf("issuer name: %w", err)
	}
	if name == "" {
		return "", "", errors.New("issuer name: no name given")
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return "", "", fmt.Errorf("make key: %w", err)
	}
	k := &Key{Name: name, Private: priv}
	kf, err := encodeKey(k, passphrase)
	if err != nil {
		return "", "", err
	}
	pub, err := json.MarshalIndent(k.Public(), "", "  ")
	if err != nil {
		return "", "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", "", fmt.Errorf("make folder for the key: %w", err)
	}
	keyPath = filepath.Join(dir, Slug(name)+KeyExt)
	pubPath = filepath.Join(dir, Slug(name)+PublicExt)
	for _, p := range []string{keyPath, pubPath} {
		if _, err := os.Lstat(p); err == nil {
			return "", "", fmt.Errorf("%s already exists: %w", p, ErrExists)
		}
	}
	if err := atomicfile.WriteFile(keyPath, kf, 0o600); err != nil {
		return "", "", fmt.Errorf("write key file: %w", err)
	}
	if err := os.Chmod(keyPath, 0o600); err != nil && ModeChecked() {
		return "", "", fmt.Errorf("key file mode: %w", err)
	}
	if err := atomicfile.WriteFile(pubPath, append(pub, '\n'), 0o644); err != nil {
		return "", "", fmt.Errorf("write issuer file: %w", err)
	}
	return keyPath, pubPath, nil
}

func encodeKey(k *Key, passphrase []byte) ([]byte, error) {
	kf := keyFile{Kind: KeyKind, Version: 1, Name: k.Name, DID: k.Public().DID}
	seed := k.Private.Seed()
	if len(passphrase) == 0 {
		kf.Seed = base64.StdEncoding.EncodeToString(seed)
	} else {
		var salt [16]byte
		var nonce [24]byte
		rand.Read(salt[:])
		rand.Read(nonce[:])
		dk, err := scrypt.Key(passphrase, salt[:], scryptN, scryptR, scryptP, 32)
		if err != nil {
			return nil, fmt.Errorf("derive key from passphrase: %w", err)
		}
		var box [32]byte
		copy(box[:], dk)
		kf.Sealed = &sealed{KDF: "scrypt", N: scryptN, R: scryptR, P: scryptP,
			Salt:  base64.StdEncoding.EncodeToString(salt[:]),
			Nonce: base64.StdEncoding.EncodeToString(nonce[:]),
			Box:   base64.StdEncoding.EncodeToString(secretbox.Seal(nil, seed, &nonce, &box)),
		}
	}
	out, err := json.MarshalIndent(kf, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// Protected reports whether the key file at path is sealed with a
// passphrase, so the CLI knows to ask for one.
func Protected(path string) (bool, error) {
	kf, err := readKeyFile(path)
	if err != nil {
		return false, err
	}
	return kf.Sealed != nil, nil
}

func readKeyFile(path string) (*keyFile, error) {
	var kf keyFile
	if err := readStrict(path, 64<<10, "read key file", &kf, func() bool { return kf.Kind == KeyKind && kf.Version == 1 }, ErrNotKey); err != nil {
		return nil, err
	}
	return &kf, nil
}

// LoadKey reads a private key file. It refuses one that group or others
// can read (ErrExposed; not checked on Windows, see ModeChecked), and one
// that is sealed when passphrase does not open it (ErrPassphrase).
func LoadKey(path string, passphrase []byte) (*Key, error) {
	if ModeChecked() {
		st, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("read key file: %w", err)
		}
		if st.Mode().Perm()&0o077 != 0 {
			return nil, fmt.Errorf("%s (mode %04o; make it 0600 with chmod 600): %w", path, st.Mode().Perm(), ErrExposed)
		}
	}
	kf, err := readKeyFile(path)
	if err != nil {
		return nil, err
	}
	var seed []byte
	if kf.Sealed == nil {
		seed, err = base64.StdEncoding.DecodeString(kf.Seed)
	} else {
		seed, err = openSealed(kf.Sealed, passphrase)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("%s: %w", path, ErrNotKey)
	}
	k := &Key{Name: kf.Name, Private: ed25519.NewKeyFromSeed(seed)}
	if k.Public().DID != kf.DID {
		return nil, fmt.Errorf("%s: the key does not match its did %s: %w", path, kf.DID, ErrNotKey)
	}
	return k, nil
}

func openSealed(s *sealed, passphrase []byte) ([]byte, error) {
	if len(passphrase) == 0 {
		return nil, ErrPassphrase
	}
	salt, err1 := base64.StdEncoding.DecodeString(s.Salt)
	nonceB, err2 := base64.StdEncoding.DecodeString(s.Nonce)
	box, err3 := base64.StdEncoding.DecodeString(s.Box)
	if s.KDF != "scrypt" || err1 != nil || err2 != nil || err3 != nil || len(nonceB) != 24 || s.N > 1<<20 || s.N < 2 || s.R < 1 || s.P < 1 || s.R*s.P > 64 {
		return nil, ErrNotKey
	}
	dk, err := scrypt.Key(passphrase, salt, s.N, s.R, s.P, 32)
	if err != nil {
		return nil, ErrNotKey
	}
	var k [32]byte
	var nonce [24]byte
	copy(k[:], dk)
	copy(nonce[:], nonceB)
	seed, ok := secretbox.Open(nil, box, &nonce, &k)
	if !ok {
		return nil, ErrPassphrase
	}
	return seed, nil
}

// ParsePublic reads an issuer file's bytes.
func ParsePublic(data []byte) (Public, error) {
	var p Public
	if err := jsonstrict.Decode(data, &p); err != nil || p.Kind != PublicKind || p.Version != 1 || p.Name == "" {
		return Public{}, ErrNotKey
	}
	if _, err := didkey.Decode(p.DID); err != nil {
		return Public{}, fmt.Errorf("%w: %v", ErrNotKey, err)
	}
	return p, nil
}

// LoadPublic reads an issuer file.
func LoadPublic(path string) (Public, error) {
	data, err := fileread.Bounded(path, 64<<10)
	if err != nil {
		return Public{}, fmt.Errorf("read issuer file: %w", err)
	}
	p, err := ParsePublic(data)
	if err != nil {
		return Public{}, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// readStrict reads the JSON file at path, of at most max bytes, strictly
// into v (see strictJSON). A file that cannot be read gives its error
// after what ("read key file: …"); one that is not such JSON, or whose
// decoded value ok refuses (a wrong kind or version), gives bad after the
// path.
func readStrict(path string, max int, what string, v any, ok func() bool, bad error) error {
	data, err := fileread.Bounded(path, max)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := jsonstrict.Decode(data, v); err != nil || !ok() {
		return fmt.Errorf("%s: %w", path, bad)
	}
	return nil
}

// Set is a set of trusted issuers, by did:key. It implements
// certificate.Trust.
type Set struct {
	byDID map[string]Public
}

// Add trusts p.
func (s *Set) Add(p Public) {
	if s.byDID == nil {
		s.byDID = map[string]Public{}
	}
	s.byDID[p.DID] = p
}

// Trusted reports whether did is trusted, and under what name.
func (s *Set) Trusted(did string) (string, bool) {
	if s == nil {
		return "", false
	}
	p, ok := s.byDID[did]
	return p.Name, ok
}

// Len is the number of trusted issuers.
func (s *Set) Len() int { return len(s.byDID) }

// AddDir trusts every *.uitgever.json in dir (a missing dir adds nothing)
// and returns how many it added; a file that is not an issuer file is an
// error.
func (s *Set) AddDir(fsys fs.FS, dir string) (int, error) {
	matches, err := fs.Glob(fsys, filepath.ToSlash(filepath.Join(dir, "*"+PublicExt)))
	if err != nil {
		return 0, err
	}
	for _, m := range matches {
		data, err := fs.ReadFile(fsys, m)
		if err != nil {
			return 0, fmt.Errorf("read issuer file %s: %w", m, err)
		}
		p, err := ParsePublic(data)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", m, err)
		}
		s.Add(p)
	}
	return len(matches), nil
}
