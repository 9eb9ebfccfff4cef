// Package xapiinterop checks piketpalen's xAPI statements with another
// implementation: Learning Locker's xapi-validation (validate.js, version
// pinned by package-lock.json), the validation an LRS does before it
// stores a statement. It needs node and npm; without them, or when the
// package cannot be installed, the test is skipped and says why.
package xapiinterop

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"piketpalen/course/coursetest"
	"piketpalen/internal/app"
	"piketpalen/internal/interop/npmtest"
	"piketpalen/internal/outpath"
	"piketpalen/internal/results"
	"piketpalen/internal/xapi/xapitest"
)

type verdict struct {
	Statements int `json:"statements"`
	Invalid    []struct {
		Index    int      `json:"index"`
		Paths    []string `json:"paths"` // of the fields found wrong
		Problems []string `json:"problems"`
	} `json:"invalid"`
}

// validate runs validate.js on the statements in path.
func validate(t *testing.T, dir, path string) (verdict, bool) {
	t.Helper()
	out, ok := npmtest.Node(t, dir, "validate.js", path)
	var v verdict
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("validate.js: %v: %s", err, out)
	}
	return v, ok
}

// TestStatementsValidate: the statements of a learner (export-results
// --xapi) and of a group of twelve result files (results --xapi) are all
// valid; a statement with a field made wrong is not.
func TestStatementsValidate(t *testing.T) {
	dir := npmtest.Install(t, "piketpalen-xapi-interop", "validate.js")
	c := coursetest.Valid(t)
	out := t.TempDir()
	now := xapitest.Start // when the files are made does not matter to the statements

	own, err := app.ExportXAPI(c, xapitest.State(c, fmt.Sprintf("%032x", 0xa)), app.Where{Folder: out}, now)
	if err != nil {
		t.Fatal(err)
	}
	group := t.TempDir()
	xapitest.WriteGroup(t, c, group, 12, func(i int) (string, string) {
		if i%3 == 0 {
			return "", "" // pseudonymous
		}
		return fmt.Sprintf("Deelnemer %d", i), "Gemeente Test"
	})
	grp, err := app.GroupXAPI(c, results.Gather(group), filepath.Join(out, "group.json"), outpath.Guard{}, nil)
	if err != nil || grp.Files != 12 {
		t.Fatalf("group: %d files, %v", grp.Files, err)
	}
	for _, x := range []app.XAPIExport{own, grp} {
		v, ok := validate(t, dir, x.Path)
		if !ok || len(v.Invalid) > 0 || v.Statements != x.Statements || v.Statements == 0 {
			t.Fatalf("%s: %d statements written, %d validated, invalid: %+v", x.Path, x.Statements, v.Statements, v.Invalid)
		}
		t.Logf("%s: xapi-validation accepts all %d statements", filepath.Base(x.Path), v.Statements)
	}

	// one field made wrong at a time: the validator must say so
	var ss []map[string]any
	data, _ := os.ReadFile(own.Path)
	if err := json.Unmarshal(data, &ss); err != nil {
		t.Fatal(err)
	}
	find := func(verb string) map[string]any {
		for _, s := range ss {
			if s["verb"].(map[string]any)["id"] == verb {
				return s
			}
		}
		t.Fatalf("no %s statement", verb)
		return nil
	}
	for name, tc := range map[string]struct {
		verb   string
		mutate func(s map[string]any)
		path   string
	}{
		"verb id not an IRI": {"http://adlnet.gov/expapi/verbs/answered", func(s map[string]any) { s["verb"].(map[string]any)["id"] = "answered" }, "statement.verb.id"},
		"score.scaled above 1": {"http://adlnet.gov/expapi/verbs/passed", func(s map[string]any) {
			s["result"].(map[string]any)["score"].(map[string]any)["scaled"] = 1.5
		}, "statement.result.score.scaled"},
		"id not a UUID":        {"http://adlnet.gov/expapi/verbs/failed", func(s map[string]any) { s["id"] = "attempt-1" }, "statement.id"},
		"duration not ISO8601": {"http://adlnet.gov/expapi/verbs/failed", func(s map[string]any) { s["result"].(map[string]any)["duration"] = "60 s" }, "statement.result.duration"},
		"extension key not an IRI": {"http://adlnet.gov/expapi/verbs/answered", func(s map[string]any) {
			s["result"].(map[string]any)["extensions"] = map[string]any{"hint-read": true}
		}, "statement.result.extensions"},
		"actor without homePage": {"http://adlnet.gov/expapi/verbs/completed", func(s map[string]any) {
			delete(s["actor"].(map[string]any)["account"].(map[string]any), "homePage")
		}, "statement.actor.account.homePage"},
	} {
		var s map[string]any
		raw, _ := json.Marshal(find(tc.verb))
		json.Unmarshal(raw, &s) // a copy
		tc.mutate(s)
		p := filepath.Join(t.TempDir(), "bad.json")
		bad, _ := json.Marshal([]any{s})
		os.WriteFile(p, bad, 0o644)
		v, ok := validate(t, dir, p)
		if ok || len(v.Invalid) != 1 || !slices.Contains(v.Invalid[0].Paths, tc.path) {
			t.Errorf("%s: accepted or not for %s: %+v", name, tc.path, v)
		}
	}
}
