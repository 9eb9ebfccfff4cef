package results

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCSV writes the group's overview as CSV, with a question whose text
// has a comma, quotes and an ë, and a wrong option with a comma, and reads
// it back with encoding/csv.
func TestCSV(t *testing.T) {
	c, loaded := readGroup(t)
	q := c.Module("01-eerste").Question("een-3")
	q.Text = `Mag Zoë zeggen: "de minister, die weet het niet"?`
	q.Options[1].Text = "Ja, want het is privé"
	o := Summarize(c, loaded)

	var buf bytes.Buffer
	if err := WriteCSV(&buf, o); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	if !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		t.Fatalf("no UTF-8 byte order mark: % x", raw[:3])
	}
	if !utf8.Valid(raw) || !bytes.Contains(raw, []byte("Zoë")) || bytes.Contains(raw, []byte("Zo\\u00eb")) {
		t.Error("not plain UTF-8 with ë")
	}
	if !bytes.Contains(raw, []byte(`"Mag Zoë zeggen: ""de minister, die weet het niet""?"`)) {
		t.Errorf("field with comma and quotes not quoted as RFC 4180:\n%s", raw)
	}
	if !bytes.Contains(raw, []byte("\r\n")) {
		t.Error("no CRLF line ends")
	}

	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\ufeff"))))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVHeader) {
		t.Errorf("header %q", rows[0])
	}
	wantHeader := "module,vraag_id,vraag,beantwoord,goed,goed_procent,vaakst_gekozen_fout,aantal_fout,discriminatie,signalen,kr20_module,kr20_deelnemers,hint_gelezen"
	if strings.Join(rows[0], ",") != wantHeader {
		t.Errorf("header %q, want %q", strings.Join(rows[0], ","), wantHeader)
	}
	if len(rows) != 1+12 {
		t.Fatalf("%d rows, want a header and 12 questions", len(rows))
	}
	// r and KR-20 as TestItemAnalysis and TestOverviewFigures check them;
	// in module 02 those right on twee-2 had all the rest right and the
	// others two of three: r = 1, and KR-20 = 2/3
	want := [][]string{
		{"01-eerste", "een-3", `Mag Zoë zeggen: "de minister, die weet het niet"?`, "21", "6", "29", "Ja, want het is privé", "10", "0.24", "", "0.27", "21", "6"},
		{"02-tweede", "twee-2", "Vraag 2 van twee. Welk antwoord is goed?", "18", "7", "39", "Fout antwoord 2a", "11", "1.00", "", "0.67", "18", "0"},
		{"02-tweede", "twee-5", "Stelling 5: ambtenaren mogen niets zeggen.", "18", "7", "39", "Waar", "11", "1.00", "", "0.67", "18", "0"},
		{"01-eerste", "een-6", "Vraag 6, kies alle juiste antwoorden.", "21", "11", "52", "Juist A", "5", "0.00", "", "0.27", "21", "0"},
	}
	for i, w := range want {
		if !slices.Equal(rows[1+i], w) {
			t.Errorf("row %d:\n got %q\nwant %q", i+1, rows[1+i], w)
		}
	}
	if last := rows[len(rows)-1]; fmt.Sprint(last) != "[02-tweede twee-4 Vraag 4 van twee. Welk antwoord is goed? 0 0   0   0.67 18 0]" {
		t.Errorf("unanswered question: %q", last)
	}
}

// TestCSVSemicolon: the variant for Excel with Dutch settings quotes fields
// with a semicolon and reads back the same.
func TestCSVSemicolon(t *testing.T) {
	c := testCourse(t)
	c.Modules[0].Questions[0].Text = "Eén; twee, drie"
	o := Summarize(c, nil)
	var buf bytes.Buffer
	if err := WriteCSVSep(&buf, o, ';'); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`;"Eén; twee, drie";`)) {
		t.Errorf("not quoted:\n%s", buf.Bytes())
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff"))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil || len(rows) != 13 || len(rows[0]) != len(CSVHeader) {
		t.Fatalf("%v: %q", err, rows)
	}
	if err := WriteCSVSep(&buf, o, '|'); err == nil {
		t.Error("a pipe separator was accepted")
	}
}

// TestCSVFormulaInjection: a cell that starts with =, +, -, @, a tab or a CR
// is a formula to Excel and LibreOffice (=HYPERLINK(...), =cmd|' /C calc'!A0).
// Every such cell, from course text or answers, gets a leading single quote
// (OWASP's rule), so it reads as text; other cells are left alone.
//
// The numbers the program computes itself (r, KR-20) may start with a minus:
// a cell that is a number and nothing else is no formula.
func TestCSVFormulaInjection(t *testing.T) {
	c, loaded := readGroup(t)
	o := Summarize(c, loaded)
	evil := []string{`=HYPERLINK("https://evil.example","klik")`, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}
	for i := range o.Questions {
		o.Questions[i].Text = evil[i%len(evil)]
		o.Questions[i].Wrong.Text = evil[(i+1)%len(evil)]
		o.Questions[i].Module = evil[(i+2)%len(evil)]
		o.Questions[i].ID = evil[(i+3)%len(evil)]
	}
	o.Questions[0].ID = "gewoon-id"
	for _, sep := range []rune{',', ';'} {
		var buf bytes.Buffer
		if err := WriteCSVSep(&buf, o, sep); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff")))
		r.Comma = sep
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows[1:] {
			for j, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && !number.MatchString(cell) {
					t.Errorf("sep %q, column %s: cell %q starts a formula", sep, CSVHeader[j], cell)
				}
			}
		}
		if !strings.Contains(buf.String(), `'=HYPERLINK(`) || !strings.Contains(buf.String(), "gewoon-id") || strings.Contains(buf.String(), "'gewoon-id") {
			t.Errorf("sep %q: not neutralised with a quote, or a plain cell changed:\n%s", sep, buf.String())
		}
	}
}

// number is a cell that is a number only: digits, a minus in front, one
// decimal point or comma.
var number = regexp.MustCompile(`^-?[0-9]+([.,][0-9]+)?$`)
