package locale

var nl = map[string]string{
	"cert.dir":                   "Map voor de bestanden",
	"cert.done":                  "Je certificaat is gemaakt:",
	"cert.intro":                 "Je hebt alle modules gehaald. Vul in wat er op je certificaat moet staan.",
	"cert.name":                  "Je naam (zoals die op het certificaat komt)",
	"cert.nameplaceholder":       "Voornaam Achternaam",
	"cert.needdir":               "Geef een map op voor het certificaat.",
	"cert.needname":              "Vul je naam in.",
	"cert.org":                   "Je organisatie (niet verplicht)",
	"cert.orgplaceholder":        "bijvoorbeeld Gemeente Utrecht",
	"cert.title":                 "Certificaat maken",
	"cert.verify":                "Je leidinggevende of HR kan het controleren met:",
	"cli.field.name":             "De naam",
	"cli.field.org":              "De organisatie",
	"cli.nametoolong":            "%s is te lang: %d tekens, hoogstens %d.",
	"date.day":                   "%d %s %d",
	"date.months":                "januari februari maart april mei juni juli augustus september oktober november december",
	"form.failed":                "Het certificaat kon niet worden gemaakt: %v",
	"help.answer":                "antwoord geven (bij meerkeuze: bevestigen)",
	"help.cert":                  "certificaat maken",
	"help.choosemodule":          "module kiezen",
	"help.chooseoption":          "antwoord kiezen",
	"help.close":                 "esc of ? sluit de hulp",
	"help.datadir":               "Je voortgang staat in %s",
	"help.enterreader":           "verder lezen; aan het eind van de pagina: volgende pagina",
	"help.export":                "je resultaten exporteren voor je trainer",
	"help.fields":                "naar het volgende of vorige veld",
	"help.home":                  "terug naar het overzicht",
	"help.jump":                  "naar module 0-9",
	"help.make":                  "volgende veld; in het laatste: certificaat maken",
	"help.nextpage":              "volgende pagina (na de laatste: de toets)",
	"help.open":                  "module openen waar je was",
	"help.optionkey":             "antwoord A-I direct kiezen met de letter of het nummer",
	"help.prevpage":              "vorige pagina",
	"help.quit":                  "stoppen (je voortgang is bewaard)",
	"help.quiz":                  "naar de toets van deze module",
	"help.quizback":              "terug; je toets blijft bewaard en gaat later verder",
	"help.retake":                "toets opnieuw maken, met andere vragen",
	"help.scrollline":            "regel omhoog of omlaag",
	"help.scrollpage":            "scherm omlaag of omhoog",
	"help.tick":                  "aankruisen bij 'kies alle juiste antwoorden'",
	"help.title":                 "Hulp: toetsen",
	"help.toggle":                "hulp tonen of verbergen",
	"home.cert":                  "Certificaat maken (je hebt alle modules gehaald)",
	"home.minutes":               "(ongeveer %d minuten)",
	"home.next":                  "Volgende module: %s",
	"home.passedof":              "%d van %d modules gehaald",
	"home.progress":              "Voortgang",
	"home.resume":                "Verder waar je was",
	"home.resume.page":           "%s, pagina %d van %d",
	"home.resume.quiz":           "toets van %s",
	"home.version":               "versie %s",
	"key.answer":                 "enter antwoorden",
	"key.back":                   "esc terug",
	"key.choose":                 "↑/↓ kiezen",
	"key.confirm":                "enter bevestigen",
	"key.export":                 "e exporteren",
	"key.fields":                 "tab volgend veld",
	"key.help":                   "? hulp",
	"key.home":                   "enter overzicht",
	"key.make":                   "enter maken",
	"key.nextpage":               "→ volgende",
	"key.nextquestion":           "enter volgende vraag",
	"key.open":                   "enter openen",
	"key.prevpage":               "← vorige",
	"key.quit":                   "q stoppen",
	"key.quiz":                   "t toets",
	"key.retake":                 "r opnieuw",
	"key.scroll":                 "↑/↓ scrollen",
	"key.tick":                   "spatie aankruisen",
	"key.toquiz":                 "→ naar de toets",
	"key.toresult":               "enter uitslag",
	"out.input":                  "%s wordt door deze opdracht gelezen (het is %s): het wordt niet overschreven. Kies een andere naam.",
	"out.insidefolder":           "%s ligt in de cursusmap %s: daar wordt niets in geschreven. Kies een andere map.",
	"out.nofolder":               "%s: die map bestaat niet (of is geen map). Maak hem eerst, of kies een bestaande map.",
	"out.notregular":             "%s is geen gewoon bestand (een apparaat, FIFO of socket): het wordt niet vervangen. Kies een bestand.",
	"out.protected":              "%s is je voortgangsbestand, de reservekopie of het slot ervan: dat wordt nooit overschreven. Kies een andere naam of map.",
	"out.symlink":                "%s is een symbolische koppeling: het programma schrijft niet via een koppeling. Geef het bestand zelf op.",
	"overview.clash":             "%s: %d cursisten met deze naam",
	"overview.clashes":           "Zelfde naam, verschillende cursisten (elk bestand heeft een eigen cursist-id; allemaal geteld)",
	"overview.reason.notregular": "geen gewoon bestand (een map, apparaat of FIFO); het is niet gelezen",
	"plain.afterquiz":            "Typ opnieuw om de toets opnieuw te maken, of druk op Enter voor het overzicht.",
	"plain.answermany":           "Typ de nummers van alle juiste antwoorden (1 tot %d), gescheiden door spaties, en druk op Enter.",
	"plain.answerone":            "Typ het nummer van je antwoord (1 tot %d) en druk op Enter.",
	"plain.bye":                  "Tot ziens. Je voortgang is bewaard.",
	"plain.bye.memory":           "Tot ziens. Je voortgang is niet bewaard: deze sessie hield alles alleen in het geheugen.",
	"plain.bye.notsaved":         "Tot ziens. Let op: je voortgang is NIET bewaard (%v). Wat je deze keer deed, is verloren; kies een map waarin je kunt schrijven met --data MAP.",
	"plain.certoffer":            "Je hebt alle modules gehaald. Typ c om je certificaat te maken.",
	"plain.choosemodule":         "Typ het nummer van een module (1 tot %d) en druk op Enter, of typ stop.",
	"plain.default":              "%s (Enter voor: %s):",
	"plain.exportoffer":          "Typ e om je resultaten te exporteren voor je trainer.",
	"plain.intro":                "Je kunt altijd stop typen om te stoppen; je voortgang wordt bewaard.",
	"plain.module":               "Module: %s. %d pagina's, ongeveer %d minuten.",
	"plain.modules":              "Modules:",
	"plain.multiple":             "kies alle juiste antwoorden",
	"plain.next":                 "Druk op Enter voor de volgende vraag.",
	"plain.notachoice":           "Dat is geen keuze. Typ een nummer van 1 tot %d.",
	"plain.notpassed":            "Nog niet gehaald: je hebt %d%% nodig.",
	"plain.page":                 "Pagina %d van %d: %s",
	"plain.pagehelp":             "Druk op Enter voor de volgende pagina, of typ terug, toets, menu of stop.",
	"plain.pageprompt":           "Enter: volgende pagina. Of typ terug, toets, menu of stop.",
	"plain.question":             "Vraag %d van %d, %s:",
	"plain.quiz":                 "Toets van %s: %d vragen. Je hebt %d%% goed nodig om de module te halen.",
	"plain.right":                "Het juiste antwoord: %d. %s\nToelichting: %s",
	"plain.single":               "één antwoord is juist",
	"plain.truefalse":            "waar of niet waar",
	"plain.wronglist":            "Fout bij vraag %d: %s",
	"plain.yours":                "Jouw antwoord: %d. %s\nToelichting: %s",
	"quiz.alsoright":             "Ook juist: %s",
	"quiz.choosefirst":           "Kruis eerst minstens één antwoord aan (spatie).",
	"quiz.explanation":           "Uitleg",
	"quiz.loading":               "De toets wordt geladen…",
	"quiz.multiple":              "Kies alle juiste antwoorden: spatie kruist aan, enter bevestigt.",
	"quiz.questionof":            "vraag %d van %d",
	"quiz.right":                 "Goed.",
	"quiz.rightchoice":           "Het juiste antwoord: %s",
	"quiz.source":                "Bron: %s",
	"quiz.title":                 "toets",
	"quiz.wrong":                 "Niet goed.",
	"quiz.yourchoice":            "Jouw keuze: %s",
	"reader.objectives":          "Na deze module kun je:",
	"reader.pageof":              "pagina %d van %d",
	"reader.rendererror":         "Deze pagina kon niet worden opgemaakt (%v). Hieronder staat de tekst zonder opmaak.",
	"reader.rendering":           "Pagina wordt opgemaakt…",
	"reader.scroll":              "regels %d–%d van %d",
	"result.allright":            "Je had alle vragen goed.",
	"result.attempt":             "poging %d",
	"result.n":                   "%d.",
	"result.notpassed":           "Nog niet gehaald: je hebt %d%% nodig. Lees de uitleg hieronder en probeer het opnieuw (r).",
	"result.passed":              "Gehaald! (de grens is %d%%)",
	"result.right":               "Juist was:",
	"result.score":               "Je score: %d%% (%d van %d goed)",
	"result.title":               "uitslag",
	"result.wrongheader":         "Wat je fout had (%d):",
	"result.yours":               "Jouw antwoord:",
	"result.yoursright":          "Jouw antwoord (juist):",
	"results.after":              "Geef dit bestand aan je trainer (USB-stick, gedeelde map of mail).",
	"results.done":               "Je resultaten staan in:",
	"results.intro":              "Je trainer kan de resultaten van de groep samenvoegen. Dit bestand bevat je naam, per module je score en je antwoorden van de laatste toets. Het verlaat je computer alleen als jij het doorgeeft.",
	"results.title":              "Resultaten exporteren",
	"save.failed":                "Opslaan mislukt: %v",
	"status.notpassed":           "nog niet gehaald (%d%%)",
	"status.notstarted":          "niet begonnen",
	"status.page":                "pagina %d van %d",
	"status.passed":              "gehaald (%d%%)",
	"status.quizopen":            "toets bezig",
	"status.version":             "op versie %s",

	// presenter mode: package present and the present command
	"present.answer":          "Het juiste antwoord: %s",
	"present.answers":         "De juiste antwoorden: %s",
	"present.choose":          "Kies een module om te tonen:",
	"present.discussion":      "Gespreksvragen",
	"present.discussions":     "%d gespreksvragen",
	"present.discussions.one": "1 gespreksvraag",
	"present.empty":           "Deze module heeft geen pagina's en geen vragen.",
	"present.explanation":     "Uitleg",
	"present.flag.theme":      "dark, light, high-contrast of ascii",
	"present.help.choose":     "module kiezen",
	"present.help.close":      "esc of ? sluit de hulp",
	"present.help.firstlast":  "eerste of laatste pagina van de module",
	"present.help.modules":    "terug naar de lijst met modules",
	"present.help.next":       "volgende pagina of vraag; bij een vraag eerst het antwoord tonen",
	"present.help.noprogress": "De presentatiemodus leest en bewaart geen voortgang: er komt niemands resultaat op het scherm.",
	"present.help.number":     "de module met dit nummer openen",
	"present.help.open":       "module openen",
	"present.help.prev":       "vorige pagina of vraag; bij een getoond antwoord: dat weer verbergen",
	"present.help.quit":       "stoppen",
	"present.help.reveal":     "antwoord tonen; daarna verder naar beneden, dan de volgende",
	"present.help.scrollline": "regel omhoog of omlaag",
	"present.help.scrollpage": "scherm omhoog of omlaag",
	"present.help.title":      "Hulp: toetsen",
	"present.help.toggle":     "hulp tonen of verbergen",
	"present.key.browse":      "←/→ bladeren",
	"present.key.choose":      "↑/↓ kiezen",
	"present.key.help":        "? hulp",
	"present.key.hide":        "← verbergen",
	"present.key.modules":     "esc modules",
	"present.key.next":        "→ volgende",
	"present.key.open":        "enter of nummer: openen",
	"present.key.quit":        "q stoppen",
	"present.key.reveal":      "enter antwoord tonen",
	"present.key.scroll":      "↑/↓ scrollen",
	"present.key.space":       "spatie",
	"present.more":            "↓ meer",
	"present.multiple":        "Meer dan één antwoord kan juist zijn.",
	"present.nomodules":       "Deze cursus heeft geen modules.",
	"present.objectives":      "Na deze module kun je:",
	"present.onemodule":       "één module tegelijk, niet %d (%v)",
	"present.pageof":          "pagina %d van %d",
	"present.pages":           "%d pagina's",
	"present.pages.one":       "1 pagina",
	"present.questionof":      "Vraag %d van %d",
	"present.questions":       "%d vragen",
	"present.questions.one":   "1 vraag",
	"present.rendererror":     "Deze pagina kon niet worden opgemaakt (%v). Hieronder staat de tekst zonder opmaak.",
	"present.rendering":       "Pagina wordt opgemaakt…",
	"present.source":          "Bron: %s",
	"present.title":           "presentatie",
	"present.unknownmodule":   "onbekende module %q. Kies een van deze (naam of nummer):",
	"present.usage": `Gebruik: piketpalen present [--course MAP] [--theme dark|light|ascii] [--lang nl|en] [MODULE]

Presentatiemodus voor een training: toont een module groot op het scherm of de
beamer, met de pagina's, de gespreksvragen en alle toetsvragen. Het antwoord
op een vraag blijft verborgen tot je op enter of spatie drukt. Er wordt geen
voortgang gelezen of bewaard, dus er komt niemands resultaat op het scherm.

MODULE is de naam van een module (03-functioneringsnorm) of het nummer
ervan zoals het startscherm het toont (3, de eerste module is 0). Zonder
MODULE kies je eerst een module uit de lijst.

Opties:
  --course MAP   de cursus uit deze map in plaats van de ingebouwde cursus
  --theme NAAM   dark (standaard), light (lichte achtergrond) of ascii (zonder kleur)
  --lang TAAL    taal van de knoppen en meldingen: nl (standaard) of en

Toetsen: → volgende, ← vorige, enter of spatie toont het antwoord,
↑/↓ scrollen, esc terug naar de modules, ? hulp, q stoppen.
`,

	// the command line: usage, help, and what the commands share (cmd/piketpalen)
	"cli.badlang":            "--lang: onbekende taal %q (kies nl of en)",
	"cli.badtheme":           "--theme: onbekend thema %q (kies %s)",
	"cli.builtinbroken":      "de ingebouwde cursus is beschadigd:\n%w",
	"cli.courseproblems":     "de cursus in %s heeft %d problemen (zie ook: piketpalen validate %s):\n%w",
	"cli.courseproblems.one": "de cursus in %s heeft 1 probleem (zie ook: piketpalen validate %s):\n%w",
	"cli.datahelp": `
Je voortgang staat in %s (gekozen: %s).
Een map piketpalen-data naast het programma maakt het draagbaar: dan staat alles daar.
`,
	"cli.datahelp.err":       "\nJe voortgang: %v\n",
	"cli.flag.course":        "cursusmap",
	"cli.flag.data":          "map voor je voortgang",
	"cli.flag.datawith":      "map met je voortgang",
	"cli.flag.lang":          "taal van de meldingen: nl of en",
	"cli.flag.langcourse":    "nl of en (wordt onthouden)",
	"cli.flag.org":           "je organisatie (niet verplicht)",
	"cli.flag.plain":         "tekst regel voor regel, voor schermlezers",
	"cli.flag.theme":         "dark, light, high-contrast of ascii (wordt onthouden)",
	"cli.flag.version":       "versie tonen",
	"cli.namenotsaved":       "je naam is niet bewaard: %v",
	"cli.newerschema":        "%s is gemaakt door een nieuwere versie van piketpalen en is niet aangeraakt.\nGebruik die nieuwere versie, of kies een andere map met --data MAP",
	"cli.nodatadir":          "waar je voortgang moet staan is niet te bepalen: %w\nGeef een map op met --data MAP",
	"cli.pressenter":         "Druk op Enter om dit venster te sluiten.",
	"cli.progressunreadable": "je voortgang kon niet worden gelezen: %w",
	"cli.settingnotsaved":    "je instelling is niet bewaard: %v",
	"cli.unknowncommand":     "piketpalen: onbekende opdracht %q (zie: piketpalen help)",
	"cli.usage": `piketpalen: weet waar de piketpalen staan. Een cursus voor ambtenaren over
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
  piketpalen licenses                      de licenties van de software in dit programma
  piketpalen help [--lang en]              deze hulp
  piketpalen OPDRACHT --help               de hulp bij één opdracht

Opties bij het volgen van de cursus:
  --course MAP   de cursus uit deze map in plaats van de ingebouwde cursus
  --data MAP     je voortgang in deze map bewaren (ook: omgevingsvariabele PIKETPALEN_DATA)
  --theme NAAM   dark (standaard), light, high-contrast of ascii (zonder kleur)
  --lang TAAL    taal van de knoppen en meldingen: nl (standaard) of en
  --plain        de cursus als gewone tekst, regel voor regel: voor schermlezers en
                 consoles zonder volledig scherm. Vanzelf aan als ACCESSIBLE is gezet
                 of als invoer of uitvoer geen terminal is.

Taal:
  Elke opdracht kent --lang nl en --lang en, overal na de naam van de opdracht,
  ook na help of --help: piketpalen help --lang en. Zonder --lang gebruiken de
  cursus, certificate en export-results de taal die je bij de cursus koos (die
  wordt onthouden); de andere opdrachten spreken Nederlands. De cursus zelf, het
  certificaat en de meldingen van validate zijn altijd in het Nederlands.
`,
	"cli.version":            "piketpalen %s (cursus %q versie %s, stand van zaken %s)",
	"cli.version.key.own":    "ondertekensleutel %s: de eigen sleutel van deze build",
	"cli.version.key.public": "ondertekensleutel %s: de openbare sleutel uit de broncode (geen eigen sleutel)",

	// piketpalen certificate
	"certificate.checkwith":      "Controleer met: piketpalen verify %s",
	"certificate.failed":         "het certificaat kon niet worden gemaakt: %v",
	"certificate.flag.name":      "je naam zoals die op het certificaat komt",
	"certificate.flag.out":       "map voor het certificaat",
	"certificate.flag.sample":    "een voorbeeldcertificaat maken",
	"certificate.noname":         "geef je naam met --name \"Voornaam Achternaam\"",
	"certificate.notpassed":      "Nog geen certificaat: niet alle modules zijn gehaald. Nog te halen:",
	"certificate.sample.failed":  "voorbeeldcertificaat: %v",
	"certificate.sample.written": "Voorbeeldcertificaat geschreven (%s):",
	"certificate.usage": `Gebruik: piketpalen certificate --name NAAM [--org ORGANISATIE] [--out MAP] [--data MAP]
       piketpalen certificate --sample [--out MAP]

Maakt je certificaat (PDF en een JSON-bestand om te controleren) als je alle
modules hebt gehaald. Zonder --out komt het in je map Documenten, of anders in
de map met je voortgang. Met --sample: een voorbeeld met een verzonnen cursist,
gemarkeerd als "%s".

Opties:
`,
	"certificate.written": "Certificaat geschreven:",

	// piketpalen doctor (package doctor)
	"doctor.blocked":              "Er is een probleem dat het gebruik blokkeert (FOUT hierboven).",
	"doctor.check.colour":         "kleuren",
	"doctor.check.console":        "Windows-console",
	"doctor.check.course":         "cursus",
	"doctor.check.data":           "gegevensmap",
	"doctor.check.portable":       "draagbare modus",
	"doctor.check.progress":       "voortgang",
	"doctor.check.terminal":       "terminal",
	"doctor.check.write":          "schrijven",
	"doctor.colour.16":            "16 kleuren",
	"doctor.colour.256":           "256 kleuren",
	"doctor.colour.ascii":         "geen kleur (tekst en vet)",
	"doctor.colour.nocolor":       "; NO_COLOR is gezet, dus zonder kleur",
	"doctor.colour.notty":         "geen kleur (geen terminal)",
	"doctor.colour.true":          "16 miljoen kleuren",
	"doctor.console.conhost":      "klassieke console (conhost): werkt, maar Windows Terminal toont de cursus mooier",
	"doctor.course":               "%s, versie %s, stand van zaken %s, %d modules",
	"doctor.data":                 "%s (gekozen: %s)",
	"doctor.fine":                 "Alles in orde: de cursus kan hier worden gevolgd.",
	"doctor.how.default":          "standaard",
	"doctor.how.portable":         "draagbaar (naast het programma)",
	"doctor.how.portablereadonly": "standaard (de map %s naast het programma is niet beschrijfbaar)",
	"doctor.mark.error":           "FOUT",
	"doctor.mark.ok":              "ok",
	"doctor.mark.warn":            "let op",
	"doctor.portable.off":         "uit: geen map %s naast het programma",
	"doctor.portable.on":          "aan: je voortgang staat naast het programma",
	"doctor.portable.readonly":    "uit: de map %s naast het programma is niet beschrijfbaar",
	"doctor.progress.damaged":     "%s is beschadigd: bij de start wordt het opzij gezet en wordt de reservekopie gebruikt.",
	"doctor.progress.newer":       "%s is gemaakt door een nieuwere versie van piketpalen; deze versie laat het onaangeroerd en kan de cursus hier niet openen.",
	"doctor.progress.none":        "nog geen voortgang opgeslagen",
	"doctor.progress.notregular":  "%s is geen gewoon bestand (een map, FIFO of apparaat): de cursus kan er niet in lezen of schrijven. Haal het weg of kies een andere map met --data MAP.",
	"doctor.progress.size":        "%s (%d bytes)",
	"doctor.progress.unreadable":  "%s is niet te lezen: %v",
	"doctor.terminal.nosize":      "grootte onbekend: %v",
	"doctor.terminal.notty":       "uitvoer is geen terminal maar omgeleid (naar een bestand of pipe): de cursus start dan als gewone tekst (--plain)",
	"doctor.terminal.small":       "%d×%d: kleiner dan 80×24; maak het venster groter, of gebruik --plain",
	"doctor.usage": `Gebruik: piketpalen doctor [--course MAP] [--data MAP] [--lang nl|en]

Controleert of piketpalen op deze computer kan werken: de cursus, de map voor
je voortgang (bestaat die, kan er geschreven worden, draagbare modus), de
terminal, kleuren en UTF-8. Afsluitcode 1 als iets het gebruik blokkeert.`,
	"doctor.utf8.bad":         "%s; letters als ë en é kunnen verkeerd verschijnen",
	"doctor.utf8.no":          "nee (%s=%s)",
	"doctor.utf8.redirected":  "uitvoer omgeleid: piketpalen schrijft UTF-8; in Windows PowerShell 5.1 eerst [Console]::OutputEncoding = [Text.Encoding]::UTF8",
	"doctor.utf8.unset":       "onbekend: LANG, LC_CTYPE en LC_ALL zijn niet gezet",
	"doctor.utf8.windows":     "de console krijgt Unicode rechtstreeks (codepagina %d)",
	"doctor.utf8.windowsnocp": "de console krijgt Unicode rechtstreeks; codepagina onbekend",
	"doctor.utf8.yes":         "ja (%s=%s)",
	"doctor.write.fail":       "in %s kan niet worden geschreven: %v. Je voortgang zou niet bewaard worden; kies een andere map met --data MAP.",
	"doctor.write.mkdir":      "de map %s kan niet worden gemaakt: %v. Kies een andere map met --data MAP.",
	"doctor.write.ok":         "je voortgang kan worden bewaard",

	// piketpalen export-results
	"export.failed":    "je resultaten konden niet worden geschreven: %v",
	"export.flag.name": "je naam (standaard: de naam die piketpalen al van je weet)",
	"export.flag.out":  "het bestand (of de map) om het resultaat in te schrijven",
	"export.noname":    "geef je naam met --name \"Voornaam Achternaam\", zodat je trainer weet van wie de resultaten zijn",
	"export.passed":    "Modules gehaald: %d van %d. Geef dit bestand aan je trainer.",
	"export.usage": `Gebruik: piketpalen export-results [--name NAAM] [--org ORGANISATIE] [--out BESTAND] [--data MAP]

Schrijft je resultaten naar één bestand voor je trainer: per module of je
geslaagd bent, je beste score, het aantal pogingen en je antwoorden bij de
laatste toets. Dat kan op elk moment, ook als je nog niet klaar bent. Het
bestand is ondertekend: een wijziging achteraf valt op.

Zonder --out komt het bestand resultaten-<naam>.json in je map Documenten,
of anders in de map met je voortgang. Zonder --name wordt de naam gebruikt
die piketpalen al van je weet (van je certificaat of een eerdere export).

Opties:
`,
	"export.written": "Resultaten van %s geschreven:",

	// piketpalen results: the trainer's overview
	"overview.badsep":             "--csv-sep: kies , of ; (niet %q)",
	"overview.col.name":           "Naam",
	"overview.col.org":            "Organisatie",
	"overview.col.passed":         "Modules gehaald",
	"overview.csvfailed":          "CSV niet geschreven: %v",
	"overview.csvnotwritten":      "%s is daarom niet geschreven",
	"overview.csvwritten":         "CSV geschreven: %s",
	"overview.duplicate":          "Dubbel: %s heeft ook een nieuwer bestand, %s. Alleen het nieuwste telt mee.",
	"overview.files":              "%d bestanden",
	"overview.files.one":          "1 bestand",
	"overview.flag.course":        "cursusmap (standaard: de ingebouwde cursus)",
	"overview.flag.csv":           "schrijf de tabel per vraag ook als CSV naar dit bestand",
	"overview.flag.csvsep":        "scheidingsteken in de CSV: , of ; (; voor Excel met Nederlandse instellingen)",
	"overview.modules":            "Geslaagd per module (van %s)",
	"overview.noanswers":          "Nog geen enkele vraag beantwoord.",
	"overview.nobody":             "Door niemand beantwoord (%d): %s.",
	"overview.nobodymany":         "Door niemand beantwoord: %d vragen (met --csv staan ze in de CSV).",
	"overview.nofiles":            "geef de resultatenbestanden of de map waarin ze staan",
	"overview.nonecounted":        "geen enkel bestand telt mee",
	"overview.notcounted":         ", %d niet geteld (zie Problemen onderaan)",
	"overview.othercourse":        "Andere cursus%s: %q. Niet geteld.",
	"overview.otherkey":           "Ondertekend door een andere uitgave van piketpalen, met een eigen sleutel%s. Hier niet te controleren en niet geteld.",
	"overview.otherversion":       "Andere cursusversie%s: versie %s, dit overzicht is van versie %s. Niet geteld: de vragen kunnen verschillen. Laat opnieuw exporteren met deze versie, of maak een overzicht met --course MAP van versie %s.",
	"overview.participants":       "%d deelnemers",
	"overview.participants.one":   "1 deelnemer",
	"overview.passedof":           "%d van %d",
	"overview.people":             "Deelnemers (%d)",
	"overview.problems":           "Problemen (%s niet geteld)",
	"overview.questions":          "Vragen, moeilijkste eerst (aandeel goed, goed/beantwoord)",
	"overview.reason.certificate": "het is een certificaat, geen resultatenbestand (maak er een met piketpalen export-results)",
	"overview.reason.newer":       "gemaakt door een nieuwere versie van piketpalen; gebruik die",
	"overview.reason.notresult":   "geen resultatenbestand van piketpalen",
	"overview.reason.progress":    "het is een voortgangsbestand, geen resultatenbestand (maak er een met piketpalen export-results)",
	"overview.reason.toolarge":    "veel groter dan een resultatenbestand",
	"overview.reason.unknown":     "onbekend",
	"overview.summary":            "%s gelezen: %s geteld",
	"overview.tampered":           "Gewijzigd na het exporteren%s: de ondertekening klopt niet meer bij de inhoud. Niet geteld; vraag de cursist opnieuw te exporteren.",
	"overview.times":              "%d keer",
	"overview.times.one":          "1 keer",
	"overview.title":              "Resultaten: %s, versie %s",
	"overview.unreadable":         "Niet te lezen als resultatenbestand; overgeslagen. Reden: %s.",
	"overview.usage": `Gebruik: piketpalen results BESTAND|MAP... [--csv UIT.csv] [--csv-sep ;] [--course MAP]

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
`,
	"overview.wrong": "vaakst gekozen fout (%s):",

	// piketpalen print (package printout)
	"print.badwidth":     "--width moet tussen 30 en 500 liggen, niet %d",
	"print.discussion":   "Gespreksvragen",
	"print.flag.answers": "ook de toetsvragen met de juiste antwoorden, de uitleg en de gespreksvragen (voor trainers)",
	"print.flag.width":   "regelbreedte",
	"print.key":          "Toetsvragen met antwoorden (%d in de pool, %d per poging; * = juist)",
	"print.module":       "Module %d: %s (ongeveer %d minuten)",
	"print.nomodule":     "geen module %q; kies een nummer van 0 tot %d of een van: %s",
	"print.usage": `Gebruik: piketpalen print [MODULE] [--width N] [--answers] [--course MAP] [--lang nl|en]

Schrijft een module (of zonder MODULE de hele cursus) als gewone tekst naar de
uitvoer: om af te drukken, door te sturen of met een schermlezer te lezen.
MODULE is het nummer zoals het overzicht het toont (0, 1, …) of de naam van de
map (03-functioneringsnorm). Met --answers komen er voor trainers ook de
toetsvragen bij, met de juiste antwoorden, de toelichting per antwoord, de bron,
en de gespreksvragen.

Opties:
`,
	"print.version": "Versie %s, stand van zaken %s",

	// piketpalen validate; the problems themselves stay Dutch (package course)
	"validate.builtin":      "de ingebouwde cursus",
	"validate.notadir":      "%s is geen map",
	"validate.ok":           "%s is in orde",
	"validate.problems":     "%d problemen gevonden in %s",
	"validate.problems.one": "1 probleem gevonden in %s",
	"validate.usage": `Gebruik: piketpalen validate [MAP] [--lang nl|en]

Controleert de cursus in MAP (zonder MAP: de ingebouwde cursus) en noemt elk
probleem als bestand:regel: melding. De meldingen zijn in het Nederlands, net
als de cursusbestanden.`,

	// piketpalen verify
	"verify.altered":   "GEWIJZIGD: dit certificaat is veranderd nadat piketpalen het maakte, of het is\nniet door piketpalen gemaakt. Het is niet geldig. Wat erin staat is niet te\nvertrouwen en wordt daarom niet getoond.",
	"verify.asof":      "Stand van zaken",
	"verify.code":      "Verificatiecode",
	"verify.completed": "Afgerond op",
	"verify.course":    "Cursus",
	"verify.intact":    "Intact: dit certificaat is niet gewijzigd sinds piketpalen het maakte.\n(Het zegt niet wie de vragen beantwoordde: piketpalen werkt offline en zonder toezicht.)",
	"verify.issuer":    "Uitgegeven door",
	"verify.modules":   "Modules (geslaagd bij ten minste %d%%):",
	"verify.name":      "Naam",
	"verify.org":       "Organisatie",
	"verify.otherkey": `NIET TE CONTROLEREN: dit certificaat is ondertekend met een andere sleutel dan
die van deze piketpalen. Het kan gemaakt zijn door een piketpalen die een andere
organisatie zelf heeft gebouwd; controleer het dan met die uitgave. Hier is het
niet geldig.`,
	"verify.specimen":     "Voorbeeldcertificaat: het bestand is niet gewijzigd, maar het is een voorbeeld voor\ntrainers en HR met een verzonnen cursist. Het is geen geldig certificaat.",
	"verify.specimenmark": "VOORBEELD — geen geldig certificaat",
	"verify.unreadable":   "%s is niet te lezen als certificaat van piketpalen.",
	"verify.usage": `Gebruik: piketpalen verify BESTAND [--lang nl|en]

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
`,
	"verify.version": "Versie",
	// notices from the progress store
	"notice.backup-damaged-kept":      "De reservekopie was ook beschadigd. Die is bewaard als %s.",
	"notice.backup-damaged-not-moved": "De reservekopie %s is ook beschadigd en kon niet opzij worden gezet (%s).",
	"notice.damaged-kept":             "Je voortgangsbestand was beschadigd. Het is bewaard als %s.",
	"notice.damaged-not-moved":        "Je voortgangsbestand %s is beschadigd en kon niet opzij worden gezet (%s). Het blijft onaangeroerd.",
	"notice.finished-twice":           "Deze toets (%s) stond ook in een ander venster van piketpalen open en is daar ook afgemaakt. Beide uitslagen zijn bewaard, als twee pogingen.",
	"notice.folder-read-only":         "piketpalen kan niet schrijven in de map %s (%s). Wat je nu doet, wordt niet bewaard. Kies een andere map met --data MAP.",
	"notice.missing":                  "Je voortgangsbestand %s ontbrak.",
	"notice.no-backup":                "Er was geen bruikbare reservekopie: je begint met lege voortgang.",
	"notice.portable-not-read":        "De voortgang in %s kon niet worden gebruikt (%s); die map is alleen-lezen, dus hij blijft daar onaangeroerd.",
	"notice.portable-read-only":       "De map %s naast het programma is alleen-lezen. Je voortgang daaruit is gelezen, maar kan daar niet worden bewaard; hij wordt bewaard in %s.",
	"notice.restored-from-backup":     "Je voortgang is teruggezet uit de reservekopie %s. Wat je het laatst deed, kan ontbreken.",
}

