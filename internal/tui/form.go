package tui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/internal/certificate"
	"piketpalen/internal/issuer"
	"piketpalen/internal/results"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// formKind is what a form makes: the certificate, or the result file a
// learner hands to their trainer.
type formKind int

const (
	certificateForm formKind = iota
	resultsForm
)

// formModel asks for the name, the organisation and the folder, then writes
// the files and shows where they are.
type formModel struct {
	kind    formKind
	inputs  [3]textinput.Model // name, organisation, folder
	focus   int
	written []string // the files, once written
	errText string
}

const (
	fieldName = iota
	fieldOrg
	fieldDir
)

func (a *App) openForm(kind formKind) {
	m := formModel{kind: kind}
	values := [3]string{a.st.Learner.Name, a.st.Learner.Organisation, a.o.CertDir}
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
	m.inputs[fieldName].Placeholder = a.l.T("cert.nameplaceholder")
	m.inputs[fieldOrg].Placeholder = a.l.T("cert.orgplaceholder")
	m.inputs[fieldName].Focus()
	a.form = m
	a.screen = formScreen
}

func (f *formModel) key(a *App, msg tea.KeyPressMsg) tea.Cmd {
	if len(f.written) > 0 {
		if k := msg.String(); k == "enter" || k == "esc" {
			a.goHome()
		}
		return nil
	}
	switch msg.String() {
	case "esc":
		a.goHome()
		return nil
	case "tab", "down":
		f.move(1)
		return nil
	case "shift+tab", "up":
		f.move(-1)
		return nil
	case "enter":
		if f.focus < fieldDir {
			f.move(1)
			return nil
		}
		f.submit(a)
		return nil
	}
	var cmd tea.Cmd
	f.inputs[f.focus], cmd = f.inputs[f.focus].Update(msg)
	return cmd
}

func (f *formModel) move(d int) {
	f.inputs[f.focus].Blur()
	f.focus = (f.focus + d + len(f.inputs)) % len(f.inputs)
	f.inputs[f.focus].Focus()
}

func (f *formModel) submit(a *App) {
	name := strings.Join(strings.Fields(f.inputs[fieldName].Value()), " ")
	org := strings.Join(strings.Fields(f.inputs[fieldOrg].Value()), " ")
	dir := strings.TrimSpace(f.inputs[fieldDir].Value())
	switch {
	case name == "":
		f.errText = a.l.T("cert.needname")
		f.inputs[f.focus].Blur()
		f.focus = fieldName
		f.inputs[fieldName].Focus()
		return
	case dir == "":
		f.errText = a.l.T("cert.needdir")
		return
	}
	// The learner's own key, kept with the progress: what the learner makes
	// is self-issued (see package issuer).
	self, err := issuer.SelfKeyIn(a.o.KeyDir)
	switch {
	case err != nil:
	case f.kind == certificateForm:
		var pdf, js string
		_, pdf, js, err = certificate.Make(a.c, a.st, name, org, dir, self, a.o.Now())
		f.written = []string{pdf, js}
	case f.kind == resultsForm:
		var path string
		_, path, err = results.ExportTo(a.c, a.st, name, org, dir, self, a.o.Now())
		f.written = []string{path}
	}
	if err != nil {
		f.written = nil
		f.errText = a.l.T("form.failed", err)
		return
	}
	f.errText = ""
	a.st.Learner = progress.Learner{ID: a.st.Learner.ID, Name: name, Organisation: org}
	a.saveNow()
}

func (f *formModel) view(a *App) string {
	title, intro, done, after := a.l.T("cert.title"), a.l.T("cert.intro"), a.l.T("cert.done"), a.l.T("cert.verify")
	if f.kind == resultsForm {
		title, intro, done, after = a.l.T("results.title"), a.l.T("results.intro"), a.l.T("results.done"), a.l.T("results.after")
	}
	var b strings.Builder
	w := max(a.width-6, 20)
	if len(f.written) > 0 {
		b.WriteString("  " + a.s.Good.Render(done) + "\n\n")
		for _, p := range f.written {
			b.WriteString(ui.Indent(ansi.Hardwrap(p, w, false), "    ") + "\n")
		}
		b.WriteString("\n" + ui.Indent(ansi.Wordwrap(after, w+2, " "), "  ") + "\n")
		if f.kind == certificateForm {
			b.WriteString(ui.Indent(ansi.Hardwrap("piketpalen verify "+f.written[0], w, false), "    ") + "\n")
		}
		return a.frame(title, "", b.String(), a.l.T("key.home"))
	}
	b.WriteString(ui.Indent(ansi.Wordwrap(intro, w+2, " "), "  ") + "\n\n")
	labels := [3]string{a.l.T("cert.name"), a.l.T("cert.org"), a.l.T("cert.dir")}
	for i, in := range f.inputs {
		marker := "  "
		if i == f.focus {
			marker = a.s.Selected.Render("> ")
		}
		b.WriteString(marker + a.s.Bold.Render(labels[i]) + "\n")
		b.WriteString("    " + in.View() + "\n\n")
	}
	if f.errText != "" {
		b.WriteString(ui.Indent(a.s.Bad.Render(ansi.Wordwrap(f.errText, w+2, " ")), "  ") + "\n")
	}
	footer := ui.Hints(a.l.T("key.fields"), a.l.T("key.make"), a.l.T("key.back"))
	return a.frame(title, "", b.String(), footer)
}
