package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
)

// issuerOptions are the flags of the issuer command.
type issuerOptions struct {
	name, out, key, list string
	pass                 bool
}

// issuerCommand is "piketpalen issuer init" and "piketpalen issuer revoke";
// see runIssuer.
func issuerCommand() *command {
	var o issuerOptions
	return &command{
		names: []string{"issuer", "uitgever"},
		usage: locale.IssuerUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.text(&o.name, "name", "", locale.CliArgOrg, locale.IssuerFlagName)
			fs.text(&o.out, "out", ".", locale.CliArgDir, locale.IssuerFlagOut)
			fs.toggle(&o.pass, "passphrase", locale.IssuerFlagPassphrase)
			fs.text(&o.key, "key", "", locale.CliArgFile, locale.IssueFlagKey)
			fs.text(&o.list, "list", "", locale.CliArgFile, locale.IssuerFlagList)
		},
		run: func(inv *invocation) int { return runIssuer(inv, o) },
	}
}

// runIssuer makes an organisation's key pair (init) or adds certificates
// to its signed revocation list (revoke), with package issuer. Exit 0 when
// done, 1 when a file cannot be written (or a key exists already), 2 on a
// usage error or a key that cannot be used.
func runIssuer(inv *invocation, o issuerOptions) int {
	l := inv.lang()
	if len(inv.args) >= 2 && inv.args[0] == "revoke" && o.key != "" {
		return runRevoke(inv, o, inv.args[1:])
	}
	name, out, pass := o.name, o.out, o.pass
	if len(inv.args) != 1 || inv.args[0] != "init" || strings.TrimSpace(name) == "" {
		inv.usage(inv.stderr, l)
		return 2
	}
	var phrase []byte
	if pass {
		fmt.Fprint(inv.stderr, l.T(locale.IssuerPassphrase))
		phrase = readLine(inv.stdin)
	}
	keyPath, pubPath, err := issuer.Init(name, out, phrase)
	if errors.Is(err, issuer.ErrExists) {
		return inv.fail(1, l.T(locale.IssuerExists, out))
	}
	if err != nil {
		return inv.fail(1, l.T(locale.IssuerFailed, err))
	}
	pub, err := issuer.LoadPublic(pubPath)
	if err != nil {
		return inv.fail(1, l.T(locale.IssuerFailed, err))
	}
	fmt.Fprint(inv.stdout, l.T(locale.IssuerWritten, pub.Name, pub.DID, keyPath, pubPath))
	if !issuer.ModeChecked() {
		fmt.Fprintln(inv.stdout, l.T(locale.IssuerNomode))
	}
	return 0
}

// runRevoke puts codes on the revocation list of the issuer whose key file
// o.key is: o.list, or by default <key file's name>.ingetrokken.json beside
// it.
func runRevoke(inv *invocation, o issuerOptions, codes []string) int {
	l := inv.lang()
	key, code := loadIssuerKey(inv, o.key)
	if key == nil {
		return code
	}
	list := o.list
	if list == "" {
		list = strings.TrimSuffix(o.key, issuer.KeyExt) + ".ingetrokken.json"
	}
	r, err := issuer.Revoke(list, key, codes, time.Now())
	if err != nil {
		return inv.fail(1, l.T(locale.IssuerFailed, err))
	}
	fmt.Fprintln(inv.stdout, l.T(locale.IssuerRevoked, strings.Join(codes, ", "), list, len(r.Codes)))
	return 0
}

// loadIssuerKey reads an organisation's key file, asking for its
// passphrase on the input when it is sealed. On failure it returns nil and
// the exit status.
func loadIssuerKey(inv *invocation, path string) (*issuer.Key, int) {
	l := inv.lang()
	var phrase []byte
	if protected, err := issuer.Protected(path); err == nil && protected {
		fmt.Fprint(inv.stderr, l.T(locale.IssuerPassphrase))
		phrase = readLine(inv.stdin)
	}
	key, err := issuer.LoadKey(path, phrase)
	if err != nil {
		return nil, inv.fail(2, keyProblem(l, path, err))
	}
	return key, 0
}

// keyProblem words why the key file at path cannot be used, in language l.
func keyProblem(l locale.Lang, path string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return l.T(locale.IssuerKeymissing, path)
	case errors.Is(err, issuer.ErrExposed):
		return l.T(locale.IssuerKeyexposed, path, path)
	case errors.Is(err, issuer.ErrPassphrase):
		return l.T(locale.IssuerKeypassphrase, path)
	case errors.Is(err, issuer.ErrNotKey):
		return l.T(locale.IssuerNotkey, path)
	}
	return l.T(locale.IssuerFailed, err)
}

// readLine reads one line from r, without its line ending.
func readLine(r io.Reader) []byte {
	if r == nil {
		return nil
	}
	s, _ := bufio.NewReader(r).ReadString('\n')
	return []byte(strings.TrimRight(s, "\r\n"))
}

// issueCommand is "piketpalen issue"; see runIssue.
func issueCommand() *command {
	var o struct {
		key, out string
		again    bool
	}
	return &command{
		names: []string{"issue", "uitgeven"},
		usage: locale.IssueUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.text(&o.key, "key", "", locale.CliArgFile, locale.IssueFlagKey)
			fs.text(&o.out, "out", ".", locale.CliArgDir, locale.IssueFlagOut)
			fs.toggle(&o.again, "again", locale.IssueFlagAgain)
		},
		run: func(inv *invocation) int { return runIssue(inv, o.key, o.out, o.again) },
	}
}

// runIssue is the trainer's or HR's issuing of certificates from result
// files (app.IssueFromResults) and the summary of it. Exit 0 when every
// file was issued or had been, 1 when one was refused, 2 on a usage error
// or a key or course that cannot be used.
func runIssue(inv *invocation, keyPath, out string, again bool) int {
	l, stdout := inv.lang(), inv.stdout
	if keyPath == "" || len(inv.args) == 0 {
		inv.usage(inv.stderr, l)
		return 2
	}
	key, code := loadIssuerKey(inv, keyPath)
	if key == nil {
		return code
	}
	c, err := loadCourse(l, inv.g.course)
	if err != nil {
		return inv.fail(2, err.Error())
	}
	paths, err := app.ResultPaths(inv.args)
	if err != nil {
		return inv.fail(2, err.Error())
	}
	if len(paths) == 0 {
		return inv.fail(1, l.T(locale.IssueNofiles, strings.Join(inv.args, ", ")))
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return inv.fail(2, err.Error())
	}
	s := app.IssueFromResults(c, key, paths, app.IssueOptions{Out: out, Again: again, Now: time.Now(), Credential: ob3Credential})
	for _, e := range s.Entries {
		who := e.Learner
		if who == "" {
			who = e.Path
		}
		switch e.Outcome {
		case app.Issued:
			fmt.Fprintln(stdout, l.T(locale.IssueIssued, who, strings.Join(e.Files, ", ")))
		case app.Already:
			fmt.Fprintln(stdout, l.T(locale.IssueAgain, who, e.Files[1]))
		default:
			fmt.Fprintln(stdout, l.T(locale.IssueRefused, who+" ("+e.Path+")", app.ExplainRefusal(l, e)))
		}
	}
	fmt.Fprintln(stdout, l.T(locale.IssueSummary, s.Count(app.Issued), s.Count(app.Refused), s.Count(app.Already)))
	if s.Count(app.Refused) > 0 {
		return 1
	}
	return 0
}
