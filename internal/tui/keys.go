package tui

import (
	"fmt"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"

	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
)

// The keymaps of the screens. Each screen matches keys only against its
// keymap (key.Matches), and its footer and the help screen are both drawn
// from that keymap by help.Model, so a key cannot work without being shown.
// The help screen lists every binding with a sentence; the footer shows
// the main ones with a word.

// newGlobalKeys are the keys every screen has; see ui.Global.
func newGlobalKeys(l locale.Lang, typing bool) ui.Global {
	return ui.NewGlobal(l, l.T(locale.HelpQuit), typing)
}

// newHelpKeys are the keys while the help screen is open.
func newHelpKeys(l locale.Lang) ui.HelpKeys { return ui.NewHelpKeys(l, l.T(locale.HelpQuit)) }

// scrollKeys move a viewport the way a pager does.
type scrollKeys struct {
	Down, Up, PageDown, PageUp, Top, Bottom key.Binding
}

func newScrollKeys(l locale.Lang) scrollKeys {
	space := l.T(locale.KeySpace)
	return scrollKeys{
		Down:     ui.Bind("↓  j", l.T(locale.HelpLinedown), "down", "j"),
		Up:       ui.Bind("↑  k", l.T(locale.HelpLineup), "up", "k"),
		PageDown: ui.Bind("pgdn  "+space+"  f", l.T(locale.HelpPagedown), "pgdown", "space", "f"),
		PageUp:   ui.Bind("pgup  b", l.T(locale.HelpPageup), "pgup", "b"),
		Top:      ui.Bind("home  g", l.T(locale.HelpTop), "home", "g"),
		Bottom:   ui.Bind("end  G", l.T(locale.HelpBottom), "end", "G"),
	}
}

func (s scrollKeys) list() []key.Binding {
	return []key.Binding{s.Down, s.Up, s.PageDown, s.PageUp, s.Top, s.Bottom}
}

func (s scrollKeys) hint(l locale.Lang) key.Binding {
	return ui.Hint("↑/↓", l.T(locale.KeyScroll), s.list()...)
}

