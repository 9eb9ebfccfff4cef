package tui

import (
	"piketpalen/internal/layout"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"piketpalen/certificate"
	"piketpalen/progress"
)

// certModel asks for the name, the organisation and the folder, then makes
// the certificate and shows where its files are.
type certModel struct {
	inputs  [3]textinput.Model // name, organisation, folder
	focus   int
	pdf     string // set once written
	json    string
	errText string
}

const (
	certName = iota
	certOrg
	certDir
)

func (a *App) openCertificate() {
	m := certModel{}
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
	m.inputs[certName].Placeholder = a.l.T("cert.nameplaceholder")
	m.inputs[certOrg].Placeholder = a.l.T("cert.orgplaceholder")
	m.inputs[certName].Focus()
	a.cert = m
	a.screen = certScreen
}

func (c *certModel) key(a *App, msg tea.KeyPressMsg) tea.Cmd {
	if c.pdf != "" {
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
		c.move(1)
		return nil
	case "shift+tab", "up":
		c.move(-1)
		return nil
	case "enter":
		if c.focus < certDir {
			c.move(1)
			return nil
		}
		c.make(a)
		return nil
	}
	var cmd tea.Cmd
	c.inputs[c.focus], cmd = c.inputs[c.focus].Update(msg)
	return cmd
}

func (c *certModel) move(d int) {
	c.inputs[c.focus].Blur()
	c.focus = (c.focus + d + len(c.inputs)) % len(c.inputs)
	c.inputs[c.focus].Focus()
}

func (c *certModel) make(a *App) {
	name := strings.TrimSpace(c.inputs[certName].Value())
	org := strings.TrimSpace(c.inputs[certOrg].Value())
	dir := strings.TrimSpace(c.inputs[certDir].Value())
	switch {
	case name == "":
		c.errText = a.l.T("cert.needname")
		c.inputs[c.focus].Blur()
		c.focus = certName
		c.inputs[certName].Focus()
		return
	case dir == "":
		c.errText = a.l.T("cert.needdir")
		return
	}
	_, pdf, js, err := certificate.Make(a.c, a.st, name, org, dir, a.o.Now())
	if err != nil {
		c.errText = a.l.T("cert.failed", err)
		return
	}
	c.pdf, c.json, c.errText = pdf, js, ""
	a.st.Learner = progress.Learner{Name: name, Organisation: org}
	a.saveNow()
}

func (c *certModel) view(a *App) string {
	var b strings.Builder
	if c.pdf != "" {
		b.WriteString("  " + a.s.Good.Render(a.l.T("cert.done")) + "\n\n")
		w := max(a.width-6, 20)
		b.WriteString(layout.Indent(ansi.Hardwrap(c.pdf, w, false), "    ") + "\n")
		b.WriteString(layout.Indent(ansi.Hardwrap(c.json, w, false), "    ") + "\n\n")
		b.WriteString("  " + a.l.T("cert.verify") + "\n")
		b.WriteString(layout.Indent(ansi.Hardwrap("piketpalen verify "+c.pdf, w, false), "    ") + "\n")
		return a.frame(a.l.T("cert.title"), "", b.String(), a.l.T("key.home"))
	}
	b.WriteString("  " + a.l.T("cert.intro") + "\n\n")
	labels := [3]string{a.l.T("cert.name"), a.l.T("cert.org"), a.l.T("cert.dir")}
	for i, in := range c.inputs {
		marker := "  "
		if i == c.focus {
			marker = a.s.Selected.Render("> ")
		}
		b.WriteString(marker + a.s.Bold.Render(labels[i]) + "\n")
		b.WriteString("    " + in.View() + "\n\n")
	}
	if c.errText != "" {
		b.WriteString("  " + a.s.Bad.Render(c.errText) + "\n")
	}
	footer := layout.Hints(a.l.T("key.fields"), a.l.T("key.make"), a.l.T("key.back"))
	return a.frame(a.l.T("cert.title"), "", b.String(), footer)
}
