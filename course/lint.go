package course

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// The lint's thresholds and word lists. They are documented for authors in
// the README ("Warnings"); change both together.
const (
	// MaxSentenceWords is the longest sentence, in words, that the lint
	// lets pass. B1 guidance for Dutch government writing asks for short
	// sentences, about 15 words on average; 22 is the limit the jurist's
	// review of the course measured against (issue 13, §5). A "word" is a
	// run of characters between spaces with at least one letter or digit,
	// so "ECLI:NL:CRVB:2017:2964" is one word and "Stcrt. 2020, 68088"
	// three: citations count, on purpose, because they belong on the
	// Bronnen page and not in the sentence.
	MaxSentenceWords = 22

	// MaxShortestRightPercent is the largest share of a module's
	// single-choice questions whose right answer may be the strictly
	// shortest option. With four options chance is about 25 %; above 30 %
	// a learner who picks the shortest option scores without knowing the
	// subject.
	MaxShortestRightPercent = 30

	// bronnenTitle is the title of the page that lists a module's sources.
	bronnenTitle = "Bronnen"

	// maxTermWords: a bold phrase of more words than this is emphasis, not
	// a term.
	maxTermWords = 5
)

// AbsoluteWords are the words and phrases that make a wrong option easy to
// rule out without knowing the subject ("Je mag nooit ..."): the lint
// warns when a distractor, or a true/false statement that is false, holds
// one of them as a whole word. "Niets" and "niemand" are left out on
// purpose: "als ambtenaar mag je niets zeggen" is the misconception the
// research behind the course found most often, and the course is meant
// to test it.
var AbsoluteWords = []string{
	"nooit", "nimmer", "altijd", "alleen", "uitsluitend", "geen enkele", "geen enkel",
	"in geen geval", "onder geen beding", "in alle gevallen", "zonder uitzondering",
	"absoluut",
}

// abbreviations end in a full stop without ending the sentence; matched
// lower-case, without the final stop.
var abbreviations = map[string]bool{
	"art": true, "artt": true, "lid": true, "nr": true, "nrs": true, "stcrt": true, "stb": true,
	"kamerstukken": true, "blz": true, "p": true, "pp": true, "par": true, "bijv": true, "bv": true,
	"o.a": true, "e.a": true, "e.d": true, "enz": true, "etc": true, "jo": true, "ca": true,
	"mr": true, "dr": true, "prof": true, "ir": true, "drs": true, "mw": true, "dhr": true,
	"vgl": true, "zgn": true, "resp": true, "m.n": true, "i.p.v": true, "t.a.v": true,
	"d.w.z": true, "z.g.a.n": true, "incl": true, "excl": true, "red": true, "t": true,
	"jl": true, "jr": true, "sr": true, "nl": true, "max": true, "min": true, "ongev": true,
}

// The patterns are compiled on first use, not at package initialisation,
// which every command paid before main.
var (
	ecliCandidate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)\bECLI\s*:[A-Za-z0-9:.\-]*`) })
	ecliProper    = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:[0-9]{4}:[A-Z0-9.]{1,25}$`)
	})
	listMarker = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+`) })
	boldPhrase = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`) })
)

// Check validates the course in fsys and, as far as it could be read,
// lints it: every problem and every warning, sorted by file and line.
// now is the day the content's age is measured against.
func Check(fsys fs.FS, now time.Time) Problems {
	c := &collector{}
	co := read(c, fsys)
	c.ps = append(c.ps, Lint(co, now)...)
	return c.ps.sorted()
}