// scrollBy moves vp for a scrolling key; it reports whether msg was one.
func (s scrollKeys) scrollBy(vp *viewport.Model, msg fmt.Stringer) bool {
	switch {
	case key.Matches(msg, s.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, s.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, s.PageDown):
		vp.PageDown()
	case key.Matches(msg, s.PageUp):
		vp.PageUp()
	case key.Matches(msg, s.Top):
		vp.GotoTop()
	case key.Matches(msg, s.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}

// homeKeys are the keys of the home screen.
type homeKeys struct {
	Up, Down, First, Last, Open, Quiz, Cert, Export, Jump key.Binding
	Review                                                key.Binding // r: today's review round; says so when none is due
	// Workshop joins a workshop, or leaves the one joined: one key.
	Workshop key.Binding
	Privacy  key.Binding // v: what is kept about the learner
	global   ui.Global
	l        locale.Lang
	due      bool // questions are due for review: the footer offers r
	joined   bool // in a workshop now: the footer offers w to leave
}

// newHomeKeys is the home screen's keymap. c is always in it: before every
// module is passed it says how many are, rather than doing nothing; so is
// r, which says when no question is due for review. due puts r in the
// footer.
func newHomeKeys(l locale.Lang, due bool) homeKeys {
	k := homeKeys{
		Up:       ui.Bind("↑  k  shift+tab", l.T(locale.HelpPrev), "up", "k", "shift+tab"),
		Down:     ui.Bind("↓  j  tab", l.T(locale.HelpNext), "down", "j", "tab"),
		First:    ui.Bind("home  g", l.T(locale.HelpTop), "home", "g"),
		Last:     ui.Bind("end  G", l.T(locale.HelpBottom), "end", "G"),
		Open:     ui.Bind("enter  →  l", l.T(locale.HelpOpen), "enter", "right", "l"),
		Quiz:     ui.Bind("t", l.T(locale.HelpQuiz), "t"),
		Cert:     ui.Bind("c", l.T(locale.HelpCert), "c"),
		Export:   ui.Bind("e", l.T(locale.HelpExport), "e"),
		Jump:     ui.Bind("1-9", l.T(locale.HelpJump), "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Review:   ui.Bind("r", l.T(locale.ReviewHelp), "r"),
		Workshop: ui.Bind("w", l.T(locale.WorkshopHelpJoin), "w"),
		Privacy:  ui.Bind("v", l.T(locale.PrivacyHelp), "v"),
		global:   newGlobalKeys(l, false),
		l:        l,
		due:      due,
	}
	return k
}

// inWorkshop is the keymap while the learner is in a workshop: w leaves it.
func (k homeKeys) inWorkshop(joined bool) homeKeys {
	k.joined = joined
	if joined {
		k.Workshop = ui.Bind("w", k.l.T(locale.WorkshopHelpLeave), "w")
	}
	return k
}

func (k homeKeys) ShortHelp() []key.Binding {
	hints := []key.Binding{
		ui.Hint("↑/↓", k.l.T(locale.KeyChoose), k.Up, k.Down),
		ui.Hint("enter", k.l.T(locale.KeyOpen), k.Open),
	}
	if k.joined {
		// leaving is one key, and the footer says which
		hints = append(hints, ui.Hint("w", k.l.T(locale.WorkshopKeyLeave), k.Workshop))
	}
	if k.due {
		hints = append(hints, ui.Hint("r", k.l.T(locale.ReviewKey), k.Review))
	}
	return append(hints,
		ui.Hint("t", k.l.T(locale.KeyQuiz), k.Quiz),
		ui.Hint("e", k.l.T(locale.KeyExport), k.Export),
		ui.Hint("?", k.l.T(locale.KeyHelp), k.global.Help),
		ui.Hint("q", k.l.T(locale.KeyQuit), k.global.Quit),
	)
}

func (k homeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.First, k.Last, k.Jump, k.Open, k.Quiz, k.Review, k.Export, k.Cert, k.Workshop, k.Privacy},
		k.global.List(),
	}
}

// readerKeys are the keys of the page reader.
type readerKeys struct {
	Next, Enter, Prev, Quiz, Back, Glossary key.Binding
	Search, SearchAll, PrevHit              key.Binding // /, z, N; n is the next place while a search is in force
	scroll                                  scrollKeys
	global                                  ui.Global
	l                                       locale.Lang
	last                                    bool // on the last page, next goes to the quiz
	glossary                                bool // the course has a begrippenlijst: the footer offers it
}

// newReaderKeys is the reader's keymap; glossary when the course has a
// begrippenlijst, which the footer then offers (w works either way, and
// says so when there is none).
func newReaderKeys(l locale.Lang, last, glossary bool) readerKeys {
	k := readerKeys{
		Next:      ui.Bind("→  l  n", l.T(locale.HelpNextpage), "right", "l", "n"),
		Enter:     ui.Bind("enter", l.T(locale.HelpEnterreader), "enter"),
		Prev:      ui.Bind("←  h  p", l.T(locale.HelpPrevpage), "left", "h", "p"),
		Quiz:      ui.Bind("t", l.T(locale.HelpQuiz), "t"),
		Back:      ui.Bind("esc  backspace", l.T(locale.HelpHome), "esc", "backspace"),
		Glossary:  ui.Bind("w", l.T(locale.HelpGlossary), "w"),
		Search:    ui.Bind("/", l.T(locale.HelpSearch), "/"),
		SearchAll: ui.Bind("z", l.T(locale.HelpSearchall), "z"),
		PrevHit:   ui.Bind("n  N", l.T(locale.HelpSearchnext), "N"),
		scroll:    newScrollKeys(l),
		global:    newGlobalKeys(l, false),
		l:         l,
		last:      last,
	}
	k.glossary = glossary
	return k
}

func (k readerKeys) ShortHelp() []key.Binding {
	next := k.l.T(locale.KeyNextpage)
	if k.last {
		next = k.l.T(locale.KeyToquiz)
	}
	hints := []key.Binding{
		ui.Hint("←", k.l.T(locale.KeyPrevpage), k.Prev),
		ui.Hint("→", next, k.Next),
		k.scroll.hint(k.l),
		ui.Hint("esc", k.l.T(locale.KeyBack), k.Back),
	}
	if k.glossary {
		hints = append(hints, ui.Hint("w", k.l.T(locale.KeyGlossary), k.Glossary))
	}
	hints = append(hints, ui.Hint("/", k.l.T(locale.KeySearch), k.Search))
	return append(hints, ui.Hint("?", k.l.T(locale.KeyHelp), k.global.Help))
}

func (k readerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.Enter},
		k.scroll.list(),
		{k.Search, k.SearchAll, k.PrevHit},
		{k.Quiz, k.Glossary, k.Back},
		k.global.List(),
	}
}

