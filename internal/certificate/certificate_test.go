package certificate

import (
	"os"

	"piketpalen/internal/didkey"
	"piketpalen/internal/tabletest"

	"bytes"
	"crypto/ed25519"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
)

// testNow is the moment every test certificate is made.
var testNow = time.Date(2026, time.November, 23, 14, 30, 15, 0, time.UTC)

// testScores are the module scores of testInput; every one of them must show
// on the PDF.
var testScores = []int{100, 87, 73, 91, 78, 70}

// testInput is a complete, ordinary (not specimen) certificate request. The
// module dates are at local noon, because New dates modules in the local
// calendar; the tests then pass in any time zone.
func testInput() Input {
	in := Input{
		Learner:      "Zoë Brontë-Ünal",
		Organisation: "Gemeente Voorbeeldstad",
		Course:       SampleCourse,
		IssuerName:   "Gemeente Voorbeeldstad, afdeling P&O",
	}
	titles := []string{"Introductie", "Primaat van de politiek", "Vrijheid van meningsuiting",
		"De functioneringsnorm", "Jurisprudentie", "Dilemma’s in de praktijk"}
	for i, s := range testScores {
		in.Modules = append(in.Modules, ModuleResult{
			ID:     []string{"00-introductie", "01-primaat", "02-vrijheid", "03-norm", "04-jurisprudentie", "05-dilemmas"}[i],
			Title:  titles[i],
			Score:  s,
			Passed: time.Date(2026, time.November, 10+i, 12, 0, 0, 0, time.Local),
		})
	}
	return in
}

func issue(t testing.TB) *Certificate {
	t.Helper()
	c, err := Issue(testInput(), testKey, testNow)
	if err != nil {
		t.Fatalf("Issue: %v", err)
	}
	return c
}

// testKey is the organisation key the tests issue with, and testTrust the
// set of issuers that trusts it, standing in for issuer.Set.
var testKey = ed25519.NewKeyFromSeed([]byte("piketpalen test issuer key 32 by"))

type trustSet map[string]string

func (s trustSet) Trusted(did string) (string, bool) { n, ok := s[did]; return n, ok }

var testTrust = trustSet{didkey.Encode(testKey.Public().(ed25519.PublicKey)): "Gemeente Voorbeeldstad, afdeling P&O"}

func defaultPub(t *testing.T) Trust { return testTrust }

func TestNewFillsTheCertificate(t *testing.T) {
	in := testInput()
	in.Learner = "  Zoë \n Brontë-Ünal "
	in.Course.CertificateText = "heeft de e-learning\n  met goed gevolg\tafgerond.\n"
	c, err := New(in, testNow)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"kind":      Kind,
		"learner":   "Zoë Brontë-Ünal",
		"text":      "heeft de e-learning met goed gevolg afgerond.",
		"as_of":     "2026-11-23",
		"completed": "2026-11-15", // the day the last module was passed
		"created":   "2026-11-23T14:30:15Z",
		"first":     "2026-11-10",
	}
	got := map[string]string{
		"kind": c.Kind, "learner": c.Learner, "text": c.Text, "as_of": c.AsOf,
		"completed": c.Completed, "created": c.Created.Format(time.RFC3339), "first": c.Modules[0].Passed,
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s = %q, want %q", k, got[k], w)
		}
	}
	if c.Version != FormatVersion || c.Specimen || len(c.Modules) != len(testScores) {
		t.Errorf("version %d, specimen %v, %d modules", c.Version, c.Specimen, len(c.Modules))
	}
	if c.Signature != "" || c.Code != "" {
		t.Error("New must not sign")
	}
}

