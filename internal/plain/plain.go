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
	s.say(s.l.T(locale.PlainIntro))
	for {
		s.say("")
		s.say(s.l.T(locale.HomeProgress) + ": " + s.l.T(locale.HomePassedof, s.st.PassedCount(s.c), len(s.c.Modules)) + ".")
		s.say(s.l.T(locale.PlainModules))
		for i, m := range s.c.Modules {
			s.say("%d. %s: %s", i+1, m.Title, s.status(m))
		}
		passed := s.st.Passed(s.c)
		if passed {
			s.say(s.l.T(locale.PlainCertoffer))
		}
		s.say(s.l.T(locale.PlainExportoffer))
		answer, err := s.ask(s.l.T(locale.PlainChoosemodule, len(s.c.Modules)))
		if err != nil {
			return err
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
		n, ok := number(answer, len(s.c.Modules))
		if !ok {
			s.say(s.l.T(locale.PlainNotachoice, len(s.c.Modules)))
			continue
		}
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
	for p < len(m.Pages) {
		s.st.MarkRead(m.ID, p)
		s.save()
		s.say("")
		s.say(s.l.T(locale.PlainPage, p+1, len(m.Pages), m.Pages[p].Title))
		s.say(s.pageText(m, p))
		s.say("")
		answer, err := s.ask(s.l.T(locale.PlainPageprompt))
		if err != nil {
			return err
		}
		switch strings.ToLower(answer) {
		case "":
			p++
		case "terug", "back", "vorige", "previous":
			p = max(p-1, 0)
		case "toets", "quiz":
			p = len(m.Pages)
		case "menu":
			return nil
		default:
			s.say(s.l.T(locale.PlainPagehelp))
		}
	}
	return s.quiz(m)
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
			if err := s.question(m, att, i); err != nil {
				return err
			}
		}
		done := s.st.FinishAttempt(s.c, m, s.o.Now())
		s.save()
		s.say("")
		s.say(s.l.T(locale.ResultScore, done.Score, done.Correct, len(done.Items)))
		if done.Passed {
			s.say(s.l.T(locale.ResultPassed, s.c.PassMark))
		} else {
			s.say(s.l.T(locale.PlainNotpassed, s.c.PassMark))
		}
		for i, it := range done.Items {
			if !it.Correct {
				s.say(s.l.T(locale.PlainWronglist, i+1, m.Question(it.Question).Text))
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

func (s *session) question(m *course.Module, att *course.Attempt, i int) error {
	it := att.Items[i]
	q := m.Question(it.Question)
	s.say("")
	kind := s.l.T(locale.PlainSingle)
	switch q.Type {
	case course.Multiple:
		kind = s.l.T(locale.PlainMultiple)
	case course.TrueFalse:
		kind = s.l.T(locale.PlainTruefalse)
	}
	s.say(s.l.T(locale.PlainQuestion, i+1, len(att.Items), kind))
	s.say(q.Text)
	for p, oi := range it.Order {
		s.say("%d. %s", p+1, q.Options[oi].Text)
	}
	prompt := s.l.T(locale.PlainAnswerone, len(it.Order))
	if q.Type == course.Multiple {
		prompt = s.l.T(locale.PlainAnswermany, len(it.Order))
	}
	var shown []int
	for {
		answer, err := s.ask(prompt)
		if err != nil {
			return err
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
	s.save()
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
			s.say(s.l.T(locale.PlainYours, p+1, o.Text, o.Feedback))
		case o.Correct && !right:
			s.say(s.l.T(locale.PlainRight, p+1, o.Text, o.Feedback))
		}
	}
	s.say(s.l.T(locale.QuizExplanation) + ": " + q.Explanation)
	s.say(s.l.T(locale.QuizSource, q.Source))
	_, err = s.ask(s.l.T(locale.PlainNext))
	return err
}

// makeFiles asks for the name, organisation and folder, makes the
// certificate's PDF and JSON there (cert) or the result file a trainer
// reads, and says where they are.
func (s *session) makeFiles(cert bool) error {
	p, dir, err := s.askLearner()
	if err != nil {
		return err
	}
	where, now := app.Where{Folder: dir}, s.o.Now()
	var who app.Person
	var lines []string
	if cert {
		var made app.Certificate
		made, err = app.IssueCertificate(s.c, s.st, p, where, now)
		who, lines = made.For, []string{s.l.T(locale.CertDone), made.PDF, made.JSON, s.l.T(locale.CertVerify) + " piketpalen verify " + made.PDF}
	} else {
		var exp app.Export
		exp, err = app.ExportResults(s.c, s.st, p, where, now)
		who, lines = exp.For, []string{s.l.T(locale.ResultsDone), exp.Path, s.l.T(locale.ResultsAfter)}
	}
	if err != nil {
		s.say(app.Explain(s.l, err))
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
func (s *session) askLearner() (p app.Person, dir string, err error) {
	known := app.Remembered(s.st)
	p.Name, err = s.askDefault(s.l.T(locale.CertName), known.Name)
	if err != nil {
		return
	}
	for strings.TrimSpace(p.Name) == "" {
		s.say(s.l.T(locale.CertNeedname))
		if p.Name, err = s.askDefault(s.l.T(locale.CertName), ""); err != nil {
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