// pagerKeys are the keys of a text that scrolls and closes: the
// begrippenlijst opened over a page, the privacy screen.
type pagerKeys struct {
	Close  key.Binding
	scroll scrollKeys
	global ui.Global
	l      locale.Lang
}

func newPagerKeys(l locale.Lang, close key.Binding) pagerKeys {
	return pagerKeys{Close: close, scroll: newScrollKeys(l), global: newGlobalKeys(l, false), l: l}
}

func newGlossaryKeys(l locale.Lang) pagerKeys {
	return newPagerKeys(l, ui.Bind("esc  backspace  w", l.T(locale.HelpGlossaryclose), "esc", "backspace", "w"))
}

func newPrivacyKeys(l locale.Lang) pagerKeys {
	return newPagerKeys(l, ui.Bind("esc  backspace  v", l.T(locale.PrivacyClose), "esc", "backspace", "v"))
}

func (k pagerKeys) ShortHelp() []key.Binding {
	return []key.Binding{
		k.scroll.hint(k.l),
		ui.Hint("esc", k.l.T(locale.KeyBack), k.Close),
		ui.Hint("?", k.l.T(locale.KeyHelp), k.global.Help),
	}
}

func (k pagerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.scroll.list(), {k.Close}, k.global.List()}
}

// quizKeys are the keys of a question, before and after it is answered.
type quizKeys struct {
	Up, Down, PageDown, PageUp, Tick, Option, Answer, Next, Back key.Binding
	Start                                                        key.Binding // the intro's: begin the quiz
	Hint                                                         key.Binding // show the question's hint; only when it has one
	scroll                                                       scrollKeys
	global                                                       ui.Global
	l                                                            locale.Lang
	multiple, feedback, last, intro                              bool
}

// forIntro is the keymap of the quiz's intro: start, scroll, back.
func (k quizKeys) forIntro() quizKeys {
	k.intro = true
	k.Start = ui.Bind("enter  →  l  n", k.l.T(locale.KeyStart), "enter", "right", "l", "n")
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageDown, &k.PageUp, &k.Option, &k.Answer, &k.Tick, &k.Next, &k.Hint} {
		b.SetEnabled(false)
	}
	return k
}

