// Package plain is the course as linear text, for screen readers, consoles
// that cannot draw a full screen, and answers piped in from a script. It
// never repaints or moves the cursor and uses no colour or box drawing: every
// line is printed once, every choice is numbered and answered by typing the
// number and Enter, and every event is announced in ui.
package plain

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/internal/markdown"
	"piketpalen/internal/termsafe"
	"piketpalen/internal/textwrap"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// Options configure a plain session: the learner, as every interface of
// the course gets them, and where the lines come from and go to.
type Options struct {
	app.Learner

	In    io.Reader
	Out   io.Writer
	Width int // line width for the text; 80 when zero
}

// errStop ends the session: the learner typed stop, or the input ended.
var errStop = errors.New("stop")

type session struct {
	o  Options
	c  *course.Course
	st *progress.State
	l  locale.Lang
	in *bufio.Reader // the one reader for the whole run, so piped input is never lost
	w  io.Writer

	saveErr error // the last save's error: what the goodbye must be honest about
}

// Run takes the learner through the course until they type stop or the input
// ends. Progress is saved after every page and every answer.
func Run(o Options) error {
	o.Learner = o.Learner.WithDefaults()
	if o.Width <= 0 {
		o.Width = 80
	}
	s := &session{o: o, c: o.Course, st: o.State, l: o.Lang, in: bufio.NewReader(o.In), w: o.Out}
	err := s.home()
	if errors.Is(err, errStop) {
		s.say(s.bye())
		return nil
	}
	return err
}

// bye is the last line: it says the progress is saved only when it is. A
// save that failed is tried once more first, since a session often ends
// because something went wrong.
func (s *session) bye() string {
	if s.o.Save == nil {
		return s.l.T(locale.PlainByeMemory)
	}
	if s.saveErr != nil {
		s.save()
	}
	if s.saveErr != nil {
		return s.l.T(locale.PlainByeNotsaved, s.saveErr)
	}
	return s.l.T(locale.PlainBye)
}

// sayWrapped writes text wrapped to the width, like the lessons: a text
// from the course flows as one paragraph and is not cut by the terminal
// mid-word. Every line after the first of a paragraph is indented by hang
// spaces, so a numbered option reads as one block.
func (s *session) sayWrapped(text string, hang int) {
	w := max(s.o.Width-hang, 20)
	for _, par := range strings.Split(text, "\n") {
		lines := strings.Split(textwrap.Wrap(par, w), "\n")
		for i := range lines {
			lines[i] = strings.TrimRight(lines[i], " ")
			if i > 0 {
				lines[i] = strings.Repeat(" ", hang) + lines[i]
			}
		}
		fmt.Fprintln(s.w, strings.Join(lines, "\n"))
	}
}

// isHelp reports whether a learner's line asks for help.
func isHelp(answer string) bool {
	switch strings.ToLower(answer) {
	case "help", "hulp", "?", "h":
		return true
	}
	return false
}

func (s *session) say(format string, args ...any) {
	if len(args) > 0 {
		format = fmt.Sprintf(format, args...)
	}
	fmt.Fprintln(s.w, format)
}

// ask prints a prompt and reads one line. "stop" (or the end of the input)
// ends the session.
func (s *session) ask(prompt string) (string, error) {
	fmt.Fprintln(s.w, prompt)
	line, err := s.in.ReadString('\n')
	if err != nil && line == "" {
		return "", errStop
	}
	line = strings.TrimSpace(line)
	switch strings.ToLower(line) {
	case "stop", "q", "quit", "exit":
		return "", errStop
	}
	return line, nil
}

func (s *session) save() {
	if s.o.Save == nil {
		return
	}
	s.saveErr = s.o.Save(s.st)
	if s.o.SaveNotices != nil {
		for _, n := range s.o.SaveNotices() {
			s.say(n)
		}
	}
	if s.saveErr != nil {
		s.say(s.l.T(locale.SaveFailed, s.saveErr))
	}
}

