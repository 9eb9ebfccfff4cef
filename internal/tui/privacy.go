package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
)

// privacyModel is the privacy screen, opened from the home screen: what is
// kept about the learner, where and what for (app.Privacy's text, the same
// the privacy command prints), in a viewport that scrolls.
type privacyModel struct {
	*common
	vp viewport.Model
}

func newPrivacy(cm *common) privacyModel {
	return privacyModel{common: cm, vp: viewport.New()}
}

func (p *privacyModel) keymap() help.KeyMap { return newPrivacyKeys(p.l) }

func (p *privacyModel) resize() tea.Cmd {
	p.vp.SetWidth(p.width)
	p.vp.SetHeight(p.bodyHeight(1))
	text := p.o.Learner.Privacy(p.st).Text(p.l) // made safe for a terminal by Text
	p.vp.SetContent(ui.Indent(ui.Paras(text, p.width-4), "  "))
	return nil
}

func (p *privacyModel) key(msg tea.KeyPressMsg) tea.Cmd {
	k := newPrivacyKeys(p.l)
	if key.Matches(msg, k.Close) {
		p.send(goHomeMsg{})
		return nil
	}
	k.scroll.scrollBy(&p.vp, msg)
	return nil
}

func (p *privacyModel) view() string {
	return p.frame(p.l.T(locale.PrivacyTitle), "", p.vp.View(), p.footer(newPrivacyKeys(p.l), ""))
}
