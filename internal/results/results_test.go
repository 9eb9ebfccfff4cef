package results

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/internal/certificate"
	"piketpalen/internal/tabletest"
	"piketpalen/progress"
)

// TestExportContents checks what a file says for a learner with an earlier
// perfect attempt, a later lower one, and an open one (learner 3 of the
// group, see groupState).
func TestExportContents(t *testing.T) {
	c := testCourse(t)
	st := groupState(t, c, 3)
	// the learner read the hint of een-2 in the latest attempt
	latest := st.Record("01-eerste").Attempts[1]
	for i := range latest.Items {
		latest.Items[i].Hinted = latest.Items[i].Question == "een-2"
	}
	now := time.Date(2026, time.March, 10, 10, 30, 15, 999, time.FixedZone("CET", 3600))
	f, err := Export(c, st, "  Eva \n Visser ", "Gemeente Test", testKey, now)
	if err != nil {
		t.Fatal(err)
	}
	if f.Kind != Kind || f.Version != FormatVersion || f.Learner != "Eva Visser" || f.Organisation != "Gemeente Test" ||
		f.Course != "Testcursus" || f.CourseVersion != "0.1.0" || f.PassMark != 70 {
		t.Errorf("header: %+v", f)
	}
	if want := time.Date(2026, time.March, 10, 9, 30, 15, 0, time.UTC); !f.Created.Equal(want) || f.Created.Location() != time.UTC {
		t.Errorf("created %v, want %v in UTC", f.Created, want)
	}
	if len(f.Modules) != 2 {
		t.Fatalf("%d modules", len(f.Modules))
	}
	m := f.Modules[0]
	if m.ID != "01-eerste" || m.Title != "Eerste module" || !m.Passed || m.BestScore != 100 || m.Attempts != 2 || m.AnswersScore != 75 {
		t.Errorf("module 01: %+v", m)
	}
	shown := slices.Clone(m.Answers)
	for i := range shown {
		shown[i].Order = nil // the option order is the attempt's; checked by re-grading
	}
	got := fmt.Sprint(shown)
	want := "[{een-1 Vraag 1 van een. Welk antwoord is goed? [0] [Goed antwoord 1] true [] false} " +
		"{een-2 Vraag 2 van een. Welk antwoord is goed? [0] [Goed antwoord 2] true [] true} " +
		"{een-3 Vraag 3 van een. Welk antwoord is goed? [0] [Goed antwoord 3] true [] false} " +
		"{een-6 Vraag 6, kies alle juiste antwoorden. [0 2] [Juist A Fout C] false [] false}]"
	if got != want {
		t.Errorf("answers of the latest attempt:\n got %s\nwant %s", got, want)
	}
	if m2 := f.Modules[1]; !m2.Passed || m2.BestScore != 100 || m2.Attempts != 1 || len(m2.Answers) != 4 || fmt.Sprint(m2.Answers[3].Chosen) != "[0 1]" {
		t.Errorf("module 02: %+v", m2)
	}
	if f.Key != keyID(t) || f.Signature == "" {
		t.Errorf("key %q signature %q", f.Key, f.Signature)
	}
}

func keyID(t *testing.T) string {
	return certificate.KeyID(testKey.Public().(ed25519.PublicKey))
}

// TestExportUnfinished: a learner who only read a page, or did nothing, can
// export; a name is required.
func TestExportUnfinished(t *testing.T) {
	c := testCourse(t)
	st := progress.New()
	st.MarkRead("01-eerste", 1)
	f, err := Export(c, st, "Nog Bezig", "", testKey, base)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range f.Modules {
		if m.Passed || m.Attempts != 0 || m.BestScore != 0 || m.Answers != nil || !m.AnswersFrom.IsZero() {
			t.Errorf("%+v", m)
		}
	}
	data, _ := Marshal(f)
	if bytes.Contains(data, []byte("answers")) || bytes.Contains(data, []byte("organisation")) {
		t.Errorf("empty fields written:\n%s", data)
	}
	if _, err := Export(c, progress.New(), " \t", "", testKey, base); err == nil || !strings.Contains(err.Error(), "no learner name") {
		t.Errorf("no name: %v", err)
	}
}

