package app_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"piketpalen/course"
	"piketpalen/internal/app"
	"piketpalen/internal/outpath"
	"piketpalen/internal/results"
	"piketpalen/internal/xapi/xapitest"
	"piketpalen/modules"
)

// writeGroup writes n signed result files of learners of the built-in
// course into dir, each with every module passed and the first failed
// after that (xapitest.State).
func writeGroup(tb testing.TB, dir string, n int) *course.Course {
	tb.Helper()
	c, err := course.Load(modules.FS)
	if err != nil {
		tb.Fatal(err)
	}
	xapitest.WriteGroup(tb, c, dir, n, func(i int) (string, string) {
		return fmt.Sprintf("Deelnemer %05d", i), "Ministerie van Voorbeelden"
	})
	return c
}

// TestGroupXAPISkips: a file changed after export and one of another
// course version are not in the statements, and are returned as skipped;
// the output may not be one of the inputs.
func TestGroupXAPISkips(t *testing.T) {
	dir := t.TempDir()
	c := writeGroup(t, dir, 3)
	tampered := filepath.Join(dir, fmt.Sprintf("%032x.json", 2))
	data, _ := os.ReadFile(tampered)
	os.WriteFile(tampered, []byte(string(data[:len(data)-10])+"0000\"\n}\n"), 0o644)
	out := filepath.Join(t.TempDir(), "x.json")
	seen := 0
	x, err := app.GroupXAPI(c, results.Gather(dir), out, outpath.Guard{}, func(results.Loaded) { seen++ })
	if err != nil {
		t.Fatal(err)
	}
	if x.Files != 2 || len(x.Skipped) != 1 || x.Skipped[0].Path != tampered || seen != 3 {
		t.Errorf("files %d, skipped %+v, handed on %d", x.Files, x.Skipped, seen)
	}
	if _, err := app.GroupXAPI(c, results.Gather(dir), filepath.Join(dir, fmt.Sprintf("%032x.json", 1)), outpath.Guard{}, nil); err == nil {
		t.Error("an input was overwritten")
	}
}

// BenchmarkGroupXAPI is results --xapi's work on 1,000 result files of the
// built-in course: read, verify, make and write the statements. It reports
// how many statements and how large the file.
func BenchmarkGroupXAPI(b *testing.B) {
	dir := b.TempDir()
	c := writeGroup(b, dir, 1000)
	out := filepath.Join(b.TempDir(), "lrs.json")
	b.ResetTimer()
	var x app.XAPIExport
	for b.Loop() {
		var err error
		if x, err = app.GroupXAPI(c, results.Gather(dir), out, outpath.Guard{}, nil); err != nil || x.Files != 1000 {
			b.Fatalf("%d files: %v", x.Files, err)
		}
	}
	b.StopTimer()
	fi, _ := os.Stat(out)
	b.ReportMetric(float64(x.Statements), "statements")
	b.ReportMetric(float64(fi.Size())/(1<<20), "MiB-out")
}