func (s *session) home() error {
	s.say("%s (%s)", s.c.Title, s.l.T(locale.HomeVersion, s.c.Version))
	for _, n := range s.o.Notices {
		s.say(n)
	}
	if s.o.DataDir != "" {
		s.say(s.l.T(locale.HelpDatadir, s.o.DataDir))
	}
	// what a new version of the course changed, told once
	ups, changed := app.TakeUpdates(s.c, s.st)
	updated := map[string]bool{}
	for _, u := range ups {
		updated[u.Module.ID] = true
	}
	for _, line := range ui.Updates(s.l, s.c, ups) {
		s.sayWrapped(line, 2)
	}
	if changed {
		s.save()
	}
	s.say(s.l.T(locale.PlainIntro))
	for {
		s.say("")
		s.say(s.l.T(locale.HomeProgress) + ": " + s.l.T(locale.HomePassedof, s.st.PassedCount(s.c), len(s.c.Modules)) + ".")
		s.say(s.l.T(locale.PlainModules))
		for i, m := range s.c.Modules {
			status := s.status(m)
			if updated[m.ID] {
				status += ", " + s.l.T(locale.UpdateBadge)
			}
			s.say("%d. %s: %s", i+1, m.Title, status)
			if why := ui.Why(s.l, s.st.Status(m)); why != "" {
				s.sayWrapped(why, 3)
			}
		}
		passed := s.st.Passed(s.c)
		if passed {
			s.say(s.l.T(locale.PlainCertoffer))
		}
		s.say(s.l.T(locale.PlainExportoffer))
		due := len(s.st.Due(s.c, s.o.Now()))
		if due > 0 {
			s.say(s.l.T(locale.ReviewPlainoffer, due))
		}
		answer, err := s.ask(s.l.T(locale.PlainChoosemodule, len(s.c.Modules)))
		if err != nil {
			return err
		}
		// A typo, help or a search is answered, then the same question is
		// asked again in one line: the whole menu is not printed again.
		var next *course.Module
		for {
			next, _, _ = s.st.Resume(s.c)
			if next == nil {
				next = s.st.NextModule(s.c)
			}
			switch {
			case isHelp(answer):
				s.sayWrapped(s.l.T(locale.PlainHelp), 2)
			case isSearch(answer):
				s.search(answer)
			case isPrivacy(answer):
				// the same text as the privacy command and screen
				s.sayWrapped(s.o.Learner.Privacy(s.st).Text(s.l), 0)
			case answer == "" && next != nil:
				answer = strconv.Itoa(s.c.Number(next))
			}
			if _, ok := number(answer, len(s.c.Modules)); ok || strings.EqualFold(answer, "e") || passed && strings.EqualFold(answer, "c") || isReview(answer) || isWorkshop(answer) {
				break
			}
			if !isHelp(answer) && !isSearch(answer) && !isPrivacy(answer) {
				s.say(s.l.T(locale.PlainNotachoice, len(s.c.Modules)))
			}
			if next != nil {
				answer, err = s.ask(s.l.T(locale.PlainChooseagain, len(s.c.Modules), next.Title))
			} else {
				answer, err = s.ask(s.l.T(locale.PlainChoosemodule, len(s.c.Modules)))
			}
			if err != nil {
				return err
			}
		}
		if isReview(answer) {
			if err := s.review(); err != nil {
				return err
			}
			continue
		}
		if isWorkshop(answer) {
			if err := s.workshop(); err != nil {
				return err
			}
			continue
		}
		if strings.EqualFold(answer, "e") {
			if err := s.makeFiles(false); err != nil {
				return err
			}
			continue
		}
		if passed && strings.EqualFold(answer, "c") {
			if err := s.makeFiles(true); err != nil {
				return err
			}
			continue
		}
		n, _ := number(answer, len(s.c.Modules))
		if err := s.module(s.c.Modules[n-1]); err != nil {
			return err
		}
	}
}

func (s *session) status(m *course.Module) string {
	return ui.Status(s.l, s.st.Status(m), s.c.Version)
}

// number parses a choice from 1 to n.
func number(s string, n int) (int, bool) {
	v, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(s, ".")))
	if err != nil || v < 1 || v > n {
		return 0, false
	}
	return v, true
}

