package certificate

import (
	"crypto/ed25519"
	"crypto/rand"
	"time"
)

// SampleCourse describes the course for Sample. It mirrors the course
// built into piketpalen; a specimen shows what a certificate looks like, so
// it need not follow every later change of the manifest.
var SampleCourse = CourseInfo{
	Title:    "Weet waar de piketpalen staan",
	Subtitle: "Spreken als ambtenaar, online en offline",
	Version:  "1.0.0",
	AsOf:     time.Date(2026, time.November, 23, 0, 0, 0, 0, time.UTC),
	PassMark: 70,
	Issuer:   "piketpalen, e-learning over de uitingsvrijheid van ambtenaren",
	CertificateText: "heeft de e-learning over de grenzen van de uitingsvrijheid van ambtenaren " +
		"(primaat van de politiek, vrijheid van meningsuiting, functioneringsnorm en " +
		"jurisprudentie) met goed gevolg afgerond.",
}

// sampleModules are the modules of the sample, with fictitious scores.
var sampleModules = []struct {
	id, title string
	score     int
}{
	{"00-introductie", "Introductie", 100},
	{"01-primaat-van-de-politiek", "Primaat van de politiek", 88},
	{"02-vrijheid-van-meningsuiting", "Vrijheid van meningsuiting", 75},
	{"03-functioneringsnorm", "De functioneringsnorm", 81},
	{"04-jurisprudentie", "Jurisprudentie", 94},
	{"05-dilemmas-in-de-praktijk", "Dilemma’s in de praktijk", 70},
}

// Sample returns a signed specimen certificate for the fictitious learner
// Zoë Brontë-Ünal of the Ministerie van Voorbeeldzaken, finished on the day
// of now, for trainers and HR who want to see what a certificate looks like
// and how verification answers. It is marked as a specimen in the data, on
// the page, and by Verify. SampleFor makes one for a loaded course.
func Sample(now time.Time) (*Certificate, error) {
	mods := make([]ModuleResult, len(sampleModules))
	for i, m := range sampleModules {
		mods[i] = ModuleResult{ID: m.id, Title: m.title, Score: m.score}
	}
	return sampleOf(SampleCourse, mods, now)
}

// sampleOf signs a specimen for the course and modules given; modules with
// no score get one from a fixed fictitious list.
func sampleOf(info CourseInfo, mods []ModuleResult, now time.Time) (*Certificate, error) {
	in := Input{
		Learner:      "Zoë Brontë-Ünal",
		Organisation: "Ministerie van Voorbeeldzaken",
		Course:       info,
		Specimen:     true,
		IssuerName:   "Ministerie van Voorbeeldzaken",
	}
	// One module every two days, the last one today (in the local calendar,
	// which is how New dates modules).
	local := now.Local()
	day := time.Date(local.Year(), local.Month(), local.Day(), 12, 0, 0, 0, time.Local)
	for i, m := range mods {
		if m.Score == 0 {
			m.Score = sampleModules[i%len(sampleModules)].score
		}
		m.Passed = day.AddDate(0, 0, -2*(len(mods)-1-i))
		in.Modules = append(in.Modules, m)
	}
	// A specimen is signed with a key made for it and thrown away: it is
	// never valid, whoever signed it.
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return Issue(in, key, now)
}
