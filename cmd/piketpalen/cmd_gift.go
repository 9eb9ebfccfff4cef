package main

import (
	"bytes"
	"fmt"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/fileread"
	"piketpalen/internal/gift"
	"piketpalen/internal/locale"
	"piketpalen/internal/outpath"
)

// giftCommand is the gift command: the question pools to and from GIFT,
// Moodle's question format (package gift).
func giftCommand() *command {
	var o struct{ out, module string }
	subs := []subcommand{
		{name: "export", args: 0, optional: 1, run: func(inv *invocation, args []string) int { return runGiftExport(inv, args, o.out) }},
		{name: "import", args: 1, run: func(inv *invocation, args []string) int { return runGiftImport(inv, args[0], o.module) }},
	}
	return &command{
		names: []string{"gift"},
		usage: locale.GiftUsage,
		most:  -1,
		flags: func(fs *flagSet) {
			fs.text(&o.out, "out", "", locale.CliArgFile, locale.GiftFlagOut)
			fs.text(&o.module, "module", "", locale.CliArgDir, locale.GiftFlagModule)
		},
		run: func(inv *invocation) int { return runSubcommand(inv, subs) },
	}
}

// runGiftExport writes the pool of one module, or of the whole course, as
// GIFT: `piketpalen gift export [MODULE] [--out BESTAND] [--course MAP]`.
// Exit 0 when written, 1 when the course or the file fails, 2 for an
// unknown module.
func runGiftExport(inv *invocation, args []string, out string) int {
	l := inv.lang()
	c, err := app.LoadCourse(l, inv.g.course, course.Load)
	if err != nil {
		fmt.Fprintln(inv.stderr, err)
		return 1
	}
	mods := c.Modules
	if len(args) == 1 {
		m := c.Find(args[0])
		if m == nil {
			return inv.fail(2, l.T(locale.PrintNomodule, args[0], len(c.Modules), strings.Join(c.IDs(), ", ")))
		}
		mods = []*course.Module{m}
	}
	var buf bytes.Buffer
	if err := gift.Write(&buf, c.Title, mods); err != nil {
		return inv.fail(1, l.T(locale.GiftFailed, err))
	}
	if out == "" {
		inv.stdout.Write(buf.Bytes())
		return 0
	}
	path, err := app.WriteOutput(app.Where{Out: out, Guard: outpath.Guard{Folders: courseFolders(inv.g.course)}}, "vragen.gift", buf.Bytes())
	if err != nil {
		return inv.fail(1, giftProblem(l, err))
	}
	n := 0
	for _, m := range mods {
		n += len(m.Questions)
	}
	fmt.Fprintln(inv.stdout, l.T(locale.GiftExported, l.N(locale.GiftQuestions, n), path))
	return 0
}

// runGiftImport reads a GIFT file and writes its questions as a
// questions.yaml: `piketpalen gift import BESTAND [--module MAP]`. What
// it cannot map is said as file:line on stderr and skipped. Exit 0 when
// written (also with questions skipped), 1 when the file cannot be read,
// holds no usable question or the output cannot be written.
func runGiftImport(inv *invocation, file, module string) int {
	l := inv.lang()
	data, err := fileread.Bounded(file, 64<<20)
	if err != nil {
		return inv.fail(1, l.T(locale.GiftMissing, file))
	}
	res := gift.Parse(data)
	for _, p := range res.Problems {
		fmt.Fprintf(inv.stderr, "%s:%d: %s\n", file, p.Line, p.Text(l))
	}
	qs := res.Questions()
	if len(qs) == 0 {
		return inv.fail(1, l.T(locale.GiftNothing, file))
	}
	if module == "" {
		data, err := app.GiftPool(qs, "")
		if err != nil {
			return inv.fail(1, l.T(locale.GiftFailed, err))
		}
		inv.stdout.Write(data)
	} else {
		path, err := app.ImportGift(qs, module, outpath.Guard{Folders: courseFolders(inv.g.course)})
		if err != nil {
			return inv.fail(1, giftProblem(l, err))
		}
		fmt.Fprintln(inv.stdout, l.T(locale.GiftImported, l.N(locale.GiftQuestions, len(qs)), file, path))
	}
	if len(res.Problems) > 0 {
		fmt.Fprintln(inv.stderr, l.T(locale.GiftSkipped, l.N(locale.GiftQuestions, len(res.Problems))))
	}
	return 0
}

// giftProblem words a failed output of the gift commands: a refused
// place as every command words it (app.Problem), anything else as a
// failure of the gift command.
func giftProblem(l locale.Lang, err error) string {
	if msg, ok := app.Problem(l, err); ok {
		return msg
	}
	return l.T(locale.GiftFailed, err)
}
