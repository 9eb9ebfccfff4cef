//go:build ob3

package main

import "piketpalen/internal/ob3"

// With the build tag ob3, issue also writes the Open Badges 3.0 credential
// and verify checks one (package ob3).
var (
	ob3Credential = ob3.Credential
	ob3Verify     = ob3.Verify
)