func TestNewRejectsIncompleteInput(t *testing.T) {
	cases := map[string]func(*Input){
		"no name":           func(in *Input) { in.Learner = " \n " },
		"no modules":        func(in *Input) { in.Modules = nil },
		"score above 100":   func(in *Input) { in.Modules[1].Score = 101 },
		"negative score":    func(in *Input) { in.Modules[1].Score = -1 },
		"module not passed": func(in *Input) { in.Modules[2].Passed = time.Time{} },
		"no course version": func(in *Input) { in.Course.Version = "" },
		"no as-of date":     func(in *Input) { in.Course.AsOf = time.Time{} },
		"unprintable name":  func(in *Input) { in.Learner = "Zoë 🙂" },
		"unprintable title": func(in *Input) { in.Modules[0].Title = "模块" },
	}
	for name, edit := range cases {
		t.Run(name, func(t *testing.T) {
			in := testInput()
			edit(&in)
			if _, err := New(in, testNow); err == nil {
				t.Fatal("New accepted it")
			}
		})
	}
}

func TestNewAcceptsEuropeanNames(t *testing.T) {
	in := testInput()
	in.Learner = "Łukasz Żółć-Ĳsselmeer, Joëlle Reünie-Coördinator, Ærøskøbing, Ørsted"
	if _, err := New(in, testNow); err != nil {
		t.Fatal(err)
	}
}

func TestDutchDate(t *testing.T) {
	tabletest.Strings(t, "DutchDate", DutchDate, map[string]string{
		"2026-11-23": "23 november 2026",
		"2027-01-01": "1 januari 2027",
		"2026-03-09": "9 maart 2026",
		"not a date": "not a date",
	})
}

func TestSignAndVerify(t *testing.T) {
	c := issue(t)
	if err := Verify(c, defaultPub(t)); err != nil {
		t.Fatalf("Verify of a fresh certificate: %v", err)
	}
	if !regexp.MustCompile(`^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$`).MatchString(c.Code) {
		t.Errorf("code %q is not XXXX-XXXX-XXXX in Crockford base32", c.Code)
	}
	if c.Key != KeyID(testKey.Public().(ed25519.PublicKey)) {
		t.Errorf("key %q, want %q", c.Key, KeyID(testKey.Public().(ed25519.PublicKey)))
	}
	again := issue(t)
	if again.Signature != c.Signature || again.Code != c.Code {
		t.Error("signing the same certificate twice gave different signatures")
	}
}

func TestCanonicalLeavesOutCodeAndSignature(t *testing.T) {
	c := issue(t)
	b, err := Canonical(c)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte(c.Code)) || bytes.Contains(b, []byte(`"signature"`)) || bytes.Contains(b, []byte("\n")) {
		t.Errorf("canonical form carries code, signature or newlines: %s", b)
	}
	if !bytes.Contains(b, []byte(`"learner":"Zoë Brontë-Ünal"`)) || !bytes.Contains(b, []byte("Dilemma’s")) {
		t.Errorf("canonical form escapes text: %s", b)
	}
}

func TestNormalizeCode(t *testing.T) {
	tabletest.Strings(t, "NormalizeCode", NormalizeCode, map[string]string{
		"vyyr 3v6p scbp": "VYYR-3V6P-SCBP",
		"VYYR-3V6P-SCBP": "VYYR-3V6P-SCBP",
		"abcd-efgh-ilo0": "ABCD-EFGH-1100",
	})
}

