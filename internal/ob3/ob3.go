// Package ob3 writes and checks a certificate as an Open Badges 3.0
// OpenBadgeCredential: a W3C Verifiable Credential (data model 2.0) whose
// issuer is the organisation's did:key, secured with a Data Integrity proof
// of cryptosuite eddsa-rdfc-2022.
//
// The proof follows the cryptosuite's steps: the credential without its
// proof and the proof's options are each canonicalised with RDF Dataset
// Canonicalization and hashed with SHA-256; the Ed25519 signature over the
// two hashes (options first) is the proofValue, in base58btc multibase.
// Canonicalisation is github.com/piprate/json-gold's URDNA2015. RDFC-1.0
// is URDNA2015 as the W3C standardised it: the same algorithm and output,
// with limits on the work a crafted input may cause, which json-gold does
// not enforce; this package only canonicalises the credentials it builds
// or is given to check, whose shape it checks first, and bounds their size.
// The JSON-LD contexts are built in (package assets), so nothing is
// fetched: any other context makes the credential unreadable here.
package ob3

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/piprate/json-gold/ld"

	"piketpalen/assets"
	"piketpalen/internal/certificate"
	"piketpalen/internal/didkey"
	"piketpalen/internal/ob3check"
)

// The URLs of the contexts a credential uses, and the files that hold them.
const (
	ContextVC = "https://www.w3.org/ns/credentials/v2"
	ContextOB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
)

var contextFiles = map[string]string{
	ContextVC:                               "contexts/credentials-v2.jsonld",
	ContextOB:                               "contexts/ob-v3p0-3.0.3.jsonld",
	"https://w3id.org/security/multikey/v1": "contexts/multikey-v1.jsonld",
	"https://www.w3.org/ns/did/v1":          "contexts/did-v1.jsonld",
}

// ContextFiles maps each built-in context URL to its file in assets.Contexts.
func ContextFiles() map[string]string {
	out := make(map[string]string, len(contextFiles))
	for k, v := range contextFiles {
		out[k] = v
	}
	return out
}

// loader serves the built-in contexts and nothing else.
type loader struct{}

func (loader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	name, ok := contextFiles[u]
	if !ok {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, fmt.Sprintf("context %s is not built in; nothing is fetched", u))
	}
	data, err := fs.ReadFile(assets.Contexts, name)
	if err != nil {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, err)
	}
	return &ld.RemoteDocument{DocumentURL: u, Document: doc}, nil
}

// canonical returns the RDF canonical N-Quads of a JSON-LD document.
func canonical(doc any) ([]byte, error) {
	proc := ld.NewJsonLdProcessor()
	opts := ld.NewJsonLdOptions("")
	opts.Algorithm = ld.AlgorithmURDNA2015
	opts.Format = "application/n-quads"
	opts.DocumentLoader = loader{}
	opts.SafeMode = true // a term no context defines is an error, not dropped
	out, err := proc.Normalize(doc, opts)
	if err != nil {
		return nil, fmt.Errorf("canonicalise: %w", err)
	}
	s, ok := out.(string)
	if !ok || s == "" {
		return nil, errors.New("canonicalise: no statements")
	}
	return []byte(s), nil
}

// Cryptosuite and proof type of the proof.
const (
	Cryptosuite = "eddsa-rdfc-2022"
	ProofType   = "DataIntegrityProof"
)