// Lint returns the warnings for a course: what does not stop it from
// working but what an author should look at before a jurist signs it.
// Each has its file and line:
//   - a sentence longer than MaxSentenceWords, in a lesson page (not the
//     Bronnen page) or in a question, option, feedback or explanation;
//   - in a module where more than MaxShortestRightPercent of the
//     single-choice questions have the strictly shortest option as their
//     right answer, each of those answers;
//   - a distractor, or a false true/false statement, with one of the
//     AbsoluteWords;
//   - an ECLI not written as ECLI:NL:CODE:JJJJ:NUMMER, or not listed on the
//     module's Bronnen page;
//   - a bold phrase in a lesson (bold marks a term the first time it is
//     used) that the begrippenlijst does not explain, and an entry of the
//     begrippenlijst that the course never uses; both only when the course
//     has a glossary.yaml;
//   - a course as_of or a module's checked date older than
//     ReviewAfterMonths, a module without a checked date, a checked date
//     in the future or before the course's as_of;
//   - a question without a kind, and a casus question without a hint.
//
// now is the day ages are measured against; pass it in so tests can fix it.
func Lint(c *Course, now time.Time) Problems {
	if c == nil {
		return nil
	}
	l := &collector{}
	lintDates(l, c, now)
	for _, m := range c.Modules {
		lintLesson(l, c, m)
		lintQuestions(l, m)
		lintECLIs(l, m)
	}
	lintGlossaryUse(l, c)
	return l.ps.sorted()
}

// ---- dates

func lintDates(l *collector, c *Course, now time.Time) {
	months := c.ReviewAfterMonths
	if months <= 0 {
		months = DefaultReviewAfterMonths
	}
	// the calendar day where the author is, so "checked: today" is never
	// in the future
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	stale := func(d time.Time) bool { return d.AddDate(0, months, 0).Before(today) }
	if !c.AsOf.IsZero() && stale(c.AsOf) {
		l.warn(ManifestFile, c.asOfLine, "de stand van zaken (as_of %s) is ouder dan %d maanden: controleer de bronnen opnieuw en zet de datum bij (de termijn staat in review_after_months)", c.AsOf.Format(time.DateOnly), months)
	}
	for _, m := range c.Modules {
		switch {
		case m.Checked.IsZero() && m.checkedLine == 0:
			l.warn(m.File, 1, "de kop van de les noemt geen \"checked: JJJJ-MM-DD\": de dag waarop de tekst van deze module voor het laatst met de bronnen is vergeleken")
		case m.Checked.IsZero():
		case m.Checked.After(today):
			l.warn(m.File, m.checkedLine, "\"checked\" (%s) ligt in de toekomst", m.Checked.Format(time.DateOnly))
		case stale(m.Checked):
			l.warn(m.File, m.checkedLine, "de bronnen van deze module zijn gecontroleerd op %s, langer dan %d maanden geleden: controleer ze opnieuw en zet de datum bij", m.Checked.Format(time.DateOnly), months)
		case !c.AsOf.IsZero() && m.Checked.Before(c.AsOf):
			l.warn(m.File, m.checkedLine, "deze module is gecontroleerd tot %s, maar course.yaml zegt stand van zaken %s: de cursus is niet actueler dan zijn oudste module", m.Checked.Format(time.DateOnly), c.AsOf.Format(time.DateOnly))
		}
	}
}

// ---- sentences

// sentence is one sentence of running text, with the line it starts on.
type sentence struct {
	line  int
	words []string
}

// start returns the first few words, to find the sentence by.
func (s sentence) start() string {
	n := min(len(s.words), 6)
	out := strings.Join(s.words[:n], " ")
	out = strings.NewReplacer("**", "", "__", "", "*", "", "`", "").Replace(out)
	if n < len(s.words) {
		out += " …"
	}
	return out
}

// word is one run of non-space characters of a text, with its line.
type word struct {
	text string
	line int
}

// proseBlocks splits lines of markdown into blocks of running text: the
// paragraphs and list items, each as its words with their lines. Fenced
// code, headings, tables, HTML and rules are not running text and are left
// out, and so are quotations ("> ..."): the words of a law or a court are
// not the author's to shorten. lineOf gives the file line of line i.
func proseBlocks(lines []string, lineOf func(i int) int) [][]word {
	var blocks [][]word
	var cur []word
	end := func() {
		if len(cur) > 0 {
			blocks = append(blocks, cur)
		}
		cur = nil
	}
	fence := ""
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			end()
			fence = t[:3]
			continue
		}
		switch {
		case t == "", strings.HasPrefix(t, ">"), strings.HasPrefix(t, "#"), strings.HasPrefix(t, "|"), strings.HasPrefix(t, "<"),
			strings.Trim(t, "-*_ ") == "":
			end()
			continue
		}
		if loc := listMarker().FindStringIndex(line); loc != nil {
			end()
			line = line[loc[1]:]
		}
		for _, f := range strings.Fields(line) {
			cur = append(cur, word{f, lineOf(i)})
		}
	}
	end()
	return blocks
}

