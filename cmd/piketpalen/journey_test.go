package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/buildtest"
	"piketpalen/internal/certificate"
	"piketpalen/internal/didkey"
	"piketpalen/internal/locale"
)

// learnInPlainMode takes the course in courseDir with the built program in
// plain mode, answering through its standard input as a learner would who
// knows the right answers: for each question it finds the options shown
// and types the numbers of the right ones. It opens module 1, 2, … in turn,
// goes straight to each quiz and stops when every module is done.
func learnInPlainMode(t *testing.T, bin, courseDir, data string) {
	t.Helper()
	c := testCourse(t, courseDir)
	byText := map[string]*course.Question{}
	for _, m := range c.Modules {
		for _, q := range m.Questions {
			byText[q.Text] = q
		}
	}
	question := prompt(locale.PlainQuestion)
	option := regexp.MustCompile(`^(\d+)\. (.*)$`)
	module := 0
	var q *course.Question
	var right []string
	expectText := false
	log, err := inPlainMode(bin, []string{"--data", data, "--course", courseDir}, plainLearner{
		module: func() string {
			if module++; module <= len(c.Modules) {
				return fmt.Sprint(module)
			}
			return "stop"
		},
		answer: func() string {
			q = nil
			return strings.Join(right, " ")
		},
		read: func(line string) bool {
			switch {
			case !expectText && strings.HasPrefix(line, question) && strings.HasSuffix(line, ":"):
				// "Vraag 2 van 4, één antwoord:"; the question's own text may
				// start with "Vraag" too, and follows on the next line
				expectText, q, right = true, nil, nil
			case expectText:
				expectText, q = false, byText[line]
				if q == nil {
					t.Fatalf("question %q is not in the course", line)
				}
			case q != nil && option.MatchString(line):
				m := option.FindStringSubmatch(line)
				for _, o := range q.Options {
					if o.Text == m[2] && o.Correct {
						right = append(right, m[1])
					}
				}
			default:
				return false
			}
			return true
		},
	})
	if err != nil {
		t.Fatalf("plain mode: %v\n%s", err, log)
	}
	st := loadData(t, data)
	if passed, missing := st.Graded(c).Results(c); len(missing) > 0 {
		t.Fatalf("after plain mode %d passed, still to pass %v\n%s", len(passed), missing, log)
	}
}

// plainLearner is what a learner types in plain mode, prompt by prompt:
// module when asked to choose a module (its number, or "stop"), answer
// when asked for an answer (the numbers of the options chosen). On a page
// they go straight to the quiz, after an explanation or a quiz they press
// Enter. read, when set, sees every line first, and reports whether it
// took the line (then it is no prompt).
type plainLearner struct {
	module, answer func() string
	read           func(line string) bool
}

// inPlainMode runs the built program bin in plain mode, with args and
// without colour, with l typing on its standard input, until it ends. It
// returns all it wrote, output and errors, and how it ended.
func inPlainMode(bin string, args []string, l plainLearner) (string, error) {
	cmd := exec.Command(bin, append([]string{"--plain"}, args...)...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	log := &syncWriter{w: &strings.Builder{}}
	cmd.Stderr = log
	if err := cmd.Start(); err != nil {
		return "", err
	}
	say := func(s string) { io.WriteString(in, s+"\n") }
	choose, page, one, many := prompt(locale.PlainChoosemodule), prompt(locale.PlainPageprompt), prompt(locale.PlainAnswerone), prompt(locale.PlainAnswermany)
	pageTerms, next, after := prompt(locale.PlainPromptterms), prompt(locale.PlainNext), prompt(locale.PlainAfterquiz)
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		io.WriteString(log, line+"\n")
		switch {
		case l.read != nil && l.read(line):
		case strings.HasPrefix(line, choose):
			say(l.module())
		case strings.HasPrefix(line, page), strings.HasPrefix(line, pageTerms):
			say("toets")
		case strings.HasPrefix(line, one), strings.HasPrefix(line, many):
			say(l.answer())
		case strings.HasPrefix(line, next), strings.HasPrefix(line, after):
			say("")
		}
	}
	in.Close()
	err := cmd.Wait()
	return log.String(), err
}