// TestExportOldVersionGivesNoAnswers: learner 20 passed module 01 on an
// earlier course version after the latest attempt on this one; the module
// counts as passed, the answers are those of this version.
func TestExportOldVersionGivesNoAnswers(t *testing.T) {
	c := testCourse(t)
	f, err := Export(c, groupState(t, c, 20), "Wouter Kok", "", testKey, base)
	if err != nil {
		t.Fatal(err)
	}
	m := f.Modules[0]
	if !m.Passed || m.BestScore != 100 || m.Attempts != 2 || m.AnswersScore != 50 {
		t.Errorf("%+v", m)
	}
	for _, an := range m.Answers {
		if an.Question == "een-4" || an.Question == "een-5" {
			t.Errorf("answer from the old version: %+v", an)
		}
	}
}

// TestReadRoundTrip writes a file and reads it back, also after an editor
// re-indented it and added a byte order mark.
func TestReadRoundTrip(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	p := export(t, c, groupState(t, c, 19), dir, FileName(names[19]), base)
	if filepath.Base(p) != "resultaten-zoe-bronte-unal.json" {
		t.Errorf("file name %s", filepath.Base(p))
	}
	f, err := Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if f.Learner != "Zoë Brontë-Ünal" || !f.Created.Equal(base) {
		t.Errorf("%+v", f)
	}
	raw, _ := os.ReadFile(p)
	if !bytes.Contains(raw, []byte("Zoë Brontë-Ünal")) || !bytes.Contains(raw, []byte(`"chosen_text": [`)) {
		t.Errorf("not readable as text:\n%s", raw)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, raw); err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(append([]byte("\ufeff"), compact.Bytes()...)); err != nil {
		t.Errorf("re-formatted file with BOM: %v", err)
	}
}

// TestTamperedFields changes one value at a time and expects every change
// to be caught.
func TestTamperedFields(t *testing.T) {
	c := testCourse(t)
	p := export(t, c, groupState(t, c, 7), t.TempDir(), "x.json", base)
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, edit := range [][2]string{
		{`"learner": "Hanna Mulder"`, `"learner": "Hanna Mulder-de Wit"`},
		{`"organisation": "Gemeente Test"`, `"organisation": "Gemeente Tost"`},
		{`"passed": false`, `"passed": true`},
		{`"best_score": 50`, `"best_score": 75`},
		{`"attempts": 1`, `"attempts": 0`},
		{`"correct": false`, `"correct": true`},
		{`"chosen_text": [
            "Fout antwoord 3a"`, `"chosen_text": [
            "Goed antwoord 3"`},
		{`"course_version": "0.1.0"`, `"course_version": "0.1.1"`},
		{`"created": "2026-03-10T09:00:00Z"`, `"created": "2026-03-11T09:00:00Z"`},
	} {
		changed := strings.Replace(string(raw), edit[0], edit[1], 1)
		if changed == string(raw) {
			t.Errorf("%s not in the file", edit[0])
			continue
		}
		f, err := Parse([]byte(changed))
		if !errors.Is(err, ErrTampered) || f == nil {
			t.Errorf("%s → %s: %v", edit[0], edit[1], err)
		}
	}
	if _, err := Parse(raw); err != nil {
		t.Errorf("untouched: %v", err)
	}
}