// sentences splits a block of running text at the end of each sentence: a
// word ending in ".", "!" or "?" (before closing quotes, brackets or
// emphasis) that is no abbreviation, followed by a word that begins with a
// capital. Only words with a letter or digit count.
func sentences(block []word) []sentence {
	var out []sentence
	var cur sentence
	for i, w := range block {
		if cur.line == 0 {
			cur.line = w.line
		}
		if hasWordRune(w.text) {
			cur.words = append(cur.words, w.text)
		}
		if i == len(block)-1 || endsSentence(w.text, block[i+1].text) {
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur = sentence{}
		}
	}
	return out
}

func hasWordRune(s string) bool { return strings.IndexFunc(s, isWordRune) >= 0 }

func endsSentence(w, next string) bool {
	core := strings.TrimRight(w, `)"'”’»*_]`)
	if core == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(core)
	if last != '.' && last != '!' && last != '?' {
		return false
	}
	if last == '.' {
		stem := strings.ToLower(strings.TrimLeft(strings.TrimSuffix(core, "."), `("'“‘«*_[`))
		if abbreviations[stem] || utf8.RuneCountInString(stem) == 1 {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, `("'“‘«*_[`))
	return unicode.IsUpper(first)
}

// lintSentences warns about every sentence of blocks over the limit.
func lintSentences(l *collector, file string, blocks [][]word) {
	for _, b := range blocks {
		for _, s := range sentences(b) {
			if n := len(s.words); n > MaxSentenceWords {
				l.warn(file, s.line, "zin van %d woorden (B1: hoogstens %d): knip hem op, en zet bronvermeldingen op de pagina %s: %q", n, MaxSentenceWords, bronnenTitle, s.start())
			}
		}
	}
}

// lintText lints one text value of questions.yaml.
func lintText(l *collector, file, text string, at span) {
	if text == "" || at.line == 0 {
		return
	}
	lintSentences(l, file, proseBlocks(strings.Split(text, "\n"), at.lineAt))
}

// ---- the lesson

// pageLines returns the lines of page i of m (after its title line) and
// the file line of the first of them.
func (m *Module) pageLines(i int) ([]string, int) {
	p := m.Pages[i]
	from := p.Line // the line after the title, counting from 0
	to := len(m.src)
	if i+1 < len(m.Pages) {
		to = m.Pages[i+1].Line - 1
	}
	if from > to || from > len(m.src) {
		return nil, from + 1
	}
	return m.src[from:to], from + 1
}

// onPage reports whether line of module.md belongs to page i, its title
// included.
func (m *Module) onPage(i, line int) bool {
	lines, first := m.pageLines(i)
	return line >= first-1 && line < first+len(lines)
}

// bronnen returns the index of the module's Bronnen page, or -1.
func (m *Module) bronnen() int {
	for i, p := range m.Pages {
		if strings.EqualFold(p.Title, bronnenTitle) {
			return i
		}
	}
	return -1
}

func lintLesson(l *collector, c *Course, m *Module) {
	if len(m.src) == 0 {
		return
	}
	src := m.bronnen()
	for i := range m.Pages {
		if i == src {
			continue // a list of citations, not running text
		}
		lines, first := m.pageLines(i)
		blocks := proseBlocks(lines, func(k int) int { return first + k })
		lintSentences(l, m.File, blocks)
		if len(c.Glossary) > 0 {
			lintBold(l, c.Glossary, m.File, blocks)
		}
	}
}

