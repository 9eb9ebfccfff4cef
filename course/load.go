package course

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// ManifestFile is the name of the course manifest at the root of a course.
const ManifestFile = "course.yaml"

// QuestionsFile is the file of a module's question pool, in its folder.
const QuestionsFile = "questions.yaml"

var idPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`) })

// ValidID reports whether id can name a module or a question: small
// letters, digits and "-", not starting with "-". Other formats that name
// the course's questions (GIFT titles) hold them to the same rule.
func ValidID(id string) bool { return idPattern().MatchString(id) }

// Load reads and validates the course in fsys. When anything is wrong it
// returns a Problems error listing every problem found, with file and line.
func Load(fsys fs.FS) (*Course, error) {
	c := &collector{}
	course := read(c, fsys)
	if len(c.ps) > 0 {
		return nil, c.ps.sorted()
	}
	return course, nil
}

// LoadLessons reads the manifest and the lessons but not the question pools,
// which take most of the time in a large course: a screen that shows the
// modules and their pages can appear at once while Load reads the whole
// course in the background. The modules it returns have no questions; only
// problems in course.yaml and the module.md files are reported.
func LoadLessons(fsys fs.FS) (*Course, error) {
	c := &collector{}
	course := readCourse(c, fsys, false)
	if len(c.ps) > 0 {
		return nil, c.ps.sorted()
	}
	return course, nil
}

// Validate returns every problem in the course in fsys; none means it is clean.
func Validate(fsys fs.FS) Problems {
	c := &collector{}
	read(c, fsys)
	return c.ps.sorted()
}

func read(c *collector, fsys fs.FS) *Course { return readCourse(c, fsys, true) }

func readCourse(c *collector, fsys fs.FS, questions bool) *Course {
	data, err := fs.ReadFile(fsys, ManifestFile)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			c.add(ManifestFile, 0, "niet gevonden: een cursusmap heeft een %s nodig (zie de uitleg over het cursusformaat in de README)", ManifestFile)
		} else {
			c.add(ManifestFile, 0, "niet te lezen: %v", err)
		}
		return nil
	}
	checkText(c, ManifestFile, data)
	root := parseYAML(c, ManifestFile, data, 0)
	if root == nil {
		return nil
	}
	allowed := []string{"title", "subtitle", "version", "language", "as_of", "pass_mark", "questions_per_attempt", "issuer", "certificate_text", "modules", "valid_for", "review_after_months", "xapi_base", "xapi_home_page"}
	required := []string{"title", "version", "language", "as_of", "pass_mark", "issuer", "certificate_text", "modules"}
	f := readFields(c, ManifestFile, root, 0, "course.yaml", allowed, required)
	co := &Course{
		Title:           f.str(c, "title", 0, true),
		Subtitle:        f.str(c, "subtitle", 0, false),
		Version:         f.str(c, "version", 0, true),
		Language:        f.str(c, "language", 0, true),
		AsOf:            f.date(c, "as_of", 0),
		Issuer:          f.str(c, "issuer", 0, true),
		CertificateText: f.str(c, "certificate_text", 0, true),
	}
	co.asOfLine = f.lineOf("as_of", 0)
	co.ReviewAfterMonths = DefaultReviewAfterMonths
	if n, ok := f.integer(c, "review_after_months", 0, 1, 120); ok {
		co.ReviewAfterMonths = n
	}
	co.Glossary = readGlossary(c, fsys)
	co.XAPIBase = f.iri(c, "xapi_base", DefaultXAPIBase)
	co.XAPIHomePage = f.iri(c, "xapi_home_page", DefaultXAPIHomePage)
	if co.Language != "" && co.Language != "nl" && co.Language != "en" {
		c.add(ManifestFile, f.lineOf("language", 0), "\"language\" moet nl of en zijn, niet %q", co.Language)
	}
	co.PassMark, _ = f.integer(c, "pass_mark", 0, 1, 100)
	co.ValidFor, _ = f.integer(c, "valid_for", 0, 1, 1200)
	co.QuestionsPerAttempt = 8
	if n, ok := f.integer(c, "questions_per_attempt", 0, 1, 1000); ok {
		co.QuestionsPerAttempt = n
	}
	ids, lines, changes := moduleList(c, f)
	if _, ok := f.values["modules"]; ok && len(ids) == 0 {
		c.add(ManifestFile, f.lineOf("modules", 0), "\"modules\" noemt geen enkele module")
	}
	listed := map[string]bool{}
	var toRead []string
	for i, id := range ids {
		if listed[id] {
			c.add(ManifestFile, lines[i], "module %q staat twee keer in de lijst", id)
			continue
		}
		listed[id] = true
		if !ValidID(id) {
			c.add(ManifestFile, lines[i], "module %q: de naam van een module bestaat alleen uit kleine letters, cijfers en \"-\"", id)
			continue
		}
		if st, err := fs.Stat(fsys, id); err != nil || !st.IsDir() {
			c.add(ManifestFile, lines[i], "module %q staat in de lijst, maar er is geen map %s/", id, id)
			continue
		}
		toRead = append(toRead, id)
	}
	// Modules are parsed side by side, each with its own problem list, so a
	// large course loads in a fraction of the time; everything that spans
	// modules is checked afterwards, in course order.
	mods := make([]*Module, len(toRead))
	found := make([]collector, len(toRead))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, id := range toRead {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			mods[i] = readModule(&found[i], fsys, id, co.QuestionsPerAttempt, questions)
			mods[i].Changes = changes[id]
		}()
	}
	wg.Wait()
	checkChanges(c, co, changes)
	seenQ := map[string]string{} // question id -> "file:line" of its first use
	for i, m := range mods {
		c.ps = append(c.ps, found[i].ps...)
		for _, q := range m.Questions {
			if q.ID == "" {
				continue
			}
			where := fmt.Sprintf("%s:%d", m.qfile, q.idLine)
			if first, dup := seenQ[q.ID]; dup {
				c.add(m.qfile, q.idLine, "vraag-id %q komt twee keer voor (eerst in %s)", q.ID, first)
			} else {
				seenQ[q.ID] = where
			}
		}
		co.Modules = append(co.Modules, m)
	}
	yes, no := "Waar", "Niet waar"
	if co.Language == "en" {
		yes, no = "True", "False"
	}
	for _, m := range co.Modules {
		for _, q := range m.Questions {
			if q.Type == TrueFalse && len(q.Options) == 2 {
				q.Options[0].Text, q.Options[1].Text = yes, no
			}
		}
	}
	if entries, err := fs.ReadDir(fsys, "."); err == nil {
		for _, e := range entries {
			if e.IsDir() && !listed[e.Name()] && !strings.HasPrefix(e.Name(), ".") && !strings.HasPrefix(e.Name(), "_") {
				if _, err := fs.Stat(fsys, path.Join(e.Name(), "module.md")); err == nil {
					c.add(e.Name()+"/module.md", 0, "de map %q staat niet onder \"modules\" in %s (begin de naam met _ om hem bewust weg te laten)", e.Name(), ManifestFile)
				}
			}
		}
	}
	return co
}

func readModule(c *collector, fsys fs.FS, id string, defaultDraw int, questions bool) *Module {
	m := &Module{ID: id, File: path.Join(id, "module.md")}
	data, err := fs.ReadFile(fsys, m.File)
	if err != nil {
		c.add(m.File, 0, "de les is niet te lezen: %v", errors.Unwrap(err))
	} else {
		checkText(c, m.File, data)
		readLesson(c, m, string(data))
	}
	qfile := path.Join(id, QuestionsFile)
	m.qfile = qfile
	if !questions {
		return m
	}
	m.questionsRead = true
	qdata, err := fs.ReadFile(fsys, qfile)
	if err != nil {
		c.add(qfile, 0, "de vragen zijn niet te lezen: %v", errors.Unwrap(err))
		return m
	}
	checkText(c, qfile, qdata)
	m.qsrc = strings.Split(strings.ReplaceAll(strings.TrimPrefix(string(qdata), "\ufeff"), "\r\n", "\n"), "\n")
	readQuestions(c, m, qfile, qdata, defaultDraw)
	return m
}

// readLesson parses module.md: front matter between "---" lines, then pages,
// each starting at a line "# Title" outside fenced code.
func readLesson(c *collector, m *Module, text string) {
	text = strings.TrimPrefix(text, "\ufeff")
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	m.src = lines
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		c.add(m.File, 1, "een les begint met een kop tussen twee regels \"---\", met title, summary, minutes en objectives")
		return
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			end = i
			break
		}
	}
	if end < 0 {
		c.add(m.File, 1, "de kop van de les wordt niet afgesloten met een regel \"---\"")
		return
	}
	fm := strings.Join(lines[1:end], "\n")
	if root := parseYAML(c, m.File, []byte(fm), 1); root != nil {
		required := []string{"title", "summary", "minutes", "objectives"}
		f := readFields(c, m.File, root, 1, "de kop van de les", append(required, "checked"), required)
		m.Checked = f.date(c, "checked", 1)
		if _, ok := f.values["checked"]; ok {
			m.checkedLine = f.lineOf("checked", 1)
		}
		m.Title = f.str(c, "title", 1, true)
		m.Summary = f.str(c, "summary", 1, true)
		m.Minutes, _ = f.integer(c, "minutes", 1, 1, 600)
		m.Objectives, _ = f.strList(c, "objectives", 1)
		if _, ok := f.values["objectives"]; ok && len(m.Objectives) == 0 {
			c.add(m.File, f.lineOf("objectives", 1), "\"objectives\" noemt geen enkel leerdoel")
		}
	}
	var cur *Page
	var body []string
	flush := func() {
		if cur == nil {
			return
		}
		content := strings.TrimSpace(strings.Join(body, "\n"))
		if content == "" {
			c.add(m.File, cur.Line, "pagina %q is leeg", cur.Title)
		}
		cur.Markdown = strings.TrimRight("# "+cur.Title+"\n\n"+content, "\n") + "\n"
		m.Pages = append(m.Pages, *cur)
	}
	fence := ""
	for i := end + 1; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			body = append(body, line)
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
			body = append(body, line)
			continue
		}
		if title, ok := strings.CutPrefix(line, "# "); ok {
			flush()
			cur = &Page{Title: strings.TrimSpace(title), Line: i + 1}
			body = nil
			if cur.Title == "" {
				c.add(m.File, i+1, "een paginakop \"# \" heeft een titel nodig")
			}
			continue
		}
		if cur == nil {
			if trimmed != "" {
				c.add(m.File, i+1, "tekst voor de eerste pagina: elke pagina begint met een regel \"# Titel\"")
				cur = &Page{Title: "", Line: i + 1}
				body = []string{line}
			}
			continue
		}
		body = append(body, line)
	}
	flush()
	if len(m.Pages) == 0 {
		c.add(m.File, end+1, "de les heeft geen pagina's: begin elke pagina met een regel \"# Titel\"")
	}
}

func readQuestions(c *collector, m *Module, file string, data []byte, defaultDraw int) {
	root := parseYAML(c, file, data, 0)
	if root == nil {
		return
	}
	f := readFields(c, file, root, 0, "het vragenbestand", []string{"draw", "questions", "discussion"}, []string{"questions"})
	m.Draw = defaultDraw
	if n, ok := f.integer(c, "draw", 0, 1, 1000); ok {
		m.Draw = n
	}
	m.Discussion, _ = f.strList(c, "discussion", 0)
	qs, ok := f.values["questions"]
	if !ok {
		return
	}
	if qs.Kind != yaml.SequenceNode {
		c.add(file, qs.Line, "\"questions\" moet een lijst zijn (elke vraag begint met \"- id: ...\")")
		return
	}
	for _, qn := range qs.Content {
		if q := readQuestion(c, file, qn); q != nil {
			m.Questions = append(m.Questions, q)
		}
	}
	if len(m.Questions) < m.Draw {
		c.add(file, f.lineOf("questions", 0), "er zijn %d vragen, maar per poging worden er %d getrokken: voeg vragen toe of verlaag \"draw\"", len(m.Questions), m.Draw)
	}
}

func readQuestion(c *collector, file string, n *yaml.Node) *Question {
	allowed := []string{"id", "type", "kind", "question", "options", "answer", "feedback_true", "feedback_false", "explanation", "source", "hint"}
	f := readFields(c, file, n, 0, "een vraag", allowed, []string{"id", "type", "question", "explanation", "source"})
	q := &Question{
		ID:          f.str(c, "id", 0, true),
		Type:        QuestionType(f.str(c, "type", 0, true)),
		Text:        f.str(c, "question", 0, true),
		Explanation: f.str(c, "explanation", 0, true),
		Source:      f.str(c, "source", 0, true),
		Kind:        QuestionKind(f.str(c, "kind", 0, true)),
		Line:        n.Line,
	}
	q.textAt, q.explanationAt, q.sourceAt = f.span("question"), f.span("explanation"), f.span("source")
	q.Hint, q.hintAt = f.str(c, "hint", 0, true), f.span("hint")
	if l := utf8.RuneCountInString(q.Hint); l > MaxHintLength {
		c.add(file, f.lineOf("hint", 0), "de hint is te lang: %d tekens, hoogstens %d (een hint wijst de regel aan en geeft het antwoord niet)", l, MaxHintLength)
	}
	label := "vraag"
	if q.ID != "" {
		label = fmt.Sprintf("vraag %q", q.ID)
		if !ValidID(q.ID) {
			c.add(file, f.lineOf("id", 0), "%s: een id bestaat alleen uit kleine letters, cijfers en \"-\"", label)
		}
		q.idLine = f.lineOf("id", 0)
	}
	if q.Kind != "" && !slices.Contains(QuestionKinds, q.Kind) {
		c.add(file, f.lineOf("kind", 0), "%s: onbekende soort %q (kies casus, begrip of feit)", label, q.Kind)
	}
	switch q.Type {
	case Single, Multiple:
		for _, k := range []string{"answer", "feedback_true", "feedback_false"} {
			if _, ok := f.values[k]; ok {
				c.add(file, f.keys[k].Line, "%s: %q hoort bij truefalse-vragen; een %s-vraag heeft options", label, k, q.Type)
			}
		}
		readOptions(c, file, f, q, label)
	case TrueFalse:
		if v, ok := f.values["options"]; ok {
			c.add(file, v.Line, "%s: een truefalse-vraag heeft geen options; geef \"answer\", \"feedback_true\" en \"feedback_false\"", label)
		}
		ans, okA := f.boolean(c, "answer", 0)
		if _, ok := f.values["answer"]; !ok {
			c.add(file, f.line, "%s heeft geen \"answer\" (true of false)", label)
		}
		fbT := f.str(c, "feedback_true", 0, true)
		atT, atF := f.span("feedback_true"), f.span("feedback_false")
		fbF := f.str(c, "feedback_false", 0, true)
		if _, ok := f.values["feedback_true"]; !ok {
			c.add(file, f.line, "%s heeft geen \"feedback_true\" (wat de cursist leest die \"waar\" antwoordt)", label)
		}
		if _, ok := f.values["feedback_false"]; !ok {
			c.add(file, f.line, "%s heeft geen \"feedback_false\" (wat de cursist leest die \"niet waar\" antwoordt)", label)
		}
		_ = okA
		q.Options = []Option{{Text: "true", Correct: ans, Feedback: fbT, feedbackAt: atT}, {Text: "false", Correct: !ans, Feedback: fbF, feedbackAt: atF}}
	case "":
	default:
		c.add(file, f.lineOf("type", 0), "%s: onbekend type %q (kies single, multiple of truefalse)", label, q.Type)
	}
	q.reflow()
	return q
}

func readOptions(c *collector, file string, f *fields, q *Question, label string) {
	v, ok := f.values["options"]
	if !ok {
		c.add(file, f.line, "%s heeft geen options", label)
		return
	}
	if v.Kind != yaml.SequenceNode {
		c.add(file, v.Line, "%s: \"options\" moet een lijst zijn (elke optie begint met \"- text: ...\")", label)
		return
	}
	for i, on := range v.Content {
		of := readFields(c, file, on, 0, fmt.Sprintf("optie %d van %s", i+1, label), []string{"text", "correct", "feedback"}, []string{"text", "feedback"})
		o := Option{Text: of.str(c, "text", 0, true), Feedback: of.str(c, "feedback", 0, true), textAt: of.span("text"), feedbackAt: of.span("feedback")}
		o.Correct, _ = of.boolean(c, "correct", 0)
		q.Options = append(q.Options, o)
	}
	if len(q.Options) < 2 {
		c.add(file, v.Line, "%s heeft minstens twee opties nodig", label)
	}
	right := len(q.CorrectOptions())
	switch {
	case right == 0:
		c.add(file, v.Line, "%s heeft geen juiste optie: markeer er een met \"correct: true\"", label)
	case q.Type == Single && right > 1:
		c.add(file, v.Line, "%s is een single-vraag met %d juiste opties: markeer er precies een, of maak er type multiple van", label, right)
	}
}
