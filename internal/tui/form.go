package tui

import (
	"errors"
	"path/filepath"
	"piketpalen/internal/locale"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/internal/app"
	"piketpalen/internal/termsafe"
	"piketpalen/internal/textwrap"
	"piketpalen/internal/ui"
)

// formKind is what a form makes: the certificate, or the result file a
// learner hands to their trainer.
type formKind int

const (
	certificateForm formKind = iota
	resultsForm
	workshopForm // joins a workshop: the folder only
)

// formModel asks for the name, the organisation and the folder, then makes
// the files in the background (a PDF takes a moment) and shows where they
// are.
type formModel struct {
	*common
	kind    formKind
	inputs  [3]textinput.Model // name, organisation, folder
	focus   int
	busy    bool     // the files are being made
	written []string // the files, once written
	errText string
}

// formDoneMsg is the outcome of making a form's files in the background.
type formDoneMsg struct {
	written []string
	who     app.Person
	err     error
}

const (
	fieldName = iota
	fieldOrg
	fieldDir
)

func (a *App) openForm(kind formKind) {
	m := formModel{common: a.common, kind: kind}
	values := [3]string{a.st.Learner.Name, a.st.Learner.Organisation, a.o.OutDir}
	if kind == workshopForm {
		values[fieldDir] = ""
	}
	for i := range m.inputs {
		in := textinput.New()
		in.Prompt = ""
		in.CharLimit = 200
		in.SetWidth(min(a.width-8, 70))
		in.SetValue(values[i])
		st := in.Styles()
		st.Cursor.Blink = false // a steady caret: calmer, and nothing to redraw twice a second
		in.SetStyles(st)
		m.inputs[i] = in
	}
	m.inputs[fieldName].Placeholder = a.l.T(locale.CertNameplaceholder)
	m.inputs[fieldOrg].Placeholder = a.l.T(locale.CertOrgplaceholder)
	if kind == workshopForm {
		m.focus = fieldDir
		m.inputs[fieldDir].Placeholder = a.l.T(locale.WorkshopFieldplaceholder)
	}
	m.inputs[m.focus].Focus()
	a.form = m
	a.screen = formScreen
}

// typing reports whether keys go to a text field, so q and ? are letters;
// while the files are being made, too, so that q does not end the program
// half-way.
func (f *formModel) typing() bool { return len(f.written) == 0 }

func (f *formModel) keys() formKeys {
	k := newFormKeys(f.l, len(f.written) > 0, f.busy).atLast(f.focus == fieldDir)
	if f.kind == workshopForm {
		k = k.forWorkshop()
	}
	return k
}

func (f *formModel) key(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys()
	switch {
	case f.busy:
		return nil
	case key.Matches(msg, k.Done, k.Back):
		f.send(goHomeMsg{})
		return nil
	case k.done:
		return nil
	case key.Matches(msg, k.Next):
		f.move(1)
		return nil
	case key.Matches(msg, k.Prev):
		f.move(-1)
		return nil
	case key.Matches(msg, k.Enter):
		if f.focus < fieldDir {
			f.move(1)
			return nil
		}
		return f.submit()
	}
	var cmd tea.Cmd
	f.inputs[f.focus], cmd = f.inputs[f.focus].Update(msg)
	return cmd
}

// move goes d fields on; the workshop's form of one field has no key for
// it (formKeys.forWorkshop).
func (f *formModel) move(d int) {
	f.inputs[f.focus].Blur()
	f.focus = (f.focus + d + len(f.inputs)) % len(f.inputs)
	f.inputs[f.focus].Focus()
}

// fields are the fields the form asks for, in order.
func (f *formModel) fields() []int {
	if f.kind == workshopForm {
		return []int{fieldDir}
	}
	return []int{fieldName, fieldOrg, fieldDir}
}

// submit makes the files in the background; done takes the outcome.
func (f *formModel) submit() tea.Cmd {
	p := app.Person{Name: f.inputs[fieldName].Value(), Organisation: f.inputs[fieldOrg].Value()}
	dir := strings.TrimSpace(f.inputs[fieldDir].Value())
	c, st, now, kind, keyDir := f.c, f.st, f.o.Now(), f.kind, f.o.KeyDir
	f.busy, f.errText = true, ""
	if kind == workshopForm {
		ws, l := f.o.Workshop, f.l
		return func() tea.Msg {
			if err := ws.Join(l, dir, st, keyDir); err != nil {
				return formDoneMsg{err: err}
			}
			joined, _ := ws.Said(l)
			return formDoneMsg{written: []string{joined}}
		}
	}
	return func() tea.Msg {
		if kind == certificateForm {
			made, err := app.IssueCertificate(c, st, p, app.Where{Folder: dir, KeyDir: keyDir}, now)
			return formDoneMsg{written: []string{made.PDF, made.JSON}, who: made.For, err: err}
		}
		exp, err := app.ExportResults(c, st, p, app.Where{Folder: dir, KeyDir: keyDir}, now)
		return formDoneMsg{written: []string{exp.Path}, who: exp.For, err: err}
	}
}