// lintBold warns about a bold phrase that the glossary does not explain.
// The course's style is to set a term in bold where it is first explained,
// so bold is the signal of jargon. Not counted as terms: a label that
// opens a paragraph or list item and is followed by ":" ("**Loyaliteit**:
// ..."), a phrase that ends in a punctuation mark ("**Zichtbaar.**"), one
// with a digit in it (a citation or a number), and one of more than five
// words (emphasis).
func lintBold(l *collector, g Glossary, file string, blocks [][]word) {
	for _, b := range blocks {
		texts := make([]string, len(b))
		starts := make([]int, len(b)) // byte offset of each word in the joined text
		off := 0
		for i, w := range b {
			texts[i], starts[i] = w.text, off
			off += len(w.text) + 1
		}
		joined := strings.Join(texts, " ")
		for _, loc := range boldPhrase().FindAllStringSubmatchIndex(joined, -1) {
			var phrase string
			if loc[2] >= 0 {
				phrase = strings.TrimSpace(joined[loc[2]:loc[3]])
			} else {
				phrase = strings.TrimSpace(joined[loc[4]:loc[5]])
			}
			if phrase == "" {
				continue
			}
			rest := joined[loc[1]:]
			switch {
			case loc[0] == 0 && strings.HasPrefix(rest, ":"),
				strings.ContainsAny(phrase[len(phrase)-1:], ".:;,!?"),
				strings.IndexFunc(phrase, unicode.IsDigit) >= 0,
				len(strings.Fields(phrase)) > maxTermWords,
				g.Lookup(phrase) != nil:
				continue
			}
			line := b[0].line
			for i := range b {
				if starts[i] <= loc[0] {
					line = b[i].line
				}
			}
			l.warn(file, line, "**%s** staat vet, dus als begrip, maar de begrippenlijst (%s) legt het niet uit: voeg het toe (of als vorm van een begrip), of zet het niet vet als het geen vakterm is", phrase, GlossaryFile)
		}
	}
}

// ---- questions

// RightIsShortest reports whether q is a single-choice question whose
// right answer is strictly the shortest of its options, counted in
// characters: a pattern a learner can score on without knowing the
// subject.
func (q *Question) RightIsShortest() bool {
	if q.Type != Single || len(q.Options) < 2 {
		return false
	}
	right := q.CorrectOptions()
	if len(right) != 1 {
		return false
	}
	n := utf8.RuneCountInString(strings.TrimSpace(q.Options[right[0]].Text))
	for i, o := range q.Options {
		if i != right[0] && utf8.RuneCountInString(strings.TrimSpace(o.Text)) <= n {
			return false
		}
	}
	return true
}

// AbsoluteIn returns the first of AbsoluteWords that text holds as a whole
// word or phrase, or "".
func AbsoluteIn(text string) string {
	norm := normalizeForMatch(text)
	for _, a := range AbsoluteWords {
		if containsPhrase(norm, a) {
			return a
		}
	}
	return ""
}

func lintQuestions(l *collector, m *Module) {
	file := m.qfile
	singles, shortest := 0, []*Question{}
	for _, q := range m.Questions {
		label := fmt.Sprintf("vraag %q", q.ID)
		if q.Kind == "" {
			l.warn(file, q.Line, "%s heeft geen \"kind\": zeg of het een casus, een begrip of een feit toetst", label)
		}
		if q.Kind == Casus && q.Hint == "" {
			l.warn(file, q.Line, "%s is een casus zonder \"hint\": geef de cursist een zin die de regel aanwijst, zonder het antwoord te geven", label)
		}
		lintText(l, file, q.Hint, q.hintAt)
		lintText(l, file, q.Text, q.textAt)
		lintText(l, file, q.Explanation, q.explanationAt)
		for _, o := range q.Options {
			if q.Type != TrueFalse {
				lintText(l, file, o.Text, o.textAt)
			}
			lintText(l, file, o.Feedback, o.feedbackAt)
		}
		switch q.Type {
		case Single, Multiple:
			for _, o := range q.Options {
				if a := AbsoluteIn(o.Text); a != "" && !o.Correct {
					l.warn(file, o.textAt.line, "%s: een fout antwoord met %q valt af zonder dat de cursist de stof kent; maak er een misvatting van die een redelijk mens kan geloven", label, a)
				}
			}
		case TrueFalse:
			if len(q.Options) == 2 && !q.Options[0].Correct {
				if a := AbsoluteIn(q.Text); a != "" {
					l.warn(file, q.textAt.line, "%s: een stelling die niet waar is, met %q, verraadt zichzelf; maak er een misvatting van die een redelijk mens kan geloven", label, a)
				}
			}
		}
		if q.Type == Single && len(q.Options) >= 2 {
			singles++
			if q.RightIsShortest() {
				shortest = append(shortest, q)
			}
		}
	}
	if singles > 0 && len(shortest)*100 > MaxShortestRightPercent*singles {
		for _, q := range shortest {
			o := q.Options[q.CorrectOptions()[0]]
			l.warn(file, o.textAt.line, "vraag %q: het juiste antwoord is het kortste; in deze module geldt dat voor %d van de %d single-vragen, meer dan %d%%: wie steeds het kortste kiest, scoort zonder de stof te kennen", q.ID, len(shortest), singles, MaxShortestRightPercent)
		}
	}
}

