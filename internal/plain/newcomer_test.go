package plain

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/tuitest"
	"piketpalen/modules"
	"piketpalen/progress"
)

// TestPlainHelpAndTypos: help and ? list what can be typed, on the overview
// and while reading; a typo on the overview is answered in one line, with
// the question asked again, not the whole menu printed again.
func TestPlainHelpAndTypos(t *testing.T) {
	c := testCourse(t)
	out, _, _ := runScript(t, c, progress.New(), "help\n?\nxyz\nstop\n")
	tuitest.AssertContains(t, out, "Wat je kunt typen:", "zoek WOORD", "Dat is geen keuze.")
	if n := strings.Count(out, "Modules:"); n != 1 {
		t.Errorf("the menu was printed %d times for one visit of the overview:\n%s", n, out)
	}
	if n := strings.Count(out, "Wat je kunt typen:"); n != 2 {
		t.Errorf("help and ? gave the help %d times, want 2", n)
	}
	out, _, _ = runScript(t, c, progress.New(), "1\n?\nstop\n")
	tuitest.AssertContains(t, out, "Pagina 1 van 3", "Wat je kunt typen:")
}

// TestPlainEmptyEnterGoesOn: an empty Enter on the overview goes on where
// the learner was — for a fresh learner, the first module.
func TestPlainEmptyEnterGoesOn(t *testing.T) {
	c := testCourse(t)
	out, st, _ := runScript(t, c, progress.New(), "\nstop\n")
	tuitest.AssertContains(t, out, "Pagina 1 van 3: Wie is verantwoordelijk?")
	if st.Last.Module != c.Modules[0].ID {
		t.Errorf("empty Enter went to %q", st.Last.Module)
	}
}

// TestPlainLastPagePrompt: on the last page the prompt says Enter starts
// the quiz, since it does; on the others, that it turns the page.
func TestPlainLastPagePrompt(t *testing.T) {
	c := testCourse(t)
	out, _, _ := runScript(t, c, progress.New(), "1\n\n\nstop\n")
	if n := strings.Count(out, "Enter: volgende pagina."); n != 2 {
		t.Errorf("%d next-page prompts on a module of 3 pages, want 2", n)
	}
	tuitest.AssertContains(t, out, "Enter: de toets beginnen.")
}

// TestPlainSearch: "zoek WOORD" lists the places of the course that hold
// the word, by module and page number, accents aside.
func TestPlainSearch(t *testing.T) {
	c := testCourse(t)
	out, _, _ := runScript(t, c, progress.New(), "zoek loyaal\nzoek nergenswoord\nzoek\nstop\n")
	tuitest.AssertContains(t, out, "\"loyaal\" staat op", "Module 1, pagina 2 (Loyaal en neutraal):",
		"\"nergenswoord\" staat nergens in de cursus.", "Typ zoek en een woord")
}

// TestPlainQuestionTextsWrap: the built-in course's questions, options and
// feedback are printed as flowing text wrapped to the width: no line is
// longer than 80 columns and no sentence is broken where its YAML file was.
func TestPlainQuestionTextsWrap(t *testing.T) {
	c, err := course.Load(modules.FS)
	if err != nil {
		t.Fatal(err)
	}
	m := c.Modules[0]
	in := "1\n" + strings.Repeat("\n", len(m.Pages)) + script(c, m, 7, nil) + "\nstop\n"
	out, _, _ := runScript(t, c, progress.New(), in)
	for i, l := range strings.Split(out, "\n") {
		if w := len([]rune(l)); w > 80 {
			t.Errorf("line %d is %d long: %q", i+1, w, l)
		}
	}
	if strings.Contains(out, "Minister Rosenthal vond dat\n") {
		t.Error("a sentence is broken where the YAML file broke it")
	}
}

// TestPlainRetakeAfterPass: a retake that scores below the pass mark after
// a pass says this attempt's score and that the module stays passed, with
// its best score.
func TestPlainRetakeAfterPass(t *testing.T) {
	c := testCourse(t)
	m := c.Modules[0]
	out, st, _ := runScript(t, c, progress.New(), "1\n\n\n\n"+script(c, m, 7, nil)+"\nstop\n")
	if best := st.Status(m).Best; best == nil || !best.Passed {
		t.Fatalf("the first attempt did not pass:\n%s", out)
	}
	wrong := map[int]bool{0: true, 1: true, 2: true, 3: true}
	out, _, _ = runScript(t, c, st, "1\n\n"+script(c, m, 7, wrong)+"\nstop\n")
	tuitest.AssertContains(t, out, "Je score: 0% (0 van 4 goed)", "maar de module blijft gehaald:\nje beste score is 100%.")
	if strings.Contains(out, "Nog niet gehaald") {
		t.Errorf("a retake after a pass says the module is not passed:\n%s", out)
	}
}

// TestPlainPrivacy: privacy on the overview tells what is kept where, and
// the overview's question is asked again, not taken as a wrong choice.
func TestPlainPrivacy(t *testing.T) {
	c := testCourse(t)
	// the data folder as the program gives it: the progress file shown,
	// its folder, and the folder exports go to
	dir, outDir := t.TempDir(), t.TempDir()
	file := filepath.Join(dir, progress.FileName)
	if err := os.WriteFile(file, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err := Run(Options{
		Learner: app.Learner{Course: c, State: progress.New(), DataDir: file, KeyDir: dir, OutDir: outDir,
			Now: func() time.Time { return testNow }},
		In: strings.NewReader("privacy\nstop\n"), Out: &out,
	})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(out.String()), " ")
	tuitest.AssertContains(t, text, "in de map "+dir+":", file+" Je voortgang", "standaard in "+outDir+" ", "Niets hiervan verlaat je computer")
	if strings.Contains(text, "Dat is geen keuze.") {
		t.Errorf("privacy was taken for a wrong choice:\n%s", out.String())
	}
}
