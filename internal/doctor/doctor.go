// Package doctor checks whether piketpalen can work on this computer: the
// course, the data folder, the terminal. A trainer or a helpdesk runs it on a
// locked-down laptop before a workshop and gets an answer in plain words, in
// Dutch or English.
package doctor

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/charmbracelet/colorprofile"
	xterm "github.com/charmbracelet/x/term"

	"piketpalen/course"
	"piketpalen/internal/fileread"
	"piketpalen/internal/locale"
	"piketpalen/internal/textwrap"
	"piketpalen/progress"
)

// Result is one check and what it found.
type Result struct {
	ID       string // the check, not translated: "course", "data", "portable", "write", "progress", "terminal", "colour", "utf8", "console"
	Name     string // the check, in the language of the run
	Finding  string
	OK       bool
	Blocking bool // the course cannot be used until this is solved
}

// Input is what the checks look at.
type Input struct {
	DataFlag  string         // value of --data
	Course    *course.Course // nil when it failed to load
	CourseErr error
	Out       io.Writer // the program's output, to see whether it is a terminal
	Environ   []string
	Lang      locale.Lang // the language of the names and findings; Dutch when empty
}

// Run performs every check, in the order they are shown.
func Run(in Input) []Result {
	var rs []Result
	rs = append(rs, checkCourse(in))
	rs = append(rs, checkData(in)...)
	rs = append(rs, checkTerminal(in)...)
	return rs
}

// Blocked reports whether any result blocks use of the course.
func Blocked(rs []Result) bool {
	for _, r := range rs {
		if r.Blocking && !r.OK {
			return true
		}
	}
	return false
}

// Print writes the results as an aligned list with a verdict per line, in
// language l.
func Print(w io.Writer, l locale.Lang, rs []Result) {
	okMark, errMark, warnMark := l.T(locale.DoctorMarkOk), l.T(locale.DoctorMarkError), l.T(locale.DoctorMarkWarn)
	markW := max(runes(okMark), runes(errMark), runes(warnMark))
	width := 0
	for _, r := range rs {
		width = max(width, runes(r.Name))
	}
	for _, r := range rs {
		mark := okMark
		switch {
		case !r.OK && r.Blocking:
			mark = errMark
		case !r.OK:
			mark = warnMark
		}
		// the finding wraps at 80 columns, hanging under itself, so a
		// helpdesk reads it in any console; it breaks only at spaces, so a
		// path in it stays whole to copy
		lead := pad(mark, markW) + " " + pad(r.Name, width) + "  "
		hang := strings.Repeat(" ", runes(lead))
		for i, line := range strings.Split(textwrap.Wrap(r.Finding, max(printWidth-runes(lead), 20)), "\n") {
			if i == 0 {
				fmt.Fprintln(w, lead+strings.TrimRight(line, " "))
			} else {
				fmt.Fprintln(w, hang+strings.TrimRight(line, " "))
			}
		}
	}
}

// printWidth is the width Print wraps the findings at: what an 80-column
// console shows without wrapping a line itself.
const printWidth = 80

// DataRule words src, the rule by which progress.Dir chose the data
// folder, in language l.
func DataRule(l locale.Lang, src progress.Source) string {
	switch src {
	case progress.Default:
		return l.T(locale.DoctorHowDefault)
	case progress.Portable:
		return l.T(locale.DoctorHowPortable)
	case progress.DefaultNotPortable:
		return l.T(locale.DoctorHowPortablereadonly, progress.PortableDirName)
	case progress.FromEnv:
		return progress.EnvData
	}
	return "--data"
}

func runes(s string) int { return len([]rune(s)) }

// pad fills s with spaces to width runes.
func pad(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-runes(s)))
}

func checkCourse(in Input) Result {
	r := Result{ID: "course", Name: in.Lang.T(locale.DoctorCheckCourse), Blocking: true}
	if in.CourseErr != nil {
		r.Finding = in.CourseErr.Error()
		return r
	}
	c := in.Course
	r.OK, r.Finding = true, in.Lang.T(locale.DoctorCourse, c.Title, c.Version, c.AsOf.Format("2006-01-02"), len(c.Modules))
	return r
}

func checkData(in Input) []Result {
	l := in.Lang
	dir, how, err := progress.Dir(in.DataFlag)
	if err != nil {
		return []Result{{ID: "data", Name: l.T(locale.DoctorCheckData), Finding: err.Error(), Blocking: true}}
	}
	rs := []Result{{ID: "data", Name: l.T(locale.DoctorCheckData), OK: true, Finding: l.T(locale.DoctorData, dir, DataRule(l, how))}}
	portable := l.T(locale.DoctorPortableOff, progress.PortableDirName)
	switch how {
	case progress.Portable:
		portable = l.T(locale.DoctorPortableOn)
	case progress.DefaultNotPortable:
		portable = l.T(locale.DoctorPortableReadonly, progress.PortableDirName)
	}
	rs = append(rs, Result{ID: "portable", Name: l.T(locale.DoctorCheckPortable), OK: true, Finding: portable})
	rs = append(rs, checkWritable(l, dir))
	return append(rs, checkProgress(l, dir))
}