// Credential returns c, an issued certificate, as a signed
// OpenBadgeCredential in indented JSON, signed with key (the key c is
// signed with). Self-issued certificates and specimens get none: an OB3
// credential names an issuer that stands behind it.
func Credential(c *certificate.Certificate, key ed25519.PrivateKey) ([]byte, error) {
	if c.SelfIssued || c.Specimen || c.Version < 2 {
		return nil, errors.New("open badge: only a certificate issued by an organisation becomes an Open Badges credential")
	}
	pub := key.Public().(ed25519.PublicKey)
	did := didkey.Encode(pub)
	if did != c.SignedBy {
		return nil, errors.New("open badge: the key is not the one the certificate is signed with")
	}
	doc := unsigned(c, did)
	created := c.Created.UTC().Format(time.RFC3339)
	proof := map[string]any{
		"type":               ProofType,
		"cryptosuite":        Cryptosuite,
		"created":            created,
		"verificationMethod": didkey.VerificationMethod(pub),
		"proofPurpose":       "assertionMethod",
	}
	hash, err := hashData(doc, proof)
	if err != nil {
		return nil, fmt.Errorf("open badge: %w", err)
	}
	proof["proofValue"] = "z" + didkey.Base58(ed25519.Sign(key, hash))
	doc["proof"] = proof
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// unsigned builds the credential without proof.
func unsigned(c *certificate.Certificate, did string) map[string]any {
	subject := map[string]any{
		"type": []any{"AchievementSubject"},
		"identifier": []any{map[string]any{
			"type":         "IdentityObject",
			"identityHash": c.Learner,
			"identityType": "name",
			"hashed":       false,
		}},
		"achievement": map[string]any{
			"id":          "urn:piketpalen:cursus:" + certificate.Slug(c.Course) + ":" + c.CourseVersion,
			"type":        []any{"Achievement"},
			"name":        c.Course,
			"description": c.Text,
			"criteria": map[string]any{
				"narrative": fmt.Sprintf("Elke module van versie %s van de cursus gehaald met ten minste %d%% (stand van zaken %s); antwoorden door de uitgever opnieuw beoordeeld.", c.CourseVersion, c.PassMark, c.AsOf),
			},
		},
	}
	if c.LearnerID != "" {
		subject["id"] = "urn:piketpalen:deelnemer:" + c.LearnerID
	}
	doc := map[string]any{
		"@context": []any{ContextVC, ContextOB},
		"id":       "urn:piketpalen:certificaat:" + c.Code,
		"type":     []any{"VerifiableCredential", "OpenBadgeCredential"},
		"issuer": map[string]any{
			"id":   did,
			"type": []any{"Profile"},
			"name": c.SignedByName,
		},
		"validFrom":         c.Created.UTC().Format(time.RFC3339),
		"name":              c.Course,
		"credentialSubject": subject,
	}
	if c.ValidUntil != "" {
		doc["validUntil"] = c.ValidUntil + "T23:59:59Z"
	}
	return doc
}

// hashData is the eddsa-rdfc-2022 hash: SHA-256 of the canonical proof
// options (with the document's @context) followed by SHA-256 of the
// canonical document.
func hashData(doc map[string]any, proof map[string]any) ([]byte, error) {
	opts := map[string]any{"@context": doc["@context"]}
	for k, v := range proof {
		if k != "proofValue" {
			opts[k] = v
		}
	}
	co, err := canonical(opts)
	if err != nil {
		return nil, fmt.Errorf("proof options: %w", err)
	}
	cd, err := canonical(doc)
	if err != nil {
		return nil, fmt.Errorf("credential: %w", err)
	}
	h1, h2 := sha256.Sum256(co), sha256.Sum256(cd)
	return append(h1[:], h2[:]...), nil
}

// Checked is what Verify found in an intact credential.
type Checked = ob3check.Checked

// maxSize bounds a credential that Verify reads.
const maxSize = 256 << 10

// ErrUnreadable and ErrAltered are certificate's, so callers map outcomes alike.
var (
	ErrUnreadable = certificate.ErrUnreadable
	ErrAltered    = certificate.ErrAltered
)

// IsCredential reports whether data looks like a JSON credential (has a
// VC 2.0 @context), so that verify can tell it from a certificate JSON.
func IsCredential(data []byte) bool {
	return bytes.Contains(data, []byte(ContextVC)) && bytes.Contains(data, []byte(`"proof"`))
}

// Verify checks an OpenBadgeCredential's proof. It returns what the
// credential says when the proof verifies with the key of the issuer's
// did:key, an error wrapping ErrAltered when it does not, and one wrapping
// ErrUnreadable when it is no credential of this kind. Trust in the issuer
// is the caller's to decide.
func Verify(data []byte) (*Checked, error) {
	if len(data) > maxSize {
		return nil, fmt.Errorf("%w: larger than %d KiB", ErrUnreadable, maxSize>>10)
	}
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: json: %v", ErrUnreadable, err)
	}
	ctx, _ := doc["@context"].([]any)
	if len(ctx) != 2 || ctx[0] != ContextVC || ctx[1] != ContextOB {
		return nil, fmt.Errorf("%w: not an Open Badges 3.0 credential with the contexts %s and %s", ErrUnreadable, ContextVC, ContextOB)
	}
	proof, ok := doc["proof"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: no proof", ErrUnreadable)
	}
	if proof["type"] != ProofType || proof["cryptosuite"] != Cryptosuite || proof["proofPurpose"] != "assertionMethod" {
		return nil, fmt.Errorf("%w: the proof is not a %s of cryptosuite %s", ErrUnreadable, ProofType, Cryptosuite)
	}
	issuer, _ := doc["issuer"].(map[string]any)
	did, _ := issuer["id"].(string)
	name, _ := issuer["name"].(string)
	vm, _ := proof["verificationMethod"].(string)
	pub, err := didkey.Decode(did)
	if err != nil {
		return nil, fmt.Errorf("%w: issuer: %v", ErrUnreadable, err)
	}
	if vm != didkey.VerificationMethod(pub) {
		return nil, fmt.Errorf("%w: the proof is not made with the issuer's key", ErrAltered)
	}
	pv, _ := proof["proofValue"].(string)
	sig, err := didkey.Unbase58(strings.TrimPrefix(pv, "z"))
	if !strings.HasPrefix(pv, "z") || err != nil || len(sig) != ed25519.SignatureSize {
		return nil, fmt.Errorf("%w: the proof value is malformed", ErrAltered)
	}
	delete(doc, "proof")
	hash, err := hashData(doc, proof)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	if !ed25519.Verify(pub, hash, sig) {
		return nil, fmt.Errorf("%w: the proof does not match the credential", ErrAltered)
	}
	out := &Checked{IssuerDID: did, IssuerName: name}
	out.Code = strings.TrimPrefix(fmt.Sprint(doc["id"]), "urn:piketpalen:certificaat:")
	out.Course, _ = doc["name"].(string)
	if subj, ok := doc["credentialSubject"].(map[string]any); ok {
		if ids, ok := subj["identifier"].([]any); ok && len(ids) > 0 {
			if id, ok := ids[0].(map[string]any); ok {
				out.Learner, _ = id["identityHash"].(string)
			}
		}
	}
	if s, ok := doc["validFrom"].(string); ok {
		out.ValidFrom, _ = time.Parse(time.RFC3339, s)
	}
	if s, ok := doc["validUntil"].(string); ok {
		out.ValidUntil, _ = time.Parse(time.RFC3339, s)
	}
	return out, nil
}
