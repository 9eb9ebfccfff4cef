//go:build !ob3

package main

import (
	"crypto/ed25519"

	"piketpalen/internal/certificate"
	"piketpalen/internal/ob3check"
)

// Without the build tag ob3 the program does not link the JSON-LD library
// (github.com/piprate/json-gold), which imports net/http: the learner's
// program links no networking code (see offline_test.go). Such a build
// issues PDF and JSON certificates but no Open Badges credential, and says
// so when asked to verify one. Build with -tags ob3 for both.
var (
	ob3Credential func(*certificate.Certificate, ed25519.PrivateKey) ([]byte, error)
	ob3Verify     func([]byte) (*ob3check.Checked, error)
)
