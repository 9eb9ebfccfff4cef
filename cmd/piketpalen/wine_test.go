package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"piketpalen/internal/buildtest"
	"piketpalen/internal/winresource"
	"piketpalen/progress"
)

// The Windows end-to-end test runs the real piketpalen.exe, cross-compiled
// as it is handed out, under wine in a fresh, throw-away wine prefix. Wine
// 8.0 (Debian 12's) lacks ProcessPrng, which every Go program since Go 1.24
// calls before main; the test builds the stand-in DLL from
// internal/wintest/bcryptprimitives.c with mingw and puts it in the prefix's
// system32 only (see that file for why it exists).
//
// Every step logs what it ran and what came back, so that a run with -v
// shows the whole journey.

// winePrefix is one wine prefix in a temporary folder, with its own home
// folder, so that nothing outside the test's folders is touched.
type winePrefix struct {
	t      *testing.T
	prefix string
	home   string
	env    []string
}

// wineTools returns the wine and mingw commands the test needs, or skips the
// test with one line saying what is missing.
func wineTools(t *testing.T) (wine, gcc string) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: the Windows build under wine is skipped (it takes 15 to 60 seconds)")
	}
	wine, err := exec.LookPath("wine")
	if err != nil {
		t.Skip("wine is not installed; the Windows end-to-end test needs it (apt-get install wine wine64)")
	}
	gcc, err = exec.LookPath("x86_64-w64-mingw32-gcc")
	if err != nil {
		t.Skip("x86_64-w64-mingw32-gcc is not installed; the Windows end-to-end test needs it to build the stand-in bcryptprimitives.dll (apt-get install gcc-mingw-w64-x86-64-win32)")
	}
	return wine, gcc
}

// newWinePrefix makes a fresh prefix with wineboot and puts the stand-in
// bcryptprimitives.dll, built by gcc, in its system32.
func newWinePrefix(t *testing.T, gcc string) *winePrefix {
	t.Helper()
	base := t.TempDir()
	w := &winePrefix{t: t, prefix: filepath.Join(base, "prefix"), home: filepath.Join(base, "home")}
	if err := errors.Join(os.MkdirAll(w.home, 0o755), os.MkdirAll(w.prefix, 0o755)); err != nil {
		t.Fatal(err)
	}
	// No DISPLAY: console programs run without one, and wine must not try
	// to open windows. C.UTF-8 so that wine passes ë in arguments and file
	// names on as UTF-16 correctly.
	w.env = []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + w.home, "USER=leerling",
		"WINEPREFIX=" + w.prefix, "WINEDEBUG=-all", "WINEDLLOVERRIDES=mscoree,mshtml=",
		"LC_ALL=C.UTF-8", "TMPDIR=" + base,
	}
	// One wineserver for the whole test, instead of one started (about two
	// seconds each) for every command. It goes into the background and
	// would keep the output pipes of whoever started it open, so it gets
	// none.
	server := exec.Command("wineserver", "-p")
	server.Env = w.env
	if err := server.Run(); err != nil {
		t.Fatalf("wineserver -p: %v", err)
	}
	t.Cleanup(func() {
		// Stop this prefix's wineserver, and wait for it, before the
		// prefix is removed.
		for _, arg := range []string{"-k", "-w"} {
			cmd := exec.Command("wineserver", arg)
			cmd.Env = w.env
			cmd.Run()
		}
	})
	start := time.Now()
	w.run(2*time.Minute, nil, "wineboot", "-i")
	t.Logf("wineboot -i: fresh prefix in %.1f s", time.Since(start).Seconds())

	dll := filepath.Join(base, "bcryptprimitives.dll")
	src := filepath.Join("..", "..", "internal", "wintest", "bcryptprimitives.c")
	if out, err := exec.Command(gcc, "-shared", "-O2", "-s", "-o", dll, src, "-ladvapi32").CombinedOutput(); err != nil {
		t.Fatalf("build the stand-in DLL: %v\n%s", err, out)
	}
	b, err := os.ReadFile(dll)
	if err != nil {
		t.Fatal(err)
	}
	sys32 := filepath.Join(w.prefix, "drive_c", "windows", "system32")
	if err := os.WriteFile(filepath.Join(sys32, "bcryptprimitives.dll"), b, 0o644); err != nil {
		t.Fatalf("the prefix has no system32: %v", err)
	}
	t.Logf("stand-in bcryptprimitives.dll (%d bytes) built from %s and copied to the prefix's system32", len(b), src)
	return w
}

