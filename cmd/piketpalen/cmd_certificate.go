package main

import (
	"errors"
	"fmt"
	"piketpalen/internal/locale"
	"strings"
	"time"

	"piketpalen/internal/app"
	"piketpalen/internal/certificate"
	"piketpalen/internal/outpath"
	"piketpalen/internal/ui"
)

// certificateCommand is the certificate command; see runCertificate.
func certificateCommand() *command {
	var o struct {
		name, org, out string
		sample         bool
	}
	return &command{
		names:     []string{"certificate", "certificaat"},
		usage:     locale.CertificateUsage,
		usageArgs: []any{certificate.SpecimenMark},
		flags: func(fs *flagSet) {
			fs.text(&o.name, "name", "", locale.CliArgName, locale.CertificateFlagName)
			fs.text(&o.org, "org", "", locale.CliArgOrg, locale.CliFlagOrg)
			fs.text(&o.out, "out", "", locale.CliArgPath, locale.CertificateFlagOut)
			fs.toggle(&o.sample, "sample", locale.CertificateFlagSample)
		},
		run: func(inv *invocation) int { return runCertificate(inv, o.name, o.org, o.out, o.sample) },
	}
}

// runCertificate makes the learner's certificate from their saved progress,
// or with --sample a specimen. Its messages are in the language --lang
// names, else the one remembered in the learner's settings once they are
// read, else Dutch; the certificate itself is Dutch. Exit 0 when written, 1
// when modules are not passed yet or writing fails, 2 on a usage error.
func runCertificate(inv *invocation, name, org, out string, sample bool) int {
	l, stdout, stderr := inv.lang(), inv.stdout, inv.stderr
	if sample {
		return runCertificateSample(l, out, inv.g.data, inv.g.course, stdout, stderr)
	}
	// A usage error is reported before anything is read or made, in the
	// language of --lang or Dutch; after the progress is read, the messages
	// are in the language the learner chose.
	if strings.TrimSpace(name) == "" {
		return inv.fail(2, l.T(locale.CertificateNoname))
	}
	ls, code := openLearner(inv)
	if ls == nil {
		return code
	}
	defer ls.store.Close()
	store, st, c, l := ls.store, ls.st, ls.c, ls.l
	where := app.Where{
		Folder: app.OutDir(store.Dir()),
		Out:    out,
		Guard:  outpath.Guard{Protected: store.Files(), Folders: courseFolders(inv.g.course)},
		KeyDir: store.Dir(),
	}
	made, err := app.IssueCertificate(c, st, app.Person{Name: name, Organisation: org}, where, time.Now())
	var np *certificate.NotPassedError
	if errors.As(err, &np) {
		fmt.Fprintln(stderr, l.T(locale.CertificateNotpassed))
		for _, m := range np.Missing {
			fmt.Fprintf(stderr, "  - %s (%s)\n", m.Title, m.ID)
			if why := ui.Why(l, st.Status(m)); why != "" {
				fmt.Fprintf(stderr, "    %s\n", why)
			}
		}
		return 1
	}
	if msg, ok := app.Problem(l, err); ok {
		return inv.fail(problemStatus(err), msg)
	}
	if err != nil {
		return inv.fail(1, l.T(locale.CertificateFailed, err))
	}
	app.Remember(st, made.For)
	if err := store.Save(st); err != nil {
		inv.warn(l.T(locale.CliNamenotsaved, err))
	}
	fmt.Fprintf(stdout, "%s\n  %s\n  %s\n%s\n", l.T(locale.CertificateWritten), made.PDF, made.JSON, l.T(locale.CertificateCheckwith, made.PDF))
	return 0
}