func TestJSONRoundTrip(t *testing.T) {
	c := issue(t)
	js, err := JSON(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(js, []byte(`"learner": "Zoë Brontë-Ünal"`)) || !bytes.HasSuffix(js, []byte("}\n")) {
		t.Errorf("JSON is not indented UTF-8:\n%s", js)
	}
	back, err := ParseJSON(js)
	if err != nil {
		t.Fatal(err)
	}
	js2, _ := JSON(back)
	if !bytes.Equal(js, js2) {
		t.Errorf("round trip changed the JSON:\n%s\n%s", js, js2)
	}
	if _, err := VerifyJSON(js, defaultPub(t)); err != nil {
		t.Fatalf("VerifyJSON: %v", err)
	}
}

// TestJSONLayoutDoesNotMatter: the signature covers values, not spacing or
// key order, so a JSON file reformatted by an editor still verifies.
func TestJSONLayoutDoesNotMatter(t *testing.T) {
	c := issue(t)
	js, _ := JSON(c)
	compact := regexp.MustCompile(`\n\s*`).ReplaceAll(js, nil)
	// The kind moved from the front to the end. (Written with the space
	// JSON puts after a colon: without it the line matched nothing and the
	// file had "kind" twice, which is now refused as altered.)
	reordered := bytes.Replace(compact, []byte(`"kind": "piketpalen-certificaat",`), nil, 1)
	if bytes.Equal(reordered, compact) {
		t.Fatal("the kind was not moved")
	}
	reordered = append(append(bytes.TrimSuffix(reordered, []byte("}")), []byte(`,"kind":"piketpalen-certificaat"`)...), '}')
	for name, data := range map[string][]byte{"compact": compact, "reordered": reordered} {
		if _, err := VerifyJSON(data, defaultPub(t)); err != nil {
			t.Errorf("%s: %v\n%s", name, err, data)
		}
	}
}

// TestJSONTamperingIsDetected edits the JSON text the way a person with an
// editor would and expects every change to be reported as altered.
func TestJSONTamperingIsDetected(t *testing.T) {
	c := issue(t)
	js, _ := JSON(c)
	sig := c.Signature
	flipped := []byte(sig)
	flipped[10] ^= 1 // still base64, a different signature
	otherCode := "ABCD-EFGH-JKMN"
	edits := map[string][2]string{
		"name":         {`"learner": "Zoë Brontë-Ünal"`, `"learner": "Zoe Bronte-Unal"`},
		"score":        {`"score": 73`, `"score": 93`},
		"date":         {`"completed": "2026-11-15"`, `"completed": "2026-11-16"`},
		"module date":  {`"passed": "2026-11-10"`, `"passed": "2026-11-09"`},
		"course":       {`"course_version": "1.0.0"`, `"course_version": "2.0.0"`},
		"created":      {`"created": "2026-11-23T14:30:15Z"`, `"created": "2026-11-23T14:30:16Z"`},
		"code":         {c.Code, otherCode},
		"signature":    {sig, string(flipped)},
		"no signature": {`"signature": "` + sig + `"`, `"signature": ""`},
		"specimen":     {`"specimen": false`, `"specimen": true`},
	}
	for name, e := range edits {
		t.Run(name, func(t *testing.T) {
			if !bytes.Contains(js, []byte(e[0])) {
				t.Fatalf("test is stale: %q not in the JSON", e[0])
			}
			bad := bytes.Replace(js, []byte(e[0]), []byte(e[1]), 1)
			_, err := VerifyJSON(bad, defaultPub(t))
			if !errors.Is(err, ErrAltered) {
				t.Fatalf("VerifyJSON = %v, want ErrAltered", err)
			}
		})
	}
}

// TestTrustLevels: a certificate issued with key A is trusted with A's
// issuer only; with only issuer B it is intact but untrusted; a self-issued
// bewijs is intact but self-issued whoever is trusted.
func TestTrustLevels(t *testing.T) {
	other := ed25519.NewKeyFromSeed([]byte("another issuer key, thirty-two b"))
	c := issue(t)
	if err := Verify(c, testTrust); err != nil {
		t.Errorf("with its issuer trusted: %v", err)
	}
	onlyB := trustSet{didkey.Encode(other.Public().(ed25519.PublicKey)): "B"}
	if err := Verify(c, onlyB); !errors.Is(err, ErrUntrusted) {
		t.Errorf("with only issuer B trusted: %v, want ErrUntrusted", err)
	}
	if err := Verify(c, nil); !errors.Is(err, ErrUntrusted) {
		t.Errorf("with nobody trusted: %v, want ErrUntrusted", err)
	}
	in := testInput()
	in.SelfIssued, in.IssuerName = true, ""
	self, err := Issue(in, other, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(self, onlyB); !errors.Is(err, ErrSelfIssued) {
		t.Errorf("self-issued, its key trusted: %v, want ErrSelfIssued", err)
	}
	// Claiming to be issued, with a key of one's own, gives "not trusted".
	self.SelfIssued, self.SignedByName = false, "Ministerie van Nep"
	if err := Sign(self, other); err != nil {
		t.Fatal(err)
	}
	if err := Verify(self, testTrust); !errors.Is(err, ErrUntrusted) {
		t.Errorf("forged issuer: %v, want ErrUntrusted", err)
	}
	// Swapping in the trusted issuer's did without its key: altered.
	self.SignedBy = testTrust.did()
	if err := Verify(self, testTrust); !errors.Is(err, ErrAltered) {
		t.Errorf("did swapped: %v, want ErrAltered", err)
	}
}

func (s trustSet) did() string {
	for d := range s {
		return d
	}
	return ""
}

// TestFormat1FixtureStillVerifies: a certificate made by the format 1 code
// with the old built-in key (testdata, made before format 2) is intact, and
// reported as made with that key, never as trusted; changed, it is altered.
func TestFormat1FixtureStillVerifies(t *testing.T) {
	for _, name := range []string{"testdata/v1-builtin-key.json", "testdata/v1-builtin-key.pdf"} {
		c, err := VerifyFile(name, testTrust)
		if !errors.Is(err, ErrLegacyKey) || c == nil || c.Version != 1 || c.Learner != "Zoë Brontë-Ünal" {
			t.Errorf("%s: %v, want ErrLegacyKey", name, err)
		}
	}
	js, _ := os.ReadFile("testdata/v1-builtin-key.json")
	bad := []byte(strings.Replace(string(js), `"score": 90`, `"score": 100`, 1))
	if _, err := VerifyJSON(bad, testTrust); !errors.Is(err, ErrAltered) {
		t.Errorf("format 1, score changed: %v, want ErrAltered", err)
	}
}

func TestSpecimenIsReportedAsSpecimen(t *testing.T) {
	s, err := Sample(testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Specimen || s.Learner != "Zoë Brontë-Ünal" || s.Organisation != "Ministerie van Voorbeeldzaken" {
		t.Fatalf("Sample = %+v", s)
	}
	if s.Completed != testNow.Local().Format("2006-01-02") {
		t.Errorf("sample completed %s, want the day of now", s.Completed)
	}
	if err := Verify(s, defaultPub(t)); !errors.Is(err, ErrSpecimen) {
		t.Fatalf("Verify(sample) = %v, want ErrSpecimen", err)
	}
	// Turning a specimen into a "real" certificate breaks the signature.
	s.Specimen = false
	if err := Verify(s, defaultPub(t)); !errors.Is(err, ErrAltered) {
		t.Fatalf("Verify(sample made real) = %v, want ErrAltered", err)
	}
}

func TestParseJSONRejectsWhatIsNotACertificate(t *testing.T) {
	c := issue(t)
	js, _ := JSON(c)
	cases := map[string][]byte{
		"empty":         nil,
		"not json":      []byte("hallo"),
		"empty object":  []byte("{}"),
		"other kind":    bytes.Replace(js, []byte(Kind), []byte("iets-anders"), 1),
		"newer version": bytes.Replace(js, []byte(`"version": 2`), []byte(`"version": 3`), 1),
		"unknown field": bytes.Replace(js, []byte(`"kind"`), []byte(`"geldig": true, "kind"`), 1),
		"trailing data": append(append([]byte{}, js...), []byte("{}")...),
		"bad date":      bytes.Replace(js, []byte(`"completed": "2026-11-15"`), []byte(`"completed": "15-11-2026"`), 1),
		"truncated":     js[:len(js)/2],
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseJSON(data); !errors.Is(err, ErrUnreadable) {
				t.Fatalf("ParseJSON = %v, want ErrUnreadable", err)
			}
		})
	}
}