// checkProgress reads the progress file as the course does at start: a
// folder, a FIFO or a device in its place, or a file of a newer version,
// stop the course; a damaged file does not (the course moves it aside and
// recovers from the backup), but the learner should know.
func checkProgress(l locale.Lang, dir string) Result {
	file := filepath.Join(dir, progress.FileName)
	r := Result{ID: "progress", Name: l.T(locale.DoctorCheckProgress), OK: true}
	fi, err := os.Stat(file)
	if os.IsNotExist(err) {
		r.Finding = l.T(locale.DoctorProgressNone)
		return r
	}
	if err == nil {
		var s *progress.Store
		if s, err = progress.Open(dir); err == nil {
			err = s.CheckFile()
			s.Close()
		}
	}
	switch {
	case err == nil:
		r.Finding = l.T(locale.DoctorProgressSize, file, fi.Size())
	case errors.Is(err, progress.ErrDamaged):
		r.OK, r.Finding = false, l.T(locale.DoctorProgressDamaged, file)
	case errors.Is(err, progress.ErrNewerSchema):
		r.OK, r.Blocking, r.Finding = false, true, l.T(locale.DoctorProgressNewer, file)
	case errors.Is(err, fileread.ErrNotRegular):
		r.OK, r.Blocking, r.Finding = false, true, l.T(locale.DoctorProgressNotregular, file)
	default:
		r.OK, r.Blocking, r.Finding = false, true, l.T(locale.DoctorProgressUnreadable, file, unwrapPath(err))
	}
	return r
}

// checkWritable creates the folder if needed and does there what a save
// does (progress.Store.CheckSave), leaving at most the lock file that any
// start of the course leaves.
func checkWritable(l locale.Lang, dir string) Result {
	r := Result{ID: "write", Name: l.T(locale.DoctorCheckWrite), Blocking: true}
	if top := firstMissing(dir); top != "" {
		defer os.RemoveAll(top)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		r.Finding = l.T(locale.DoctorWriteMkdir, dir, unwrapPath(err))
		return r
	}
	// What a save does, short of saving: take the lock, write and flush
	// a file of the program's own temporary name, remove it. Only creating
	// a file, as before, said ok on a full disk.
	s, err := progress.Open(dir)
	if err == nil {
		err = s.CheckSave()
		s.Close()
	}
	if err != nil {
		r.Finding = l.T(locale.DoctorWriteFail, dir, unwrapPath(err))
		return r
	}
	r.OK, r.Finding = true, l.T(locale.DoctorWriteOk)
	return r
}

// firstMissing returns the outermost folder of dir's path that does not
// exist yet, so the check can remove exactly what it made; "" when dir exists.
func firstMissing(dir string) string {
	top := ""
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); !os.IsNotExist(err) {
			return top
		}
		top = d
		if filepath.Dir(d) == d {
			return top
		}
	}
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func checkTerminal(in Input) []Result {
	l := in.Lang
	var rs []Result
	term := Result{ID: "terminal", Name: l.T(locale.DoctorCheckTerminal)}
	f, isFile := in.Out.(interface{ Fd() uintptr })
	tty := isFile && xterm.IsTerminal(f.Fd())
	if !tty {
		term.OK, term.Finding = true, l.T(locale.DoctorTerminalNotty)
	} else if w, h, err := xterm.GetSize(f.Fd()); err != nil {
		term.Finding = l.T(locale.DoctorTerminalNosize, err)
	} else if w < 80 || h < 24 {
		term.Finding = l.T(locale.DoctorTerminalSmall, w, h)
	} else {
		term.OK, term.Finding = true, fmt.Sprintf("%d×%d", w, h)
	}
	rs = append(rs, term)
	prof := colorprofile.Detect(in.Out, in.Environ)
	colour := l.T(map[colorprofile.Profile]locale.Key{
		colorprofile.TrueColor: locale.DoctorColourTrue,
		colorprofile.ANSI256:   locale.DoctorColour256,
		colorprofile.ANSI:      locale.DoctorColour16,
		colorprofile.Ascii:     locale.DoctorColourAscii,
		colorprofile.NoTTY:     locale.DoctorColourNotty,
	}[prof])
	if getenv(in.Environ, "NO_COLOR") != "" {
		colour += l.T(locale.DoctorColourNocolor)
	}
	rs = append(rs, Result{ID: "colour", Name: l.T(locale.DoctorCheckColour), OK: true, Finding: colour})
	rs = append(rs, checkUTF8(l, in.Environ, tty))
	if r, ok := checkConsole(l, runtime.GOOS, tty, in.Environ); ok {
		rs = append(rs, r)
	}
	return rs
}

// checkConsole names the kind of Windows console the output goes to. There
// is none to name when the output is redirected to a file or a pipe, nor on
// other systems; ok is false then.
func checkConsole(l locale.Lang, goos string, tty bool, env []string) (r Result, ok bool) {
	if goos != "windows" || !tty {
		return Result{}, false
	}
	kind := l.T(locale.DoctorConsoleConhost)
	if getenv(env, "WT_SESSION") != "" {
		kind = "Windows Terminal"
	}
	return Result{ID: "console", Name: l.T(locale.DoctorCheckConsole), OK: true, Finding: kind}, true
}

// checkUTF8 says whether ë and é will come out right; tty tells whether the
// output is a terminal (a console on Windows) or redirected.
func checkUTF8(l locale.Lang, env []string, tty bool) Result {
	r := Result{ID: "utf8", Name: "UTF-8"}
	if ok, how := consoleUTF8(l, env, tty); ok {
		r.OK, r.Finding = true, how
	} else {
		r.Finding = l.T(locale.DoctorUtf8Bad, how)
	}
	return r
}

// localeUTF8 reads the Unix locale variables in their order of precedence.
func localeUTF8(l locale.Lang, env []string) (bool, string) {
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := getenv(env, k); v != "" {
			u := strings.ToUpper(v)
			if strings.Contains(u, "UTF-8") || strings.Contains(u, "UTF8") {
				return true, l.T(locale.DoctorUtf8Yes, k, v)
			}
			return false, l.T(locale.DoctorUtf8No, k, v)
		}
	}
	return false, l.T(locale.DoctorUtf8Unset)
}

func getenv(env []string, key string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(env[i], "="); ok && k == key {
			return v
		}
	}
	return ""
}
