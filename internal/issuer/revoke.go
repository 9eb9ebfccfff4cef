package issuer

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"time"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/certificate"
	"piketpalen/internal/didkey"
)

// RevokedKind is the kind of a revocation list file.
const RevokedKind = "piketpalen-intrekkingen"

// revocationContext is signed in front of the list, so its signature can
// never pass for one over a certificate.
const revocationContext = "piketpalen intrekkingen v1\x00"

// ErrRevocationList: a revocation list that is not intact or not readable.
var ErrRevocationList = errors.New("not an intact revocation list")

// Revocations is an issuer's signed list of the verification codes of the
// certificates it revoked. It is a file the issuer hands out with its issuer
// file; verify --revoked honours it offline. Whoever holds an older copy
// does not know of later revocations: the list says when it was made.
type Revocations struct {
	Kind      string    `json:"kind"`    // RevokedKind
	Version   int       `json:"version"` // 1
	Issuer    string    `json:"issuer"`  // did:key of the issuer
	Name      string    `json:"name"`    // the issuer's name
	Updated   time.Time `json:"updated"` // UTC
	Codes     []string  `json:"codes"`   // verification codes, sorted
	Signature string    `json:"signature,omitempty"`
}

func (r *Revocations) message() []byte {
	rr := *r
	rr.Signature = ""
	b, _ := json.Marshal(&rr)
	return append([]byte(revocationContext), b...)
}

// Revoke adds codes to the revocation list at path (made when missing),
// signs it with k and writes it. A list of another issuer is refused.
func Revoke(path string, k *Key, codes []string, now time.Time) (*Revocations, error) {
	r := &Revocations{Kind: RevokedKind, Version: 1, Issuer: k.Public().DID, Name: k.Name}
	if old, err := ReadRevocations(path); err == nil {
		if old.Issuer != r.Issuer {
			return nil, fmt.Errorf("%s is the revocation list of another issuer (%s)", path, old.Name)
		}
		r.Codes = old.Codes
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, c := range codes {
		n := certificate.NormalizeCode(c)
		if len(n) != 14 {
			return nil, fmt.Errorf("%q is not a verification code (XXXX-XXXX-XXXX)", c)
		}
		if !slices.Contains(r.Codes, n) {
			r.Codes = append(r.Codes, n)
		}
	}
	slices.Sort(r.Codes)
	r.Updated = now.UTC().Truncate(time.Second)
	r.Signature = base64.StdEncoding.EncodeToString(ed25519.Sign(k.Private, r.message()))
	out, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(path, append(out, '\n'), 0o644); err != nil {
		return nil, fmt.Errorf("write revocation list: %w", err)
	}
	return r, nil
}

// ReadRevocations reads and checks a revocation list: its signature must
// verify with the key its issuer did:key names. A missing file wraps
// fs.ErrNotExist; anything else wrong wraps ErrRevocationList.
func ReadRevocations(path string) (*Revocations, error) {
	var r Revocations
	if err := readStrict(path, 4<<20, "read revocation list", &r, func() bool { return r.Kind == RevokedKind && r.Version == 1 }, ErrRevocationList); err != nil {
		return nil, err
	}
	pub, err := didkey.Decode(r.Issuer)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrRevocationList, err)
	}
	sig, err := base64.StdEncoding.DecodeString(r.Signature)
	if err != nil || !ed25519.Verify(pub, r.message(), sig) {
		return nil, fmt.Errorf("%s: %w: the signature does not match", path, ErrRevocationList)
	}
	return &r, nil
}

// Revoked reports whether the list revokes the certificate with this code
// issued by did; a list of another issuer revokes nothing.
func (r *Revocations) Revoked(did, code string) bool {
	return r != nil && r.Issuer == did && slices.Contains(r.Codes, certificate.NormalizeCode(code))
}
