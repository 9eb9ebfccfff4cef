package certificate

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// AttachmentName is the file name of the signed JSON embedded in every
// certificate PDF. A PDF reader lists it among the document's attachments.
const AttachmentName = "piketpalen-certificaat.json"

// VerifyHint is the one-line instruction printed under the verification code.
const VerifyHint = "Controleer met: piketpalen verify <bestand>"

// SpecimenMark is printed across a specimen certificate and in its banner.
const SpecimenMark = "VOORBEELD — geen geldig certificaat"

// The page: A4 landscape, in millimetres.
const (
	pageW   = 297.0
	pageH   = 210.0
	marginX = 24.0 // left and right edge of the content
	ptMM    = 25.4 / 72
)

// Colours, as RGB.
type rgb struct{ r, g, b int }

var (
	navy      = rgb{0x1f, 0x3a, 0x5f} // headings, border, code
	ink       = rgb{0x1a, 0x1a, 0x1a} // body text
	grey      = rgb{0x5c, 0x63, 0x6e} // secondary text, labels
	rule      = rgb{0xc8, 0xcd, 0xd4} // table lines
	red       = rgb{0xb0, 0x1e, 0x1e} // specimen banner
	watermark = rgb{0xf2, 0xd0, 0xd0} // specimen diagonal, behind the text
)

// PDF renders c as an A4 landscape certificate with the Go fonts embedded and
// the signed JSON attached (see AttachmentName). The output depends only on
// c: the PDF's creation and modification dates are c.Created, so the same
// certificate always gives the same bytes. That is what lets VerifyFile
// detect any change to a PDF by rendering it again.
func PDF(c *Certificate) ([]byte, error) {
	return render(c, true)
}

// render draws the certificate. compress is false only in tests, to look at
// the content stream.
func render(c *Certificate, compress bool) ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, fmt.Errorf("render certificate: %w", err)
	}
	js, err := JSON(c)
	if err != nil {
		return nil, fmt.Errorf("render certificate: %w", err)
	}

	f := fpdf.New("L", "mm", "A4", "")
	f.SetCompression(compress)
	f.SetCatalogSort(true)
	f.SetCreationDate(c.Created.UTC())
	f.SetModificationDate(c.Created.UTC())
	f.SetProducer("piketpalen", true)
	f.SetCreator("piketpalen", true)
	f.SetTitle("Certificaat "+c.Course+" — "+c.Learner, true)
	f.SetSubject(c.Course+" (versie "+c.CourseVersion+")", true)
	f.SetAuthor(c.Issuer, true)
	f.SetKeywords("verificatiecode "+c.Code, true)
	f.SetLang("nl-NL")
	f.SetMargins(0, 0, 0)
	f.SetAutoPageBreak(false, 0)
	f.AddUTF8FontFromBytes("go", "", goregular.TTF)
	f.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	f.AddUTF8FontFromBytes("go", "I", goitalic.TTF)
	f.SetAttachments([]fpdf.Attachment{{
		Content:     js,
		Filename:    AttachmentName,
		Description: "Ondertekende gegevens van dit certificaat. " + VerifyHint,
	}})
	f.AddPage()

	p := &page{f: f}
	p.draw(c)

	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("render certificate: pdf: %w", err)
	}
	return buf.Bytes(), nil
}

// page draws on one certificate page, keeping a vertical cursor y (the
// baseline of the last line drawn).
type page struct {
	f *fpdf.Fpdf
	y float64
}

func (p *page) font(style string, size float64, col rgb) {
	p.f.SetFont("go", style, size)
	p.f.SetTextColor(col.r, col.g, col.b)
}

func (p *page) width(s string) float64 { return p.f.GetStringWidth(s) }

// centre writes s centred on the page with its baseline at y.
func (p *page) centre(y float64, s string) {
	p.f.Text((pageW-p.width(s))/2, y, s)
}

// fit picks the largest font size from size down to min at which s fits in
// w, and shortens s with an ellipsis if even min is too large.
func (p *page) fit(style string, size, min float64, col rgb, s string, w float64) string {
	for ; size > min; size -= 0.5 {
		p.font(style, size, col)
		if p.width(s) <= w {
			return s
		}
	}
	p.font(style, min, col)
	return p.truncate(s, w)
}