// module reads the module page by page from where the learner was, then
// offers the quiz. It returns to the overview on "menu".
func (s *session) module(m *course.Module) error {
	s.say("")
	s.say(s.l.T(locale.PlainModule, m.Title, len(m.Pages), m.Minutes))
	if len(m.Objectives) > 0 {
		s.say(s.l.T(locale.ReaderObjectives))
		for _, o := range m.Objectives {
			s.say("- " + o)
		}
	}
	p := s.st.Status(m).Page
	if s.st.Status(m).QuizOpen {
		p = len(m.Pages) // straight on with the quiz
	}
	prompt, help := s.l.T(locale.PlainPageprompt), s.l.T(locale.PlainPagehelp)
	if len(s.c.Glossary) > 0 {
		prompt, help = s.l.T(locale.PlainPromptterms), s.l.T(locale.PlainHelpterms)
	}
	for p < len(m.Pages) {
		s.st.MarkRead(m.ID, p)
		s.save()
		s.say("")
		s.say(s.l.T(locale.PlainPage, p+1, len(m.Pages), m.Pages[p].Title))
		s.say(s.pageText(m, p))
		s.say("")
		pagePrompt, pageHelp := prompt, help
		if p == len(m.Pages)-1 {
			// Enter on the last page starts the quiz: the prompt says so
			pagePrompt, pageHelp = s.l.T(locale.PlainLastpageprompt), s.l.T(locale.PlainLastpagehelp)
		}
	ask:
		for {
			answer, err := s.ask(pagePrompt)
			if err != nil {
				return err
			}
			switch a := strings.ToLower(strings.Join(strings.Fields(answer), " ")); a {
			case "":
				p++
			case "terug", "back", "vorige", "previous":
				p = max(p-1, 0)
			case "toets", "quiz":
				p = len(m.Pages)
			case "menu":
				return nil
			case "begrippen", "terms", "glossary", "w":
				// the page stays; only the terms are read out
				s.pageTerms(m, p)
				continue
			case "alle begrippen", "all terms", "begrippenlijst":
				s.allTerms()
				continue
			default:
				switch {
				case isHelp(a):
					s.sayWrapped(s.l.T(locale.PlainHelp), 2)
				case isSearch(a):
					s.search(answer)
				default:
					s.say(pageHelp)
				}
				continue
			}
			break ask
		}
	}
	return s.quiz(m)
}

// pageTerms reads out the entries of the begrippenlijst that page p uses.
func (s *session) pageTerms(m *course.Module, p int) {
	if len(s.c.Glossary) == 0 {
		s.say(s.l.T(locale.GlossaryNone))
		return
	}
	used := s.c.Glossary.In(m.Pages[p].Markdown)
	if len(used) == 0 {
		s.say(s.l.T(locale.GlossaryNonepage) + " " + s.l.T(locale.PlainTermshint))
		return
	}
	s.say(s.l.T(locale.PlainTermspage))
	s.say(strings.TrimRight(ui.Terms(used, s.o.Width, nil), "\n"))
	s.say(s.l.T(locale.PlainTermshint))
}

// allTerms reads out the whole begrippenlijst.
func (s *session) allTerms() {
	if len(s.c.Glossary) == 0 {
		s.say(s.l.T(locale.GlossaryNone))
		return
	}
	s.say(s.l.T(locale.PlainTermsall, len(s.c.Glossary)))
	s.say(strings.TrimRight(ui.Terms(s.c.Glossary, s.o.Width, nil), "\n"))
}

// pageText is the page without its heading (already announced), as plain
// words wrapped to the width.
func (s *session) pageText(m *course.Module, p int) string {
	text, err := markdown.PageText(m.Pages[p].Markdown, s.o.Width)
	if err != nil {
		_, body, _ := strings.Cut(m.Pages[p].Markdown, "\n")
		return strings.TrimSpace(body)
	}
	return text
}

func (s *session) quiz(m *course.Module) error {
	for {
		att := s.st.OpenAttempt(s.c, m, s.o.Seed(), s.o.Now())
		s.save()
		s.say("")
		s.say(s.l.T(locale.PlainQuiz, m.Title, len(att.Items), s.c.PassMark))
		for i := att.Next(); i < len(att.Items); i++ {
			if err := s.question(att, i, false); err != nil {
				return err
			}
		}
		done := s.st.FinishAttempt(s.c, m, s.o.Now())
		s.save()
		s.say("")
		s.say(s.l.T(locale.ResultScore, done.Score, done.Correct, len(done.Items)))
		if n := done.Hints(); n > 0 {
			s.say(s.l.N(locale.HintUsed, n))
		}
		switch st := s.st.Status(m); {
		case done.Passed:
			s.say(s.l.T(locale.ResultPassed, s.c.PassMark))
		case st.Stage == progress.Passed:
			s.sayWrapped(s.l.T(locale.ResultStillpassed, s.c.PassMark, st.Best.Score), 0)
		default:
			s.say(s.l.T(locale.PlainNotpassed, s.c.PassMark))
		}
		for i, it := range done.Items {
			if !it.Correct {
				s.sayWrapped(s.l.T(locale.PlainWronglist, i+1, m.Question(it.Question).Text), 2)
			}
		}
		answer, err := s.ask(s.l.T(locale.PlainAfterquiz))
		if err != nil {
			return err
		}
		if a := strings.ToLower(answer); a != "opnieuw" && a != "again" && a != "r" {
			return nil
		}
	}
}