// TestJourneyAndNoPrivateKeyInBinary runs the built program through the
// whole journey — a learner passes every module in plain mode, answers
// piped in, and exports results, the trainer makes
// a key and issues, verify says 0 with the issuer file and 3 without — and
// then scans the binary for any 32-byte seed (as 64 hex digits, as base64,
// or raw at every 32-byte aligned offset) whose public key signed a certificate it
// made. The old program failed here: its seed was a hex string inside.
func TestJourneyAndNoPrivateKeyInBinary(t *testing.T) {
	bin := buildtest.Program(t, "builds the binary", ".")
	valid := validCourse
	data, out, org, own := t.TempDir(), t.TempDir(), t.TempDir(), t.TempDir()
	learnInPlainMode(t, bin, valid, data)
	run := func(want int, args ...string) string {
		t.Helper()
		cmd := exec.Command(bin, args...)
		var o bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &o
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != want {
			t.Fatalf("%v: exit %d, want %d\n%s", args, code, want, o.String())
		}
		return o.String()
	}
	run(0, "export-results", "--name", "Zoë Brontë-Ünal", "--course", valid, "--data", data, "--out", out)
	run(0, "certificate", "--name", "Zoë Brontë-Ünal", "--course", valid, "--data", data, "--out", own)
	run(0, "issuer", "init", "--name", "Gemeente Test", "--out", org)
	key, pub := filepath.Join(org, "gemeente-test.key"), filepath.Join(org, "gemeente-test.uitgever.json")
	issued := t.TempDir()
	s := run(0, "issue", "--key", key, "--course", valid, "--out", issued, out)
	if !strings.Contains(s, "1 uitgegeven, 0 niet uitgegeven") {
		t.Fatalf("issue summary:\n%s", s)
	}
	run(0, "issue", "--key", key, "--course", valid, "--out", issued, out) // not twice
	certs, _ := filepath.Glob(filepath.Join(issued, "certificaat-*.pdf"))
	if len(certs) != 1 {
		t.Fatalf("issued: %v", certs)
	}
	run(0, "verify", "--issuer", pub, certs[0])
	run(3, "verify", certs[0])

	// A forged result file is refused.
	rf, _ := filepath.Glob(filepath.Join(out, "resultaten-*.json"))
	raw, _ := os.ReadFile(rf[0])
	forged := filepath.Join(t.TempDir(), "vals.json")
	os.WriteFile(forged, bytes.Replace(raw, []byte("Zoë Brontë-Ünal"), []byte("Mallory Nooitgeweest"), 1), 0o644)
	run(1, "issue", "--key", key, "--course", valid, "--out", t.TempDir(), forged)

	// Every key that signed a certificate this binary made.
	signers := map[string]bool{}
	all, _ := filepath.Glob(filepath.Join(own, "certificaat-*.json"))
	all = append(all, strings.TrimSuffix(certs[0], ".pdf")+".json")
	for _, p := range all {
		c, err := certificate.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pk, err := didkey.Decode(c.SignedBy)
		if err != nil {
			t.Fatal(err)
		}
		signers[string(pk)] = true
	}
	img, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	check := func(seed []byte, how string) {
		if len(seed) == ed25519.SeedSize && signers[string(ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey))] {
			t.Fatalf("the binary holds the private key of a certificate it made (%s)", how)
		}
	}
	n := 0
	for _, m := range regexp.MustCompile(`[0-9a-fA-F]{64}`).FindAll(img, -1) {
		b, _ := hex.DecodeString(string(m))
		check(b, "hex")
		n++
	}
	for _, m := range regexp.MustCompile(`[A-Za-z0-9+/]{43}=`).FindAll(img, -1) {
		b, _ := base64.StdEncoding.DecodeString(string(m))
		check(b, "base64")
		n++
	}
	for i := 0; i+32 <= len(img); i += 32 {
		check(img[i:i+32], "raw")
		n++
	}
	t.Logf("%d candidates checked against %d signing keys", n, len(signers))
}

// TestVersionFromLdflags builds the program the way the hand-out does, with
// -ldflags "-X main.version=…": Go ignores -X for a symbol that does not
// exist without a word, so a renamed or moved version variable would ship
// every hand-out as "dev". The built program must say the version given.
func TestVersionFromLdflags(t *testing.T) {
	bin := buildtest.Program(t, "-short: building with -ldflags is skipped", ".", "-ldflags", "-X main.version=v9.8.7")
	out, err := exec.Command(bin, "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "piketpalen v9.8.7") {
		t.Fatalf("--version of a build with -X main.version=v9.8.7: %q, %v", out, err)
	}
}