// truncate shortens s with an ellipsis until it fits in w in the current font.
func (p *page) truncate(s string, w float64) string {
	if p.width(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && p.width(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// wrap breaks s into lines no wider than w in the current font.
func (p *page) wrap(s string, w float64) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && p.width(try) > w {
			lines = append(lines, line)
			try = word
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// frame draws what every page has: the specimen watermark (behind all
// else), a double frame, and the specimen banner.
func (p *page) frame(c *Certificate) {
	f := p.f
	if c.Specimen {
		p.specimenWatermark()
	}
	// A firm outer line and a hairline inside it.
	f.SetDrawColor(navy.r, navy.g, navy.b)
	f.SetLineWidth(0.7)
	f.Rect(9, 9, pageW-18, pageH-18, "D")
	f.SetLineWidth(0.2)
	f.Rect(11.5, 11.5, pageW-23, pageH-23, "D")
	if c.Specimen {
		p.specimenBanner()
	}
}

// line is a line of text centred across the content width, in the largest
// size from size down to min at which it fits (see fit).
type line struct {
	style     string
	size, min float64
	col       rgb
	text      string
}

// centrePair centres first at p.y and, when second has text, second gap
// mm lower, leaving p.y at the last line written: a name with the line
// that may follow it (the course and its subtitle, the learner and the
// organisation).
func (p *page) centrePair(first, second line, gap float64) {
	content := pageW - 2*marginX
	p.centre(p.y, p.fit(first.style, first.size, first.min, first.col, first.text, content))
	if second.text != "" {
		p.y += gap
		p.centre(p.y, p.fit(second.style, second.size, second.min, second.col, second.text, content))
	}
}

// header writes the course title, subtitle, version and "stand van zaken".
func (p *page) header(c *Certificate) {
	p.y = 27
	p.centrePair(line{"B", 13, 9, navy, c.Course}, line{"I", 10, 8, grey, c.CourseSubtitle}, 5.5)
	p.y += 5.5
	p.font("", 9, grey)
	p.centre(p.y, "Versie "+c.CourseVersion+"  ·  Stand van zaken: "+DutchDate(c.AsOf))
}

// Bounds of the module table, as baselines and heights in mm.
const (
	tableBottom = 163.0 // lowest point of the table and its note on page 1
	noteH       = 6.0   // room for the pass-mark note under the table
	minRowH     = 4.4   // lower rows would need type smaller than 7.5 pt
	maxRowH     = 6.6
)

func (p *page) draw(c *Certificate) {
	f := p.f
	content := pageW - 2*marginX
	p.frame(c)
	p.header(c)

	// Title and the learner.
	p.y += 17
	p.font("B", 34, navy)
	p.centre(p.y, c.title())
	p.y += 5
	f.SetLineWidth(0.4)
	f.Line(pageW/2-18, p.y, pageW/2+18, p.y)

	p.y += 10
	p.font("I", 11, grey)
	p.centre(p.y, c.opening())
	p.y += 12
	p.centrePair(line{"B", 26, 14, ink, c.Learner}, line{"", 12.5, 9, grey, c.Organisation}, 7.5)

	// The certificate text continues the sentence begun by the name.
	p.y += 9
	p.font("", 11.5, ink)
	lines := p.balance(c.Text, 200)
	if len(lines) > 3 {
		p.font("", 10, ink)
		lines = p.balance(c.Text, content)
	}
	for i, l := range lines {
		if i > 0 {
			p.y += 5.6
		}
		p.centre(p.y, l)
	}

	// Completion date: "Afgerond op" in regular, the date in bold.
	p.y += 8.5
	label, date := "Afgerond op ", DutchDate(c.Completed)
	p.font("", 11.5, ink)
	lw := p.width(label)
	p.font("B", 11.5, ink)
	x := (pageW - lw - p.width(date)) / 2
	p.font("", 11.5, ink)
	f.Text(x, p.y, label)
	p.font("B", 11.5, ink)
	f.Text(x+lw, p.y, date)

	top := p.y + 5
	if t, ok := layoutTable(len(c.Modules), tableBottom-top-noteH); ok {
		p.modules(c, top, t)
		p.footer(c)
		return
	}

	// Too many modules for this page: the table gets a page of its own.
	p.font("I", 10, grey)
	p.centre(top+8, "De resultaten per module staan op pagina 2.")
	p.footer(c)

	f.AddPage()
	p.frame(c)
	p.header(c)
	p.y += 12
	p.font("B", 16, navy)
	p.centre(p.y, "Resultaten per module")
	p.y += 7
	p.centre(p.y, p.fit("", 11, 8, ink, c.Learner, content))
	top = p.y + 6
	t, _ := layoutTable(len(c.Modules), tableBottom+6-top-noteH)
	p.modules(c, top, t)
	p.footer(c)
}

// balance wraps s in at most w per line, then narrows the measure as long as
// that keeps the same number of lines, so the last line is not a lone word.
func (p *page) balance(s string, w float64) []string {
	lines := p.wrap(s, w)
	for try := w - 2; try > w/2; try -= 2 {
		l := p.wrap(s, try)
		if len(l) != len(lines) {
			break
		}
		lines = l
	}
	return lines
}

// table is the shape of the module table: columns side by side, rows per
// column, and the row height in mm.
type table struct {
	cols, rows int
	rowH       float64
}

// layoutTable fits n module rows (plus a header row per column) in height
// h: one column for a usual course, two or three side by side for a long
// one. ok is false when even three columns would need rows lower than
// minRowH; the returned table is then squeezed to fit anyway.
func layoutTable(n int, h float64) (t table, ok bool) {
	first := 1
	if n > 8 {
		first = 2
	}
	for cols := first; cols <= 3; cols++ {
		rows := (n + cols - 1) / cols
		t = table{cols: cols, rows: rows, rowH: math.Min(maxRowH, h/float64(rows+1))}
		if t.rowH >= minRowH {
			return t, true
		}
	}
	return t, false
}

// modules draws the table of module results from top down, in the shape t.
func (p *page) modules(c *Certificate, top float64, t table) {
	f := p.f
	n := len(c.Modules)
	cols, rows, rowH := t.cols, t.rows, t.rowH
	gap := 8.0
	colW := 190.0
	if cols > 1 {
		colW = (pageW - 2*marginX - float64(cols-1)*gap) / float64(cols)
	}
	size := math.Min(10, rowH/ptMM*0.62)
	scoreW, dateW := 20.0, 38.0
	longDate := cols == 1
	if !longDate {
		scoreW, dateW = 15, 24
	}
	titleW := colW - scoreW - dateW
	left := (pageW - (float64(cols)*colW + float64(cols-1)*gap)) / 2

	for col := 0; col < cols; col++ {
		x := left + float64(col)*(colW+gap)
		y := top
		// Header row.
		p.font("B", size*0.85, grey)
		base := y + rowH*0.68
		f.Text(x+1, base, "Module")
		f.Text(x+titleW+scoreW-1-p.width("Score"), base, "Score")
		f.Text(x+titleW+scoreW+4, base, "Behaald op")
		f.SetDrawColor(navy.r, navy.g, navy.b)
		f.SetLineWidth(0.3)
		f.Line(x, y+rowH, x+colW, y+rowH)
		y += rowH

		f.SetDrawColor(rule.r, rule.g, rule.b)
		f.SetLineWidth(0.15)
		for i := col * rows; i < n && i < (col+1)*rows; i++ {
			m := c.Modules[i]
			base := y + rowH*0.68
			p.font("", size, ink)
			f.Text(x+1, base, p.truncate(m.Title, titleW-3))
			p.font("B", size, ink)
			score := fmt.Sprintf("%d%%", m.Score)
			f.Text(x+titleW+scoreW-1-p.width(score), base, score)
			p.font("", size, ink)
			date := DutchDate(m.Passed)
			if !longDate {
				date = shortDate(m.Passed)
			}
			f.Text(x+titleW+scoreW+4, base, date)
			y += rowH
			f.Line(x, y, x+colW, y)
		}
	}

	p.font("I", 8.5, grey)
	note := fmt.Sprintf("Per module behaald met een score van ten minste %d%%.", c.PassMark)
	p.centre(top+float64(rows+1)*rowH+noteH-1.5, note)
}

// footer draws the issuer on the left and the verification code with its
// instruction on the right.
func (p *page) footer(c *Certificate) {
	f := p.f
	left, right := marginX, pageW-marginX
	f.SetDrawColor(rule.r, rule.g, rule.b)
	f.SetLineWidth(0.2)
	f.Line(left, 172, right, 172)

	label, by := "Uitgegeven door", c.Issuer
	switch {
	case c.Version >= 2 && c.SelfIssued:
		label, by = "Bewijs van deelname", "door de deelnemer zelf gemaakt, niet door een organisatie uitgegeven"
	case c.Version >= 2:
		by = c.SignedByName
	}
	p.font("", 8, grey)
	f.Text(left, 179, label)
	issuer := p.fit("", 10, 7.5, ink, by, 150)
	f.Text(left, 185, issuer)
	p.font("", 8, grey)
	made := "Aangemaakt op " + DutchDate(c.Created.Format(dateLayout))
	if c.ValidUntil != "" {
		made += "  ·  Geldig tot " + DutchDate(c.ValidUntil)
	}
	f.Text(left, 190.5, made)

	p.font("", 8, grey)
	f.Text(right-p.width("Verificatiecode"), 179, "Verificatiecode")
	p.font("B", 15, navy)
	f.Text(right-p.width(c.Code), 186, c.Code)
	p.font("I", 8, grey)
	f.Text(right-p.width(VerifyHint), 191, VerifyHint)
}

// specimenWatermark writes SpecimenMark large and pale along the diagonal,
// behind everything else, so no one can mistake a sample for the real thing.
func (p *page) specimenWatermark() {
	f := p.f
	angle := math.Atan2(pageH, pageW) * 180 / math.Pi
	diag := math.Hypot(pageW, pageH)
	size := 60.0
	p.font("B", size, watermark)
	for p.width(SpecimenMark) > diag*0.8 && size > 20 {
		size -= 2
		p.font("B", size, watermark)
	}
	w := p.width(SpecimenMark)
	cx, cy := pageW/2, pageH/2
	f.TransformBegin()
	f.TransformRotate(angle, cx, cy)
	f.Text(cx-w/2, cy+size*ptMM/3, SpecimenMark)
	f.TransformEnd()
}

// specimenBanner puts SpecimenMark in a red band along the top of the frame.
func (p *page) specimenBanner() {
	f := p.f
	f.SetFillColor(red.r, red.g, red.b)
	f.Rect(11.5, 11.5, pageW-23, 7, "F")
	p.font("B", 9.5, rgb{0xff, 0xff, 0xff})
	p.centre(16.4, SpecimenMark)
}

// shortDate writes a YYYY-MM-DD date as DD-MM-YYYY, for narrow tables.
func shortDate(s string) string {
	if len(s) != len(dateLayout) {
		return s
	}
	return s[8:10] + "-" + s[5:7] + "-" + s[0:4]
}

// goFonts are the embedded fonts parsed once, to check that they have a
// glyph for every character of a certificate.
var goFonts = sync.OnceValues(func() ([]*sfnt.Font, error) {
	var fonts []*sfnt.Font
	for _, ttf := range [][]byte{goregular.TTF, gobold.TTF, goitalic.TTF} {
		fnt, err := sfnt.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("parse Go font: %w", err)
		}
		fonts = append(fonts, fnt)
	}
	return fonts, nil
})

// unprintable returns the characters of s that the Go fonts cannot print
// (they would show as empty boxes), each once, in order.
func unprintable(s string) ([]rune, error) {
	fonts, err := goFonts()
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	var bad []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if r == ' ' || seen[r] {
			continue
		}
		seen[r] = true
		for _, fnt := range fonts {
			if gi, err := fnt.GlyphIndex(&buf, r); err != nil || gi == 0 {
				bad = append(bad, r)
				break
			}
		}
	}
	return bad, nil
}

// title is the large word at the top: a certificate issued by an
// organisation is a "Certificaat"; what a learner makes on their own is a
// "Bewijs van deelname", so that nobody takes it for the other.
func (c *Certificate) title() string {
	if c.Version >= 2 && c.SelfIssued {
		return "Bewijs van deelname"
	}
	return "Certificaat"
}

// opening begins the sentence that the learner's name continues.
func (c *Certificate) opening() string {
	if c.Version >= 2 && c.SelfIssued {
		return "De deelnemer verklaart zelf dat"
	}
	return "Hierbij wordt verklaard dat"
}