// newQuizKeys is the keymap for a question of n options; multiple when
// more than one may be ticked, feedback once it is answered, last on the
// attempt's last question, hint when the question has a hint. The hint is
// h, or H when h picks the eighth option.
func newQuizKeys(l locale.Lang, n int, multiple, feedback, last, hint bool) quizKeys {
	n = min(n, 9)
	var opts []string
	for i := range n {
		opts = append(opts, string(rune('a'+i)), string(rune('1'+i)))
	}
	k := quizKeys{
		Up:       ui.Bind("↑  k", l.T(locale.HelpPrev), "up", "k"),
		Down:     ui.Bind("↓  j  tab", l.T(locale.HelpNext), "down", "j", "tab"),
		PageDown: ui.Bind("pgdn", l.T(locale.HelpPagedown), "pgdown"),
		PageUp:   ui.Bind("pgup", l.T(locale.HelpPageup), "pgup"),
		Tick:     ui.Bind(l.T(locale.KeySpace)+"  x", l.T(locale.HelpTick), "space", "x"),
		Option:   ui.Bind(fmt.Sprintf("a-%c  1-%d", 'a'+n-1, n), l.T(locale.HelpOptionkey), opts...),
		Answer:   ui.Bind("enter", l.T(locale.HelpAnswer), "enter"),
		Next:     ui.Bind("enter  →  l  n", l.T(locale.HelpNextquestion), "enter", "right", "l", "n"),
		Back:     ui.Bind("esc  backspace", l.T(locale.HelpQuizback), "esc", "backspace"),
		Hint:     ui.Bind("h", l.T(locale.HintHelp), "h"),
		scroll:   newScrollKeys(l),
		global:   newGlobalKeys(l, false),
		l:        l,
		multiple: multiple, feedback: feedback, last: last,
	}
	k.Tick.SetEnabled(multiple && !feedback)
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageDown, &k.PageUp, &k.Option, &k.Answer} {
		b.SetEnabled(!feedback)
	}
	k.Next.SetEnabled(feedback)
	if n >= 8 {
		k.Hint = ui.Bind("H", l.T(locale.HintHelp), "H")
	}
	k.Hint.SetEnabled(hint && !feedback)
	return k
}

func (k quizKeys) ShortHelp() []key.Binding {
	back, help := ui.Hint("esc", k.l.T(locale.KeyBack), k.Back), ui.Hint("?", k.l.T(locale.KeyHelp), k.global.Help)
	switch {
	case k.intro:
		return []key.Binding{ui.Hint("enter", k.l.T(locale.KeyStart), k.Start), back, help}
	case k.feedback:
		next := k.l.T(locale.KeyNextquestion)
		if k.last {
			next = k.l.T(locale.KeyToresult)
		}
		return []key.Binding{ui.Hint("enter", next, k.Next), k.scroll.hint(k.l), back, help}
	case k.multiple:
		return []key.Binding{ui.Hint("↑/↓", k.l.T(locale.KeyChoose), k.Up, k.Down), ui.Hint(k.l.T(locale.KeySpace), k.l.T(locale.KeyTick), k.Tick),
			ui.Hint("enter", k.l.T(locale.KeyConfirm), k.Answer), k.hint(), back}
	}
	return []key.Binding{ui.Hint("↑/↓", k.l.T(locale.KeyChoose), k.Up, k.Down), ui.Hint("enter", k.l.T(locale.KeyAnswer), k.Answer), k.hint(), back, help}
}

// hint is the footer's hint key: shown only when the question has a hint
// (help.Model leaves a disabled binding out).
func (k quizKeys) hint() key.Binding {
	b := ui.Hint(k.Hint.Help().Key, k.l.T(locale.HintKey), k.Hint)
	b.SetEnabled(k.Hint.Enabled())
	return b
}

func (k quizKeys) FullHelp() [][]key.Binding {
	if k.intro {
		return [][]key.Binding{{k.Start}, k.scroll.list(), {k.Back}, k.global.List()}
	}
	if k.feedback {
		return [][]key.Binding{{k.Next}, k.scroll.list(), {k.Back}, k.global.List()}
	}
	return [][]key.Binding{{k.Up, k.Down, k.Option, k.Tick, k.Answer, k.Hint, k.PageDown, k.PageUp}, {k.Back}, k.global.List()}
}

// resultKeys are the keys of a quiz's result.
type resultKeys struct {
	Retake, Home key.Binding
	scroll       scrollKeys
	global       ui.Global
	l            locale.Lang
}

func newResultKeys(l locale.Lang) resultKeys {
	return resultKeys{
		Retake: ui.Bind("r", l.T(locale.HelpRetake), "r"),
		Home:   ui.Bind("enter  esc  backspace", l.T(locale.HelpHome), "enter", "esc", "backspace"),
		scroll: newScrollKeys(l),
		global: newGlobalKeys(l, false),
		l:      l,
	}
}

