package main

import (
	"bufio"
	"fmt"
	"strings"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
)

// privacyCommand is the privacy command; see runPrivacy.
func privacyCommand() *command {
	var o struct {
		out string
		yes bool
	}
	return &command{
		names: []string{"privacy"},
		usage: locale.PrivacyUsage,
		most:  1,
		flags: func(fs *flagSet) {
			fs.text(&o.out, "out", "", locale.CliArgPath, locale.PrivacyFlagOut)
			fs.toggle(&o.yes, "yes", locale.PrivacyFlagYes)
		},
		run: func(inv *invocation) int { return runPrivacy(inv, o.out, o.yes) },
	}
}

// confirmIn reports whether a confirmation can be typed on in: a terminal.
// A test replaces it to type one.
var confirmIn = isTerminal

// runPrivacy tells the learner what piketpalen keeps about them
// (`piketpalen privacy`), writes it all to one file (`privacy export
// [--out BESTAND]`), or deletes it (`privacy delete [--yes]`) after a typed
// confirmation, which only a terminal can give: without one --yes is
// required. Exit 0 when done, 1 when it failed or was not confirmed, 2 on a
// usage error.
func runPrivacy(inv *invocation, out string, yes bool) int {
	sub := ""
	if len(inv.args) > 0 {
		sub = inv.args[0]
	}
	if sub != "" && sub != "export" && sub != "delete" {
		return inv.fail(2, inv.lang().T(locale.PrivacyBadsub, sub))
	}
	ls, code := openProgress(inv) // the course plays no part: it need not load
	if ls == nil {
		return code
	}
	defer ls.store.Close()
	l := ls.l
	p := app.PrivacyOf(ls.store, ls.st)
	switch sub {
	case "":
		fmt.Fprint(inv.stdout, ui.Paras(l.T(locale.PrivacyTitle)+"\n\n"+p.Text(l), 79))
	case "export":
		path, err := app.ExportPrivacy(p, l, learnerWhere(inv, ls, out), time.Now())
		if msg, ok := app.Problem(l, err); ok {
			return inv.fail(1, msg)
		}
		if err != nil {
			return inv.fail(1, l.T(locale.PrivacyFailed, err))
		}
		fmt.Fprintf(inv.stdout, "%s\n  %s\n", l.T(locale.PrivacyExported), path)
	case "delete":
		if !yes {
			if !confirmIn(inv.stdin) {
				return inv.fail(1, l.T(locale.PrivacyNeedyes))
			}
			word := l.T(locale.PrivacyConfirmword)
			fmt.Fprint(inv.stdout, l.T(locale.PrivacyConfirm, p.DataDir, word))
			answer, _ := bufio.NewReader(inv.stdin).ReadString('\n')
			if !strings.EqualFold(strings.TrimSpace(answer), word) {
				fmt.Fprintln(inv.stdout, l.T(locale.PrivacyCancelled))
				return 1
			}
		}
		removed, err := app.DeleteData(ls.store)
		fmt.Fprintln(inv.stdout, l.T(locale.PrivacyDeleted, len(removed)))
		for _, r := range removed {
			fmt.Fprintln(inv.stdout, "  "+r)
		}
		if err != nil {
			return inv.fail(1, l.T(locale.PrivacyFailed, err))
		}
	}
	return 0
}
