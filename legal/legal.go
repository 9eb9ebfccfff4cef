// Package legal carries the licences of the software built into piketpalen,
// which their authors ask to be shipped with every copy of the binary.
package legal

import _ "embed"

//go:generate ./generate.sh

// ThirdParty is the licence text of every module linked into the binary,
// the Go fonts used in the certificate among them.
//
//go:embed third-party-licenses.txt
var ThirdParty string
