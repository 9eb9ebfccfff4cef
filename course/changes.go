package course

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// versionPattern is what a version in a changes list looks like: numbers
// separated by dots, such as 1.2.0.
var versionPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9]+(\.[0-9]+){0,3}$`) })

// moduleList reads the "modules" list of course.yaml. An entry is the name
// of a module's folder, or a mapping with that name under "id" and the
// module's "changes":
//
//	modules:
//	  - 00-introductie
//	  - id: 03-functioneringsnorm
//	    changes:
//	      - version: 1.2.0
//	        text: De casus over de wethouder is herschreven.
//	        requires_retake: true
//
// It returns the ids with the lines they are on, and the changes by id.
func moduleList(c *collector, f *fields) (ids []string, lines []int, changes map[string][]Change) {
	changes = map[string][]Change{}
	v, ok := f.values["modules"]
	if !ok {
		return nil, nil, changes
	}
	if v.Kind != yaml.SequenceNode {
		c.add(f.file, v.Line, "%q moet een lijst zijn (regels die beginnen met \"- \")", "modules")
		return nil, nil, changes
	}
	for _, item := range v.Content {
		switch item.Kind {
		case yaml.ScalarNode:
			if id := strings.TrimSpace(item.Value); id != "" {
				ids, lines = append(ids, id), append(lines, item.Line)
				continue
			}
		case yaml.MappingNode:
			mf := readFields(c, f.file, item, 0, "een module in \"modules\"", []string{"id", "changes"}, []string{"id"})
			id := mf.str(c, "id", 0, true)
			if id == "" {
				continue
			}
			ids, lines = append(ids, id), append(lines, mf.lineOf("id", 0))
			if chs := readChanges(c, mf, id); len(chs) > 0 {
				changes[id] = chs
			}
			continue
		}
		c.add(f.file, item.Line, "elk onderdeel van %q moet de naam van een module zijn, of \"id:\" met \"changes:\"", "modules")
	}
	return ids, lines, changes
}

// readChanges reads a module's "changes" list.
func readChanges(c *collector, f *fields, id string) []Change {
	v, ok := f.values["changes"]
	if !ok {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		c.add(f.file, v.Line, "module %q: \"changes\" moet een lijst zijn (elke wijziging begint met \"- version: ...\")", id)
		return nil
	}
	var out []Change
	for i, n := range v.Content {
		what := fmt.Sprintf("wijziging %d van module %q", i+1, id)
		cf := readFields(c, f.file, n, 0, what, []string{"version", "text", "requires_retake"}, []string{"version", "text"})
		ch := Change{Version: cf.str(c, "version", 0, true), Text: cf.str(c, "text", 0, true), Line: n.Line}
		ch.RequiresRetake, _ = cf.boolean(c, "requires_retake", 0)
		if ch.Version != "" && !versionPattern().MatchString(ch.Version) {
			c.add(f.file, cf.lineOf("version", 0), "%s: \"version\" moet een versie zijn als 1.2.0, niet %q", what, ch.Version)
			continue
		}
		if ch.Version == "" || ch.Text == "" {
			continue
		}
		if len(out) > 0 && CompareVersions(ch.Version, out[len(out)-1].Version) < 0 {
			c.add(f.file, cf.lineOf("version", 0), "%s: de wijzigingen staan van oud naar nieuw, maar %s komt na %s", what, ch.Version, out[len(out)-1].Version)
		}
		out = append(out, ch)
	}
	return out
}

// checkChanges reports changes that name a version newer than the course's
// own: the course would announce what it does not contain yet.
func checkChanges(c *collector, co *Course, changes map[string][]Change) {
	if co.Version == "" {
		return
	}
	for id, chs := range changes {
		for _, ch := range chs {
			if CompareVersions(ch.Version, co.Version) > 0 {
				c.add(ManifestFile, ch.Line, "module %q: wijziging %s is nieuwer dan de cursus zelf (version: %s)", id, ch.Version, co.Version)
			}
		}
	}
}
