package results

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CSVHeader is the header row of the table WriteCSV writes. The columns:
//
//	module               module id ("01-primaat-van-de-politiek")
//	vraag_id             question id, as in the module's questions.yaml
//	vraag                the question text
//	beantwoord           participants who answered it (in the attempt counted)
//	goed                 of them, those who answered it right
//	goed_procent         goed / beantwoord as a whole percent, rounded; empty when nobody answered
//	vaakst_gekozen_fout  the wrong answer chosen most often (for a multiple-choice
//	                     question the combination chosen, options joined with " + ");
//	                     empty when nobody answered wrong
//	aantal_fout          how many chose that wrong answer; 0 when none
//	discriminatie        r, the corrected item–rest correlation, two decimals;
//	                     empty when there is none (see analyse)
//	signalen             the question's flags, space-separated: makkelijk
//	                     (almost all right), moeilijk (almost all wrong),
//	                     negatief (r < 0: likely a flawed question)
//	kr20_module          the module's KR-20, two decimals; empty when there is none
//	kr20_deelnemers      the participants it is computed over (the largest group
//	                     with the same questions); 0 when there is none
//	hint_gelezen         of those who answered, how many read the question's hint
//	                     first (result files of format 5 on record it)
//
// The decimals have a point, or a comma with the semicolon separator (as
// Excel with Dutch settings reads them). These numeric cells are written by
// the program, never taken from a file, so a minus in front is a negative
// number and not a formula; every other cell is neutralised.
var CSVHeader = []string{"module", "vraag_id", "vraag", "beantwoord", "goed", "goed_procent", "vaakst_gekozen_fout", "aantal_fout",
	"discriminatie", "signalen", "kr20_module", "kr20_deelnemers", "hint_gelezen"}

// WriteCSV writes the per-question table of o to w: the header row
// (CSVHeader) and one row per question of the course, in the order of
// o.Questions (hardest first). It is one well-formed table, so a spreadsheet
// or a script reads it without help: comma-separated, fields quoted as
// encoding/csv does (a field with a comma, a quote or a line break is put
// in double quotes, with quotes doubled), CRLF line ends. A cell that a
// spreadsheet would take for a formula is neutralised (see NeutraliseCell).
//
// The text is UTF-8 and starts with a byte order mark: without it, Excel on
// Windows reads the file as the local code page and shows "Zoë" as "ZoÃ«";
// with it, Excel, LibreOffice and Python's "utf-8-sig" read it right, and
// other CSV readers see the mark as the start of the first header, which is
// why the header is plain ASCII. Percentages are whole numbers without a %
// sign, so a spreadsheet treats them as numbers in any locale.
//
// Excel with Dutch (or other European) settings expects a semicolon between
// fields when a CSV file is opened with a double click, and puts a
// comma-separated row in one column; WriteCSVSep writes that variant.
func WriteCSV(w io.Writer, o *Overview) error {
	return WriteCSVSep(w, o, ',')
}

// NeutraliseCell keeps a spreadsheet from reading a cell as a formula: a
// cell that starts with =, +, -, @, a tab or a carriage return gets a single
// quote in front (OWASP's rule for CSV injection), so that a question text
// or an answer such as =HYPERLINK(...) shows as the text it is. Every CSV
// the program writes passes each cell through it.
func NeutraliseCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteCSVSep is WriteCSV with another field separator, such as ';' for
// Excel with Dutch settings. Fields that contain the separator are quoted.
func WriteCSVSep(w io.Writer, o *Overview, sep rune) error {
	if sep != ',' && sep != ';' && sep != '\t' {
		return fmt.Errorf("write csv: separator %q: use a comma, a semicolon or a tab", sep)
	}
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString("\ufeff"); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(bw)
	cw.Comma = sep
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	rel := map[string]Reliability{}
	for _, m := range o.Modules {
		rel[m.ID] = m.Reliability
	}
	decimal := func(x float64) string {
		v := strconv.FormatFloat(x, 'f', 2, 64)
		if sep == ';' {
			v = strings.Replace(v, ".", ",", 1)
		}
		return v
	}
	for _, q := range o.Questions {
		pct := ""
		if p, ok := q.Percent(); ok {
			pct = strconv.Itoa(p)
		}
		var flags []string
		for _, f := range q.Flags {
			flags = append(flags, f.Code())
		}
		discrimination := ""
		if q.HasDiscrimination {
			discrimination = decimal(q.Discrimination)
		}
		kr20, over := "", "0"
		if r := rel[q.Module]; r.Known() {
			kr20, over = decimal(r.KR20), strconv.Itoa(r.Participants)
		}
		// The cells in the order of CSVHeader: the texts neutralised, the
		// program's own numbers as they are (a minus there is a sign).
		n := NeutraliseCell
		row := []string{
			n(q.Module), n(q.ID), n(q.Text),
			strconv.Itoa(q.Answered), strconv.Itoa(q.Right), pct,
			n(q.Wrong.Text), strconv.Itoa(q.Wrong.Count),
			discrimination, n(strings.Join(flags, " ")), kr20, over, strconv.Itoa(q.Hinted),
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}