// ---- ECLIs

// ecliAt is an ECLI as written, with its line.
type ecliAt struct {
	text string
	line int
}

// findECLIs returns every ECLI-like text in lines, trimmed of the
// punctuation that ends a sentence; first is the file line of lines[0].
func findECLIs(lines []string, first int) []ecliAt {
	var out []ecliAt
	for i, line := range lines {
		for _, e := range ecliCandidate().FindAllString(line, -1) {
			out = append(out, ecliAt{strings.TrimRight(e, ".:-"), first + i})
		}
	}
	return out
}

func lintECLIs(l *collector, m *Module) {
	listed := map[string]bool{}
	src := m.bronnen()
	var inBronnen []ecliAt
	if src >= 0 {
		lines, first := m.pageLines(src)
		inBronnen = findECLIs(lines, first)
		for _, e := range inBronnen {
			listed[e.text] = true
		}
	}
	check := func(file string, e ecliAt, needListed bool) {
		switch {
		case !ecliProper().MatchString(e.text):
			l.warn(file, e.line, "%q is geen goed geschreven ECLI: de vorm is ECLI:NL:CODE:JJJJ:NUMMER, in hoofdletters (zoals ECLI:NL:CRVB:2017:2964)", e.text)
		case needListed && src < 0:
			l.warn(file, e.line, "%s: deze module heeft geen pagina \"# %s\" om de uitspraak te vermelden", e.text, bronnenTitle)
		case needListed && !listed[e.text]:
			l.warn(file, e.line, "%s staat niet op de pagina %s van deze module: zet elke uitspraak die de module noemt bij de bronnen", e.text, bronnenTitle)
		}
	}
	for _, e := range inBronnen {
		check(m.File, e, false)
	}
	for _, e := range findECLIs(m.src, 1) {
		if src >= 0 && m.onPage(src, e.line) {
			continue // checked above
		}
		check(m.File, e, true)
	}
	for _, e := range findECLIs(m.qsrc, 1) {
		check(m.qfile, e, true)
	}
}

// ---- the glossary

// lintGlossaryUse warns about an entry of the glossary that no lesson page
// or question uses: a learner never meets it, so it is dead weight or a
// sign that the term is spelled differently in the text (add a form).
func lintGlossaryUse(l *collector, c *Course) {
	if len(c.Glossary) == 0 {
		return
	}
	var all strings.Builder
	for _, m := range c.Modules {
		all.WriteString(moduleText(m, true))
	}
	used := map[string]bool{}
	for _, t := range c.Glossary.In(all.String()) {
		used[t.Term] = true
	}
	for _, t := range c.Glossary {
		if !used[t.Term] {
			l.warn(GlossaryFile, t.Line, "het begrip %q komt nergens in de cursus voor: haal het weg, of voeg de vorm toe waarin de tekst het schrijft (forms)", t.Term)
		}
	}
}
