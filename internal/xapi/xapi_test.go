package xapi_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"piketpalen/course/coursetest"
	"piketpalen/internal/issuer"
	"piketpalen/internal/results"
	"piketpalen/internal/xapi"
	"piketpalen/internal/xapi/xapitest"
)

const learnerID = "0123456789abcdef0123456789abcdef"

// TestNameUUID checks the version 5 UUID against the example of RFC 9562
// (appendix A.4): "www.example.com" in the DNS namespace.
func TestNameUUID(t *testing.T) {
	dns := xapi.NamespaceURL
	dns[3] = 0x10 // 6ba7b810-…, the DNS namespace, differs from the URL one in that byte
	if got := xapi.NameUUID(dns, "www.example.com").String(); got != "2ed6657d-e927-568b-95e1-2665a8aea6a2" {
		t.Errorf("NameUUID = %s, want 2ed6657d-e927-568b-95e1-2665a8aea6a2", got)
	}
	if got := xapi.NameUUID(xapi.NamespaceURL, "https://piketpalen.invalid/xapi").String(); got != "4ae97071-2b95-53ad-ac8a-d2199417b36f" {
		t.Errorf("NameUUID(URL) = %s", got) // Python's uuid.uuid5(uuid.NAMESPACE_URL, ...)
	}
}

func TestDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "PT0S", 45 * time.Second: "PT45S", time.Minute: "PT1M",
		time.Hour + 2*time.Minute + 3*time.Second: "PT1H2M3S", 1500 * time.Millisecond: "PT2S", -time.Second: "PT0S", 26 * time.Hour: "PT26H"} {
		if got := xapi.Duration(d); got != want {
			t.Errorf("Duration(%v) = %s, want %s", d, got, want)
		}
	}
}

