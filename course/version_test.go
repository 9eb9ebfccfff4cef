package course_test

import (
	"cmp"
	"os"
	"strings"
	"testing"

	"piketpalen/course"
	"piketpalen/course/coursetest"
)

// TestCompareVersions compares every two of a list of versions, oldest
// first, where "=" joins two spellings of one version.
func TestCompareVersions(t *testing.T) {
	order := []string{"", "0.0.1", "1.0.0-a", "1.0.0-b", "1.1.0", "1.2=1.2.0", "1.9.0", "1.10.0", "2.0.0"}
	for i, x := range order {
		for j, y := range order {
			want := cmp.Compare(i, j)
			for _, a := range strings.Split(x, "=") {
				for _, b := range strings.Split(y, "=") {
					if got := course.CompareVersions(a, b); got != want {
						t.Errorf("CompareVersions(%q, %q) = %d, want %d", a, b, got, want)
					}
				}
			}
		}
	}
}

const twoChanges = `      - version: 0.2.0
        text: Een zin op de eerste pagina is nieuw.
      - version: 0.3.0
        text: De vragen over loyaliteit zijn strenger.
        requires_retake: true
`

func TestChangesAreRead(t *testing.T) {
	c := coursetest.Load(t, coursetest.Updated(t, "0.3.0", twoChanges, true))
	m := c.Modules[0]
	if len(m.Changes) != 2 || m.Changes[0].Version != "0.2.0" || m.Changes[0].RequiresRetake ||
		m.Changes[1].Text != "De vragen over loyaliteit zijn strenger." || !m.Changes[1].RequiresRetake || m.Changes[1].Line != 15 {
		t.Fatalf("changes = %+v", m.Changes)
	}
	if got := c.ChangesSince(m, "0.2.0"); len(got) != 1 || got[0].Version != "0.3.0" {
		t.Errorf("since 0.2.0: %+v", got)
	}
	if got := c.ChangesSince(m, ""); len(got) != 2 {
		t.Errorf("since the beginning: %+v", got)
	}
	if len(c.Modules[1].Changes) != 0 {
		t.Errorf("module 2 has changes: %+v", c.Modules[1].Changes)
	}
}

func TestChangesAreValidated(t *testing.T) {
	bad := `      - version: een
        text: Geen versie.
      - version: 0.9.0
        text: Uit de toekomst.
      - version: 0.1.0
        text: Te vroeg na 0.9.0.
      - text: Zonder versie.
        requires_retake: misschien
      - version: 0.1.0
        tekst: verkeerde sleutel
`
	ps := course.Validate(os.DirFS(coursetest.Updated(t, "0.3.0", bad, false)))
	got := ps.Error()
	for _, want := range []string{
		`course.yaml:13: wijziging 1 van module "01-eerste": "version" moet een versie zijn als 1.2.0, niet "een"`,
		`course.yaml:15: module "01-eerste": wijziging 0.9.0 is nieuwer dan de cursus zelf (version: 0.3.0)`,
		`course.yaml:17: wijziging 3 van module "01-eerste": de wijzigingen staan van oud naar nieuw, maar 0.1.0 komt na 0.9.0`,
		`course.yaml:19: wijziging 4 van module "01-eerste" mist "version"`,
		`course.yaml:20: "requires_retake" moet true of false zijn`,
		`course.yaml:22: onbekende sleutel "tekst"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing problem %q in:\n%s", want, got)
		}
	}
}

func TestFingerprint(t *testing.T) {
	old := coursetest.Valid(t)
	same := coursetest.Load(t, coursetest.Updated(t, "0.2.0", "", false))
	changed := coursetest.Load(t, coursetest.Updated(t, "0.2.0", "", true))
	f := old.Modules[0].Fingerprint()
	if len(f) != 32 || f == old.Modules[1].Fingerprint() {
		t.Fatalf("fingerprints %q and %q", f, old.Modules[1].Fingerprint())
	}
	if same.Modules[0].Fingerprint() != f || same.Modules[1].Fingerprint() != old.Modules[1].Fingerprint() {
		t.Error("a new version with the same content has another fingerprint")
	}
	if changed.Modules[0].Fingerprint() == f || changed.Modules[1].Fingerprint() != old.Modules[1].Fingerprint() {
		t.Error("only the changed module should get another fingerprint")
	}

	// Without its questions, a module has none.
	lessons, err := course.LoadLessons(os.DirFS(coursetest.ValidDir()))
	if err != nil {
		t.Fatal(err)
	}
	if lessons.Modules[0].Fingerprint() != "" {
		t.Error("a module read without its questions has a fingerprint")
	}
}
