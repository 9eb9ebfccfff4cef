// Package ob3check holds what verifying an Open Badges 3.0 credential
// reports, apart from package ob3, so that a program built without the
// JSON-LD library (which links net/http) can still name the type.
package ob3check

import "time"

// Checked is what a verified credential says.
type Checked struct {
	IssuerDID, IssuerName string
	Learner, Course       string
	Code                  string // the piketpalen verification code, from the credential id
	ValidFrom, ValidUntil time.Time
}