// isPrivacy reports whether a learner's line on the home menu asks what is
// kept about them.
func isPrivacy(answer string) bool { return strings.EqualFold(strings.TrimSpace(answer), "privacy") }

// isWorkshop reports whether a learner's line on the home menu asks to
// join or leave a workshop (w, as on the full screen's home).
func isWorkshop(answer string) bool {
	switch strings.ToLower(answer) {
	case "w", "workshop":
		return true
	}
	return false
}

// workshop joins the trainer's workshop in a folder the learner types, as
// the full screen's workshop form does, or, when one is joined, offers to
// leave it. A folder that cannot be joined is said, and the menu follows.
func (s *session) workshop() error {
	ws := s.o.Workshop
	if joined, ok := ws.Said(s.l); ok {
		s.sayWrapped(termsafe.String(joined), 0)
		answer, err := s.ask(s.l.T(locale.PlainWorkshopleave))
		if err != nil {
			return err
		}
		if a := strings.ToLower(answer); a == "uit" || a == "leave" {
			ws.Leave()
			s.sayWrapped(s.l.T(locale.WorkshopLeft), 0)
		}
		return nil
	}
	s.sayWrapped(s.l.T(locale.WorkshopIntro), 0)
	dir, err := s.ask(s.l.T(locale.PlainWorkshopfolder))
	if err != nil || dir == "" {
		return err
	}
	if err := ws.Join(s.l, dir, s.st, s.o.KeyDir); err != nil {
		s.sayWrapped(termsafe.String(err.Error()), 0)
		return nil
	}
	joined, _ := ws.Said(s.l)
	s.sayWrapped(termsafe.String(joined), 0)
	s.save() // the learner id, if it was made now
	return nil
}

// isReview reports whether a learner's line on the home menu asks for the
// review round.
func isReview(answer string) bool {
	switch strings.ToLower(answer) {
	case "r", "herhaling", "herhalen", "review":
		return true
	}
	return false
}

// review asks today's review round (Herhaling), each answer recorded as
// it is given, with feedback as in the quiz; it changes no score. A
// learner who stops halfway keeps what was not asked for later.
func (s *session) review() error {
	round := s.st.Round(s.c, s.o.Seed(), s.o.Now())
	if round == nil {
		s.say(s.l.T(locale.ReviewNone))
		return nil
	}
	s.say("")
	s.say(s.l.T(locale.ReviewPlainstart, len(round.Items)))
	for i := range round.Items {
		if err := s.question(round, i, true); err != nil {
			return err
		}
	}
	s.say(s.l.T(locale.ReviewDone, round.Right(), len(round.Items)))
	return nil
}

// question asks item i of att, a module's quiz attempt or, when review, a
// review round, and gives the feedback.
func (s *session) question(att *course.Attempt, i int, review bool) error {
	it := att.Items[i]
	q := s.c.ItemQuestion(att, i)
	if q == nil {
		return fmt.Errorf("question %s is not in the course", it.Question)
	}
	s.say("")
	kind := s.l.T(locale.PlainSingle)
	switch q.Type {
	case course.Multiple:
		kind = s.l.T(locale.PlainMultiple)
	case course.TrueFalse:
		kind = s.l.T(locale.PlainTruefalse)
	}
	s.say(s.l.T(locale.PlainQuestion, i+1, len(att.Items), kind))
	s.sayWrapped(q.Text, 0)
	for p, oi := range it.Order {
		lead := fmt.Sprintf("%d. ", p+1)
		s.sayWrapped(lead+q.Options[oi].Text, len(lead))
	}
	prompt := s.l.T(locale.PlainAnswerone, len(it.Order))
	if q.Type == course.Multiple {
		prompt = s.l.T(locale.PlainAnswermany, len(it.Order))
	}
	if q.Hint != "" {
		s.say(s.l.T(locale.HintPlain))
	}
	var shown []int
	for {
		answer, err := s.ask(prompt)
		if err != nil {
			return err
		}
		if a := strings.ToLower(answer); q.Hint != "" && (a == "hint" || a == "h" || a == "tip") {
			s.sayWrapped(s.l.T(locale.HintLabel)+" "+q.Hint, 2)
			if att.TakeHint(i) {
				s.save()
			}
			continue
		}
		if isHelp(answer) {
			s.sayWrapped(s.l.T(locale.PlainHelp), 2)
			continue
		}
		var ok bool
		shown, ok = parseChoices(answer, len(it.Order), q.Type == course.Multiple)
		if ok {
			break
		}
		s.say(s.l.T(locale.PlainNotachoice, len(it.Order)))
	}
	right, err := s.c.AnswerShown(att, i, shown)
	if err != nil {
		return fmt.Errorf("answer question %s: %w", q.ID, err)
	}
	if review {
		s.st.Reviewed(s.c, q.ID, right, s.o.Now())
	}
	s.save()
	if err := s.o.Workshop.Answered(s.l, att.Module, att.Items[i]); err != nil {
		s.sayWrapped(err.Error(), 0)
	}
	if right {
		s.say(s.l.T(locale.QuizRight))
	} else {
		s.say(s.l.T(locale.QuizWrong))
	}
	for p, oi := range it.Order {
		o := q.Options[oi]
		picked := slices.Contains(att.Items[i].Chosen, oi)
		switch {
		case picked:
			s.sayWrapped(s.l.T(locale.PlainYours, p+1, o.Text, o.Feedback), 2)
		case o.Correct && !right:
			s.sayWrapped(s.l.T(locale.PlainRight, p+1, o.Text, o.Feedback), 2)
		}
	}
	s.sayWrapped(s.l.T(locale.QuizExplanation)+": "+q.Explanation, 2)
	s.sayWrapped(s.l.T(locale.QuizSource, q.Source), 2)
	_, err = s.ask(s.l.T(locale.PlainNext))
	return err
}

