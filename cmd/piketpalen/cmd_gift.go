package main

import (
	"errors"
	"fmt"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/fileread"
	"piketpalen/internal/gift"
	"piketpalen/internal/locale"
	"piketpalen/internal/outpath"
)

// giftCommand is the gift command: the question pool to and from GIFT,
// Moodle's question format (package gift).
func giftCommand() *command {
	var o struct{ out, module string }
	subs := []subcommand{
		{name: "export", args: 0, run: func(inv *invocation, args []string) int { return runGIFTExport(inv, args, o.out) }},
		{name: "export", args: 1, run: func(inv *invocation, args []string) int { return runGIFTExport(inv, args, o.out) }},
		{name: "import", args: 1, run: func(inv *invocation, args []string) int { return runGIFTImport(inv, args[0], o.module) }},
	}
	return &command{
		names: []string{"gift"},
		usage: locale.GiftUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.text(&o.out, "out", "", locale.CliArgPath, locale.GiftFlagOut)
			fs.text(&o.module, "module", "", locale.CliArgDir, locale.GiftFlagModule)
		},
		run: func(inv *invocation) int { return runSubcommand(inv, subs) },
	}
}

// runGIFTExport writes the pool of the module args names (the whole course
// without one) as GIFT to --out, else to standard output: `piketpalen gift
// export [MODULE] [--out BESTAND] [--course MAP]`. Exit 0 when written, 1
// when the course or the file fails, 2 for an unknown module.
func runGIFTExport(inv *invocation, args []string, out string) int {
	l := inv.lang()
	if inv.given("module") {
		inv.usage(inv.stderr, l)
		return 2
	}
	c, err := app.LoadCourse(l, inv.g.course, course.Load)
	if err != nil {
		fmt.Fprintln(inv.stderr, err)
		return 1
	}
	var mods []*course.Module
	for _, a := range args {
		m := c.Find(a)
		if m == nil {
			return inv.fail(2, l.T(locale.GiftNomodule, a, len(c.Modules), strings.Join(c.IDs(), ", ")))
		}
		mods = append(mods, m)
	}
	if out == "" {
		if err := gift.Export(inv.stdout, c, mods); err != nil {
			return inv.fail(1, l.T(locale.GiftWritefailed, "-", err))
		}
		return 0
	}
	err = app.ExportGIFT(c, mods, out, outpath.Guard{Folders: courseFolders(inv.g.course)})
	if msg, ok := app.Problem(l, err); ok {
		return inv.fail(1, msg)
	}
	if err != nil {
		return inv.fail(1, l.T(locale.GiftWritefailed, out, err))
	}
	n := 0
	for _, m := range cmpOr(mods, c.Modules) {
		n += len(m.Questions)
	}
	fmt.Fprintf(inv.stdout, "%s\n  %s\n", l.T(locale.GiftExported, n, len(cmpOr(mods, c.Modules))), out)
	return 0
}

// cmpOr is a when it has elements, else b.
func cmpOr[T any](a, b []T) []T {
	if len(a) > 0 {
		return a
	}
	return b
}

// runGIFTImport turns a GIFT file into questions.yaml: `piketpalen gift
// import BESTAND [--module MAP]`. Each question it cannot map is reported
// as file:line and skipped. Exit 0 when written, 1 when the file cannot be
// read or nothing could be taken over or written, 2 for a wrong use.
func runGIFTImport(inv *invocation, file, module string) int {
	l := inv.lang()
	if inv.given("out") {
		inv.usage(inv.stderr, l)
		return 2
	}
	data, err := fileread.Bounded(file, 16<<20)
	if err != nil {
		return inv.fail(1, l.T(locale.GiftUnreadable, file, errors.Unwrap(err)))
	}
	done, problems, err := app.ImportGIFT(data, module, ".", outpath.Guard{Inputs: []string{file}})
	for _, p := range problems {
		fmt.Fprintln(inv.stderr, p.Message(l, file))
	}
	if errors.Is(err, app.ErrNoCategory) {
		return inv.fail(2, l.T(locale.GiftNocategory, file))
	}
	if msg, ok := app.Problem(l, err); ok {
		return inv.fail(1, msg)
	}
	if err != nil {
		return inv.fail(1, l.T(locale.GiftWritefailed, module, err))
	}
	if len(done) == 0 {
		return inv.fail(1, l.T(locale.GiftNoquestions, file))
	}
	for _, d := range done {
		fmt.Fprintln(inv.stdout, l.T(locale.GiftImported, d.Questions, d.Path))
	}
	if len(problems) > 0 {
		fmt.Fprintln(inv.stdout, l.T(locale.GiftSkipped, len(problems)))
	}
	return 0
}
