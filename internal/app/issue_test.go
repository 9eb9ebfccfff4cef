package app

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/course/coursetest"
	"piketpalen/internal/certificate"
	"piketpalen/internal/issuer"
	"piketpalen/internal/locale"
	"piketpalen/internal/results"
	"piketpalen/progress"
	"piketpalen/progress/progresstest"
)

var orgKey = &issuer.Key{Name: "Gemeente Test", Private: ed25519.NewKeyFromSeed([]byte("app issue test organisation key!"))}

type trustOrg struct{}

func (trustOrg) Trusted(did string) (string, bool) {
	return orgKey.Name, did == orgKey.Public().DID
}

// export writes a learner's result file into dir, signed with their own
// key in keyDir, and returns its path.
func export(t *testing.T, c *course.Course, st *progress.State, name, dir, keyDir string) string {
	t.Helper()
	exp, err := ExportResults(c, st, Person{Name: name}, Where{Folder: dir, KeyDir: keyDir}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	return exp.Path
}

func issueOpts(t *testing.T) IssueOptions {
	return IssueOptions{Out: t.TempDir(), Now: testNow}
}

func TestIssueFromResults(t *testing.T) {
	c := testCourse(t)
	in := t.TempDir()
	st := progresstest.PassedState(c, testNow)
	st.EnsureLearnerID()
	good := export(t, c, st, "Jan de Vries", in, t.TempDir())
	o := issueOpts(t)
	s := IssueFromResults(c, orgKey, []string{good}, o)
	if s.Count(Issued) != 1 || len(s.Entries[0].Files) != 2 {
		t.Fatalf("issue: %+v", s.Entries)
	}
	cert, err := certificate.VerifyFile(s.Entries[0].Files[0], trustOrg{})
	if err != nil || cert.Learner != "Jan de Vries" || cert.SignedByName != "Gemeente Test" || cert.LearnerID != st.Learner.ID {
		t.Fatalf("issued certificate: %v %+v", err, cert)
	}
	// Not twice, unless asked.
	if s := IssueFromResults(c, orgKey, []string{good}, o); s.Count(Already) != 1 {
		t.Errorf("second time: %+v", s.Entries)
	}
	o.Again = true
	if s := IssueFromResults(c, orgKey, []string{good}, o); s.Count(Issued) != 1 {
		t.Errorf("--again: %+v", s.Entries)
	}
}

// TestIssueRefusesForgeries: a progress file with a hand-made attempt, a
// result file changed after export, and one changed and signed again with
// the learner's own key (which they have) are all refused, with the reason.
func TestIssueRefusesForgeries(t *testing.T) {
	c := testCourse(t)
	in, keyDir := t.TempDir(), t.TempDir()

	// A forged progress file: an attempt with no questions and 100 %.
	forged := progress.New()
	for _, m := range c.Modules {
		forged.Record(m.ID).Attempts = []*course.Attempt{{Module: m.ID, CourseVersion: c.Version, Started: testNow, Finished: testNow, Score: 100, Passed: true}}
	}
	p1 := export(t, c, forged, "Mallory Nooitgeweest", in, keyDir)

	// A good file, then altered by hand without signing again.
	p2 := export(t, c, progresstest.PassedState(c, testNow), "Eva Visser", filepath.Join(in), keyDir)
	raw, _ := os.ReadFile(p2)
	p3 := filepath.Join(t.TempDir(), "changed.json")
	os.WriteFile(p3, []byte(strings.Replace(string(raw), "Eva Visser", "Iemand Anders", 1)), 0o644)

	// A file whose answers were changed and that was signed again with the
	// learner's own key: the signature holds, the re-grading does not.
	f, err := results.Read(p2)
	if err != nil {
		t.Fatal(err)
	}
	// passed at once: the passing attempt is the latest, written once
	m := &f.Modules[0]
	if !m.PassingIsLatest {
		t.Fatalf("module %s: the passing attempt is written apart from the latest", m.ID)
	}
	m.Answers[0].Correct = !m.Answers[0].Correct
	self, err := issuer.SelfKey(keyDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := results.Sign(f, self); err != nil {
		t.Fatal(err)
	}
	p4 := filepath.Join(t.TempDir(), "resigned.json")
	if err := results.WriteFile(p4, f); err != nil {
		t.Fatal(err)
	}
	// One whose passing attempt claims another draw (seed), signed again.
	f.Modules[0].Answers[0].Correct = !f.Modules[0].Answers[0].Correct
	f.Modules[0].AnswersSeed++
	results.Sign(f, self)
	p6 := filepath.Join(t.TempDir(), "otherseed.json")
	results.WriteFile(p6, f)
	// And one made for another course version.
	f.CourseVersion = "9.9.9"
	results.Sign(f, self)
	p5 := filepath.Join(t.TempDir(), "otherversion.json")
	results.WriteFile(p5, f)

	s := IssueFromResults(c, orgKey, []string{p1, p3, p4, p6, p5}, issueOpts(t))
	want := []string{"is not passed", "changed after it was exported", "passing attempt: item 1", "is not what seed", "version 9.9.9"}
	for i, e := range s.Entries {
		if e.Outcome != Refused || !strings.Contains(e.Reason, want[i]) {
			t.Errorf("%s: %v %q, want refused for %q", filepath.Base(e.Path), e.Outcome, e.Reason, want[i])
		}
	}
	if s.Count(Issued) != 0 {
		t.Errorf("issued: %+v", s.Entries)
	}
	// Said in the trainer's language.
	for l, want := range map[locale.Lang][]string{
		locale.NL: {`module "Eerste module" is niet gehaald`, "veranderd nadat het werd geëxporteerd", "gehaalde poging geeft bij opnieuw nakijken"},
		locale.EN: {`module "Eerste module" is not passed`, "changed after it was exported", "passing attempt does not re-grade"},
	} {
		for i, w := range want {
			if got := ExplainRefusal(l, s.Entries[i]); !strings.Contains(got, w) {
				t.Errorf("%v, %s: %q, want %q", l, filepath.Base(s.Entries[i].Path), got, w)
			}
		}
	}
}

// TestIssueWithoutOrgKeyIsUntrusted: a certificate the learner's own
// program made is self-issued; one signed with another organisation's key
// does not pass as issued by the trusted one.
func TestIssueWithOtherKeyIsUntrusted(t *testing.T) {
	c := testCourse(t)
	p := export(t, c, progresstest.PassedState(c, testNow), "Jan", t.TempDir(), t.TempDir())
	other := &issuer.Key{Name: "Gemeente Test", Private: ed25519.NewKeyFromSeed([]byte("a different key, same org name!!"))}
	s := IssueFromResults(c, other, []string{p}, issueOpts(t))
	if s.Count(Issued) != 1 {
		t.Fatalf("%+v", s.Entries)
	}
	if _, err := certificate.VerifyFile(s.Entries[0].Files[1], trustOrg{}); !errors.Is(err, certificate.ErrUntrusted) {
		t.Errorf("other key: %v, want ErrUntrusted", err)
	}
}

// BenchmarkIssue25 issues certificates for 25 result files (PDF and JSON;
// the OB3 credential is benchmarked in internal/ob3).
func BenchmarkIssue25(b *testing.B) {
	c := coursetest.Valid(b)
	in, keyDir := b.TempDir(), b.TempDir()
	var paths []string
	for i := range 25 {
		st := progresstest.PassedState(c, testNow)
		st.EnsureLearnerID()
		exp, err := ExportResults(c, st, Person{Name: fmt.Sprintf("Deelnemer %02d", i)}, Where{Folder: in, KeyDir: keyDir}, testNow)
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, exp.Path)
	}
	for b.Loop() {
		s := IssueFromResults(c, orgKey, paths, IssueOptions{Out: b.TempDir(), Now: testNow})
		if s.Count(Issued) != 25 {
			b.Fatalf("%+v", s.Entries[0])
		}
	}
}