func statements(t *testing.T, name string, now time.Time) []xapi.Statement {
	t.Helper()
	c := coursetest.Valid(t)
	f, err := results.Build(c, xapitest.State(c, learnerID), name, "", now)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := xapi.Statements(c, f)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// TestStatements: module one carries two attempts (the latest, failed, and
// the passing one), each with an answered statement per question and its
// result; module two one; then completed. Nothing names the learner.
func TestStatements(t *testing.T) {
	c := coursetest.Valid(t)
	ss := statements(t, "Eva Visser", time.Now())
	per := c.Modules[0].Draw
	want := 2*(per+1) + (c.Modules[1].Draw + 1) + 1
	if len(ss) != want {
		t.Fatalf("%d statements, want %d", len(ss), want)
	}
	verbs := map[string]int{}
	ids := map[string]bool{}
	for _, s := range ss {
		verbs[s.Verb.ID]++
		if ids[s.ID] {
			t.Errorf("id %s twice", s.ID)
		}
		ids[s.ID] = true
		if s.Actor.Account.Name != learnerID || s.Actor.Account.HomePage != "https://piketpalen.invalid" {
			t.Errorf("actor %+v", s.Actor)
		}
		if !strings.HasPrefix(s.Object.ID, "https://piketpalen.invalid/xapi/0.1.0") {
			t.Errorf("activity %s is not under the base and version", s.Object.ID)
		}
	}
	if verbs[xapi.VerbAnswered] != 2*per+c.Modules[1].Draw || verbs[xapi.VerbPassed] != 2 || verbs[xapi.VerbFailed] != 1 || verbs[xapi.VerbCompleted] != 1 {
		t.Errorf("verbs %v", verbs)
	}
	// the first question of every passed attempt was answered after its
	// hint (xapitest.State): that answer, and no other, says so
	hinted := 0
	for _, s := range ss {
		if r := s.Result; r != nil && r.Extensions != nil {
			if s.Verb.ID != xapi.VerbAnswered || len(r.Extensions) != 1 || r.Extensions["https://piketpalen.invalid/xapi/extensions/hint-read"] != true {
				t.Errorf("extensions %v on %s", r.Extensions, s.Verb.ID)
			}
			hinted++
		}
	}
	if hinted != len(c.Modules) {
		t.Errorf("%d answers with the hint extension, want %d", hinted, len(c.Modules))
	}
	data, _ := json.Marshal(ss)
	for _, leak := range []string{"Eva", "Visser", "Gemeente", "mbox"} {
		if bytes.Contains(data, []byte(leak)) {
			t.Errorf("the statements hold %q", leak)
		}
	}
	// the failed attempt: score 0 of 100, a minute, every answer wrong,
	// with the question's options and right answer
	for _, s := range ss {
		if s.Verb.ID == xapi.VerbFailed {
			if r := s.Result; r.Score.Scaled != 0 || r.Score.Max != 100 || r.Duration != "PT1M" || *r.Success {
				t.Errorf("failed result %+v", r)
			}
			if s.Timestamp != xapitest.Start.Add(time.Hour).Format(time.RFC3339) {
				t.Errorf("failed at %s", s.Timestamp)
			}
		}
		if s.Verb.ID == xapi.VerbAnswered {
			d := s.Object.Definition
			q := c.Modules[0].Question(s.Object.ID[strings.LastIndex(s.Object.ID, "/")+1:])
			if q == nil {
				q = c.Modules[1].Question(s.Object.ID[strings.LastIndex(s.Object.ID, "/")+1:])
			}
			if q == nil || d.InteractionType != "choice" || len(d.Choices) != len(q.Options) || len(d.CorrectResponsesPattern) != 1 {
				t.Fatalf("answered %s: definition %+v", s.Object.ID, d)
			}
			right := (s.Result.Response == d.CorrectResponsesPattern[0])
			if right != *s.Result.Success {
				t.Errorf("%s: response %q, pattern %q, success %v", s.Object.ID, s.Result.Response, d.CorrectResponsesPattern[0], *s.Result.Success)
			}
		}
	}
}

// TestIDsStable: two exports at other times, and one without a name (a
// pseudonymous file), give the same statements byte for byte; the same
// attempts of another learner give other ids.
func TestIDsStable(t *testing.T) {
	one, _ := json.Marshal(statements(t, "Eva Visser", time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)))
	two, _ := json.Marshal(statements(t, "", time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)))
	if !bytes.Equal(one, two) {
		t.Errorf("two exports differ:\n%s\n%s", one, two)
	}
	c := coursetest.Valid(t)
	f, err := results.Build(c, xapitest.State(c, strings.Repeat("f", 32)), "Eva Visser", "", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	other, err := xapi.Statements(c, f)
	if err != nil {
		t.Fatal(err)
	}
	mine := statements(t, "Eva Visser", time.Now())
	if len(other) != len(mine) || len(mine) == 0 {
		t.Fatalf("%d statements of the other learner, %d of this one", len(other), len(mine))
	}
	for i := range other {
		if other[i].ID == mine[i].ID {
			t.Errorf("two learners share statement id %s", mine[i].ID)
		}
	}
}

// TestFromReadFile: the statements of a result file written, signed and
// read back are those made from the progress.
func TestFromReadFile(t *testing.T) {
	c := coursetest.Valid(t)
	key, err := issuer.SelfKeyIn("")
	if err != nil {
		t.Fatal(err)
	}
	f, err := results.Export(c, xapitest.State(c, learnerID), "Eva Visser", "Gemeente Test", key, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	data, _ := results.Marshal(f)
	back, err := results.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	ss, _ := xapi.Statements(c, back)
	a, _ := json.Marshal(ss)
	b, _ := json.Marshal(statements(t, "", time.Now()))
	if !bytes.Equal(a, b) {
		t.Errorf("from the file:\n%s\nfrom the progress:\n%s", a, b)
	}
	back.LearnerID = ""
	if _, err := xapi.Statements(c, back); err != xapi.ErrNoLearnerID {
		t.Errorf("no learner id: %v", err)
	}
}

// TestWriter writes a JSON array that leaves out an id written before.
func TestWriter(t *testing.T) {
	var buf bytes.Buffer
	w := xapi.NewWriter(&buf)
	w.Close()
	if buf.String() != "[]\n" {
		t.Errorf("empty: %q", buf.String())
	}
	buf.Reset()
	ss := statements(t, "", time.Now())
	w = xapi.NewWriter(&buf)
	w.Write(ss...)
	w.Write(ss[0])
	w.Close()
	var back []xapi.Statement
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || len(back) != len(ss) || w.Count() != len(ss) {
		t.Errorf("%d back of %d (count %d): %v", len(back), len(ss), w.Count(), err)
	}
}
