package course

import (
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// fields reads a YAML mapping node into its keys, reporting keys that are not
// allowed, keys given twice and required keys that are missing. The returned
// map holds the value nodes by key.
type fields struct {
	file   string
	line   int
	values map[string]*yaml.Node
	keys   map[string]*yaml.Node
}

func readFields(c *collector, file string, n *yaml.Node, lineOffset int, what string, allowed, required []string) *fields {
	f := &fields{file: file, line: n.Line + lineOffset, values: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{}}
	if n.Kind != yaml.MappingNode {
		c.add(file, n.Line+lineOffset, "%s moet bestaan uit regels \"sleutel: waarde\"", what)
		return f
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name := k.Value
		if !contains(allowed, name) {
			c.add(file, k.Line+lineOffset, "onbekende sleutel %q in %s (toegestaan: %s)", name, what, strings.Join(allowed, ", "))
			continue
		}
		if _, dup := f.values[name]; dup {
			c.add(file, k.Line+lineOffset, "sleutel %q staat twee keer in %s", name, what)
			continue
		}
		f.values[name] = v
		f.keys[name] = k
	}
	for _, r := range required {
		if _, ok := f.values[r]; !ok {
			c.add(file, f.line, "%s mist %q", what, r)
		}
	}
	return f
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lineOf returns the line of key's value, or of the mapping when absent.
func (f *fields) lineOf(key string, off int) int {
	if v, ok := f.values[key]; ok {
		return v.Line + off
	}
	return f.line
}

// span says where key's value starts; the zero span when it is absent.
func (f *fields) span(key string) span {
	v, ok := f.values[key]
	if !ok {
		return span{}
	}
	return span{line: v.Line, literal: v.Style&yaml.LiteralStyle != 0, folded: v.Style&yaml.FoldedStyle != 0}
}

// str returns a text value; a missing key gives "", a non-text value a problem.
func (f *fields) str(c *collector, key string, off int, required bool) string {
	v, ok := f.values[key]
	if !ok {
		return ""
	}
	if v.Kind != yaml.ScalarNode {
		c.add(f.file, v.Line+off, "%q moet tekst zijn", key)
		return ""
	}
	s := strings.TrimSpace(v.Value)
	if s == "" && required {
		c.add(f.file, v.Line+off, "%q is leeg", key)
	}
	return s
}

func (f *fields) integer(c *collector, key string, off int, lo, hi int) (int, bool) {
	v, ok := f.values[key]
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(v.Value))
	if v.Kind != yaml.ScalarNode || err != nil {
		c.add(f.file, v.Line+off, "%q moet een geheel getal zijn", key)
		return 0, false
	}
	if n < lo || n > hi {
		c.add(f.file, v.Line+off, "%q moet tussen %d en %d liggen, niet %d", key, lo, hi, n)
		return 0, false
	}
	return n, true
}

func (f *fields) boolean(c *collector, key string, off int) (bool, bool) {
	v, ok := f.values[key]
	if !ok {
		return false, false
	}
	switch strings.ToLower(strings.TrimSpace(v.Value)) {
	case "true", "yes", "ja", "waar":
		return true, true
	case "false", "no", "nee", "niet waar":
		return false, true
	}
	c.add(f.file, v.Line+off, "%q moet true of false zijn, niet %q", key, v.Value)
	return false, false
}

func (f *fields) date(c *collector, key string, off int) time.Time {
	v, ok := f.values[key]
	if !ok {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(v.Value))
	if err != nil {
		c.add(f.file, v.Line+off, "%q moet een datum zijn als JJJJ-MM-DD, niet %q", key, v.Value)
	}
	return t
}

// strList reads a list of texts; each empty entry is a problem.
func (f *fields) strList(c *collector, key string, off int) ([]string, []int) {
	v, ok := f.values[key]
	if !ok {
		return nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		c.add(f.file, v.Line+off, "%q moet een lijst zijn (regels die beginnen met \"- \")", key)
		return nil, nil
	}
	var out []string
	var lines []int
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode || strings.TrimSpace(item.Value) == "" {
			c.add(f.file, item.Line+off, "elk onderdeel van %q moet een tekst zijn", key)
			continue
		}
		out = append(out, strings.TrimSpace(item.Value))
		lines = append(lines, item.Line+off)
	}
	return out, lines
}

// parseYAML parses data into a document's root node, reporting a syntax error
// with its line.
func parseYAML(c *collector, file string, data []byte, lineOffset int) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlErrorLine(err.Error())
		c.add(file, line+lineOffset, "geen geldige YAML: %s", msg)
		return nil
	}
	if len(doc.Content) == 0 {
		c.add(file, 1+lineOffset, "het bestand is leeg")
		return nil
	}
	checkScalars(c, file, doc.Content[0], lineOffset)
	return doc.Content[0]
}

// yamlErrorLine pulls "line N: msg" out of a yaml error text.
func yamlErrorLine(s string) (int, string) {
	s = strings.TrimPrefix(s, "yaml: ")
	if rest, ok := strings.CutPrefix(s, "line "); ok {
		if i := strings.Index(rest, ":"); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				return n, strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return 1, s
}
