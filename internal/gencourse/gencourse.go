// Package gencourse makes courses of any size in memory, for scale tests and
// benchmarks: the course must stay quick with fifty modules.
package gencourse

import (
	"fmt"
	"strings"
	"testing/fstest"
)

// Make returns a valid course with the given number of modules, pages per
// module and questions per module. Pages hold a realistic mix of paragraphs,
// lists, a quote and a subheading, about 2 KB each.
func Make(modules, pages, questions int) fstest.MapFS {
	fsys := fstest.MapFS{}
	var ids []string
	for m := range modules {
		id := fmt.Sprintf("%02d-module-%d", m, m)
		ids = append(ids, id)
		var md strings.Builder
		fmt.Fprintf(&md, "---\ntitle: Module %d over de uitingsvrijheid\nsummary: Een gegenereerde module om de snelheid te meten.\nminutes: 20\nobjectives:\n  - uitleggen wat de functioneringsnorm is\n  - de zes wegingsfactoren toepassen\n---\n", m)
		for p := range pages {
			fmt.Fprintf(&md, "\n# Pagina %d van module %d\n\n", p+1, m)
			for range 3 {
				md.WriteString("Je hebt als ambtenaar **vrijheid van meningsuiting**. De grens ligt waar de goede vervulling van je functie of de goede functionering van de openbare dienst niet meer in redelijkheid is verzekerd (art. 10 lid 1 Ambtenarenwet 2017). Hoe dichter een onderwerp bij je eigen werk ligt, hoe voorzichtiger je bent.\n\n")
			}
			md.WriteString("## Waar let je op?\n\n- de afstand tussen je functie en het onderwerp\n- de politieke gevoeligheid van het onderwerp\n- het tijdstip, de wijze, de voorzienbare schade, en de ernst en duur\n\n> Twijfel je? Overleg eerst met je leidinggevende.\n")
		}
		fsys[id+"/module.md"] = &fstest.MapFile{Data: []byte(md.String())}
		var q strings.Builder
		q.WriteString("draw: 8\nquestions:\n")
		for i := range questions {
			fmt.Fprintf(&q, "  - id: m%d-q%d\n    type: single\n    question: Je werkt als beleidsmedewerker en ziet een bericht over je eigen dossier. Wat doe je bij vraag %d?\n    options:\n", m, i, i)
			q.WriteString("      - text: Ik reageer meteen met mijn mening.\n        feedback: Niet verstandig, het gaat over je eigen dossier.\n")
			q.WriteString("      - text: Ik overleg eerst met mijn leidinggevende.\n        correct: true\n        feedback: Goed, zo bewaak je de functioneringsnorm.\n")
			q.WriteString("      - text: Ik deel het bericht zonder commentaar.\n        feedback: Ook delen is een uiting.\n")
			q.WriteString("    explanation: Bij je eigen dossier ben je het meest terughoudend.\n    source: Ambtenarenwet 2017, art. 10 lid 1\n")
		}
		fsys[id+"/questions.yaml"] = &fstest.MapFile{Data: []byte(q.String())}
	}
	manifest := "title: Gegenereerde cursus\nversion: 9.9.9\nlanguage: nl\nas_of: 2026-11-23\npass_mark: 70\nissuer: Test\ncertificate_text: heeft de cursus gevolgd.\nmodules:\n"
	for _, id := range ids {
		manifest += "  - " + id + "\n"
	}
	fsys["course.yaml"] = &fstest.MapFile{Data: []byte(manifest)}
	return fsys
}