// TestReadUnreadable: each kind of file that is not a result file is
// reported as unreadable, with a reason a trainer understands.
func TestReadUnreadable(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	good, err := os.ReadFile(export(t, c, groupState(t, c, 0), dir, "goed.json", base))
	if err != nil {
		t.Fatal(err)
	}
	cert, err := certificate.Issue(certificate.Input{
		Learner: "Bram Bakker", Course: certificate.SampleCourse,
		Modules:    []certificate.ModuleResult{{ID: "m", Title: "M", Score: 80, Passed: base}},
		SelfIssued: true,
	}, testKey, base)
	if err != nil {
		t.Fatal(err)
	}
	certJSON, _ := certificate.JSON(cert)
	for name, tc := range map[string]struct {
		data string
		want string
	}{
		"empty":       {"", "json"},
		"not json":    {"hallo", "json"},
		"cut off":     {string(good[:len(good)/2]), "json"},
		"certificate": {string(certJSON), "certificate, not a result file"},
		"progress":    {`{"schema": 1, "modules": {}}`, "progress file"},
		"other json":  {`{"a": 1}`, "not a piketpalen result file"},
		"newer":       {`{"kind": "piketpalen-resultaten", "version": 2, "whatever": true}`, "newer"},
		"unknown field": {strings.Replace(string(good), `"kind"`, `"extra": 1, "kind"`, 1),
			"unknown field"},
		"trailing":   {string(good) + "{}", "after top-level value"},
		"no learner": {strings.Replace(string(good), `"learner": "Bram Bakker"`, `"learner": ""`, 1), "no learner name"},
	} {
		p := filepath.Join(dir, name+".json")
		if err := os.WriteFile(p, []byte(tc.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Read(p)
		if !errors.Is(err, ErrUnreadable) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: %v (want ErrUnreadable mentioning %q and the path)", name, err, tc.want)
		}
	}
	if _, err := Read(filepath.Join(dir, "bestaat-niet.json")); !errors.Is(err, ErrUnreadable) {
		t.Errorf("missing file: %v", err)
	}
}

// TestSignatureContext: a result file's signature is not a certificate's,
// even over the same bytes: the contexts differ.
func TestSignatureContext(t *testing.T) {
	if signingContext == "piketpalen certificaat v1\x00" {
		t.Fatal("result files share the certificate's signing context")
	}
}

func TestFileName(t *testing.T) {
	tabletest.Strings(t, "FileName", FileName, map[string]string{
		"Zoë Brontë-Ünal": "resultaten-zoe-bronte-unal.json",
		"  Jan  de Vries": "resultaten-jan-de-vries.json",
		"???":             "resultaten.json",
	})
}

func TestLearnerKey(t *testing.T) {
	if LearnerKey("  anna \t DE   vries ") != LearnerKey("Anna de Vries") {
		t.Error("case and spaces count")
	}
	if LearnerKey("Zoe\u0308") != LearnerKey("Zoë") {
		t.Error("decomposed ë differs from composed")
	}
	if LearnerKey("Anna de Vries") == LearnerKey("Anna de Vries-Bos") {
		t.Error("different names are the same")
	}
}

func TestExportTo(t *testing.T) {
	c := testCourse(t)
	dir := t.TempDir()
	f, path, err := ExportTo(c, progress.New(), "  Zoë   Brontë-Ünal ", "", dir, testKey, time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if path != filepath.Join(dir, "resultaten-zoe-bronte-unal.json") || f.Learner != "Zoë Brontë-Ünal" {
		t.Errorf("path %s, learner %q", path, f.Learner)
	}
	back, err := Read(path)
	if err != nil || back.Learner != f.Learner {
		t.Fatalf("read back: %v %+v", err, back)
	}
}

// TestFormat2FileStillReads: a result file made by the program that had the
// built-in key (testdata, made with that program) is read as intact by the
// trainer's overview, and an edit of it shows; issuing refuses it, saying
// it must be exported again.
func TestFormat2FileStillReads(t *testing.T) {
	f, err := Read("testdata/v2-builtin-key.json")
	if err != nil || f.Version != 2 || f.Learner != "Bram Bakker" {
		t.Fatalf("format 2 file: %v %+v", err, f)
	}
	data, _ := os.ReadFile("testdata/v2-builtin-key.json")
	if _, err := Parse(bytes.Replace(data, []byte("Bram Bakker"), []byte("Iemand Anders"), 1)); !errors.Is(err, ErrTampered) {
		t.Errorf("format 2, name changed: %v, want ErrTampered", err)
	}
	var ni *NotIssuable
	if _, err := Regrade(f, testCourse(t)); !errors.As(err, &ni) || ni.Why != RefuseOldFormat {
		t.Errorf("Regrade of a format 2 file: %v", err)
	}
}

// TestAttemptIDsAndPseudonym: a file of format 4 names its attempts and
// when they were started, also when signed and read back; a pseudonymous
// one has no name and no organisation but the learner id, and is shown by
// it. A version 3 file with attempt ids, a pseudonymous one of version 3,
// one without a learner id and one with only an organisation are refused.
func TestAttemptIDsAndPseudonym(t *testing.T) {
	c := testCourse(t)
	m := c.Modules[0]
	st := progress.New()
	st.Learner.ID = "0123456789abcdef0123456789abcdef"
	a := st.OpenAttempt(c, m, 3, time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC))
	for i := range a.Items {
		c.Answer(a, i, m.Question(a.Items[i].Question).CorrectOptions())
	}
	st.FinishAttempt(c, m, time.Date(2026, 2, 1, 9, 7, 0, 0, time.UTC))
	key := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	f, err := Export(c, st, "", "", key, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	fm := f.Module(m.ID)
	// passed at the first attempt: that attempt is written once (version 5)
	if p := fm.PassingAttempt(); fm.AnswersID != a.ID || fm.AnswersID == "" || !fm.AnswersStarted.Equal(a.Started) ||
		fm.Passing != nil || !fm.PassingIsLatest || p == nil || p.ID != a.ID || len(p.Answers) != len(a.Items) {
		t.Errorf("module %+v, attempt %s started %v", fm, a.ID, a.Started)
	}
	data, _ := Marshal(f)
	back, err := Parse(data)
	if err != nil || !back.Pseudonymous() || back.Shown() != "id "+st.Learner.ID || back.DefaultName() != "resultaten-"+st.Learner.ID+".json" {
		t.Fatalf("read back: %v, %+v", err, back)
	}
	strip := func(f *File) {
		for i := range f.Modules {
			f.Modules[i].AnswersID, f.Modules[i].AnswersStarted, f.Modules[i].Passing, f.Modules[i].PassingIsLatest = "", time.Time{}, nil, false
		}
	}
	for name, tc := range map[string]struct {
		change func(*File)
		want   string
	}{
		"version 3 with attempt ids": {func(f *File) { f.Version, f.Learner = 3, "Eva Visser" }, "no attempt ids"},
		"version 3 without a name":   {func(f *File) { f.Version = 3; strip(f) }, "no learner name"},
		"no name and no id":          {func(f *File) { f.LearnerID = "" }, "no learner name"},
		"an organisation, no name":   {func(f *File) { f.Organisation = "Gemeente Test" }, "names an organisation"},
	} {
		g := *back
		g.Modules = append([]Module(nil), back.Modules...)
		tc.change(&g)
		if err := Sign(&g, key); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", name, err, tc.want)
		}
	}
}

// TestPassingWrittenOnce: a module passed at the first attempt carries
// that attempt once, as the latest, and says it is also the passing one;
// a module passed and then retaken with a lower score carries both. Read
// back, both re-grade, and PassingAttempt gives the right attempt. A file
// that says passing_is_latest in format 4, beside a passing attempt, or
// without a latest attempt is refused.
func TestPassingWrittenOnce(t *testing.T) {
	c := testCourse(t)
	st := progress.New()
	start := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	take := func(m *course.Module, seed uint64, right bool, at time.Time) *course.Attempt {
		a := st.OpenAttempt(c, m, seed, at)
		for i := range a.Items {
			q := m.Question(a.Items[i].Question)
			chosen := q.CorrectOptions()
			if !right {
				chosen = []int{(chosen[0] + 1) % len(q.Options)}
			}
			c.Answer(a, i, chosen)
		}
		st.FinishAttempt(c, m, at.Add(5*time.Minute))
		return a
	}
	once := take(c.Modules[0], 3, true, start)
	passed := take(c.Modules[1], 4, true, start.Add(time.Hour))
	retake := take(c.Modules[1], 5, false, start.Add(2*time.Hour))
	f, err := Export(c, st, "Eva Visser", "", testKey, start.Add(3*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	m0, m1 := f.Modules[0], f.Modules[1]
	if !m0.PassingIsLatest || m0.Passing != nil || m0.AnswersID != once.ID {
		t.Errorf("passed at once: passing_is_latest %v, passing %v, answers of %s", m0.PassingIsLatest, m0.Passing, m0.AnswersID)
	}
	if m1.PassingIsLatest || m1.Passing == nil || m1.Passing.ID != passed.ID || m1.AnswersID != retake.ID {
		t.Errorf("retaken: passing_is_latest %v, passing %+v, answers of %s", m1.PassingIsLatest, m1.Passing, m1.AnswersID)
	}
	data, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil || !reflect.DeepEqual(back, f) {
		t.Fatalf("read back: %v", err)
	}
	if p := back.Modules[0].PassingAttempt(); p == nil || p.ID != once.ID || p.Score != 100 || len(p.Answers) != len(once.Items) {
		t.Errorf("passing attempt of the module passed at once: %+v", p)
	}
	if p := back.Modules[1].PassingAttempt(); p == nil || p.ID != passed.ID {
		t.Errorf("passing attempt of the retaken module: %+v", p)
	}
	graded, err := Regrade(back, c)
	if err != nil || len(graded) != 2 || graded[0].Score != 100 || graded[1].Score != 100 {
		t.Errorf("re-graded: %+v, %v", graded, err)
	}
	for name, change := range map[string]func(m *Module, f *File){
		"format 4":                 func(m *Module, f *File) { f.Version = 4 },
		"beside a passing":         func(m *Module, f *File) { m.Passing = m.Latest() },
		"without a latest attempt": func(m *Module, f *File) { m.AnswersFrom, m.Answers = time.Time{}, nil },
	} {
		g := *back
		g.Modules = slices.Clone(back.Modules)
		change(&g.Modules[0], &g)
		if err := Sign(&g, testKey); err == nil || !strings.Contains(err.Error(), "passing_is_latest") {
			t.Errorf("%s: %v, want passing_is_latest refused", name, err)
		}
	}
}

// TestHintedNeedsFormat5: an answer marked hinted is written (format 5)
// and read back; the same answer in a file of format 4 is refused, since
// no program wrote hints in one.
func TestHintedNeedsFormat5(t *testing.T) {
	c := testCourse(t)
	st := groupState(t, c, 0) // read the hint of een-3
	f, err := Export(c, st, "Bram Bakker", "", testKey, base)
	if err != nil {
		t.Fatal(err)
	}
	data, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), `"hinted": true`); n != 1 {
		t.Errorf("%d answers marked hinted in the file, want 1:\n%s", n, data)
	}
	back, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	hinted := 0
	for _, m := range back.Modules {
		for _, a := range m.Answers {
			if a.Hinted {
				hinted++
				if a.Question != "een-3" {
					t.Errorf("question %s read back as hinted", a.Question)
				}
			}
		}
	}
	if hinted != 1 {
		t.Errorf("%d hinted answers read back, want 1", hinted)
	}
	back.Version = 4
	for i := range back.Modules {
		back.Modules[i].PassingIsLatest = false
	}
	if err := Sign(back, testKey); err == nil || !strings.Contains(err.Error(), "records no hints") {
		t.Errorf("format 4 with a hint: %v", err)
	}
}