func (k resultKeys) ShortHelp() []key.Binding {
	return []key.Binding{
		ui.Hint("r", k.l.T(locale.KeyRetake), k.Retake),
		ui.Hint("enter", k.l.T(locale.KeyHome), k.Home),
		k.scroll.hint(k.l),
		ui.Hint("q", k.l.T(locale.KeyQuit), k.global.Quit),
	}
}

func (k resultKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Retake, k.Home}, k.scroll.list(), k.global.List()}
}

// formKeys are the keys of the certificate and results forms. While a
// field is being typed in, every other key is the field's.
type formKeys struct {
	Next, Prev, Enter, Back, Edit, Done key.Binding
	global                              ui.Global
	l                                   locale.Lang
	done                                bool // the files are written
	last                                bool // the cursor is in the last field
	join                                bool // the workshop's form: one field, and Enter joins
}

// newFormKeys is the keymap of a form: done once its files are written;
// while they are being made (busy) only ctrl+c works.
func newFormKeys(l locale.Lang, done, busy bool) formKeys {
	k := formKeys{
		Next:   ui.Bind("tab  ↓", l.T(locale.HelpNextfield), "tab", "down"),
		Prev:   ui.Bind("shift+tab  ↑", l.T(locale.HelpPrevfield), "shift+tab", "up"),
		Enter:  ui.Bind("enter", l.T(locale.HelpMake), "enter"),
		Back:   ui.Bind("esc", l.T(locale.HelpHome), "esc"),
		Edit:   ui.Bind("←  →  home  end  backspace  delete", l.T(locale.HelpEdit), "left", "right", "home", "end", "backspace", "delete"),
		Done:   ui.Bind("enter  esc", l.T(locale.HelpHome), "enter", "esc"),
		global: newGlobalKeys(l, !done),
		l:      l,
		done:   done,
	}
	for _, b := range []*key.Binding{&k.Next, &k.Prev, &k.Enter, &k.Back, &k.Edit} {
		b.SetEnabled(!done && !busy)
	}
	k.Done.SetEnabled(done)
	return k
}

// atLast is the keymap with the cursor in the form's last field, where
// Enter makes the files; in the others it goes to the next field, and the
// footer says that.
func (k formKeys) atLast(last bool) formKeys {
	k.last = last
	return k
}

// forWorkshop is the keymap of the workshop's form: one field, so no
// other field to go to, and Enter joins instead of making files.
func (k formKeys) forWorkshop() formKeys {
	k.Next.SetEnabled(false)
	k.Prev.SetEnabled(false)
	k.Enter.SetHelp("enter", k.l.T(locale.HelpJoin))
	k.join = true
	return k
}

func (k formKeys) ShortHelp() []key.Binding {
	if k.done {
		return []key.Binding{ui.Hint("enter", k.l.T(locale.KeyHome), k.Done)}
	}
	if k.join {
		return []key.Binding{
			ui.Hint("enter", k.l.T(locale.KeyJoin), k.Enter),
			ui.Hint("esc", k.l.T(locale.KeyBack), k.Back),
		}
	}
	enter := k.l.T(locale.KeyNextfield)
	if k.last {
		enter = k.l.T(locale.KeyMake)
	}
	return []key.Binding{
		ui.Hint("tab", k.l.T(locale.KeyFields), k.Next),
		ui.Hint("enter", enter, k.Enter),
		ui.Hint("esc", k.l.T(locale.KeyBack), k.Back),
	}
}

func (k formKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Enter, k.Back, k.Edit, k.Done}, k.global.List()}
}

var (
	_ help.KeyMap = homeKeys{}
	_ help.KeyMap = readerKeys{}
	_ help.KeyMap = pagerKeys{}
	_ help.KeyMap = quizKeys{}
	_ help.KeyMap = resultKeys{}
	_ help.KeyMap = formKeys{}
)
