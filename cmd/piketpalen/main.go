// Command piketpalen is an offline terminal course for Dutch civil servants
// about the limits of their public speech. It runs the course built into the
// binary (or one from a folder), keeps the learner's progress on this
// computer, and makes certificates that can be verified offline.
package main

import (
	"fmt"
	"io"
	"os"

	"piketpalen/progress"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches the subcommands; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "validate":
			return runValidate(args[1:], stdout, stderr)
		case "export-results":
			return runExportResults(args[1:], stdout, stderr)
		case "results", "resultaten":
			return runResults(args[1:], stdout, stderr)
		case "present":
			return runPresent(args[1:], stdin, stdout, stderr)
		case "print":
			return runPrint(args[1:], stdout, stderr)
		case "doctor":
			return runDoctor(args[1:], stdout, stderr)
		case "certificate", "certificaat":
			return runCertificate(args[1:], stdout, stderr)
		case "verify":
			return runVerify(args[1:], stdout, stderr)
		case "help", "--help", "-h":
			usage(stdout)
			dataHelp(stdout)
			return 0
		}
	}
	return runCourse(args, stdin, stdout, stderr)
}

// dataHelp says where this learner's progress is kept, and why there.
func dataHelp(w io.Writer) {
	dir, how, err := progress.Dir("")
	if err != nil {
		fmt.Fprintf(w, "\nJe voortgang: %v\n", err)
		return
	}
	fmt.Fprintf(w, "\nJe voortgang staat in %s (gekozen: %s).\nEen map piketpalen-data naast het programma maakt het draagbaar: dan staat alles daar.\n", dir, how)
}

func usage(w io.Writer) {
	fmt.Fprint(w, `piketpalen: weet waar de piketpalen staan. Een cursus voor ambtenaren over
de grenzen van hun uitingsvrijheid, voor de terminal en zonder internet.

Gebruik:
  piketpalen [--course MAP] [--data MAP]   de cursus volgen
  piketpalen validate [MAP]                een cursusmap controleren (bestand:regel: probleem)
  piketpalen export-results [--name NAAM] [--org ORG] [--out BESTAND]
                                           je resultaten in één bestand voor je trainer
  piketpalen results BESTAND|MAP... [--csv UIT.csv]
                                           trainer: overzicht van de resultaten van een groep
  piketpalen present [MODULE]              presentatiemodus voor trainers (beamer, antwoorden verborgen)
  piketpalen print [MODULE] [--width N]    een module of de hele cursus als tekst (om af te drukken)
  piketpalen doctor                        controleren of de cursus op deze computer werkt
  piketpalen certificate --name NAAM [--org ORG] [--out MAP]
                                           je certificaat maken (als alle modules gehaald zijn)
  piketpalen certificate --sample          een voorbeeldcertificaat maken
  piketpalen verify BESTAND                een certificaat (PDF of JSON) controleren
  piketpalen --version                     de versie tonen
  piketpalen help                          deze hulp

Opties bij het volgen van de cursus:
  --course MAP   de cursus uit deze map in plaats van de ingebouwde cursus
  --data MAP     je voortgang in deze map bewaren (ook: omgevingsvariabele PIKETPALEN_DATA)
  --theme NAAM   dark (standaard), light of ascii (zonder kleur)
  --lang TAAL    taal van de knoppen en meldingen: nl (standaard) of en
  --plain        de cursus als gewone tekst, regel voor regel: voor schermlezers en
                 consoles zonder volledig scherm. Vanzelf aan als ACCESSIBLE is gezet
                 of als invoer of uitvoer geen terminal is.
`)
}
