// Package doctor checks whether piketpalen can work on this computer: the
// course, the data folder, the terminal. A trainer or a helpdesk runs it on a
// locked-down laptop before a workshop and gets an answer in plain words.
package doctor

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"piketpalen/course"
	"piketpalen/progress"
)

// Result is one check and what it found.
type Result struct {
	Name     string
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

// Print writes the results as an aligned list with a verdict per line.
func Print(w io.Writer, rs []Result) {
	width := 0
	for _, r := range rs {
		width = max(width, len([]rune(r.Name)))
	}
	for _, r := range rs {
		mark := "ok  "
		switch {
		case !r.OK && r.Blocking:
			mark = "FOUT"
		case !r.OK:
			mark = "let op"
		}
		fmt.Fprintf(w, "%-6s %s%s  %s\n", mark, r.Name, strings.Repeat(" ", width-len([]rune(r.Name))), r.Finding)
	}
}

func checkCourse(in Input) Result {
	if in.CourseErr != nil {
		return Result{Name: "cursus", Finding: in.CourseErr.Error(), Blocking: true}
	}
	c := in.Course
	return Result{Name: "cursus", OK: true, Blocking: true, Finding: fmt.Sprintf("%s, versie %s, stand van zaken %s, %d modules",
		c.Title, c.Version, c.AsOf.Format("2006-01-02"), len(c.Modules))}
}

func checkData(in Input) []Result {
	dir, how, err := progress.Dir(in.DataFlag)
	if err != nil {
		return []Result{{Name: "gegevensmap", Finding: err.Error(), Blocking: true}}
	}
	rs := []Result{{Name: "gegevensmap", OK: true, Finding: fmt.Sprintf("%s (gekozen: %s)", dir, how)}}
	portable := "uit: geen map " + progress.PortableDirName + " naast het programma"
	switch {
	case strings.HasPrefix(how, "draagbaar"):
		portable = "aan: je voortgang staat naast het programma"
	case strings.Contains(how, progress.PortableDirName):
		portable = "uit: de map " + progress.PortableDirName + " naast het programma is niet beschrijfbaar"
	}
	rs = append(rs, Result{Name: "draagbare modus", OK: true, Finding: portable})
	rs = append(rs, checkWritable(dir))
	file := filepath.Join(dir, "progress.json")
	switch st, err := os.Stat(file); {
	case err == nil:
		rs = append(rs, Result{Name: "voortgang", OK: true, Finding: fmt.Sprintf("%s (%d bytes)", file, st.Size())})
	case os.IsNotExist(err):
		rs = append(rs, Result{Name: "voortgang", OK: true, Finding: "nog geen voortgang opgeslagen"})
	default:
		rs = append(rs, Result{Name: "voortgang", Finding: fmt.Sprintf("%s is niet te lezen: %v", file, err), Blocking: true})
	}
	return rs
}

// checkWritable creates the folder if needed and writes and removes a test
// file in it, the way a save would.
func checkWritable(dir string) Result {
	r := Result{Name: "schrijven", Blocking: true}
	if top := firstMissing(dir); top != "" {
		defer os.RemoveAll(top)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		r.Finding = fmt.Sprintf("de map %s kan niet worden gemaakt: %v. Kies een andere map met --data MAP.", dir, unwrapPath(err))
		return r
	}
	f, err := os.CreateTemp(dir, ".doctor-*")
	if err != nil {
		r.Finding = fmt.Sprintf("in %s kan niet worden geschreven: %v. Je voortgang zou niet bewaard worden; kies een andere map met --data MAP.", dir, unwrapPath(err))
		return r
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	r.OK, r.Finding = true, "je voortgang kan worden bewaard"
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
	var rs []Result
	f, isFile := in.Out.(interface{ Fd() uintptr })
	if !isFile || !term.IsTerminal(f.Fd()) {
		rs = append(rs, Result{Name: "terminal", OK: true, Finding: "uitvoer is geen terminal: de cursus start dan als gewone tekst (--plain)"})
	} else if w, h, err := term.GetSize(f.Fd()); err != nil {
		rs = append(rs, Result{Name: "terminal", Finding: fmt.Sprintf("grootte onbekend: %v", err)})
	} else if w < 80 || h < 24 {
		rs = append(rs, Result{Name: "terminal", Finding: fmt.Sprintf("%d×%d: kleiner dan 80×24; maak het venster groter, of gebruik --plain", w, h)})
	} else {
		rs = append(rs, Result{Name: "terminal", OK: true, Finding: fmt.Sprintf("%d×%d", w, h)})
	}
	prof := colorprofile.Detect(in.Out, in.Environ)
	colour := map[colorprofile.Profile]string{
		colorprofile.TrueColor: "16 miljoen kleuren",
		colorprofile.ANSI256:   "256 kleuren",
		colorprofile.ANSI:      "16 kleuren",
		colorprofile.Ascii:     "geen kleur (tekst en vet)",
		colorprofile.NoTTY:     "geen kleur (geen terminal)",
	}[prof]
	if getenv(in.Environ, "NO_COLOR") != "" {
		colour += "; NO_COLOR is gezet, dus zonder kleur"
	}
	rs = append(rs, Result{Name: "kleuren", OK: true, Finding: colour})
	rs = append(rs, checkUTF8(in.Environ))
	if runtime.GOOS == "windows" {
		kind := "klassieke console (conhost): werkt, maar Windows Terminal toont de cursus mooier"
		if getenv(in.Environ, "WT_SESSION") != "" {
			kind = "Windows Terminal"
		}
		rs = append(rs, Result{Name: "Windows-console", OK: true, Finding: kind})
	}
	return rs
}

func checkUTF8(env []string) Result {
	r := Result{Name: "UTF-8"}
	if ok, how := consoleUTF8(env); ok {
		r.OK, r.Finding = true, how
	} else {
		r.Finding = how + "; letters als ë en é kunnen verkeerd verschijnen"
	}
	return r
}

// localeUTF8 reads the Unix locale variables in their order of precedence.
func localeUTF8(env []string) (bool, string) {
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := getenv(env, k); v != "" {
			u := strings.ToUpper(v)
			if strings.Contains(u, "UTF-8") || strings.Contains(u, "UTF8") {
				return true, fmt.Sprintf("ja (%s=%s)", k, v)
			}
			return false, fmt.Sprintf("nee (%s=%s)", k, v)
		}
	}
	return false, "onbekend: LANG, LC_CTYPE en LC_ALL zijn niet gezet"
}

func getenv(env []string, key string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(env[i], "="); ok && k == key {
			return v
		}
	}
	return ""
}