// done shows what was made, or why not, and remembers who it was for. The
// files' paths and the messages hold the folder as typed, so they are kept
// for the screen by the rule of internal/termsafe.
func (f *formModel) done(msg formDoneMsg) {
	f.busy = false
	for i, p := range msg.written {
		msg.written[i] = termsafe.String(p)
	}
	failed := locale.FormFailed
	if f.kind == resultsForm {
		failed = locale.FormFailedResults
	}
	switch {
	case errors.Is(msg.err, app.ErrNoName):
		f.errText = app.Explain(f.l, msg.err, failed)
		f.inputs[f.focus].Blur()
		f.focus = fieldName
		f.inputs[fieldName].Focus()
	case msg.err != nil && f.kind == workshopForm:
		f.errText = msg.err.Error()
	case msg.err != nil:
		f.errText = app.Explain(f.l, msg.err, failed)
	case f.kind == workshopForm:
		f.written = msg.written
		f.send(saveMsg{now: true}) // the learner id, if it was made now
	default:
		f.written = msg.written
		app.Remember(f.st, msg.who)
		f.send(saveMsg{now: true})
	}
	f.errText = termsafe.String(f.errText)
}

func (f *formModel) view() string {
	title, intro, done, after := f.l.T(locale.CertTitle), f.l.T(locale.CertIntro), f.l.T(locale.CertDone), f.l.T(locale.CertVerify)
	switch f.kind {
	case resultsForm:
		title, intro, done, after = f.l.T(locale.ResultsTitle), f.l.T(locale.ResultsIntro), f.l.T(locale.ResultsDone), f.l.T(locale.ResultsAfter)
	case workshopForm:
		title, intro, done, after = f.l.T(locale.WorkshopTitle), f.l.T(locale.WorkshopIntro), f.l.T(locale.WorkshopHome), f.l.T(locale.WorkshopAfter)
	}
	var b strings.Builder
	w := max(f.width-6, 20)
	if len(f.written) > 0 {
		b.WriteString("  " + f.s.Good.Render(done) + "\n\n")
		for _, p := range f.written {
			b.WriteString(ui.Indent(ansi.Hardwrap(p, w, false), "    ") + "\n")
		}
		b.WriteString("\n" + ui.Indent(textwrap.Wordwrap(after, w+2), "  ") + "\n")
		if f.kind == certificateForm {
			// the command whole, so it can be copied: with the full path
			// when that fits, else with the file's name and its folder
			cmd := "piketpalen verify " + f.written[0]
			if ansi.StringWidth(cmd) > w {
				cmd = "piketpalen verify " + filepath.Base(f.written[0])
				b.WriteString("    " + cmd + "\n")
				b.WriteString(ui.Indent(ansi.Hardwrap(f.l.T(locale.CertVerifyin, filepath.Dir(f.written[0])), w, false), "    ") + "\n")
			} else {
				b.WriteString("    " + cmd + "\n")
			}
		}
		return f.frame(title, "", b.String(), f.footer(f.keys(), ""))
	}
	b.WriteString(ui.Indent(textwrap.Wordwrap(intro, w+2), "  ") + "\n\n")
	labels := [3]string{f.l.T(locale.CertName), f.l.T(locale.CertOrg), f.l.T(locale.CertDir)}
	switch f.kind {
	case resultsForm:
		// no certificate is made here: the name is the trainer's to see
		labels[0] = f.l.T(locale.CertNameresults)
	case workshopForm:
		labels[fieldDir] = f.l.T(locale.WorkshopField)
	}
	for _, i := range f.fields() {
		in := f.inputs[i]
		marker := "  "
		if i == f.focus {
			marker = f.s.Selected.Render("> ")
		}
		b.WriteString(marker + f.s.Bold.Render(labels[i]) + "\n")
		b.WriteString("    " + fieldView(in) + "\n\n")
	}
	switch {
	case f.busy:
		b.WriteString("  " + f.s.Subtle.Render(f.l.T(locale.FormBusy)) + "\n")
	case f.errText != "":
		b.WriteString(ui.Indent(f.s.Bad.Render(textwrap.Wordwrap(f.errText, w+2)), "  ") + "\n")
	}
	return f.frame(title, "", b.String(), f.footer(f.keys(), ""))
}

// fieldView draws a text field with its value shown by the rule of
// internal/termsafe: the field drops C0 and C1 controls but keeps bidi
// controls, which would reorder what the terminal shows. The field itself
// keeps the value as typed or remembered (internal/app cleans the name for
// what it makes); only a copy for the screen holds the safe text, with the
// caret after the same characters.
func fieldView(in textinput.Model) string {
	v := []rune(in.Value())
	if termsafe.Safe(string(v)) {
		return in.View()
	}
	pos := min(in.Position(), len(v))
	before := termsafe.String(string(v[:pos]))
	in.CharLimit = 0 // the shown text may be longer than the limit
	in.SetValue(before + termsafe.String(string(v[pos:])))
	in.SetCursor(utf8.RuneCountInString(before))
	return in.View()
}
