package certificate

import (
	"crypto/ed25519"
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"piketpalen/course"
	"piketpalen/progress"
)

// NotPassedError says which modules still have to be passed before a
// certificate can be made.
type NotPassedError struct {
	Missing []*course.Module
}

func (e *NotPassedError) Error() string {
	names := make([]string, len(e.Missing))
	for i, m := range e.Missing {
		names[i] = m.Title
	}
	return "not every module is passed yet; still to pass: " + strings.Join(names, ", ")
}

// Info returns the course details a certificate shows.
func Info(c *course.Course) CourseInfo {
	return CourseInfo{
		Title:           c.Title,
		Subtitle:        c.Subtitle,
		Version:         c.Version,
		AsOf:            c.AsOf,
		PassMark:        c.PassMark,
		Issuer:          c.Issuer,
		CertificateText: c.CertificateText,
	}
}

// Make makes the learner's own bewijs van deelname for a learner who passed
// every module of c, signed with self, the key kept with their progress
// file (see issuer.SelfKey), and writes its PDF and JSON twin into dir. It
// is self-issued: it says so, and verify reports it as such. It returns a
// *NotPassedError when modules are missing. Only attempts that re-grade
// against c count (see progress.State.Graded).
func Make(c *course.Course, st *progress.State, learner, org, dir string, self ed25519.PrivateKey, now time.Time) (cert *Certificate, pdfPath, jsonPath string, err error) {
	passed, missing := st.Graded(c).Results(c)
	if len(missing) > 0 {
		return nil, "", "", &NotPassedError{Missing: missing}
	}
	in := Input{Learner: learner, Organisation: org, Course: Info(c), SelfIssued: true, LearnerID: st.Learner.ID}
	if c.ValidFor > 0 {
		in.ValidUntil = ValidUntil(passedDay(passed), c.ValidFor)
	}
	for _, r := range passed {
		in.Modules = append(in.Modules, ModuleResult{ID: r.Module.ID, Title: r.Module.Title, Score: r.Score, Passed: r.Passed})
	}
	cert, err = Issue(in, self, now)
	if err != nil {
		return nil, "", "", err
	}
	pdfPath, jsonPath, err = WriteFiles(dir, FileBase(learner, now), cert)
	if err != nil {
		return nil, "", "", err
	}
	return cert, pdfPath, jsonPath, nil
}

// letterFolds spells the letters that Unicode does not decompose.
var letterFolds = strings.NewReplacer("ł", "l", "ø", "o", "æ", "ae", "œ", "oe", "ß", "ss", "đ", "d", "þ", "th")

// SampleFor returns a signed specimen certificate for course c, with the
// fictitious learner of Sample and fictitious scores, so trainers and HR see
// the real course's title, version and modules.
func SampleFor(c *course.Course, now time.Time) (*Certificate, error) {
	mods := make([]ModuleResult, len(c.Modules))
	for i, m := range c.Modules {
		mods[i] = ModuleResult{ID: m.ID, Title: m.Title}
	}
	return sampleOf(Info(c), mods, now)
}

// FileBase is the file name, without extension, for a learner's certificate:
// "certificaat-zoe-bronte-unal-2026-11-23". The name part is Slug(learner).
func FileBase(learner string, now time.Time) string {
	name := Slug(learner)
	if name == "" {
		return fmt.Sprintf("certificaat-%s", now.Format("2006-01-02"))
	}
	return fmt.Sprintf("certificaat-%s-%s", name, now.Format("2006-01-02"))
}

// Slug turns a learner's name into a part of a file name: "Zoë Brontë-Ünal"
// becomes "zoe-bronte-unal". Accents are dropped, anything but letters and
// digits becomes a hyphen, and it is at most 40 bytes, so the name is safe
// on every file system. It is "" for a name without letters or digits. Other
// files made for a learner (such as a result file) use it too, so that all
// of one learner's files are named alike.
func Slug(learner string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(letterFolds.Replace(strings.ToLower(learner))) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	name := strings.Trim(b.String(), "-")
	if len(name) > 40 {
		name = strings.Trim(name[:40], "-")
	}
	return name
}

// ValidUntil is the last day a certificate is valid when it is valid for
// months months from completed: the day before the same date months later.
func ValidUntil(completed time.Time, months int) time.Time {
	return completed.AddDate(0, months, -1)
}

// passedDay is the day the last module was passed.
func passedDay(passed []progress.Result) time.Time {
	var last time.Time
	for _, r := range passed {
		if r.Passed.After(last) {
			last = r.Passed
		}
	}
	return last
}