// winPath is the path wine shows a Unix path as: Z: is the Unix root.
func winPath(p string) string {
	return `Z:` + strings.ReplaceAll(p, "/", `\`)
}

// command prepares argv to run under the prefix's environment.
func (w *winePrefix) command(ctx context.Context, stdin string, argv ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = w.env
	cmd.Dir = w.home
	cmd.WaitDelay = 5 * time.Second // a process left behind must not hold the test
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	return cmd
}

// run runs argv and returns its exit status, stdout and stderr; it fails the
// test when the command cannot be started or runs longer than timeout.
func (w *winePrefix) run(timeout time.Duration, stdin *string, argv ...string) (int, string, string) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	in := ""
	if stdin != nil {
		in = *stdin
	}
	cmd := w.command(ctx, in, argv...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		w.t.Fatalf("%s: still running after %v\nstdout:\n%s\nstderr:\n%s", strings.Join(argv, " "), timeout, out.String(), errb.String())
	}
	code := 0
	if err != nil && !errors.Is(err, exec.ErrWaitDelay) {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			w.t.Fatalf("%s: %v", strings.Join(argv, " "), err)
		}
		code = ee.ExitCode()
	}
	return code, out.String(), errb.String()
}

// exe runs the Windows program under wine with args and optional stdin.
func (w *winePrefix) exe(exe string, stdin string, args ...string) (int, string, string) {
	w.t.Helper()
	var in *string
	if stdin != "" {
		in = &stdin
	}
	return w.run(time.Minute, in, append([]string{"wine", exe}, args...)...)
}

// buildWindowsExe cross-compiles piketpalen.exe the way the hand-out is
// built (CGO_ENABLED=0 GOOS=windows GOARCH=amd64) into dir.
func buildWindowsExe(t *testing.T, dir string) string {
	t.Helper()
	exe := filepath.Join(dir, "piketpalen.exe")
	buildtest.Build(t, exe, ".", buildtest.Windows("amd64"), "-trimpath")
	return exe
}

// firstLines is s cut to n lines, for the log.
func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n    ")
}

// quizInput is the piped input of a plain-mode run that opens module n of
// the test course (4 questions an attempt), goes to its quiz, answers 1 to
// every question, returns to the overview and stops.
func quizInput(n string) string {
	return n + "\ntoets\n" + strings.Repeat("1\n\n", 4) + "\nstop\n"
}

var scoreLine = regexp.MustCompile(`Je score: (\d+)% \((\d) van 4 goed\)`)

func TestWindowsUnderWine(t *testing.T) {
	_, gcc := wineTools(t)
	start := time.Now()
	w := newWinePrefix(t, gcc)
	root := t.TempDir()

	// The program sits in a folder with spaces, with an empty piketpalen-data
	// beside it: portable mode, as in the hand-out zip.
	progDir := filepath.Join(root, "Map met spaties", "piketpalen")
	portable := filepath.Join(progDir, progress.PortableDirName)
	if err := os.MkdirAll(portable, 0o755); err != nil {
		t.Fatal(err)
	}
	buildStart := time.Now()
	exe := buildWindowsExe(t, progDir)
	linux := buildtest.Program(t, "-short: the Windows build under wine is skipped", ".")
	t.Logf("built piketpalen.exe (windows/amd64) and the Linux build in %.1f s", time.Since(buildStart).Seconds())
	valid, err := filepath.Abs(validCourse)
	if err != nil {
		t.Fatal(err)
	}
	course := winPath(valid)

	t.Run("version", func(t *testing.T) {
		code, out, errOut := w.exe(exe, "", "--version")
		t.Logf("wine piketpalen.exe --version → exit %d\n    %s", code, firstLines(out, 3))
		if code != 0 || !strings.HasPrefix(out, "piketpalen ") || !strings.Contains(out, "Weet waar de piketpalen staan") {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
	})

	t.Run("hand-out resources", func(t *testing.T) {
		// The packaging tool rewrites the resources of the built program
		// with the hand-out's version; the result must still start.
		b, err := os.ReadFile(exe)
		if err != nil {
			t.Fatal(err)
		}
		patched := filepath.Join(t.TempDir(), "piketpalen.exe")
		if err := os.WriteFile(patched, b, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := winresource.Patch(patched, winresource.Info{Version: "v1.4.2", ProductName: "piketpalen", CompanyName: "Testorganisatie"}); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := w.exe(patched, "", "--version")
		t.Logf("wine piketpalen.exe --version, resources patched to v1.4.2 as the packaging tool does → exit %d", code)
		if code != 0 || !strings.HasPrefix(out, "piketpalen ") {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
	})

	t.Run("validate", func(t *testing.T) {
		code, out, errOut := w.exe(exe, "", "validate")
		t.Logf("wine piketpalen.exe validate → exit %d: %s", code, strings.TrimSpace(out))
		if code != 0 || !strings.Contains(out, "in orde") {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
		code, out, errOut = w.exe(exe, "", "validate", course)
		t.Logf("wine piketpalen.exe validate %s → exit %d: %s", course, code, strings.TrimSpace(out))
		if code != 0 || !strings.Contains(out, "in orde") {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
	})

	t.Run("print", func(t *testing.T) {
		code, out, errOut := w.exe(exe, "", "print", "2", "--width", "72")
		want, _ := exec.Command(linux, "print", "2", "--width", "72").Output()
		t.Logf("wine piketpalen.exe print 2 → exit %d, %d lines, same as the Linux build: %v\n    %s", code, strings.Count(out, "\n"), out == string(want), firstLines(out, 2))
		if code != 0 || !strings.Contains(out, "ministeriële") {
			t.Fatalf("exit %d\n%s%s", code, firstLines(out, 20), errOut)
		}
		if out != string(want) {
			t.Errorf("print differs from the Linux build's")
		}
	})

	t.Run("cmd redirect and pipe keep ë", func(t *testing.T) {
		// cmd.exe's > and | hand the program a file or a pipe: the text
		// must arrive there as UTF-8, whatever the console code page.
		dir := filepath.Join(root, "uitvoer cmd")
		os.MkdirAll(dir, 0o755)
		bat := filepath.Join(dir, "redirect.bat")
		script := "@echo off\r\n" +
			`"` + winPath(exe) + `" print 2 > "` + winPath(filepath.Join(dir, "print.txt")) + "\"\r\n" +
			`"` + winPath(exe) + `" print 2 | more > "` + winPath(filepath.Join(dir, "more.txt")) + "\"\r\n"
		if err := os.WriteFile(bat, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := w.run(time.Minute, nil, "wine", "cmd", "/c", winPath(bat))
		if code != 0 {
			t.Fatalf("cmd /c %s: exit %d\n%s%s", bat, code, out, errOut)
		}
		for _, name := range []string{"print.txt", "more.txt"} {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			ok := bytes.Contains(b, []byte("ministeri\xc3\xable"))
			t.Logf("cmd /c: piketpalen.exe print 2 %s → %d bytes, ë as UTF-8 (c3 ab): %v", map[string]string{"print.txt": "> print.txt", "more.txt": "| more > more.txt"}[name], len(b), ok)
			if !ok {
				t.Errorf("%s lacks ministeriële in UTF-8:\n%s", name, firstLines(string(b), 10))
			}
		}
	})

	t.Run("plain mode, portable", func(t *testing.T) {
		code, out, errOut := w.exe(exe, quizInput("1"), "--course", course)
		m := scoreLine.FindStringSubmatch(out)
		t.Logf("printf '1\\ntoets\\n1\\n\\n…stop\\n' | wine piketpalen.exe --course … → exit %d; %q; said it saved: %v",
			code, strings.Join(m[:1], ""), strings.Contains(out, "Tot ziens. Je voortgang is bewaard."))
		if code != 0 || m == nil || !strings.Contains(out, "Vraag 4 van 4") || !strings.Contains(out, "Tot ziens. Je voortgang is bewaard.") {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
		st := readProgress(t, portable)
		r := st.Modules["01-eerste"]
		if r == nil || len(r.Attempts) != 1 || !r.Attempts[0].Finished.After(start) || strconv.Itoa(r.Attempts[0].Score) != m[1] {
			t.Fatalf("progress beside the program: %+v", r)
		}
		t.Logf("progress.json beside the program: 1 attempt of 01-eerste, score %d%% (as the transcript said)", r.Attempts[0].Score)
		profiles, _ := filepath.Glob(filepath.Join(w.prefix, "drive_c", "users", "*", "AppData", "Roaming", "piketpalen"))
		t.Logf("%%AppData%%\\piketpalen in the profile: %v", profiles)
		if len(profiles) != 0 {
			t.Errorf("portable mode wrote into the profile: %v", profiles)
		}
	})

	t.Run("two copies at once", func(t *testing.T) {
		// Both copies run at the same time on the same portable folder,
		// one on each module; the store merges, so both attempts stay.
		var wg sync.WaitGroup
		outs := make([]string, 2)
		codes := make([]int, 2)
		for i, n := range []string{"1", "2"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				defer cancel()
				cmd := w.command(ctx, quizInput(n), "wine", exe, "--course", course)
				b, err := cmd.CombinedOutput()
				outs[i] = string(b)
				if ee, ok := err.(*exec.ExitError); ok {
					codes[i] = ee.ExitCode()
				} else if err != nil {
					codes[i] = -1
				}
			}()
		}
		wg.Wait()
		for i := range outs {
			if codes[i] != 0 || !strings.Contains(outs[i], "Tot ziens. Je voortgang is bewaard.") {
				t.Fatalf("copy %d: exit %d\n%s", i+1, codes[i], outs[i])
			}
		}
		st := readProgress(t, portable)
		n1, n2 := len(st.Modules["01-eerste"].Attempts), 0
		if r := st.Modules["02-tweede"]; r != nil {
			n2 = len(r.Attempts)
		}
		t.Logf("two copies at once (module 1 and module 2): both exit 0; progress.json holds %d attempts of 01-eerste, %d of 02-tweede", n1, n2)
		if n1 != 2 || n2 != 1 {
			t.Errorf("attempts after two copies: 01-eerste %d (want 2), 02-tweede %d (want 1)", n1, n2)
		}
	})

	// The certificate and the result file: a learner with ë in the name,
	// written into a folder with spaces (and an ë).
	outDir := filepath.Join(root, "Map met spaties", "Uitvoer van Zoë")
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	resDir := filepath.Join(root, "Map met spaties", "Resultaten van Zoë")
	if err := os.MkdirAll(resDir, 0o755); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(root, "Map met spaties", "gegevens Zoë")
	passAll(t, valid, data)
	var winPDF, winJSON string

	t.Run("certificate", func(t *testing.T) {
		code, out, errOut := w.exe(exe, "", "certificate", "--name", "Zoë Brontë", "--course", course, "--data", winPath(data), "--out", winPath(outDir))
		t.Logf("wine piketpalen.exe certificate --name \"Zoë Brontë\" --out \"%s\" → exit %d\n    %s", winPath(outDir), code, firstLines(out, 4))
		if code != 0 {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
		winPDF, winJSON = newest(t, outDir, ".pdf"), newest(t, outDir, ".json")
		if !strings.Contains(out, filepath.Base(winPDF)) {
			t.Errorf("output does not name %s:\n%s", winPDF, out)
		}
	})

	t.Run("export-results", func(t *testing.T) {
		code, out, errOut := w.exe(exe, "", "export-results", "--name", "Zoë Brontë", "--course", course, "--data", winPath(data), "--out", winPath(resDir))
		t.Logf("wine piketpalen.exe export-results --name \"Zoë Brontë\" --out \"%s\" → exit %d\n    %s", winPath(resDir), code, firstLines(out, 3))
		if code != 0 {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
	})

	t.Run("Linux verifies Windows", func(t *testing.T) {
		if winPDF == "" {
			t.Skip("no certificate was made")
		}
		for _, f := range []string{winPDF, winJSON} {
			// The learner's own certificate: intact and self-issued, exit 3.
			out, err := exec.Command(linux, "verify", f).CombinedOutput()
			t.Logf("linux piketpalen verify %q → %v\n    %s", filepath.Base(f), exitOf(err), firstLines(string(out), 3))
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != verifyNotTrusted || !strings.Contains(string(out), "Zoë Brontë") || !strings.Contains(string(out), "zelf gemaakt") {
				t.Errorf("verify %s: %v\n%s", f, err, out)
			}
		}
		out, err := exec.Command(linux, "results", "--course", valid, resDir).CombinedOutput()
		t.Logf("linux piketpalen results %q → %v\n    %s", filepath.Base(resDir), exitOf(err), firstLines(string(out), 4))
		if err != nil || !strings.Contains(string(out), "Zoë Brontë") {
			t.Errorf("results %s: %v\n%s", resDir, err, out)
		}
	})

	t.Run("Windows verifies Linux", func(t *testing.T) {
		linuxOut := filepath.Join(root, "Map met spaties", "Linux uitvoer ë")
		linuxRes := filepath.Join(root, "Map met spaties", "Linux resultaten ë")
		os.MkdirAll(linuxOut, 0o755)
		os.MkdirAll(linuxRes, 0o755)
		out, err := exec.Command(linux, "certificate", "--name", "Joëlle Brontë", "--course", valid, "--data", data, "--out", linuxOut).CombinedOutput()
		if err != nil {
			t.Fatalf("linux certificate: %v\n%s", err, out)
		}
		if out, err := exec.Command(linux, "export-results", "--name", "Joëlle Brontë", "--course", valid, "--data", data, "--out", linuxRes).CombinedOutput(); err != nil {
			t.Fatalf("linux export-results: %v\n%s", err, out)
		}
		for _, f := range []string{newest(t, linuxOut, ".pdf"), newest(t, linuxOut, ".json")} {
			code, out, errOut := w.exe(exe, "", "verify", winPath(f))
			t.Logf("wine piketpalen.exe verify %q → exit %d\n    %s", filepath.Base(f), code, firstLines(out, 3))
			if code != verifyNotTrusted || !strings.Contains(out, "Joëlle Brontë") || !strings.Contains(out, "zelf gemaakt") {
				t.Errorf("verify %s: exit %d\n%s%s", f, code, out, errOut)
			}
		}
		code, rout, errOut := w.exe(exe, "", "results", "--course", course, winPath(linuxRes))
		t.Logf("wine piketpalen.exe results %q → exit %d\n    %s", filepath.Base(linuxRes), code, firstLines(rout, 4))
		if code != 0 || !strings.Contains(rout, "Joëlle Brontë") {
			t.Errorf("results: exit %d\n%s%s", code, rout, errOut)
		}
	})

	t.Run("doctor", func(t *testing.T) {
		// Output into a pipe: doctor says so, and claims no console.
		code, out, errOut := w.exe(exe, "", "doctor")
		t.Logf("wine piketpalen.exe doctor | … → exit %d\n    %s", code, firstLines(out, 12))
		if code != 0 {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
		for _, bad := range []string{"Windows-console", "klassieke console", "Unicode rechtstreeks"} {
			if strings.Contains(out, bad) {
				t.Errorf("doctor with its output in a pipe claims %q", bad)
			}
		}
		if !strings.Contains(out, "omgeleid") {
			t.Errorf("doctor does not say its output is redirected:\n%s", out)
		}
		// In a terminal wine gives the program a console: then doctor
		// reports it.
		script, err := exec.LookPath("script")
		if err != nil {
			t.Log("script (util-linux) is not installed: doctor in a console not checked")
			return
		}
		_, tty, _ := w.run(time.Minute, nil, script, "-qec", "wine "+shellQuote(exe)+" doctor", "/dev/null")
		tty = ansi.Strip(tty)
		t.Logf("script -qec 'wine piketpalen.exe doctor' (in a terminal):\n    %s\n    %s", grepLine(tty, "UTF-8"), grepLine(tty, "Windows-console"))
		if !strings.Contains(tty, "Windows-console") || strings.Contains(tty, "omgeleid") {
			t.Errorf("doctor in a console:\n%s", tty)
		}
	})
	t.Logf("the whole Windows run under wine took %.1f s", time.Since(start).Seconds())
}

func readProgress(t *testing.T, dir string) *progress.State {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, progress.FileName))
	if err != nil {
		t.Fatal(err)
	}
	st := progress.New()
	if err := json.Unmarshal(b, st); err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	return st
}

// newest is the most recently written file in dir whose name ends in ext.
func newest(t *testing.T, dir, ext string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var best string
	var when time.Time
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ext) {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.ModTime().After(when) {
			best, when = filepath.Join(dir, e.Name()), fi.ModTime()
		}
	}
	if best == "" {
		t.Fatalf("no %s file in %s", ext, dir)
	}
	return best
}

func exitOf(err error) string {
	if err == nil {
		return "exit 0"
	}
	return err.Error()
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func grepLine(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return strings.TrimSpace(l)
		}
	}
	return ""
}
