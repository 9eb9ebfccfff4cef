package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"piketpalen/course"
	"piketpalen/internal/atomicfile"
	"piketpalen/results"
)

// tableWidth is the width the overview is laid out for: it fits an 80-column
// console, and a projector at a large font.
const tableWidth = 80

// runResults shows the trainer's overview of the result files that the
// arguments name (files, or folders whose .json files are read):
// `piketpalen results BESTAND|MAP... [--csv UIT] [--csv-sep ;] [--course MAP]`.
// Flags may come before or after the files. It prints a plain table, no
// colour, that reads the same on a screen, in a pipe and on paper. Exit 0
// when at least one file counted, 1 when none did (or the course or the CSV
// failed), 2 on a usage error.
func runResults(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("results", flag.ContinueOnError)
	fs.SetOutput(stderr)
	csvOut := fs.String("csv", "", "schrijf de tabel per vraag ook als CSV naar dit bestand")
	csvSep := fs.String("csv-sep", ",", "scheidingsteken in de CSV: , of ; (; voor Excel met Nederlandse instellingen)")
	courseDir := fs.String("course", "", "cursusmap (standaard: de ingebouwde cursus)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Gebruik: piketpalen results BESTAND|MAP... [--csv UIT.csv] [--csv-sep ;] [--course MAP]

Maakt een overzicht van de resultatenbestanden van een groep (gemaakt met
piketpalen export-results): wie welke module heeft gehaald, per module hoeveel
deelnemers slaagden, en per vraag hoeveel er goed antwoordden en welk fout
antwoord het vaakst werd gekozen, de moeilijkste vraag eerst.

Geef bestanden of mappen op. In een map worden de .json-bestanden gelezen;
andere bestanden (zoals certificaten als PDF) worden overgeslagen. Niet
meegeteld, en onderaan gemeld: bestanden die gewijzigd zijn na het
exporteren, van een andere cursus of cursusversie, of die niet te lezen zijn.
Van een cursist met meer dan één bestand telt alleen het nieuwste.

Met --csv komt de tabel per vraag ook in een CSV-bestand (UTF-8), met de
kolommen module, vraag_id, vraag, beantwoord, goed, goed_procent,
vaakst_gekozen_fout en aantal_fout. Opent Excel alles in één kolom, gebruik
dan --csv-sep ";".

Afsluitcode: 0 als ten minste één bestand meetelt, 1 als geen enkel bestand
meetelt, 2 bij verkeerd gebruik.

Opties:
`)
		fs.PrintDefaults()
	}

	// the flag package stops at the first argument that is not a flag;
	// parse on after it, so "results map --csv uit.csv" works too
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		paths = append(paths, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "piketpalen results: geef de resultatenbestanden of de map waarin ze staan")
		fs.Usage()
		return 2
	}
	var sep rune
	switch *csvSep {
	case ",":
		sep = ','
	case ";":
		sep = ';'
	default:
		fmt.Fprintf(stderr, "piketpalen results: --csv-sep: kies , of ; (niet %q)\n", *csvSep)
		return 2
	}

	c, err := loadCourse(*courseDir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	o := results.Summarize(c, results.Collect(paths...))
	writeOverview(stdout, c, o)

	if o.Counted() == 0 {
		fmt.Fprintln(stderr, "piketpalen results: geen enkel bestand telt mee")
		if *csvOut != "" {
			fmt.Fprintf(stderr, "piketpalen results: %s is daarom niet geschreven\n", *csvOut)
		}
		return 1
	}
	if *csvOut != "" {
		var buf bytes.Buffer
		if err := results.WriteCSVSep(&buf, o, sep); err != nil {
			fmt.Fprintf(stderr, "piketpalen results: %v\n", err)
			return 1
		}
		if err := atomicfile.WriteFile(*csvOut, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "piketpalen results: CSV niet geschreven: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "\nCSV geschreven: %s\n", *csvOut)
	}
	return 0
}

// writeOverview prints the overview as plain text, at most tableWidth
// columns wide: a heading, the participants, the pass rate per module, the
// questions hardest first, and the files that did not count.
func writeOverview(w io.Writer, c *course.Course, o *results.Overview) {
	p := &printer{w: w}
	p.line(fmt.Sprintf("Resultaten: %s, versie %s", o.Course, o.Version))
	notCounted := o.Files - o.Counted()
	summary := fmt.Sprintf("%s gelezen: %s geteld", count(o.Files, "bestand", "bestanden"), count(o.Counted(), "deelnemer", "deelnemers"))
	if notCounted > 0 {
		summary += fmt.Sprintf(", %d niet geteld (zie Problemen onderaan)", notCounted)
	}
	p.wrap(summary+".", "")

	if o.Counted() > 0 {
		writeParticipants(p, o)
		writeModules(p, o)
		writeQuestions(p, c, o)
	}
	writeProblems(p, o)
}

func writeParticipants(p *printer, o *results.Overview) {
	p.blank()
	p.line(fmt.Sprintf("Deelnemers (%d)", o.Counted()))
	const nameW, orgW = 30, 28
	p.line("  " + fit("Naam", nameW) + "  " + fit("Organisatie", orgW) + "  " + "Modules gehaald")
	for _, pt := range o.Participants {
		p.line("  " + fit(pt.Name, nameW) + "  " + fit(pt.Organisation, orgW) + "  " + fmt.Sprintf("%d van %d", pt.Passed, pt.Modules))
	}
}

func writeModules(p *printer, o *results.Overview) {
	p.blank()
	p.line(fmt.Sprintf("Geslaagd per module (van %s)", count(o.Counted(), "deelnemer", "deelnemers")))
	const barW = 20
	figW := len(fmt.Sprintf("%d/%d", o.Counted(), o.Counted()))
	// "  " title "  " bar "  " figures "  " "100%"
	titleW := tableWidth - 2 - 2 - barW - 2 - figW - 2 - 4
	for _, m := range o.Modules {
		fig := fmt.Sprintf("%d/%d", m.Passed, m.Participants)
		p.line("  " + fit(m.Title, titleW) + "  " + bar(m.Passed, m.Participants, barW) + "  " +
			padLeft(fig, figW) + "  " + padLeft(fmt.Sprintf("%d%%", m.Percent()), 4))
	}
}

func writeQuestions(p *printer, c *course.Course, o *results.Overview) {
	p.blank()
	p.line("Vragen, moeilijkste eerst (aandeel goed, goed/beantwoord)")
	const barW = 10
	figW := len(fmt.Sprintf("%d/%d", o.Counted(), o.Counted()))
	// "  " "100%" " " bar " " figures "  " text
	lead := 2 + 4 + 1 + barW + 1 + figW + 2
	indent := strings.Repeat(" ", lead)
	textW := tableWidth - lead
	var nobody []string
	for _, q := range o.Questions {
		pct, ok := q.Percent()
		if !ok {
			nobody = append(nobody, q.ID)
			continue
		}
		text := clip(q.Text, textW, 2)
		p.line("  " + padLeft(fmt.Sprintf("%d%%", pct), 4) + " " + bar(q.Right, q.Answered, barW) + " " +
			padLeft(fmt.Sprintf("%d/%d", q.Right, q.Answered), figW) + "  " + text[0])
		for _, l := range text[1:] {
			p.line(indent + l)
		}
		where := q.ID
		if m := c.Module(q.Module); m != nil {
			where += " · " + strings.Join(strings.Fields(m.Title), " ")
		}
		p.line(indent + ansi.Truncate(where, textW, "…"))
		if q.Wrong.Count > 0 {
			label := fmt.Sprintf("vaakst gekozen fout (%s): ", count(q.Wrong.Count, "keer", "keer"))
			for _, l := range clip(label+q.Wrong.Text, textW, 2) {
				p.line(indent + l)
			}
		}
	}
	switch {
	case len(nobody) == len(o.Questions):
		p.line("  Nog geen enkele vraag beantwoord.")
	case len(nobody) > maxNobodyListed:
		p.blank()
		p.wrap(fmt.Sprintf("Door niemand beantwoord: %d vragen (met --csv staan ze in de CSV).", len(nobody)), "  ")
	case len(nobody) > 0:
		p.blank()
		p.wrap(fmt.Sprintf("Door niemand beantwoord (%d): %s.", len(nobody), strings.Join(nobody, ", ")), "  ")
	}
}

// maxNobodyListed is how many unanswered questions are named by id; more
// are only counted, since a long list of ids says little on a screen.
const maxNobodyListed = 12

func writeProblems(p *printer, o *results.Overview) {
	if len(o.Problems) == 0 {
		return
	}
	p.blank()
	p.line(fmt.Sprintf("Problemen (%s niet geteld)", count(len(o.Problems), "bestand", "bestanden")))
	for _, pr := range o.Problems {
		p.wrap("- "+pr.Path, "  ")
		p.wrap(problemText(pr, o), "    ")
	}
}

// problemText says in Dutch why a file did not count and what the trainer
// can do about it.
func problemText(pr results.Problem, o *results.Overview) string {
	who := ""
	if pr.Learner != "" {
		who = " (" + pr.Learner + ")"
	}
	switch pr.Kind {
	case results.Duplicate:
		return fmt.Sprintf("Dubbel: %s heeft ook een nieuwer bestand, %s. Alleen het nieuwste telt mee.", pr.Learner, pr.Kept)
	case results.OtherVersion:
		return fmt.Sprintf("Andere cursusversie%s: versie %s, dit overzicht is van versie %s. Niet geteld: de vragen kunnen verschillen. Laat opnieuw exporteren met deze versie, of maak een overzicht met --course MAP van versie %s.", who, pr.Version, o.Version, pr.Version)
	case results.OtherCourse:
		return fmt.Sprintf("Andere cursus%s: %q. Niet geteld.", who, pr.Course)
	case results.Tampered:
		return fmt.Sprintf("Gewijzigd na het exporteren%s: de ondertekening klopt niet meer bij de inhoud. Niet geteld; vraag de cursist opnieuw te exporteren.", who)
	case results.OtherKey:
		return fmt.Sprintf("Ondertekend door een andere uitgave van piketpalen, met een eigen sleutel%s. Hier niet te controleren en niet geteld.", who)
	default:
		return "Niet te lezen als resultatenbestand; overgeslagen. Reden: " + reason(pr) + "."
	}
}

// reason is the error of an unreadable file without the parts the line
// already says: the path and "not a readable result file".
func reason(pr results.Problem) string {
	if pr.Err == nil {
		return "onbekend"
	}
	s := pr.Err.Error()
	s = strings.TrimPrefix(s, "read result file "+pr.Path+": ")
	s = strings.TrimPrefix(s, results.ErrUnreadable.Error()+": ")
	return s
}

// printer writes lines and remembers nothing but the writer; it exists so
// the layout functions read as a list of lines.
type printer struct{ w io.Writer }

func (p *printer) line(s string) {
	fmt.Fprintln(p.w, ansi.Truncate(s, tableWidth, "…"))
}

func (p *printer) blank() { fmt.Fprintln(p.w) }

// wrap writes s in lines of at most tableWidth columns, breaking at spaces;
// lines after the first start with indent (the first too, when s has no
// indent of its own). A word longer than a line, such as a long path, is
// broken where the line ends.
func (p *printer) wrap(s, indent string) {
	width := tableWidth - ansi.StringWidth(indent)
	line := ""
	flush := func() {
		fmt.Fprintln(p.w, indent+line)
		line = ""
	}
	for _, word := range strings.Fields(s) {
		for ansi.StringWidth(word) > width {
			if line != "" {
				flush()
			}
			head := ansi.Truncate(word, width, "")
			line = head
			flush()
			word = word[len(head):]
		}
		switch {
		case line == "":
			line = word
		case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= width:
			line += " " + word
		default:
			flush()
			line = word
		}
	}
	if line != "" {
		flush()
	}
}

// clip breaks s at spaces into at most n lines of at most width columns;
// when it needs more, the last line is cut short with "…". It always
// returns at least one line.
func clip(s string, width, n int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	lines = append(lines, line)
	if len(lines) > n {
		lines = append(lines[:n-1], strings.Join(lines[n-1:], " ")+" ")
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	return lines
}

// fit pads s with spaces to exactly width columns, or shortens it with "…".
func fit(s string, width int) string {
	s = ansi.Truncate(strings.Join(strings.Fields(s), " "), width, "…")
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}

func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-ansi.StringWidth(s))) + s
}

// bar draws part/whole as width cells of full blocks and light shade, the
// characters every console font has. A share above 0 shows at least one
// block and a share below 100% at least one empty cell, so that neither
// looks like the extreme it is not; the figures beside it are exact.
func bar(part, whole, width int) string {
	filled := 0
	if whole > 0 {
		filled = (2*part*width + whole) / (2 * whole)
		if part > 0 {
			filled = max(filled, 1)
		}
		if part < whole {
			filled = min(filled, width-1)
		}
	}
	return strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
}

// count writes n with the singular or the plural noun: "1 bestand", "3
// bestanden".
func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
