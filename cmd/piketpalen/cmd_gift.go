package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/atomicfile"
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
	path, err := writeOutput(l, inv, out, "vragen.gift", buf.Bytes())
	if err != nil {
		return inv.fail(1, err.Error())
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
	var keep gift.Kept
	if module != "" {
		// a pool already there keeps its draw and discussion questions
		if old, err := fileread.Bounded(filepath.Join(module, "questions.yaml"), 64<<20); err == nil {
			keep = gift.Keep(old)
		}
	}
	var buf bytes.Buffer
	if err := gift.WriteYAML(&buf, qs, keep); err != nil {
		return inv.fail(1, l.T(locale.GiftFailed, err))
	}
	if module == "" {
		inv.stdout.Write(buf.Bytes())
	} else {
		if err := os.MkdirAll(module, 0o755); err != nil {
			return inv.fail(1, l.T(locale.GiftFailed, err))
		}
		path, err := writeOutput(l, inv, filepath.Join(module, "questions.yaml"), "questions.yaml", buf.Bytes())
		if err != nil {
			return inv.fail(1, err.Error())
		}
		fmt.Fprintln(inv.stdout, l.T(locale.GiftImported, l.N(locale.GiftQuestions, len(qs)), file, path))
	}
	if len(res.Problems) > 0 {
		fmt.Fprintln(inv.stderr, l.T(locale.GiftSkipped, l.N(locale.GiftQuestions, len(res.Problems))))
	}
	return 0
}

// writeOutput writes data to the file out names (a folder: name inside
// it), guarded like every output (package outpath), and returns its path;
// the error is worded in language l.
func writeOutput(l locale.Lang, inv *invocation, out, name string, data []byte) (string, error) {
	path, err := outpath.Resolve(out, name)
	if err == nil {
		err = outpath.Guard{Folders: courseFolders(inv.g.course)}.Check(path)
	}
	if msg, ok := app.Problem(l, err); ok {
		return "", fmt.Errorf("%s", msg)
	}
	if err != nil {
		return "", fmt.Errorf("%s", l.T(locale.GiftFailed, err))
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return "", fmt.Errorf("%s", l.T(locale.GiftFailed, err))
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return path, nil
}