var en = map[string]string{
	"cert.dir":                   "Folder for the files",
	"cert.done":                  "Your certificate is made:",
	"cert.intro":                 "You passed every module. Fill in what your certificate should say.",
	"cert.name":                  "Your name (as it will appear on the certificate)",
	"cert.nameplaceholder":       "First name Last name",
	"cert.needdir":               "Give a folder for the certificate.",
	"cert.needname":              "Fill in your name.",
	"cert.org":                   "Your organisation (optional)",
	"cert.orgplaceholder":        "for example Gemeente Utrecht",
	"cert.title":                 "Make certificate",
	"cert.verify":                "Your manager or HR can check it with:",
	"cli.field.name":             "The name",
	"cli.field.org":              "The organisation",
	"cli.nametoolong":            "%s is too long: %d characters, at most %d.",
	"date.day":                   "%d %s %d",
	"date.months":                "January February March April May June July August September October November December",
	"form.failed":                "The certificate could not be made: %v",
	"help.answer":                "answer (multiple choice: confirm)",
	"help.cert":                  "make your certificate",
	"help.choosemodule":          "choose a module",
	"help.chooseoption":          "choose an answer",
	"help.close":                 "esc or ? closes help",
	"help.datadir":               "Your progress is stored in %s",
	"help.enterreader":           "read on; at the end of the page: next page",
	"help.export":                "export your results for your trainer",
	"help.fields":                "next or previous field",
	"help.home":                  "back to the overview",
	"help.jump":                  "go to module 0-9",
	"help.make":                  "next field; in the last one: make the certificate",
	"help.nextpage":              "next page (after the last: the quiz)",
	"help.open":                  "open the module where you were",
	"help.optionkey":             "choose answer A-I directly by its letter or number",
	"help.prevpage":              "previous page",
	"help.quit":                  "quit (your progress is saved)",
	"help.quiz":                  "go to this module's quiz",
	"help.quizback":              "back; your quiz is kept and resumes later",
	"help.retake":                "retake the quiz, with other questions",
	"help.scrollline":            "line up or down",
	"help.scrollpage":            "screen down or up",
	"help.tick":                  "tick an answer in 'select all that apply'",
	"help.title":                 "Help: keys",
	"help.toggle":                "show or hide help",
	"home.cert":                  "Make certificate (you passed every module)",
	"home.minutes":               "(about %d minutes)",
	"home.next":                  "Next module: %s",
	"home.passedof":              "%d of %d modules passed",
	"home.progress":              "Progress",
	"home.resume":                "Continue where you were",
	"home.resume.page":           "%s, page %d of %d",
	"home.resume.quiz":           "quiz of %s",
	"home.version":               "version %s",
	"key.answer":                 "enter answer",
	"key.back":                   "esc back",
	"key.choose":                 "↑/↓ choose",
	"key.confirm":                "enter confirm",
	"key.export":                 "e export",
	"key.fields":                 "tab next field",
	"key.help":                   "? help",
	"key.home":                   "enter overview",
	"key.make":                   "enter make",
	"key.nextpage":               "→ next",
	"key.nextquestion":           "enter next question",
	"key.open":                   "enter open",
	"key.prevpage":               "← previous",
	"key.quit":                   "q quit",
	"key.quiz":                   "t quiz",
	"key.retake":                 "r retake",
	"key.scroll":                 "↑/↓ scroll",
	"key.tick":                   "space tick",
	"key.toquiz":                 "→ to the quiz",
	"key.toresult":               "enter result",
	"out.input":                  "%s is one of the files this command reads (it is %s): it is not overwritten. Choose another name.",
	"out.insidefolder":           "%s is inside the course folder %s: nothing is written there. Choose another folder.",
	"out.nofolder":               "%s: that folder does not exist (or is not a folder). Make it first, or choose an existing folder.",
	"out.notregular":             "%s is not a regular file (a device, FIFO or socket): it is not replaced. Choose a file.",
	"out.protected":              "%s is your progress file, its backup or its lock: it is never overwritten. Choose another name or folder.",
	"out.symlink":                "%s is a symbolic link: the program does not write through a link. Name the file itself.",
	"overview.clash":             "%s: %d learners with this name",
	"overview.clashes":           "Same name, different learners (each file has a learner id of its own; all counted)",
	"overview.reason.notregular": "not a regular file (a folder, device or FIFO); it was not read",
	"plain.afterquiz":            "Type again to retake the quiz, or press Enter for the overview.",
	"plain.answermany":           "Type the numbers of all right answers (1 to %d), separated by spaces, and press Enter.",
	"plain.answerone":            "Type the number of your answer (1 to %d) and press Enter.",
	"plain.bye":                  "Goodbye. Your progress is saved.",
	"plain.bye.memory":           "Goodbye. Your progress is not saved: this session kept everything in memory only.",
	"plain.bye.notsaved":         "Goodbye. Note: your progress is NOT saved (%v). What you did this time is lost; choose a folder you can write to with --data DIR.",
	"plain.certoffer":            "You passed every module. Type c to make your certificate.",
	"plain.choosemodule":         "Type the number of a module (1 to %d) and press Enter, or type stop.",
	"plain.default":              "%s (Enter for: %s):",
	"plain.exportoffer":          "Type e to export your results for your trainer.",
	"plain.intro":                "You can type stop at any time to quit; your progress is saved.",
	"plain.module":               "Module: %s. %d pages, about %d minutes.",
	"plain.modules":              "Modules:",
	"plain.multiple":             "select all that apply",
	"plain.next":                 "Press Enter for the next question.",
	"plain.notachoice":           "That is not a choice. Type a number from 1 to %d.",
	"plain.notpassed":            "Not passed yet: you need %d%%.",
	"plain.page":                 "Page %d of %d: %s",
	"plain.pagehelp":             "Press Enter for the next page, or type back, quiz, menu or stop.",
	"plain.pageprompt":           "Enter: next page. Or type back, quiz, menu or stop.",
	"plain.question":             "Question %d of %d, %s:",
	"plain.quiz":                 "Quiz of %s: %d questions. You need %d%% right to pass the module.",
	"plain.right":                "The right answer: %d. %s\nFeedback: %s",
	"plain.single":               "one answer is right",
	"plain.truefalse":            "true or false",
	"plain.wronglist":            "Wrong at question %d: %s",
	"plain.yours":                "Your answer: %d. %s\nFeedback: %s",
	"quiz.alsoright":             "Also right: %s",
	"quiz.choosefirst":           "Tick at least one answer first (space).",
	"quiz.explanation":           "Explanation",
	"quiz.loading":               "Loading the quiz…",
	"quiz.multiple":              "Select all that apply: space ticks, enter confirms.",
	"quiz.questionof":            "question %d of %d",
	"quiz.right":                 "Right.",
	"quiz.rightchoice":           "The right answer: %s",
	"quiz.source":                "Source: %s",
	"quiz.title":                 "quiz",
	"quiz.wrong":                 "Not right.",
	"quiz.yourchoice":            "Your choice: %s",
	"reader.objectives":          "After this module you can:",
	"reader.pageof":              "page %d of %d",
	"reader.rendererror":         "This page could not be formatted (%v). Below is the text without formatting.",
	"reader.rendering":           "Formatting the page…",
	"reader.scroll":              "lines %d–%d of %d",
	"result.allright":            "You answered every question right.",
	"result.attempt":             "attempt %d",
	"result.n":                   "%d.",
	"result.notpassed":           "Not passed yet: you need %d%%. Read the explanations below and try again (r).",
	"result.passed":              "Passed! (the pass mark is %d%%)",
	"result.right":               "Right was:",
	"result.score":               "Your score: %d%% (%d of %d right)",
	"result.title":               "result",
	"result.wrongheader":         "What you got wrong (%d):",
	"result.yours":               "Your answer:",
	"result.yoursright":          "Your answer (right):",
	"results.after":              "Give this file to your trainer (USB stick, shared folder or mail).",
	"results.done":               "Your results are in:",
	"results.intro":              "Your trainer can combine the results of the group. This file holds your name and, per module, your score and your answers in the latest quiz. It leaves your computer only if you pass it on.",
	"results.title":              "Export results",
	"save.failed":                "Saving failed: %v",
	"status.notpassed":           "not passed yet (%d%%)",
	"status.notstarted":          "not started",
	"status.page":                "page %d of %d",
	"status.passed":              "passed (%d%%)",
	"status.quizopen":            "quiz in progress",
	"status.version":             "on version %s",

	// presenter mode: package present and the present command
	"present.answer":          "The right answer: %s",
	"present.answers":         "The right answers: %s",
	"present.choose":          "Choose a module to show:",
	"present.discussion":      "Discussion questions",
	"present.discussions":     "%d discussion questions",
	"present.discussions.one": "1 discussion question",
	"present.empty":           "This module has no pages and no questions.",
	"present.explanation":     "Explanation",
	"present.flag.theme":      "dark, light, high-contrast or ascii",
	"present.help.choose":     "choose a module",
	"present.help.close":      "esc or ? closes help",
	"present.help.firstlast":  "first or last screen of the module",
	"present.help.modules":    "back to the list of modules",
	"present.help.next":       "next page or question; on a question, first show the answer",
	"present.help.noprogress": "Presenter mode reads and saves no progress: nobody's results appear on screen.",
	"present.help.number":     "open the module with this number",
	"present.help.open":       "open the module",
	"present.help.prev":       "previous page or question; on a shown answer: hide it again",
	"present.help.quit":       "quit",
	"present.help.reveal":     "show the answer; then further down, then the next",
	"present.help.scrollline": "line up or down",
	"present.help.scrollpage": "screen up or down",
	"present.help.title":      "Help: keys",
	"present.help.toggle":     "show or hide help",
	"present.key.browse":      "←/→ browse",
	"present.key.choose":      "↑/↓ choose",
	"present.key.help":        "? help",
	"present.key.hide":        "← hide",
	"present.key.modules":     "esc modules",
	"present.key.next":        "→ next",
	"present.key.open":        "enter or number: open",
	"present.key.quit":        "q quit",
	"present.key.reveal":      "enter show answer",
	"present.key.scroll":      "↑/↓ scroll",
	"present.key.space":       "space",
	"present.more":            "↓ more",
	"present.multiple":        "More than one answer can be right.",
	"present.nomodules":       "This course has no modules.",
	"present.objectives":      "After this module you can:",
	"present.onemodule":       "one module at a time, not %d (%v)",
	"present.pageof":          "page %d of %d",
	"present.pages":           "%d pages",
	"present.pages.one":       "1 page",
	"present.questionof":      "Question %d of %d",
	"present.questions":       "%d questions",
	"present.questions.one":   "1 question",
	"present.rendererror":     "This page could not be formatted (%v). Below is the text without formatting.",
	"present.rendering":       "Formatting the page…",
	"present.source":          "Source: %s",
	"present.title":           "presenter",
	"present.unknownmodule":   "unknown module %q. Choose one of these (name or number):",
	"present.usage": `Usage: piketpalen present [--course DIR] [--theme dark|light|ascii] [--lang nl|en] [MODULE]

Presenter mode for a training: shows a module large on the screen or the
projector, with the pages, the discussion questions and every quiz question.
The answer to a question stays hidden until you press enter or space. No
progress is read or saved, so nobody's results appear on the screen.

MODULE is the name of a module (03-functioneringsnorm) or its number as the
start screen shows it (3; the first module is 0). Without MODULE you first
choose a module from the list.

Options:
  --course DIR   the course in this folder instead of the built-in course
  --theme NAME   dark (default), light (light background) or ascii (no colour)
  --lang LANG    language of buttons and messages: nl (default) or en

Keys: → next, ← previous, enter or space shows the answer,
↑/↓ scroll, esc back to the modules, ? help, q quit.
`,

	// the command line: usage, help, and what the commands share (cmd/piketpalen)
	"cli.badlang":            "--lang: unknown language %q (choose nl or en)",
	"cli.badtheme":           "--theme: unknown theme %q (choose %s)",
	"cli.builtinbroken":      "the built-in course is damaged:\n%w",
	"cli.courseproblems":     "the course in %s has %d problems (see also: piketpalen validate %s):\n%w",
	"cli.courseproblems.one": "the course in %s has 1 problem (see also: piketpalen validate %s):\n%w",
	"cli.datahelp": `
Your progress is kept in %s (chosen: %s).
A folder piketpalen-data next to the program makes it portable: then everything is kept there.
`,
	"cli.datahelp.err":       "\nYour progress: %v\n",
	"cli.flag.course":        "course folder",
	"cli.flag.data":          "folder for your progress",
	"cli.flag.datawith":      "folder with your progress",
	"cli.flag.lang":          "language of the messages: nl or en",
	"cli.flag.langcourse":    "nl or en (remembered)",
	"cli.flag.org":           "your organisation (optional)",
	"cli.flag.plain":         "text line by line, for screen readers",
	"cli.flag.theme":         "dark, light, high-contrast or ascii (remembered)",
	"cli.flag.version":       "show the version",
	"cli.namenotsaved":       "your name was not saved: %v",
	"cli.newerschema":        "%s was made by a newer version of piketpalen and has not been touched.\nUse that newer version, or choose another folder with --data DIR",
	"cli.nodatadir":          "where your progress should be kept cannot be determined: %w\nGive a folder with --data DIR",
	"cli.pressenter":         "Press Enter to close this window.",
	"cli.progressunreadable": "your progress could not be read: %w",
	"cli.settingnotsaved":    "your setting was not saved: %v",
	"cli.unknowncommand":     "piketpalen: unknown command %q (see: piketpalen help)",
	"cli.usage": `piketpalen: know where the boundary posts stand. A course for Dutch civil
servants on the limits of their freedom of expression, for the terminal and
without internet.

Usage:
  piketpalen [--course DIR] [--data DIR]   take the course
  piketpalen validate [DIR]                check a course folder (file:line: problem)
  piketpalen export-results [--name NAME] [--org ORG] [--out FILE]
                                           your results in one file for your trainer
  piketpalen results FILE|DIR... [--csv OUT.csv]
                                           trainer: overview of a group's results
  piketpalen present [MODULE]              presenter mode for trainers (projector, answers hidden)
  piketpalen print [MODULE] [--width N]    a module or the whole course as text (to print)
  piketpalen doctor                        check whether the course works on this computer
  piketpalen certificate --name NAME [--org ORG] [--out DIR]
                                           make your certificate (when every module is passed)
  piketpalen certificate --sample          make a sample certificate
  piketpalen verify FILE                   check a certificate (PDF or JSON)
  piketpalen --version                     show the version
  piketpalen licenses                      the licences of the software in this program
  piketpalen help [--lang en]              this help
  piketpalen COMMAND --help                the help of one command

Options when taking the course:
  --course DIR   the course in this folder instead of the built-in course
  --data DIR     keep your progress in this folder (also: environment variable PIKETPALEN_DATA)
  --theme NAME   dark (default), light, high-contrast or ascii (no colour)
  --lang LANG    language of buttons and messages: nl (default) or en
  --plain        the course as plain text, line by line: for screen readers and
                 consoles without a full screen. On by itself when ACCESSIBLE is
                 set or when input or output is not a terminal.

Language:
  Every command takes --lang nl and --lang en, anywhere after the command's
  name, also after help or --help: piketpalen help --lang en. Without --lang,
  the course, certificate and export-results use the language you chose in the
  course (it is remembered); the other commands speak Dutch. The course itself,
  the certificate and the messages of validate are always in Dutch.
`,
	"cli.version":            "piketpalen %s (course %q version %s, law as of %s)",
	"cli.version.key.own":    "signing key %s: this build's own key",
	"cli.version.key.public": "signing key %s: the public key from the source code (no key of its own)",

	// piketpalen certificate
	"certificate.checkwith":      "Check it with: piketpalen verify %s",
	"certificate.failed":         "the certificate could not be made: %v",
	"certificate.flag.name":      "your name as it will appear on the certificate",
	"certificate.flag.out":       "folder for the certificate",
	"certificate.flag.sample":    "make a sample certificate",
	"certificate.noname":         "give your name with --name \"First Last\"",
	"certificate.notpassed":      "No certificate yet: not every module is passed. Still to pass:",
	"certificate.sample.failed":  "sample certificate: %v",
	"certificate.sample.written": "Sample certificate written (marked \"%s\"):",
	"certificate.usage": `Usage: piketpalen certificate --name NAME [--org ORGANISATION] [--out DIR] [--data DIR]
       piketpalen certificate --sample [--out DIR]

Makes your certificate (a PDF and a JSON file to check it with) when you have
passed every module. Without --out it goes into your Documents folder, or
else into the folder with your progress. With --sample: a sample with an
invented learner, marked "%s"
(sample, not a valid certificate). The certificate itself is in Dutch.

Options:
`,
	"certificate.written": "Certificate written:",

	// piketpalen doctor (package doctor)
	"doctor.blocked":              "There is a problem that blocks use of the course (ERROR above).",
	"doctor.check.colour":         "colours",
	"doctor.check.console":        "Windows console",
	"doctor.check.course":         "course",
	"doctor.check.data":           "data folder",
	"doctor.check.portable":       "portable mode",
	"doctor.check.progress":       "progress",
	"doctor.check.terminal":       "terminal",
	"doctor.check.write":          "writing",
	"doctor.colour.16":            "16 colours",
	"doctor.colour.256":           "256 colours",
	"doctor.colour.ascii":         "no colour (text and bold)",
	"doctor.colour.nocolor":       "; NO_COLOR is set, so no colour",
	"doctor.colour.notty":         "no colour (not a terminal)",
	"doctor.colour.true":          "16 million colours",
	"doctor.console.conhost":      "classic console (conhost): works, but Windows Terminal shows the course better",
	"doctor.course":               "%s, version %s, law as of %s, %d modules",
	"doctor.data":                 "%s (chosen: %s)",
	"doctor.fine":                 "All is well: the course can be taken here.",
	"doctor.how.default":          "default",
	"doctor.how.portable":         "portable (next to the program)",
	"doctor.how.portablereadonly": "default (the folder %s next to the program cannot be written to)",
	"doctor.mark.error":           "ERROR",
	"doctor.mark.ok":              "ok",
	"doctor.mark.warn":            "warning",
	"doctor.portable.off":         "off: no folder %s next to the program",
	"doctor.portable.on":          "on: your progress is kept next to the program",
	"doctor.portable.readonly":    "off: the folder %s next to the program cannot be written to",
	"doctor.progress.damaged":     "%s is damaged: at start it is moved aside and the backup is used.",
	"doctor.progress.newer":       "%s was made by a newer version of piketpalen; this version leaves it untouched and cannot open the course here.",
	"doctor.progress.none":        "no progress saved yet",
	"doctor.progress.notregular":  "%s is not a regular file (a folder, FIFO or device): the course cannot read or write it. Remove it or choose another folder with --data DIR.",
	"doctor.progress.size":        "%s (%d bytes)",
	"doctor.progress.unreadable":  "%s cannot be read: %v",
	"doctor.terminal.nosize":      "size unknown: %v",
	"doctor.terminal.notty":       "output is not a terminal but redirected (to a file or a pipe): the course then starts as plain text (--plain)",
	"doctor.terminal.small":       "%d×%d: smaller than 80×24; make the window larger, or use --plain",
	"doctor.usage": `Usage: piketpalen doctor [--course DIR] [--data DIR] [--lang nl|en]

Checks whether piketpalen can work on this computer: the course, the folder
for your progress (does it exist, can it be written to, portable mode), the
terminal, colours and UTF-8. Exit status 1 when something blocks use.`,
	"doctor.utf8.bad":         "%s; letters such as ë and é may show wrongly",
	"doctor.utf8.no":          "no (%s=%s)",
	"doctor.utf8.redirected":  "output redirected: piketpalen writes UTF-8; in Windows PowerShell 5.1 first [Console]::OutputEncoding = [Text.Encoding]::UTF8",
	"doctor.utf8.unset":       "unknown: LANG, LC_CTYPE and LC_ALL are not set",
	"doctor.utf8.windows":     "the console receives Unicode directly (code page %d)",
	"doctor.utf8.windowsnocp": "the console receives Unicode directly; code page unknown",
	"doctor.utf8.yes":         "yes (%s=%s)",
	"doctor.write.fail":       "%s cannot be written to: %v. Your progress would not be saved; choose another folder with --data DIR.",
	"doctor.write.mkdir":      "the folder %s cannot be made: %v. Choose another folder with --data DIR.",
	"doctor.write.ok":         "your progress can be saved",

	// piketpalen export-results
	"export.failed":    "your results could not be written: %v",
	"export.flag.name": "your name (default: the name piketpalen already knows)",
	"export.flag.out":  "the file (or folder) to write the results to",
	"export.noname":    "give your name with --name \"First Last\", so that your trainer knows whose results these are",
	"export.passed":    "Modules passed: %d of %d. Give this file to your trainer.",
	"export.usage": `Usage: piketpalen export-results [--name NAME] [--org ORGANISATION] [--out FILE] [--data DIR]

Writes your results to one file for your trainer: per module whether you
passed, your best score, the number of attempts and your answers in the
latest quiz. You can do this at any time, also before you have finished. The
file is signed: a change made afterwards shows.

Without --out the file resultaten-<name>.json goes into your Documents
folder, or else into the folder with your progress. Without --name the name
is used that piketpalen already knows (from your certificate or an earlier
export).

Options:
`,
	"export.written": "Results of %s written:",

	// piketpalen results: the trainer's overview
	"overview.badsep":             "--csv-sep: choose , or ; (not %q)",
	"overview.col.name":           "Name",
	"overview.col.org":            "Organisation",
	"overview.col.passed":         "Modules passed",
	"overview.csvfailed":          "CSV not written: %v",
	"overview.csvnotwritten":      "%s was therefore not written",
	"overview.csvwritten":         "CSV written: %s",
	"overview.duplicate":          "Duplicate: %s also has a newer file, %s. Only the newest counts.",
	"overview.files":              "%d files",
	"overview.files.one":          "1 file",
	"overview.flag.course":        "course folder (default: the built-in course)",
	"overview.flag.csv":           "also write the table per question as CSV to this file",
	"overview.flag.csvsep":        "separator in the CSV: , or ; (; for Excel with Dutch or other European settings)",
	"overview.modules":            "Passed per module (of %s)",
	"overview.noanswers":          "No question answered yet.",
	"overview.nobody":             "Answered by nobody (%d): %s.",
	"overview.nobodymany":         "Answered by nobody: %d questions (with --csv they are in the CSV).",
	"overview.nofiles":            "give the result files or the folder they are in",
	"overview.nonecounted":        "no file counts",
	"overview.notcounted":         ", %d not counted (see Problems below)",
	"overview.othercourse":        "Another course%s: %q. Not counted.",
	"overview.otherkey":           "Signed by another build of piketpalen, with its own key%s. It cannot be checked here and is not counted.",
	"overview.otherversion":       "Another course version%s: version %s, this overview is of version %s. Not counted: the questions may differ. Have the results exported again with this version, or make an overview with --course DIR of version %s.",
	"overview.participants":       "%d participants",
	"overview.participants.one":   "1 participant",
	"overview.passedof":           "%d of %d",
	"overview.people":             "Participants (%d)",
	"overview.problems":           "Problems (%s not counted)",
	"overview.questions":          "Questions, hardest first (share right, right/answered)",
	"overview.reason.certificate": "it is a certificate, not a result file (make one with piketpalen export-results)",
	"overview.reason.newer":       "made by a newer version of piketpalen; use that one",
	"overview.reason.notresult":   "not a piketpalen result file",
	"overview.reason.progress":    "it is a progress file, not a result file (make one with piketpalen export-results)",
	"overview.reason.toolarge":    "far larger than a result file",
	"overview.reason.unknown":     "unknown",
	"overview.summary":            "%s read: %s counted",
	"overview.tampered":           "Changed after the export%s: the signature no longer matches the contents. Not counted; ask the learner to export again.",
	"overview.times":              "%d times",
	"overview.times.one":          "once",
	"overview.title":              "Results: %s, version %s",
	"overview.unreadable":         "Not readable as a result file; skipped. Reason: %s.",
	"overview.usage": `Usage: piketpalen results FILE|DIR... [--csv OUT.csv] [--csv-sep ;] [--course DIR]

Makes an overview of a group's result files (made with piketpalen
export-results): who passed which module, per module how many participants
passed, and per question how many answered it right and which wrong answer
was chosen most often, the hardest question first.

Give files or folders. In a folder the .json files are read; other files
(such as certificates as PDF) are passed over. Not counted, and reported at
the bottom: files that were changed after the export, of another course or
course version, or that cannot be read. Of a learner with more than one
file, only the newest counts.

With --csv the table per question also goes into a CSV file (UTF-8). Its
columns keep their Dutch names: module, vraag_id (question id), vraag
(question), beantwoord (answered), goed (right), goed_procent (right, in
percent), vaakst_gekozen_fout (the wrong answer chosen most often) and
aantal_fout (how often). If Excel shows everything in one column, use
--csv-sep ";".

Exit status: 0 when at least one file counts, 1 when no file counts, 2 on
wrong use.

Options:
`,
	"overview.wrong": "wrong answer chosen most (%s):",

	// piketpalen print (package printout)
	"print.badwidth":     "--width must be between 30 and 500, not %d",
	"print.discussion":   "Discussion questions",
	"print.flag.answers": "also the quiz questions with the right answers, the explanations and the discussion questions (for trainers)",
	"print.flag.width":   "line width",
	"print.key":          "Quiz questions with answers (%d in the pool, %d per attempt; * = right)",
	"print.module":       "Module %d: %s (about %d minutes)",
	"print.nomodule":     "no module %q; choose a number from 0 to %d or one of: %s",
	"print.usage": `Usage: piketpalen print [MODULE] [--width N] [--answers] [--course DIR] [--lang nl|en]

Writes a module (or without MODULE the whole course) as plain text to the
output: to print, to pass on or to read with a screen reader. MODULE is the
number as the overview shows it (0, 1, …) or the name of the folder
(03-functioneringsnorm). The course text is in Dutch; --lang en puts the
headings around it in English. With --answers, trainers also get the quiz
questions with the right answers, the feedback on every answer, the source, and
the discussion questions.

Options:
`,
	"print.version": "Version %s, law as of %s",

	// piketpalen validate; the problems themselves stay Dutch (package course)
	"validate.builtin":      "the built-in course",
	"validate.notadir":      "%s is not a folder",
	"validate.ok":           "%s has no problems",
	"validate.problems":     "%d problems found in %s",
	"validate.problems.one": "1 problem found in %s",
	"validate.usage": `Usage: piketpalen validate [DIR] [--lang nl|en]

Checks the course in DIR (without DIR: the built-in course) and names every
problem as file:line: message. The messages are in Dutch, like the course
files.`,

	// piketpalen verify
	"verify.altered":   "ALTERED: this certificate was changed after piketpalen made it, or it was\nnot made by piketpalen. It is not valid. What it says cannot be trusted and\nis therefore not shown.",
	"verify.asof":      "Law as of",
	"verify.code":      "Verification code",
	"verify.completed": "Completed on",
	"verify.course":    "Course",
	"verify.intact":    "Intact: this certificate has not been changed since piketpalen made it.\n(It does not say who answered the questions: piketpalen works offline and without supervision.)",
	"verify.issuer":    "Issued by",
	"verify.modules":   "Modules (passed at %d%% or more):",
	"verify.name":      "Name",
	"verify.org":       "Organisation",
	"verify.otherkey": `CANNOT BE CHECKED: this certificate is signed with another key than that of
this piketpalen. It may have been made by a piketpalen that another
organisation built itself; then check it with that build. Here it is not
valid.`,
	"verify.specimen":     "Sample certificate: the file has not been changed, but it is a sample for\ntrainers and HR with an invented learner. It is not a valid certificate.",
	"verify.specimenmark": "SAMPLE — not a valid certificate",
	"verify.unreadable":   "%s cannot be read as a piketpalen certificate.",
	"verify.usage": `Usage: piketpalen verify FILE [--lang nl|en]

Checks a piketpalen certificate (the PDF or the JSON file) and shows what it
says: name, organisation, course, version, law as of, date, the score per
module and the verification code.

A PDF is checked in full: the signed data in it and every letter on the
page. Intact means: not changed since piketpalen made the certificate. It
does not prove that the learner answered the questions themselves; see the
trust model in the README.

Exit status:
  0  intact and valid
  1  changed, a sample certificate, or made by another build of piketpalen
     (with its own key)
  2  not a readable certificate, or wrong use
`,
	"verify.version": "Version",
	// notices from the progress store
	"notice.backup-damaged-kept":      "The backup was damaged too. It is kept as %s.",
	"notice.backup-damaged-not-moved": "The backup %s is damaged too and could not be moved aside (%s).",
	"notice.damaged-kept":             "Your progress file was damaged. It is kept as %s.",
	"notice.damaged-not-moved":        "Your progress file %s is damaged and could not be moved aside (%s). It is left untouched.",
	"notice.finished-twice":           "This quiz (%s) was open in another piketpalen window too and was finished there as well. Both results are kept, as two attempts.",
	"notice.folder-read-only":         "piketpalen cannot write in the folder %s (%s). What you do now will not be saved. Choose another folder with --data DIR.",
	"notice.missing":                  "Your progress file %s was missing.",
	"notice.no-backup":                "There was no usable backup: you start with empty progress.",
	"notice.portable-not-read":        "The progress in %s could not be used (%s); that folder is read-only, so it is left there untouched.",
	"notice.portable-read-only":       "The folder %s next to the program is read-only. Your progress from it was read, but cannot be saved there; it is saved in %s.",
	"notice.restored-from-backup":     "Your progress was restored from the backup %s. What you did last may be missing.",
}
