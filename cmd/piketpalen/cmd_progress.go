package main

import (
	"errors"
	"fmt"
	"io/fs"

	"piketpalen/internal/fileread"
	"piketpalen/internal/locale"
	"piketpalen/internal/ui"
	"piketpalen/progress"
)

// subcommand is one verb of a command that has several ("progress merge").
type subcommand struct {
	name string
	args int // how many arguments it takes after its name
	// optional is how many more it may take ("gift export [MODULE]")
	optional int
	run      func(inv *invocation, args []string) int
}

// progressSubcommands are what "piketpalen progress" does.
var progressSubcommands = []subcommand{
	{name: "merge", args: 1, run: runProgressMerge},
}

// progressCommand is the progress command: things done with the learner's
// progress file as a whole.
func progressCommand() *command {
	return &command{
		names: []string{"progress", "voortgang"},
		usage: locale.ProgressUsage,
		most:  -1,
		run:   func(inv *invocation) int { return runSubcommand(inv, progressSubcommands) },
	}
}

// runSubcommand runs the subcommand the first argument names, with the
// rest; the usage and exit 2 when it names none, or with other arguments.
func runSubcommand(inv *invocation, subs []subcommand) int {
	if len(inv.args) > 0 {
		for _, s := range subs {
			if n := len(inv.args) - 1; s.name == inv.args[0] && n >= s.args && n <= s.args+s.optional {
				return s.run(inv, inv.args[1:])
			}
		}
	}
	inv.usage(inv.stderr, inv.lang())
	return 2
}

// runProgressMerge merges another progress file into the learner's own:
// `piketpalen progress merge BESTAND [--data MAP]` (see
// progress.Store.MergeFile), and says what it added. Exit 0 when merged
// (also when nothing was new), 1 when the file cannot be used or the
// progress cannot be read or saved.
func runProgressMerge(inv *invocation, args []string) int {
	path := args[0]
	ls, code := openProgress(inv)
	if ls == nil {
		return code
	}
	defer ls.store.Close()
	store, l := ls.store, ls.l
	done, err := store.MergeFile(path)
	for _, n := range ui.Notices(l, store.Notices()) {
		fmt.Fprintln(inv.stderr, n)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return inv.fail(1, l.T(locale.ProgressMissing, path))
	case errors.Is(err, progress.ErrNewerSchema):
		return inv.fail(1, l.T(locale.ProgressNewer, path))
	case errors.Is(err, fileread.ErrNotRegular):
		return inv.fail(1, l.T(locale.ProgressNotafile, path))
	case errors.Is(err, progress.ErrDamaged):
		return inv.fail(1, l.T(locale.ProgressUnusable, path))
	case errors.Is(err, progress.ErrMergeFile):
		return inv.fail(1, l.T(locale.ProgressUnreadable, path, progress.Cause(err)))
	case err != nil:
		return inv.fail(1, l.T(locale.ProgressFailed, err))
	}
	for _, m := range done.Twice {
		fmt.Fprintln(inv.stdout, l.T(locale.ProgressTwice, m))
	}
	if done.Attempts == 0 && done.Pages == 0 {
		fmt.Fprintln(inv.stdout, l.T(locale.ProgressNothing, path, store.Dir()))
		return 0
	}
	fmt.Fprintln(inv.stdout, l.T(locale.ProgressDone, path,
		l.N(locale.ProgressAttempts, done.Attempts), l.N(locale.ProgressPages, done.Pages), store.Dir()))
	return 0
}
