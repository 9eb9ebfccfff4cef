package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"piketpalen/internal/ui"
)

// TestWorkshopInTmux runs a workshop in three terminals: the presenter at
// 60×20 and two participants, each with their own progress, who answer
// module 1's quiz. On a question both were given, the presenter's screen
// then shows 2 answers, with per option the count the participants'
// progress files say.
func TestWorkshopInTmux(t *testing.T) {
	bin, courseDir, c, dir := workshopSetup(t, "end-to-end test skipped in -short mode")
	presenter := startTmux(t, "60", "20", []string{"TERM=xterm-256color"}, bin, "present", "--course", courseDir, "--workshop", dir, "1")
	presenter.waitFor("pagina 1 van 3")

	var data [2]string
	for i := range data {
		data[i] = t.TempDir()
		p := startTmux(t, "80", "24", []string{"TERM=xterm-256color", "PIKETPALEN_DATA=" + data[i]}, bin, "--course", courseDir, "--workshop", dir)
		p.waitFor("Je doet mee aan workshop")
		p.keys("t")
		p.waitFor("enter om te beginnen")
		p.keys("Enter")
		for q := 1; q <= 4; q++ {
			p.waitFor(fmt.Sprintf("vraag %d van 4", q))
			p.keys("a")
			p.keys("Enter")
			p.waitFor("Uitleg")
			p.keys("Enter")
		}
		p.waitFor("Je score:")
		p.keys("Enter")
		p.waitFor("modules gehaald")
		p.keys("q")
		p.waitFor("EXITED-0")
	}

	// what each chose, from their own progress
	var chosen [2]map[string][]int
	for i, d := range data {
		chosen[i] = firstAttemptChoices(t, d, "01-eerste")
	}
	m := c.Modules[0]
	qi := -1
	for j, q := range m.Questions {
		if chosen[0][q.ID] != nil && chosen[1][q.ID] != nil {
			qi = j
			break
		}
	}
	if qi < 0 {
		t.Fatal("the two participants share no question")
	}
	q := m.Questions[qi]
	for range 4 { // three pages and the discussion
		presenter.keys("Right")
	}
	for range qi { // a hidden question: → reveals it, → again goes on
		presenter.keys("Right", "Right")
	}
	presenter.waitFor(fmt.Sprintf("Vraag %d van 6", qi+1))
	presenter.keys("Enter")
	scr := presenter.waitFor("2 van 2 geantwoord")
	for o := range q.Options {
		n := 0
		for i := range chosen {
			if slices.Contains(chosen[i][q.ID], o) {
				n++
			}
		}
		line := regexp.MustCompile(regexp.QuoteMeta(ui.OptionLabel(o)+".") + `\s+[█░]+ ` + fmt.Sprint(n) + `\s+` + fmt.Sprint(n*50) + `%`)
		if !line.MatchString(scr) {
			t.Errorf("option %s: the screen does not show %d (%d%%):\n%s", ui.OptionLabel(o), n, n*50, scr)
		}
	}
	for _, l := range strings.Split(scr, "\n") {
		if len([]rune(l)) > 60 {
			t.Errorf("line wider than 60 columns: %q", l)
		}
	}
	presenter.keys("q")
	presenter.waitFor("EXITED-0")
}
