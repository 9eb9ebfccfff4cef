package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"piketpalen/certificate"
)

// Exit statuses of "piketpalen verify".
const (
	verifyIntact     = 0 // intact and not a specimen: a valid certificate
	verifyInvalid    = 1 // altered, a specimen, or signed by another build
	verifyUnreadable = 2 // not a certificate, unreadable, or a usage error
)

// runVerify checks a certificate file (PDF or JSON) and says in Dutch what it
// says and whether it can be trusted. A specimen exits with 1, not 0: it is
// intact, but it is not a valid certificate, and a script that accepts exit 0
// must never accept a sample.
func runVerify(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Gebruik: piketpalen verify BESTAND

Controleert een certificaat van piketpalen (de PDF of het JSON-bestand) en
toont wat erin staat: naam, organisatie, cursus, versie, stand van zaken,
datum, de score per module en de verificatiecode.

Een PDF wordt helemaal gecontroleerd: de ondertekende gegevens erin en elke
letter op de pagina. Intact betekent: niet gewijzigd sinds piketpalen het
certificaat maakte. Het bewijst niet dat de cursist de vragen zelf heeft
beantwoord; zie het vertrouwensmodel in de README.

Afsluitcode:
  0  intact en geldig
  1  gewijzigd, een voorbeeldcertificaat, of gemaakt door een andere uitgave
     van piketpalen (met een eigen sleutel)
  2  geen leesbaar certificaat, of verkeerd gebruik
`)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return verifyUnreadable
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return verifyUnreadable
	}
	path := fs.Arg(0)

	pub, err := certificate.DefaultPublicKey()
	if err != nil {
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyUnreadable
	}
	c, err := certificate.VerifyFile(path, pub)
	switch {
	case err == nil:
		printCertificate(stdout, c)
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, "Intact: dit certificaat is niet gewijzigd sinds piketpalen het maakte.")
		fmt.Fprintln(stdout, "(Het zegt niet wie de vragen beantwoordde: piketpalen werkt offline en zonder toezicht.)")
		return verifyIntact

	case errors.Is(err, certificate.ErrSpecimen):
		fmt.Fprintln(stdout, certificate.SpecimenMark)
		fmt.Fprintln(stdout)
		printCertificate(stdout, c)
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, "Voorbeeldcertificaat: het bestand is niet gewijzigd, maar het is een voorbeeld voor")
		fmt.Fprintln(stdout, "trainers en HR met een verzonnen cursist. Het is geen geldig certificaat.")
		return verifyInvalid

	case errors.Is(err, certificate.ErrOtherKey):
		fmt.Fprintln(stdout, "NIET TE CONTROLEREN: dit certificaat is ondertekend met een andere sleutel dan")
		fmt.Fprintln(stdout, "die van deze piketpalen. Het kan gemaakt zijn door een piketpalen die een andere")
		fmt.Fprintln(stdout, "organisatie zelf heeft gebouwd; controleer het dan met die uitgave. Hier is het")
		fmt.Fprintln(stdout, "niet geldig.")
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyInvalid

	case errors.Is(err, certificate.ErrAltered):
		fmt.Fprintln(stdout, "GEWIJZIGD: dit certificaat is veranderd nadat piketpalen het maakte, of het is")
		fmt.Fprintln(stdout, "niet door piketpalen gemaakt. Het is niet geldig. Wat erin staat is niet te")
		fmt.Fprintln(stdout, "vertrouwen en wordt daarom niet getoond.")
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyInvalid

	default: // certificate.ErrUnreadable, or a file that cannot be opened
		fmt.Fprintf(stderr, "piketpalen verify: %s is niet te lezen als certificaat van piketpalen.\n", path)
		fmt.Fprintf(stderr, "piketpalen verify: %v\n", err)
		return verifyUnreadable
	}
}

// printCertificate writes what a certificate says, one labelled line per
// field and one line per module.
func printCertificate(w io.Writer, c *certificate.Certificate) {
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "%-17s %s\n", label+":", value)
		}
	}
	line("Naam", c.Learner)
	line("Organisatie", c.Organisation)
	line("Cursus", c.Course)
	line("Versie", c.CourseVersion)
	line("Stand van zaken", certificate.DutchDate(c.AsOf))
	line("Afgerond op", certificate.DutchDate(c.Completed))
	line("Uitgegeven door", c.Issuer)

	width := 0
	for _, m := range c.Modules {
		width = max(width, len([]rune(m.Title)))
	}
	fmt.Fprintf(w, "Modules (geslaagd bij ten minste %d%%):\n", c.PassMark)
	for _, m := range c.Modules {
		pad := strings.Repeat(" ", width-len([]rune(m.Title)))
		fmt.Fprintf(w, "  %s%s  %4d%%  %s\n", m.Title, pad, m.Score, certificate.DutchDate(m.Passed))
	}
	line("Verificatiecode", c.Code)
}
