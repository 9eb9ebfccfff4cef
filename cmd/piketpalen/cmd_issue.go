package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"piketpalen/internal/issuer"
	"piketpalen/internal/issuing"
)

// runIssuer handles "piketpalen issuer init": an organisation's key pair.
// Exit 0 when made, 1 when it cannot be written, 2 on a usage error.
func runIssuer(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	if len(args) == 0 || args[0] != "init" {
		fmt.Fprint(stderr, ul.T("issuer.usage"))
		fmt.Fprint(stderr, ul.T("issuer.init.usage"))
		return 2
	}
	fs := flag.NewFlagSet("issuer init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("name", "", "")
	out := fs.String("out", ".", "")
	pass := fs.Bool("passphrase", false, "")
	lang := langFlag(fs, ul)
	fs.Usage = func() { fmt.Fprint(stderr, ul.T("issuer.init.usage")) }
	rest, err := parseAll(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen issuer", stderr)
	if !ok {
		return 2
	}
	if len(rest) > 0 || strings.TrimSpace(*name) == "" {
		fs.Usage()
		return 2
	}
	var phrase []byte
	if *pass {
		fmt.Fprint(stderr, l.T("issuer.passphrase"))
		phrase = readLine(stdin)
	}
	keyPath, pubPath, err := issuer.Init(*name, *out, phrase)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen issuer: %s\n", l.T("issuer.failed", err))
		return 1
	}
	pub, err := issuer.LoadPublic(pubPath)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen issuer: %s\n", l.T("issuer.failed", err))
		return 1
	}
	fmt.Fprint(stdout, l.T("issuer.written", pub.Name, pub.DID, keyPath, pubPath))
	if !issuer.ModeChecked() {
		fmt.Fprintln(stdout, l.T("issuer.nomode"))
	}
	return 0
}

// readLine reads one line from r, without its line ending.
func readLine(r io.Reader) []byte {
	s, _ := bufio.NewReader(r).ReadString('\n')
	return []byte(strings.TrimRight(s, "\r\n"))
}

// runIssue handles "piketpalen issue --key ORG.key RESULTFILE|DIR...": the
// trainer's or HR's issuing of certificates from result files (see package
// issuing). Exit 0 when every file was issued or had been, 1 when one was
// refused, 2 on a usage error or a key that cannot be used.
func runIssue(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ul := usageLang(args)
	fs := flag.NewFlagSet("issue", flag.ContinueOnError)
	fs.SetOutput(stderr)
	keyPath := fs.String("key", "", "")
	out := fs.String("out", ".", "")
	again := fs.Bool("again", false, "")
	courseDir := fs.String("course", "", "")
	lang := langFlag(fs, ul)
	fs.Usage = func() { fmt.Fprint(stderr, ul.T("issue.usage")) }
	rest, err := parseAll(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, ok := flagLang(*lang, "piketpalen issue", stderr)
	if !ok {
		return 2
	}
	if *keyPath == "" || len(rest) == 0 {
		fs.Usage()
		return 2
	}
	var phrase []byte
	if protected, err := issuer.Protected(*keyPath); err == nil && protected {
		fmt.Fprint(stderr, l.T("issuer.passphrase"))
		phrase = readLine(stdin)
	}
	key, err := issuer.LoadKey(*keyPath, phrase)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen issue: %s\n", l.T("issuer.failed", err))
		return 2
	}
	c, err := loadCourse(l, *courseDir)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen issue: %v\n", err)
		return 2
	}
	paths, err := issuing.Paths(rest)
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen issue: %v\n", err)
		return 2
	}
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "piketpalen issue: %s\n", l.T("issue.nofiles", strings.Join(rest, ", ")))
		return 1
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(stderr, "piketpalen issue: %v\n", err)
		return 2
	}
	s := issuing.Issue(c, key, paths, issuing.Options{Out: *out, Again: *again, Now: time.Now(), Credential: ob3Credential})
	for _, e := range s.Entries {
		who := e.Learner
		if who == "" {
			who = e.Path
		}
		switch e.Outcome {
		case issuing.Issued:
			fmt.Fprintln(stdout, l.T("issue.issued", who, strings.Join(e.Files, ", ")))
		case issuing.Already:
			fmt.Fprintln(stdout, l.T("issue.again", who, e.Files[1]))
		default:
			fmt.Fprintln(stdout, l.T("issue.refused", who+" ("+e.Path+")", e.Reason))
		}
	}
	fmt.Fprintln(stdout, l.T("issue.summary", s.Count(issuing.Issued), s.Count(issuing.Refused), s.Count(issuing.Already)))
	if s.Count(issuing.Refused) > 0 {
		return 1
	}
	return 0
}