// makeFiles asks for the name, organisation and folder, makes the
// certificate's PDF and JSON there (cert) or the result file a trainer
// reads, and says where they are.
func (s *session) makeFiles(cert bool) error {
	p, dir, err := s.askLearner(cert)
	if err != nil {
		return err
	}
	where, now := app.Where{Folder: dir, KeyDir: s.o.KeyDir}, s.o.Now()
	var who app.Person
	var lines []string
	failed := locale.FormFailedResults
	if cert {
		failed = locale.FormFailed
		var made app.Certificate
		made, err = app.IssueCertificate(s.c, s.st, p, where, now)
		who, lines = made.For, []string{s.l.T(locale.CertDone), made.PDF, made.JSON, s.l.T(locale.CertVerify) + " piketpalen verify " + made.PDF}
	} else {
		var exp app.Export
		exp, err = app.ExportResults(s.c, s.st, p, where, now)
		who, lines = exp.For, []string{s.l.T(locale.ResultsDone), exp.Path, s.l.T(locale.ResultsAfter)}
	}
	if err != nil {
		s.say(app.Explain(s.l, err, failed))
		return nil
	}
	app.Remember(s.st, who)
	s.save()
	for _, l := range lines {
		s.say(l)
	}
	return nil
}

// askLearner asks for the learner's name (required), organisation and the
// folder for the files, offering what is remembered.
func (s *session) askLearner(cert bool) (p app.Person, dir string, err error) {
	known := app.Remembered(s.st)
	nameLabel := s.l.T(locale.CertName)
	if !cert {
		nameLabel = s.l.T(locale.CertNameresults)
	}
	p.Name, err = s.askDefault(nameLabel, known.Name)
	if err != nil {
		return
	}
	for strings.TrimSpace(p.Name) == "" {
		s.say(s.l.T(locale.CertNeedname))
		if p.Name, err = s.askDefault(nameLabel, ""); err != nil {
			return
		}
	}
	if p.Organisation, err = s.askDefault(s.l.T(locale.CertOrg), known.Organisation); err != nil {
		return
	}
	dir, err = s.askDefault(s.l.T(locale.CertDir), s.o.OutDir)
	return p, dir, err
}

// askDefault asks for a value and offers def, taken on an empty answer.
func (s *session) askDefault(label, def string) (string, error) {
	prompt := label + ":"
	if def != "" {
		prompt = s.l.T(locale.PlainDefault, label, def)
	}
	answer, err := s.ask(prompt)
	if err != nil {
		return "", err
	}
	if answer == "" {
		return def, nil
	}
	return answer, nil
}

// parseChoices reads "2", or for select-all questions "1 3" or "1,3", into
// zero-based positions.
func parseChoices(s string, n int, many bool) ([]int, bool) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' })
	if len(fields) == 0 || (!many && len(fields) != 1) {
		return nil, false
	}
	var out []int
	for _, f := range fields {
		v, ok := number(f, n)
		if !ok {
			return nil, false
		}
		if !slices.Contains(out, v-1) {
			out = append(out, v-1)
		}
	}
	return out, true
}
