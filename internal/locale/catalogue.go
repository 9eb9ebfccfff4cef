package locale

// Key names a text of the interface. The constants below are every key
// there is, so a key that does not exist fails to compile; the table under
// them holds each text in both languages side by side.
type Key int

// The keys, grouped by the part of the program that uses them.
const (
	CertDir Key = iota
	CertDone
	CertIntro
	CertName
	CertNameplaceholder
	CertNameresults
	CertNeeddir
	CertNeedname
	CertOrg
	CertOrgplaceholder
	CertTitle
	CertVerify
	CertVerifyin
	CliFieldName
	CliFieldOrg
	CliNametoolong
	DateDay
	DateMonths
	FormBusy
	FormFailed
	FormFailedResults
	HelpAnswer
	HelpBottom
	HelpCert
	HelpClosehelp
	HelpDatadir
	HelpEdit
	HelpEnterreader
	HelpExport
	HelpGlossary
	HelpGlossaryclose
	HelpHome
	HelpJoin
	HelpJump
	HelpLinedown
	HelpLineup
	HelpMake
	HelpNext
	HelpNextfield
	HelpNextpage
	HelpNextquestion
	HelpOpen
	HelpOptionkey
	HelpPagedown
	HelpPageup
	HelpPrev
	HelpPrevfield
	HelpPrevpage
	HelpQuit
	HelpQuiz
	HelpQuizback
	HelpRetake
	HelpSearch
	HelpSearchall
	HelpSearchnext
	HelpTick
	HelpTitle
	HelpToggle
	HelpTop
	HomeCert
	HomeCertnotyet
	HomeMinutes
	HomeNext
	HomePassedof
	HomeProgress
	HomeQuiznomodule
	HomeResume
	HomeResumePage
	HomeResumeQuiz
	HomeVersion
	KeyAnswer
	KeyBack
	KeyChoose
	KeyClosehelp
	KeyConfirm
	KeyExport
	KeyFields
	KeyGlossary
	KeyHelp
	KeyHome
	KeyJoin
	KeyMake
	KeyNextfield
	KeyNextpage
	KeyNextquestion
	KeyOpen
	KeyPrevpage
	KeyQuit
	KeyQuiz
	KeyRetake
	KeyScroll
	KeySearch
	KeySpace
	KeyStart
	KeyTick
	KeyToquiz
	KeyToresult
	OutInput
	OutInsidefolder
	OutNofolder
	OutNotregular
	OutProtected
	OutSymlink
	OverviewClash
	OverviewClashes
	OverviewReasonNotregular
	PlainAfterquiz
	PlainAnswermany
	PlainAnswerone
	PlainBye
	PlainByeMemory
	PlainByeNotsaved
	PlainCertoffer
	PlainChooseagain
	PlainChoosemodule
	PlainDefault
	PlainExportoffer
	PlainHelp
	PlainHelpterms
	PlainIntro
	PlainLastpagehelp
	PlainLastpageprompt
	PlainModule
	PlainModules
	PlainMultiple
	PlainNext
	PlainNotachoice
	PlainNotpassed
	PlainPage
	PlainPagehelp
	PlainPageprompt
	PlainPromptterms
	PlainQuestion
	PlainQuiz
	PlainRight
	PlainSearchfound
	PlainSearchhit
	PlainSearchhow
	PlainSearchmore
	PlainSearchnone
	PlainSingle
	PlainTermsall
	PlainTermshint
	PlainTermspage
	PlainTruefalse
	PlainWorkshopfolder
	PlainWorkshopleave
	PlainWronglist
	PlainYours
	QuizAlsoright
	QuizChoosefirst
	QuizChooseone
	QuizExplanation
	QuizIntroCount
	QuizIntroHow
	QuizIntroRetake
	QuizIntroStart
	QuizIntroTitle
	QuizLoading
	QuizMultiple
	QuizQuestionof
	QuizRight
	QuizRightchoice
	QuizSource
	QuizTitle
	QuizWrong
	QuizYourchoice
	ReaderObjectives
	ReaderPageof
	ReaderRendererror
	ReaderRendering
	ReaderScroll
	ReaderSearchcourse
	ReaderSearchfirst
	ReaderSearchhit
	ReaderSearchmodule
	ReaderSearchnone
	ReaderSearchprompt
	ResultAllright
	ResultAttempt
	ResultN
	ResultNotpassed
	ResultPassed
	ResultRight
	ResultScore
	ResultStillpassed
	ResultTitle
	ResultWrongheader
	ResultYours
	ResultYoursright
	ResultsAfter
	ResultsDone
	ResultsIntro
	ResultsTitle
	SaveFailed
	StatusNotpassed
	StatusNotstarted
	StatusPage
	StatusPassed
	StatusQuizopen
	StatusVersion

	// presenter mode: package present and the present command
	PresentAnswer
	PresentAnswers
	PresentChoose
	PresentDiscussion
	PresentDiscussions
	PresentEmpty
	PresentExplanation
	PresentHelpFirst
	PresentHelpLast
	PresentHelpModules
	PresentHelpNext
	PresentHelpNoprogress
	PresentHelpNumber
	PresentHelpOpen
	PresentHelpPrev
	PresentHelpQuit
	PresentHelpReveal
	PresentHelpTitle
	PresentHelpWorkshopcounts
	PresentKeyBrowse
	PresentKeyChoose
	PresentKeyHelp
	PresentKeyHide
	PresentKeyModules
	PresentKeyNext
	PresentKeyOpen
	PresentKeyQuit
	PresentKeyReveal
	PresentKeyScroll
	PresentMore
	PresentMultiple
	PresentNomodules
	PresentNoscreen
	PresentObjectives
	PresentOnemodule
	PresentPageof
	PresentPages
	PresentQuestionof
	PresentQuestions
	PresentRendererror
	PresentRendering
	PresentSource
	PresentTitle
	PresentUnknownmodule
	PresentUsage
	PresentUsageKeys

	// the command line: usage, help, and what the commands share (cmd/piketpalen)
	CliArgDir
	CliArgFile
	CliArgLang
	CliArgN
	CliArgName
	CliArgOrg
	CliArgPath
	CliArgSep
	CliArgTheme
	CliBadlang
	CliBadtheme
	CliBadvalue
	CliBuiltinbroken
	CliCourseproblems
	CliDatahelp
	CliDatahelpErr
	CliDefault
	CliDetail
	CliFlagCourse
	CliFlagData
	CliFlagHelp
	CliFlagLang
	CliFlagOrg
	CliFlagPlain
	CliFlagTheme
	CliFlagVersion
	CliFlags
	CliIdnotsaved
	CliNamenotsaved
	CliNeedsvalue
	CliNewerschema
	CliNodatadir
	CliNodatadirHint
	CliPressenter
	CliProgressunreadable
	CliSeehelp
	CliSettingnotsaved
	CliUnknowncommand
	CliUnknownflag
	CliUsage
	CliUsageHelp
	CliUsageLicenses
	CliVersion
	CliVersionIssuers

	// piketpalen certificate
	CertificateCheckwith
	CertificateFailed
	CertificateFlagName
	CertificateFlagOut
	CertificateFlagSample
	CertificateNoname
	CertificateNotpassed
	CertificateSampleFailed
	CertificateSampleWritten
	CertificateUsage
	CertificateWritten

	// piketpalen doctor (package doctor)
	DoctorBlocked
	DoctorCheckColour
	DoctorCheckConsole
	DoctorCheckCourse
	DoctorCheckData
	DoctorCheckPortable
	DoctorCheckProgress
	DoctorCheckTerminal
	DoctorCheckWrite
	DoctorColour16
	DoctorColour256
	DoctorColourAscii
	DoctorColourNocolor
	DoctorColourNotty
	DoctorColourTrue
	DoctorConsoleConhost
	DoctorCourse
	DoctorData
	DoctorFine
	DoctorHowDefault
	DoctorHowPortable
	DoctorHowPortablereadonly
	DoctorMarkError
	DoctorMarkOk
	DoctorMarkWarn
	DoctorPortableOff
	DoctorPortableOn
	DoctorPortableReadonly
	DoctorProgressDamaged
	DoctorProgressNewer
	DoctorProgressNone
	DoctorProgressNotregular
	DoctorProgressSize
	DoctorProgressUnreadable
	DoctorTerminalNosize
	DoctorTerminalNotty
	DoctorTerminalSmall
	DoctorUsage
	DoctorUtf8Bad
	DoctorUtf8No
	DoctorUtf8Redirected
	DoctorUtf8Unset
	DoctorUtf8Windows
	DoctorUtf8Windowsnocp
	DoctorUtf8Yes
	DoctorWriteFail
	DoctorWriteMkdir
	DoctorWriteOk

	// piketpalen export-results
	ExportFailed
	ExportFlagName
	ExportFlagOut
	ExportNoname
	ExportPassed
	ExportUsage
	ExportWritten

	// piketpalen results: the trainer's overview
	OverviewBadsep
	OverviewColName
	OverviewColOrg
	OverviewColPassed
	OverviewCsvfailed
	OverviewCsvnotwritten
	OverviewCsvwritten
	OverviewDuplicate
	OverviewFiles
	OverviewFlagCsv
	OverviewFlagCsvsep
	OverviewHinted
	OverviewModules
	OverviewNoanswers
	OverviewNobody
	OverviewNobodymany
	OverviewNofiles
	OverviewNonecounted
	OverviewNotcounted
	OverviewOthercourse
	OverviewOtherkey
	OverviewOtherversion
	OverviewParticipants
	OverviewPassedof
	OverviewPeople
	OverviewProblems
	OverviewQuestions
	OverviewReasonCertificate
	OverviewReasonNewer
	OverviewReasonNotexist
	OverviewReasonNotresult
	OverviewReasonPermission
	OverviewReasonProgress
	OverviewReasonToolarge
	OverviewReasonUnknown
	OverviewSummary
	OverviewTampered
	OverviewTimes
	OverviewTitle
	OverviewUnreadable
	OverviewUsage
	OverviewWatchalone
	OverviewWrong

	// the item analysis in the class overview (package report)
	ItemsFlagEasy
	ItemsFlagHard
	ItemsFlagNegative
	ItemsKr20
	ItemsKr20few
	ItemsKr20one
	ItemsKr20spread
	ItemsLegend
	ItemsTitle

	// piketpalen print (package coursetext)
	PrintBadwidth
	PrintDiscussion
	PrintFlagAnswers
	PrintFlagWidth
	PrintGlossary
	PrintKey
	PrintModule
	PrintNomodule
	PrintUsage
	PrintVersion

	// piketpalen validate; the problems themselves stay Dutch (package course)
	ValidateBuiltin
	ValidateFlagStrict
	ValidateNotadir
	ValidateOk
	ValidateOkWarnings
	ValidateProblems
	ValidateUsage
	ValidateWarnings

	// piketpalen verify
	VerifyAltered
	VerifyAsof
	VerifyCode
	VerifyCompleted
	VerifyCourse
	VerifyIntact
	VerifyIssuer
	VerifyModules
	VerifyName
	VerifyOrg
	VerifyOtherkey
	VerifySpecimen
	VerifySpecimenmark
	VerifyUnreadable
	VerifyUsage
	VerifyVersion

	// piketpalen issuer, piketpalen issue, and who stands behind a certificate in verify
	IssueAgain
	IssueFlagAgain
	IssueFlagKey
	IssueFlagOut
	IssueIssued
	IssueNofiles
	IssueRefused
	IssueSummary
	IssueUsage
	IssueWhyBelowpassmark
	IssueWhyInconsistent
	IssueWhyLatestwrong
	IssueWhyModulemissing
	IssueWhyNotpassed
	IssueWhyOldformat
	IssueWhyOthercourse
	IssueWhyOtherpassmark
	IssueWhyOtherversion
	IssueWhyPassedelsewhere
	IssueWhyPassingwrong
	IssueWhyTampered
	IssueWhyUnreadable
	IssuerExists
	IssuerFailed
	IssuerFlagList
	IssuerFlagName
	IssuerFlagOut
	IssuerFlagPassphrase
	IssuerKeyexposed
	IssuerKeymissing
	IssuerKeypassphrase
	IssuerNomode
	IssuerNotkey
	IssuerPassphrase
	IssuerRevoked
	IssuerUsage
	IssuerWritten
	VerifyExpired
	VerifyFlagIssuer
	VerifyFlagRevoked
	VerifyLegacy
	VerifyNoob3
	VerifyRevoked
	VerifyRevokedlist
	VerifySelfissued
	VerifySignedby
	VerifyUntrusted
	VerifyValiduntil

	// workshop through a shared folder (package workshop)
	WorkshopAfter
	WorkshopAltered
	WorkshopAnswered
	WorkshopCannotwrite
	WorkshopField
	WorkshopFieldplaceholder
	WorkshopFlag
	WorkshopFlagWatch
	WorkshopFolderGone
	WorkshopHelpGroup
	WorkshopHelpJoin
	WorkshopHelpLeave
	WorkshopHome
	WorkshopHomeIn
	WorkshopIntro
	WorkshopJoined
	WorkshopKeyGroup
	WorkshopKeyLeave
	WorkshopLeft
	WorkshopNofolder
	WorkshopNoworkshop
	WorkshopNotcounted
	WorkshopReading
	WorkshopTaking
	WorkshopTitle
	WorkshopUnreachable
	WorkshopWatching
	WorkshopWritefailed

	// notices from the progress store
	NoticeBackupDamagedKept
	NoticeBackupDamagedNotMoved
	NoticeDamagedKept
	NoticeDamagedNotMoved
	NoticeFinishedTwice
	NoticeFolderReadOnly
	NoticeMissing
	NoticeNoBackup
	NoticePortableNotRead
	NoticePortableReadOnly
	NoticeRestoredFromBackup

	GlossaryAll
	GlossaryNone
	GlossaryNonepage
	GlossaryOnpage
	GlossaryTitle

	// xAPI statements for a learning record store, and the pseudonymous
	// result file
	XapiFailed
	XapiFlagExport
	XapiFlagGroup
	XapiFlagPseudonym
	XapiNolearnerid
	XapiPseudonymwritten
	XapiWritten

	// privacy: what is stored where (the AVG), its export and deletion
	PrivacyBackup
	PrivacyBadsub
	PrivacyCancelled
	PrivacyClose
	PrivacyConfirm
	PrivacyConfirmword
	PrivacyDamaged
	PrivacyDeleted
	PrivacyExported
	PrivacyExports
	PrivacyFailed
	PrivacyFlagOut
	PrivacyFlagYes
	PrivacyHeld
	PrivacyHelp
	PrivacyIntro
	PrivacyKeynote
	PrivacyLock
	PrivacyNeedyes
	PrivacyNofiles
	PrivacyNothingleaves
	PrivacyOwnkey
	PrivacyProgress
	PrivacyTemporary
	PrivacyTitle
	PrivacyUsage

	// piketpalen progress merge
	ProgressAttempts
	ProgressDone
	ProgressFailed
	ProgressMissing
	ProgressNewer
	ProgressNotafile
	ProgressNothing
	ProgressPages
	ProgressTwice
	ProgressUnreadable
	ProgressUnusable
	ProgressUsage

	// a new version of the course: what changed, a quiz to take again
	UpdateBadge
	UpdateChange
	UpdateModule
	UpdateMore
	UpdateNochanges
	UpdatePrint
	UpdatePrintRetake
	UpdateRetake
	UpdateStatus
	UpdateWhy

	// hints before answering, and Herhaling (spaced review)
	HintHelp
	HintKey
	HintLabel
	HintPlain
	HintUsed
	ReviewDone
	ReviewHelp
	ReviewHome
	ReviewIntro
	ReviewKey
	ReviewNone
	ReviewPlainoffer
	ReviewPlainstart
	ReviewTitle

	// piketpalen gift export and import (GIFT, Moodle's question format)
	GiftExported
	GiftFailed
	GiftFlagModule
	GiftFlagOut
	GiftImported
	GiftMissing
	GiftNothing
	GiftQuestions
	GiftReasonBadtitle
	GiftReasonDuplicate
	GiftReasonEmbedded
	GiftReasonEmptyanswer
	GiftReasonEssay
	GiftReasonMatching
	GiftReasonMixed
	GiftReasonNoanswers
	GiftReasonNoexplanation
	GiftReasonNofeedback
	GiftReasonNoright
	GiftReasonNosource
	GiftReasonNotext
	GiftReasonNotitle
	GiftReasonNumerical
	GiftReasonShort
	GiftReasonToofew
	GiftReasonUnclosed
	GiftReasonWeight
	GiftSkipped
	GiftUsage

	numKeys // the number of keys; not a key
)

// catalogue holds every text, in Dutch and English. A text that counts
// something (Lang.N) has, beside the form for any number, which takes the
// number as its first argument, a form for one (nlOne, enOne), which does
// not take it.
var catalogue = [numKeys]entry{
	CertDir: {
		id: "cert.dir",
		nl: "Map voor de bestanden",
		en: "Folder for the files",
	},
	CertDone: {
		id: "cert.done",
		nl: "Je certificaat is gemaakt:",
		en: "Your certificate is made:",
	},
	CertIntro: {
		id: "cert.intro",
		nl: "Je hebt alle modules gehaald. Vul in wat er op je certificaat moet staan.",
		en: "You passed every module. Fill in what your certificate should say.",
	},
	CertName: {
		id: "cert.name",
		nl: "Je naam (zoals die op het certificaat komt)",
		en: "Your name (as it will appear on the certificate)",
	},
	CertNameplaceholder: {
		id: "cert.nameplaceholder",
		nl: "Voornaam Achternaam",
		en: "First name Last name",
	},
	CertNameresults: {
		id: "cert.nameresults",
		nl: "Je naam (zoals je trainer die in het overzicht ziet)",
		en: "Your name (as your trainer will see it in the overview)",
	},
	CertNeeddir: {
		id: "cert.needdir",
		nl: "Geef een map op voor het certificaat.",
		en: "Give a folder for the certificate.",
	},
	CertNeedname: {
		id: "cert.needname",
		nl: "Vul je naam in.",
		en: "Fill in your name.",
	},
	CertOrg: {
		id: "cert.org",
		nl: "Je organisatie (niet verplicht)",
		en: "Your organisation (optional)",
	},
	CertOrgplaceholder: {
		id: "cert.orgplaceholder",
		nl: "bijvoorbeeld Gemeente Utrecht",
		en: "for example Gemeente Utrecht",
	},
	CertTitle: {
		id: "cert.title",
		nl: "Certificaat maken",
		en: "Make certificate",
	},
	CertVerify: {
		id: "cert.verify",
		nl: "Je leidinggevende of HR kan het controleren met:",
		en: "Your manager or HR can check it with:",
	},
	CertVerifyin: {
		id: "cert.verifyin",
		nl: "(in de map %s)",
		en: "(in the folder %s)",
	},
	CliFieldName: {
		id: "cli.field.name",
		nl: "De naam",
		en: "The name",
	},
	CliFieldOrg: {
		id: "cli.field.org",
		nl: "De organisatie",
		en: "The organisation",
	},
	CliNametoolong: {
		id: "cli.nametoolong",
		nl: "%s is te lang: %d tekens, hoogstens %d.",
		en: "%s is too long: %d characters, at most %d.",
	},
	DateDay: {
		id: "date.day",
		nl: "%d %s %d",
		en: "%d %s %d",
	},
	DateMonths: {
		id: "date.months",
		nl: "januari februari maart april mei juni juli augustus september oktober november december",
		en: "January February March April May June July August September October November December",
	},
	FormBusy: {
		id: "form.busy",
		nl: "Bezig met maken…",
		en: "Making it…",
	},
	FormFailed: {
		id: "form.failed",
		nl: "Het certificaat kon niet worden gemaakt: %v",
		en: "The certificate could not be made: %v",
	},
	FormFailedResults: {
		id: "form.failed.results",
		nl: "Je resultaten konden niet worden geschreven: %v",
		en: "Your results could not be written: %v",
	},
	GlossaryAll: {
		id: "glossary.all",
		nl: "Alle begrippen (%d)",
		en: "All terms (%d)",
	},
	GlossaryNone: {
		id: "glossary.none",
		nl: "Deze cursus heeft geen begrippenlijst.",
		en: "This course has no glossary.",
	},
	GlossaryNonepage: {
		id: "glossary.nonepage",
		nl: "Op deze pagina staan geen begrippen uit de lijst.",
		en: "This page uses none of the terms in the list.",
	},
	GlossaryOnpage: {
		id: "glossary.onpage",
		nl: "Op deze pagina",
		en: "On this page",
	},
	GlossaryTitle: {
		id: "glossary.title",
		nl: "Begrippenlijst",
		en: "Glossary",
	},
	HelpAnswer: {
		id: "help.answer",
		nl: "antwoord geven (bij kies-alle-juiste: de keuze bevestigen)",
		en: "answer (select all that apply: confirm the choice)",
	},
	HelpBottom: {
		id: "help.bottom",
		nl: "naar het eind",
		en: "to the end",
	},
	HelpCert: {
		id: "help.cert",
		nl: "certificaat maken",
		en: "make your certificate",
	},
	HelpClosehelp: {
		id: "help.closehelp",
		nl: "de hulp sluiten",
		en: "close help",
	},
	HelpDatadir: {
		id: "help.datadir",
		nl: "Je voortgang staat in %s",
		en: "Your progress is stored in %s",
	},
	HelpEdit: {
		id: "help.edit",
		nl: "in het veld bewegen en wissen",
		en: "move and delete in the field",
	},
	HelpEnterreader: {
		id: "help.enterreader",
		nl: "verder lezen; aan het eind van de pagina: volgende pagina",
		en: "read on; at the end of the page: next page",
	},
	HelpExport: {
		id: "help.export",
		nl: "je resultaten exporteren voor je trainer",
		en: "export your results for your trainer",
	},
	HelpGlossary: {
		id: "help.glossary",
		nl: "begrippenlijst: eerst de begrippen op deze pagina",
		en: "glossary: the terms on this page first",
	},
	HelpGlossaryclose: {
		id: "help.glossaryclose",
		nl: "begrippenlijst sluiten, terug naar de pagina",
		en: "close the glossary, back to the page",
	},
	HelpHome: {
		id: "help.home",
		nl: "terug naar het overzicht",
		en: "back to the overview",
	},
	HelpJoin: {
		id: "help.join",
		nl: "meedoen aan de workshop in de getypte map",
		en: "join the workshop in the folder typed",
	},
	HelpJump: {
		id: "help.jump",
		nl: "naar module 1-9",
		en: "go to module 1-9",
	},
	HelpLinedown: {
		id: "help.linedown",
		nl: "regel omlaag",
		en: "line down",
	},
	HelpLineup: {
		id: "help.lineup",
		nl: "regel omhoog",
		en: "line up",
	},
	HelpMake: {
		id: "help.make",
		nl: "naar het volgende veld; in het laatste: maken",
		en: "to the next field; in the last one: make",
	},
	HelpNext: {
		id: "help.next",
		nl: "naar de volgende",
		en: "to the next one",
	},
	HelpNextfield: {
		id: "help.nextfield",
		nl: "naar het volgende veld",
		en: "to the next field",
	},
	HelpNextpage: {
		id: "help.nextpage",
		nl: "volgende pagina (na de laatste: de toets)",
		en: "next page (after the last: the quiz)",
	},
	HelpNextquestion: {
		id: "help.nextquestion",
		nl: "volgende vraag (na de laatste: de uitslag)",
		en: "next question (after the last: the result)",
	},
	HelpOpen: {
		id: "help.open",
		nl: "module openen waar je was",
		en: "open the module where you were",
	},
	HelpOptionkey: {
		id: "help.optionkey",
		nl: "antwoord A-I direct kiezen met de letter of het nummer",
		en: "choose answer A-I directly by its letter or number",
	},
	HelpPagedown: {
		id: "help.pagedown",
		nl: "scherm omlaag",
		en: "screen down",
	},
	HelpPageup: {
		id: "help.pageup",
		nl: "scherm omhoog",
		en: "screen up",
	},
	HelpPrev: {
		id: "help.prev",
		nl: "naar de vorige",
		en: "to the previous one",
	},
	HelpPrevfield: {
		id: "help.prevfield",
		nl: "naar het vorige veld",
		en: "to the previous field",
	},
	HelpPrevpage: {
		id: "help.prevpage",
		nl: "vorige pagina",
		en: "previous page",
	},
	HelpQuit: {
		id: "help.quit",
		nl: "stoppen (je voortgang is bewaard)",
		en: "quit (your progress is saved)",
	},
	HelpQuiz: {
		id: "help.quiz",
		nl: "naar de toets van deze module",
		en: "go to this module's quiz",
	},
	HelpQuizback: {
		id: "help.quizback",
		nl: "terug; je toets blijft bewaard en gaat later verder",
		en: "back; your quiz is kept and resumes later",
	},
	HelpRetake: {
		id: "help.retake",
		nl: "toets opnieuw maken, met andere vragen",
		en: "retake the quiz, with other questions",
	},
	HelpSearch: {
		id: "help.search",
		nl: "in deze module zoeken (daarna n: volgende, N: vorige)",
		en: "search this module (then n: next, N: previous)",
	},
	HelpSearchall: {
		id: "help.searchall",
		nl: "in de hele cursus zoeken",
		en: "search the whole course",
	},
	HelpSearchnext: {
		id: "help.searchnext",
		nl: "na een zoekopdracht: volgende en vorige plek",
		en: "after a search: next and previous place",
	},
	HelpTick: {
		id: "help.tick",
		nl: "aankruisen bij 'kies alle juiste antwoorden'",
		en: "tick an answer in 'select all that apply'",
	},
	HelpTitle: {
		id: "help.title",
		nl: "Hulp: bediening",
		en: "Help: controls",
	},
	HelpToggle: {
		id: "help.toggle",
		nl: "hulp tonen of verbergen",
		en: "show or hide help",
	},
	HelpTop: {
		id: "help.top",
		nl: "naar het begin",
		en: "to the start",
	},
	HomeCert: {
		id: "home.cert",
		nl: "Certificaat maken (je hebt alle modules gehaald)",
		en: "Make certificate (you passed every module)",
	},
	HomeCertnotyet: {
		id: "home.certnotyet",
		nl: "Het certificaat maak je als je alle modules hebt gehaald: nu %d van %d.",
		en: "You make the certificate once you have passed every module: %d of %d now.",
	},
	HomeMinutes: {
		id: "home.minutes",
		nl: "(ongeveer %d minuten)",
		en: "(about %d minutes)",
	},
	HomeNext: {
		id: "home.next",
		nl: "Volgende module: %s",
		en: "Next module: %s",
	},
	HomePassedof: {
		id: "home.passedof",
		nl: "%d van %d modules gehaald",
		en: "%d of %d modules passed",
	},
	HomeProgress: {
		id: "home.progress",
		nl: "Voortgang",
		en: "Progress",
	},
	HomeQuiznomodule: {
		id: "home.quiznomodule",
		nl: "Kies eerst een module (↑/↓); t opent dan de toets ervan.",
		en: "Choose a module first (↑/↓); t then opens its quiz.",
	},
	HomeResume: {
		id: "home.resume",
		nl: "Verder waar je was",
		en: "Continue where you were",
	},
	HomeResumePage: {
		id: "home.resume.page",
		nl: "%s, pagina %d van %d",
		en: "%s, page %d of %d",
	},
	HomeResumeQuiz: {
		id: "home.resume.quiz",
		nl: "toets van %s",
		en: "quiz of %s",
	},
	HomeVersion: {
		id: "home.version",
		nl: "versie %s",
		en: "version %s",
	},
	KeyAnswer: {
		id: "key.answer",
		nl: "antwoorden",
		en: "answer",
	},
	KeyBack: {
		id: "key.back",
		nl: "terug",
		en: "back",
	},
	KeyChoose: {
		id: "key.choose",
		nl: "kiezen",
		en: "choose",
	},
	KeyClosehelp: {
		id: "key.closehelp",
		nl: "hulp sluiten",
		en: "close help",
	},
	KeyConfirm: {
		id: "key.confirm",
		nl: "bevestigen",
		en: "confirm",
	},
	KeyExport: {
		id: "key.export",
		nl: "exporteren",
		en: "export",
	},
	KeyFields: {
		id: "key.fields",
		nl: "volgend veld",
		en: "next field",
	},
	KeyGlossary: {
		id: "key.glossary",
		nl: "begrippen",
		en: "glossary",
	},
	KeyHelp: {
		id: "key.help",
		nl: "hulp",
		en: "help",
	},
	KeyHome: {
		id: "key.home",
		nl: "overzicht",
		en: "overview",
	},
	KeyJoin: {
		id: "key.join",
		nl: "meedoen",
		en: "join",
	},
	KeyMake: {
		id: "key.make",
		nl: "maken",
		en: "make",
	},
	KeyNextfield: {
		id: "key.nextfield",
		nl: "volgende veld",
		en: "next field",
	},
	KeyNextpage: {
		id: "key.nextpage",
		nl: "volgende",
		en: "next",
	},
	KeyNextquestion: {
		id: "key.nextquestion",
		nl: "volgende vraag",
		en: "next question",
	},
	KeyOpen: {
		id: "key.open",
		nl: "openen",
		en: "open",
	},
	KeyPrevpage: {
		id: "key.prevpage",
		nl: "vorige",
		en: "previous",
	},
	KeyQuit: {
		id: "key.quit",
		nl: "stoppen",
		en: "quit",
	},
	KeyQuiz: {
		id: "key.quiz",
		nl: "toets",
		en: "quiz",
	},
	KeyRetake: {
		id: "key.retake",
		nl: "opnieuw",
		en: "retake",
	},
	KeyScroll: {
		id: "key.scroll",
		nl: "scrollen",
		en: "scroll",
	},
	KeySearch: {
		id: "key.search",
		nl: "zoeken",
		en: "search",
	},
	KeySpace: {
		id: "key.space",
		nl: "spatie",
		en: "space",
	},
	KeyStart: {
		id: "key.start",
		nl: "beginnen",
		en: "start",
	},
	KeyTick: {
		id: "key.tick",
		nl: "aankruisen",
		en: "tick",
	},
	KeyToquiz: {
		id: "key.toquiz",
		nl: "naar de toets",
		en: "to the quiz",
	},
	KeyToresult: {
		id: "key.toresult",
		nl: "uitslag",
		en: "result",
	},
	OutInput: {
		id: "out.input",
		nl: "%s wordt door deze opdracht gelezen (het is %s): het wordt niet overschreven. Kies een andere naam.",
		en: "%s is one of the files this command reads (it is %s): it is not overwritten. Choose another name.",
	},
	OutInsidefolder: {
		id: "out.insidefolder",
		nl: "%s ligt in de cursusmap %s: daar wordt niets in geschreven. Kies een andere map.",
		en: "%s is inside the course folder %s: nothing is written there. Choose another folder.",
	},
	OutNofolder: {
		id: "out.nofolder",
		nl: "%s: die map bestaat niet (of is geen map). Maak hem eerst, of kies een bestaande map.",
		en: "%s: that folder does not exist (or is not a folder). Make it first, or choose an existing folder.",
	},
	OutNotregular: {
		id: "out.notregular",
		nl: "%s is geen gewoon bestand (een apparaat, FIFO of socket): het wordt niet vervangen. Kies een bestand.",
		en: "%s is not a regular file (a device, FIFO or socket): it is not replaced. Choose a file.",
	},
	OutProtected: {
		id: "out.protected",
		nl: "%s is je voortgangsbestand, de reservekopie of het slot ervan: dat wordt nooit overschreven. Kies een andere naam of map.",
		en: "%s is your progress file, its backup or its lock: it is never overwritten. Choose another name or folder.",
	},
	OutSymlink: {
		id: "out.symlink",
		nl: "%s is een symbolische koppeling: het programma schrijft niet via een koppeling. Geef het bestand zelf op.",
		en: "%s is a symbolic link: the program does not write through a link. Name the file itself.",
	},
	OverviewClash: {
		id: "overview.clash",
		nl: "%s: %d cursisten met deze naam",
		en: "%s: %d learners with this name",
	},
	OverviewClashes: {
		id: "overview.clashes",
		nl: "Zelfde naam, verschillende cursisten (elk bestand heeft een eigen cursist-id; allemaal geteld)",
		en: "Same name, different learners (each file has a learner id of its own; all counted)",
	},
	OverviewReasonNotregular: {
		id: "overview.reason.notregular",
		nl: "geen gewoon bestand (een map, apparaat of FIFO); het is niet gelezen",
		en: "not a regular file (a folder, device or FIFO); it was not read",
	},
	PlainAfterquiz: {
		id: "plain.afterquiz",
		nl: "Typ opnieuw om de toets opnieuw te maken, of druk op Enter voor het overzicht.",
		en: "Type again to retake the quiz, or press Enter for the overview.",
	},
	PlainAnswermany: {
		id: "plain.answermany",
		nl: "Typ de nummers van alle juiste antwoorden (1 tot %d), gescheiden door spaties, en druk op Enter.",
		en: "Type the numbers of all right answers (1 to %d), separated by spaces, and press Enter.",
	},
	PlainAnswerone: {
		id: "plain.answerone",
		nl: "Typ het nummer van je antwoord (1 tot %d) en druk op Enter.",
		en: "Type the number of your answer (1 to %d) and press Enter.",
	},
	PlainBye: {
		id: "plain.bye",
		nl: "Tot ziens. Je voortgang is bewaard.",
		en: "Goodbye. Your progress is saved.",
	},
	PlainByeMemory: {
		id: "plain.bye.memory",
		nl: "Tot ziens. Je voortgang is niet bewaard: deze sessie hield alles alleen in het geheugen.",
		en: "Goodbye. Your progress is not saved: this session kept everything in memory only.",
	},
	PlainByeNotsaved: {
		id: "plain.bye.notsaved",
		nl: "Tot ziens. Let op: je voortgang is NIET bewaard (%v). Wat je deze keer deed, is verloren; kies een map waarin je kunt schrijven met --data MAP.",
		en: "Goodbye. Note: your progress is NOT saved (%v). What you did this time is lost; choose a folder you can write to with --data DIR.",
	},
	PlainCertoffer: {
		id: "plain.certoffer",
		nl: "Je hebt alle modules gehaald. Typ c om je certificaat te maken.",
		en: "You passed every module. Type c to make your certificate.",
	},
	PlainChooseagain: {
		id: "plain.chooseagain",
		nl: "Typ een nummer van 1 tot %d, alleen Enter om verder te gaan met %s, of help.",
		en: "Type a number from 1 to %d, just Enter to go on with %s, or help.",
	},
	PlainChoosemodule: {
		id: "plain.choosemodule",
		nl: "Typ het nummer van een module (1 tot %d) en druk op Enter, of typ stop.",
		en: "Type the number of a module (1 to %d) and press Enter, or type stop.",
	},
	PlainDefault: {
		id: "plain.default",
		nl: "%s (Enter voor: %s):",
		en: "%s (Enter for: %s):",
	},
	PlainExportoffer: {
		id: "plain.exportoffer",
		nl: "Typ e om je resultaten te exporteren voor je trainer.",
		en: "Type e to export your results for your trainer.",
	},
	PlainHelp: {
		id: "plain.help",
		nl: `Wat je kunt typen:
- een nummer en Enter: die keuze (een module, een antwoord);
- alleen Enter: verder (de volgende pagina, de volgende vraag, of in het overzicht verder waar je was);
- terug, toets of menu bij het lezen; opnieuw na een toets;
- zoek WOORD: zoek WOORD in de hele cursus;
- r in het overzicht: de herhaling van vandaag; hint bij een vraag: de hint, als die er is;
- privacy in het overzicht: wat er over je bewaard wordt, en waar;
- w in het overzicht: meedoen aan de workshop van je trainer, of eruit stappen;
- help of ?: dit overzicht; stop: stoppen (je voortgang is bewaard).`,
		en: `What you can type:
- a number and Enter: that choice (a module, an answer);
- just Enter: go on (the next page, the next question, or on the overview where you were);
- back, quiz or menu while reading; again after a quiz;
- zoek WORD: search the whole course for WORD;
- r on the overview: today's review; hint at a question: its hint, when it has one;
- privacy on the overview: what is kept about you, and where;
- w on the overview: join your trainer's workshop, or leave it;
- help or ?: this list; stop: quit (your progress is saved).`,
	},
	PlainHelpterms: {
		id: "plain.helpterms",
		nl: "Druk op Enter voor de volgende pagina, of typ terug, toets, begrippen, menu of stop.",
		en: "Press Enter for the next page, or type back, quiz, terms, menu or stop.",
	},
	PlainIntro: {
		id: "plain.intro",
		nl: "Je kunt altijd stop typen om te stoppen; je voortgang wordt bewaard.",
		en: "You can type stop at any time to quit; your progress is saved.",
	},
	PlainLastpagehelp: {
		id: "plain.lastpagehelp",
		nl: "Dit is de laatste pagina. Druk op Enter om de toets te beginnen, of typ terug, menu of stop.",
		en: "This is the last page. Press Enter to start the quiz, or type back, menu or stop.",
	},
	PlainLastpageprompt: {
		id: "plain.lastpageprompt",
		nl: "Enter: de toets beginnen. Of typ terug, menu of stop.",
		en: "Enter: start the quiz. Or type back, menu or stop.",
	},
	PlainModule: {
		id: "plain.module",
		nl: "Module: %s. %d pagina's, ongeveer %d minuten.",
		en: "Module: %s. %d pages, about %d minutes.",
	},
	PlainModules: {
		id: "plain.modules",
		nl: "Modules:",
		en: "Modules:",
	},
	PlainMultiple: {
		id: "plain.multiple",
		nl: "kies alle juiste antwoorden",
		en: "select all that apply",
	},
	PlainNext: {
		id: "plain.next",
		nl: "Druk op Enter voor de volgende vraag.",
		en: "Press Enter for the next question.",
	},
	PlainNotachoice: {
		id: "plain.notachoice",
		nl: "Dat is geen keuze. Typ een nummer van 1 tot %d.",
		en: "That is not a choice. Type a number from 1 to %d.",
	},
	PlainNotpassed: {
		id: "plain.notpassed",
		nl: "Nog niet gehaald: je hebt %d%% nodig.",
		en: "Not passed yet: you need %d%%.",
	},
	PlainPage: {
		id: "plain.page",
		nl: "Pagina %d van %d: %s",
		en: "Page %d of %d: %s",
	},
	PlainPagehelp: {
		id: "plain.pagehelp",
		nl: "Druk op Enter voor de volgende pagina, of typ terug, toets, menu of stop.",
		en: "Press Enter for the next page, or type back, quiz, menu or stop.",
	},
	PlainPageprompt: {
		id: "plain.pageprompt",
		nl: "Enter: volgende pagina. Of typ terug, toets, menu of stop.",
		en: "Enter: next page. Or type back, quiz, menu or stop.",
	},
	PlainPromptterms: {
		id: "plain.promptterms",
		nl: "Enter: volgende pagina. Of typ terug, toets, begrippen, menu of stop.",
		en: "Enter: next page. Or type back, quiz, terms, menu or stop.",
	},
	PlainQuestion: {
		id: "plain.question",
		nl: "Vraag %d van %d, %s:",
		en: "Question %d of %d, %s:",
	},
	PlainQuiz: {
		id: "plain.quiz",
		nl: "Toets van %s: %d vragen. Je hebt %d%% goed nodig om de module te halen.",
		en: "Quiz of %s: %d questions. You need %d%% right to pass the module.",
	},
	PlainRight: {
		id: "plain.right",
		nl: "Het juiste antwoord: %d. %s\nToelichting: %s",
		en: "The right answer: %d. %s\nFeedback: %s",
	},
	PlainSearchfound: {
		id:    "plain.searchfound",
		nl:    "\"%[2]s\" staat op %[1]d plaatsen:",
		en:    "\"%[2]s\" is in %[1]d places:",
		nlOne: "\"%s\" staat op 1 plaats:",
		enOne: "\"%s\" is in 1 place:",
	},
	PlainSearchhit: {
		id: "plain.searchhit",
		nl: "Module %d, pagina %d (%s): %s",
		en: "Module %d, page %d (%s): %s",
	},
	PlainSearchhow: {
		id: "plain.searchhow",
		nl: "Typ zoek en een woord, bijvoorbeeld: zoek klokkenluider",
		en: "Type zoek and a word, for example: zoek klokkenluider",
	},
	PlainSearchmore: {
		id: "plain.searchmore",
		nl: "… en nog %d plaatsen. Zoek met meer woorden om minder te vinden.",
		en: "… and %d more places. Search with more words to find fewer.",
	},
	PlainSearchnone: {
		id: "plain.searchnone",
		nl: "\"%s\" staat nergens in de cursus.",
		en: "\"%s\" is nowhere in the course.",
	},
	PlainSingle: {
		id: "plain.single",
		nl: "één antwoord is juist",
		en: "one answer is right",
	},
	PlainTermsall: {
		id: "plain.termsall",
		nl: "Alle begrippen (%d):",
		en: "All terms (%d):",
	},
	PlainTermshint: {
		id: "plain.termshint",
		nl: "Typ alle begrippen voor de hele lijst.",
		en: "Type all terms for the whole list.",
	},
	PlainTermspage: {
		id: "plain.termspage",
		nl: "Begrippen op deze pagina:",
		en: "Terms on this page:",
	},
	PlainTruefalse: {
		id: "plain.truefalse",
		nl: "waar of niet waar",
		en: "true or false",
	},
	PlainWorkshopfolder: {
		id: "plain.workshopfolder",
		nl: "Typ de map van de workshop en druk op Enter, of druk alleen op Enter om terug te gaan.",
		en: "Type the workshop's folder and press Enter, or press just Enter to go back.",
	},
	PlainWorkshopleave: {
		id: "plain.workshopleave",
		nl: "Typ uit om uit de workshop te stappen, of druk op Enter om mee te blijven doen.",
		en: "Type leave to leave the workshop, or press Enter to stay in it.",
	},
	PlainWronglist: {
		id: "plain.wronglist",
		nl: "Fout bij vraag %d: %s",
		en: "Wrong at question %d: %s",
	},
	PlainYours: {
		id: "plain.yours",
		nl: "Jouw antwoord: %d. %s\nToelichting: %s",
		en: "Your answer: %d. %s\nFeedback: %s",
	},
	QuizAlsoright: {
		id: "quiz.alsoright",
		nl: "Ook juist: %s",
		en: "Also right: %s",
	},
	QuizChoosefirst: {
		id: "quiz.choosefirst",
		nl: "Kruis eerst minstens één antwoord aan (spatie).",
		en: "Tick at least one answer first (space).",
	},
	QuizChooseone: {
		id: "quiz.chooseone",
		nl: "Kies eerst een antwoord: ↑/↓ of de letter ervan, dan enter.",
		en: "Choose an answer first: ↑/↓ or its letter, then enter.",
	},
	QuizExplanation: {
		id: "quiz.explanation",
		nl: "Uitleg",
		en: "Explanation",
	},
	QuizIntroCount: {
		id: "quiz.intro.count",
		nl: "%d vragen. Je haalt de module met %d%% goed.",
		en: "%d questions. You pass the module with %d%% right.",
	},
	QuizIntroHow: {
		id: "quiz.intro.how",
		nl: "Kies bij elke vraag een antwoord met ↑/↓ of de letter ervan en bevestig met enter. Na elk antwoord zie je of het goed was en waarom.",
		en: "For each question, choose an answer with ↑/↓ or its letter and confirm with enter. After each answer you see whether it was right, and why.",
	},
	QuizIntroRetake: {
		id: "quiz.intro.retake",
		nl: "Niet gehaald? Maak de toets opnieuw, zo vaak als je wilt: je krijgt dan deels andere vragen.",
		en: "Not passed? Take the quiz again, as often as you like: you then get partly other questions.",
	},
	QuizIntroStart: {
		id: "quiz.intro.start",
		nl: "Druk op enter om te beginnen, of esc om terug te gaan.",
		en: "Press enter to start, or esc to go back.",
	},
	QuizIntroTitle: {
		id: "quiz.intro.title",
		nl: "Toets: %s",
		en: "Quiz: %s",
	},
	QuizLoading: {
		id: "quiz.loading",
		nl: "De toets wordt geladen…",
		en: "Loading the quiz…",
	},
	QuizMultiple: {
		id: "quiz.multiple",
		nl: "Kies alle juiste antwoorden: spatie kruist aan, enter bevestigt.",
		en: "Select all that apply: space ticks, enter confirms.",
	},
	QuizQuestionof: {
		id: "quiz.questionof",
		nl: "vraag %d van %d",
		en: "question %d of %d",
	},
	QuizRight: {
		id: "quiz.right",
		nl: "Goed.",
		en: "Correct.",
	},
	QuizRightchoice: {
		id: "quiz.rightchoice",
		nl: "Het juiste antwoord: %s",
		en: "The right answer: %s",
	},
	QuizSource: {
		id: "quiz.source",
		nl: "Bron: %s",
		en: "Source: %s",
	},
	QuizTitle: {
		id: "quiz.title",
		nl: "toets",
		en: "quiz",
	},
	QuizWrong: {
		id: "quiz.wrong",
		nl: "Niet goed.",
		en: "Not correct.",
	},
	QuizYourchoice: {
		id: "quiz.yourchoice",
		nl: "Jouw keuze: %s",
		en: "Your choice: %s",
	},
	ReaderObjectives: {
		id: "reader.objectives",
		nl: "Na deze module kun je:",
		en: "After this module you can:",
	},
	ReaderPageof: {
		id: "reader.pageof",
		nl: "pagina %d van %d",
		en: "page %d of %d",
	},
	ReaderRendererror: {
		id: "reader.rendererror",
		nl: "Deze pagina kon niet worden opgemaakt (%v). Hieronder staat de tekst zonder opmaak.",
		en: "This page could not be formatted (%v). Below is the text without formatting.",
	},
	ReaderRendering: {
		id: "reader.rendering",
		nl: "Pagina wordt opgemaakt…",
		en: "Formatting the page…",
	},
	ReaderScroll: {
		id: "reader.scroll",
		nl: "regels %d–%d van %d",
		en: "lines %d–%d of %d",
	},
	ReaderSearchcourse: {
		id: "reader.searchcourse",
		nl: "de hele cursus",
		en: "the whole course",
	},
	ReaderSearchfirst: {
		id: "reader.searchfirst",
		nl: "Zoek eerst: / in deze module, z in de hele cursus.",
		en: "Search first: / in this module, z in the whole course.",
	},
	ReaderSearchhit: {
		id: "reader.searchhit",
		nl: "\"%s\": plek %d van %d (n volgende, N vorige, esc klaar)",
		en: "\"%s\": place %d of %d (n next, N previous, esc done)",
	},
	ReaderSearchmodule: {
		id: "reader.searchmodule",
		nl: "deze module",
		en: "this module",
	},
	ReaderSearchnone: {
		id: "reader.searchnone",
		nl: "\"%s\" staat niet in %s.",
		en: "\"%s\" is not in %s.",
	},
	ReaderSearchprompt: {
		id: "reader.searchprompt",
		nl: "Zoek in %s: %s▏ (enter zoeken, esc stoppen)",
		en: "Search %s: %s▏ (enter search, esc stop)",
	},
	ResultAllright: {
		id: "result.allright",
		nl: "Je had alle vragen goed.",
		en: "You answered every question right.",
	},
	ResultAttempt: {
		id: "result.attempt",
		nl: "poging %d",
		en: "attempt %d",
	},
	ResultN: {
		id: "result.n",
		nl: "%d.",
		en: "%d.",
	},
	ResultNotpassed: {
		id: "result.notpassed",
		nl: "Nog niet gehaald: je hebt %d%% nodig. Lees de uitleg hieronder en probeer het opnieuw (r).",
		en: "Not passed yet: you need %d%%. Read the explanations below and try again (r).",
	},
	ResultPassed: {
		id: "result.passed",
		nl: "Gehaald! (de grens is %d%%)",
		en: "Passed! (the pass mark is %d%%)",
	},
	ResultRight: {
		id: "result.right",
		nl: "Juist was:",
		en: "Right was:",
	},
	ResultScore: {
		id: "result.score",
		nl: "Je score: %d%% (%d van %d goed)",
		en: "Your score: %d%% (%d of %d right)",
	},
	ResultStillpassed: {
		id: "result.stillpassed",
		nl: "Deze poging is niet gehaald (je hebt %d%% nodig), maar de module blijft gehaald: je beste score is %d%%.",
		en: "This attempt did not pass (you need %d%%), but the module stays passed: your best score is %d%%.",
	},
	ResultTitle: {
		id: "result.title",
		nl: "uitslag",
		en: "result",
	},
	ResultWrongheader: {
		id: "result.wrongheader",
		nl: "Wat je fout had (%d):",
		en: "What you got wrong (%d):",
	},
	ResultYours: {
		id: "result.yours",
		nl: "Jouw antwoord:",
		en: "Your answer:",
	},
	ResultYoursright: {
		id: "result.yoursright",
		nl: "Jouw antwoord (juist):",
		en: "Your answer (right):",
	},
	ResultsAfter: {
		id: "results.after",
		nl: "Geef dit bestand aan je trainer (USB-stick, gedeelde map of mail).",
		en: "Give this file to your trainer (USB stick, shared folder or mail).",
	},
	ResultsDone: {
		id: "results.done",
		nl: "Je resultaten staan in:",
		en: "Your results are in:",
	},
	ResultsIntro: {
		id: "results.intro",
		nl: "Je trainer kan de resultaten van de groep samenvoegen. Dit bestand bevat je naam, per module je score en je antwoorden van de laatste toets. Het verlaat je computer alleen als jij het doorgeeft.",
		en: "Your trainer can combine the results of the group. This file holds your name and, per module, your score and your answers in the latest quiz. It leaves your computer only if you pass it on.",
	},
	ResultsTitle: {
		id: "results.title",
		nl: "Resultaten exporteren",
		en: "Export results",
	},
	SaveFailed: {
		id: "save.failed",
		nl: "Opslaan mislukt: %v",
		en: "Saving failed: %v",
	},
	StatusNotpassed: {
		id: "status.notpassed",
		nl: "nog niet gehaald (%d%%)",
		en: "not passed yet (%d%%)",
	},
	StatusNotstarted: {
		id: "status.notstarted",
		nl: "niet begonnen",
		en: "not started",
	},
	StatusPage: {
		id: "status.page",
		nl: "pagina %d van %d",
		en: "page %d of %d",
	},
	StatusPassed: {
		id: "status.passed",
		nl: "gehaald (%d%%)",
		en: "passed (%d%%)",
	},
	StatusQuizopen: {
		id: "status.quizopen",
		nl: "toets bezig",
		en: "quiz in progress",
	},
	StatusVersion: {
		id: "status.version",
		nl: "op versie %s",
		en: "on version %s",
	},

	// presenter mode: package present and the present command
	PresentAnswer: {
		id: "present.answer",
		nl: "Het juiste antwoord: %s",
		en: "The right answer: %s",
	},
	PresentAnswers: {
		id: "present.answers",
		nl: "De juiste antwoorden: %s",
		en: "The right answers: %s",
	},
	PresentChoose: {
		id: "present.choose",
		nl: "Kies een module om te tonen:",
		en: "Choose a module to show:",
	},
	PresentDiscussion: {
		id: "present.discussion",
		nl: "Gespreksvragen",
		en: "Discussion questions",
	},
	PresentDiscussions: {
		id:    "present.discussions",
		nl:    "%d gespreksvragen",
		en:    "%d discussion questions",
		nlOne: "1 gespreksvraag",
		enOne: "1 discussion question",
	},
	PresentEmpty: {
		id: "present.empty",
		nl: "Deze module heeft geen pagina's en geen vragen.",
		en: "This module has no pages and no questions.",
	},
	PresentExplanation: {
		id: "present.explanation",
		nl: "Uitleg",
		en: "Explanation",
	},
	PresentHelpFirst: {
		id: "present.help.first",
		nl: "het eerste scherm van de module",
		en: "the module's first screen",
	},
	PresentHelpLast: {
		id: "present.help.last",
		nl: "het laatste scherm van de module",
		en: "the module's last screen",
	},
	PresentHelpModules: {
		id: "present.help.modules",
		nl: "terug naar de lijst met modules",
		en: "back to the list of modules",
	},
	PresentHelpNext: {
		id: "present.help.next",
		nl: "volgende pagina of vraag; bij een vraag eerst het antwoord tonen",
		en: "next page or question; on a question, first show the answer",
	},
	PresentHelpNoprogress: {
		id: "present.help.noprogress",
		nl: "De presentatiemodus leest en bewaart geen voortgang: er komt niemands resultaat op het scherm.",
		en: "Presenter mode reads and saves no progress: nobody's results appear on screen.",
	},
	PresentHelpNumber: {
		id: "present.help.number",
		nl: "de module met dit nummer openen",
		en: "open the module with this number",
	},
	PresentHelpOpen: {
		id: "present.help.open",
		nl: "module openen",
		en: "open the module",
	},
	PresentHelpPrev: {
		id: "present.help.prev",
		nl: "vorige pagina of vraag; bij een getoond antwoord: dat weer verbergen",
		en: "previous page or question; on a shown answer: hide it again",
	},
	PresentHelpQuit: {
		id: "present.help.quit",
		nl: "stoppen",
		en: "quit",
	},
	PresentHelpReveal: {
		id: "present.help.reveal",
		nl: "antwoord tonen; daarna verder naar beneden, dan de volgende",
		en: "show the answer; then further down, then the next",
	},
	PresentHelpTitle: {
		id: "present.help.title",
		nl: "Hulp: bediening",
		en: "Help: controls",
	},
	PresentHelpWorkshopcounts: {
		id: "present.help.workshopcounts",
		nl: "De presentatiemodus bewaart geen voortgang. Van de workshopmap toont hij alleen aantallen antwoorden, nooit namen.",
		en: "Presenter mode saves no progress. Of the workshop folder it shows only counts of answers, never names.",
	},
	PresentKeyBrowse: {
		id: "present.key.browse",
		nl: "bladeren",
		en: "browse",
	},
	PresentKeyChoose: {
		id: "present.key.choose",
		nl: "kiezen",
		en: "choose",
	},
	PresentKeyHelp: {
		id: "present.key.help",
		nl: "hulp",
		en: "help",
	},
	PresentKeyHide: {
		id: "present.key.hide",
		nl: "verbergen",
		en: "hide",
	},
	PresentKeyModules: {
		id: "present.key.modules",
		nl: "modules",
		en: "modules",
	},
	PresentKeyNext: {
		id: "present.key.next",
		nl: "volgende",
		en: "next",
	},
	PresentKeyOpen: {
		id: "present.key.open",
		nl: "of nummer: openen",
		en: "or number: open",
	},
	PresentKeyQuit: {
		id: "present.key.quit",
		nl: "stoppen",
		en: "quit",
	},
	PresentKeyReveal: {
		id: "present.key.reveal",
		nl: "antwoord tonen",
		en: "show answer",
	},
	PresentKeyScroll: {
		id: "present.key.scroll",
		nl: "scrollen",
		en: "scroll",
	},
	PresentMore: {
		id: "present.more",
		nl: "↓ meer",
		en: "↓ more",
	},
	PresentMultiple: {
		id: "present.multiple",
		nl: "Meer dan één antwoord kan juist zijn.",
		en: "More than one answer can be right.",
	},
	PresentNomodules: {
		id: "present.nomodules",
		nl: "Deze cursus heeft geen modules.",
		en: "This course has no modules.",
	},
	PresentNoscreen: {
		id: "present.noscreen",
		nl: "De presentatiemodus kon niet starten: hij heeft een terminal nodig om toetsen te lezen, en de invoer is er geen (zoals bij < bestand of een pijp). Start hem in een terminalvenster, of gebruik piketpalen print voor de tekst.",
		en: "Presenter mode could not start: it needs a terminal to read keys from, and the input is not one (as with < file or a pipe). Start it in a terminal window, or use piketpalen print for the text.",
	},
	PresentObjectives: {
		id: "present.objectives",
		nl: "Na deze module kun je:",
		en: "After this module you can:",
	},
	PresentOnemodule: {
		id: "present.onemodule",
		nl: "één module tegelijk, niet %d (%v)",
		en: "one module at a time, not %d (%v)",
	},
	PresentPageof: {
		id: "present.pageof",
		nl: "pagina %d van %d",
		en: "page %d of %d",
	},
	PresentPages: {
		id:    "present.pages",
		nl:    "%d pagina's",
		en:    "%d pages",
		nlOne: "1 pagina",
		enOne: "1 page",
	},
	PresentQuestionof: {
		id: "present.questionof",
		nl: "Vraag %d van %d",
		en: "Question %d of %d",
	},
	PresentQuestions: {
		id:    "present.questions",
		nl:    "%d vragen",
		en:    "%d questions",
		nlOne: "1 vraag",
		enOne: "1 question",
	},
	PresentRendererror: {
		id: "present.rendererror",
		nl: "Deze pagina kon niet worden opgemaakt (%v). Hieronder staat de tekst zonder opmaak.",
		en: "This page could not be formatted (%v). Below is the text without formatting.",
	},
	PresentRendering: {
		id: "present.rendering",
		nl: "Pagina wordt opgemaakt…",
		en: "Formatting the page…",
	},
	PresentSource: {
		id: "present.source",
		nl: "Bron: %s",
		en: "Source: %s",
	},
	PresentTitle: {
		id: "present.title",
		nl: "presentatie",
		en: "presenter",
	},
	PresentUnknownmodule: {
		id: "present.unknownmodule",
		nl: "onbekende module %q. Kies een van deze (naam of nummer):",
		en: "unknown module %q. Choose one of these (name or number):",
	},
	PresentUsage: {
		id: "present.usage",
		nl: `Gebruik: piketpalen present [--course MAP] [--theme dark|light|ascii]
                            [--lang nl|en] [MODULE]

Presentatiemodus voor een training: toont een module groot op het scherm of de
beamer, met de pagina's, de gespreksvragen en alle toetsvragen. Het antwoord
op een vraag blijft verborgen tot je op enter of spatie drukt. Er wordt geen
voortgang gelezen of bewaard, dus er komt niemands resultaat op het scherm.

Met --workshop MAP geef je een workshop via een gedeelde map: de deelnemers
starten piketpalen --workshop MAP, en bij elke toetsvraag toont het scherm na
het tonen van het antwoord (of eerder, met w: wat denkt de groep?) per antwoord
hoeveel deelnemers het kozen. Alleen aantallen, nooit namen.

MODULE is het nummer van een module zoals het startscherm het toont (4, de
eerste module is 1) of de naam van de map (03-functioneringsnorm). Zonder
MODULE kies je eerst een module uit de lijst.
`,
		en: `Usage: piketpalen present [--course DIR] [--theme dark|light|ascii]
                          [--lang nl|en] [MODULE]

Presenter mode for a training: shows a module large on the screen or the
projector, with the pages, the discussion questions and every quiz question.
The answer to a question stays hidden until you press enter or space. No
progress is read or saved, so nobody's results appear on the screen.

With --workshop DIR you give a workshop through a shared folder: participants
start piketpalen --workshop DIR, and on every quiz question the screen shows,
once the answer is revealed (or before, with w: what does the group think?),
how many participants chose each answer. Counts only, never names.

MODULE is a module's number as the start screen shows it (4; the first
module is 1) or the name of its folder (03-functioneringsnorm). Without
MODULE you first choose a module from the list.
`,
	},
	PresentUsageKeys: {
		id: "present.usage.keys",
		nl: "Toetsen bij een module:",
		en: "Keys in a module:",
	},

	// the command line: usage, help, and what the commands share (cmd/piketpalen)
	CliArgDir: {
		id: "cli.arg.dir",
		nl: "MAP",
		en: "DIR",
	},
	CliArgFile: {
		id: "cli.arg.file",
		nl: "BESTAND",
		en: "FILE",
	},
	CliArgLang: {
		id: "cli.arg.lang",
		nl: "nl|en",
		en: "nl|en",
	},
	CliArgN: {
		id: "cli.arg.n",
		nl: "N",
		en: "N",
	},
	CliArgName: {
		id: "cli.arg.name",
		nl: "NAAM",
		en: "NAME",
	},
	CliArgOrg: {
		id: "cli.arg.org",
		nl: "ORGANISATIE",
		en: "ORGANISATION",
	},
	CliArgPath: {
		id: "cli.arg.path",
		nl: "BESTAND|MAP",
		en: "FILE|DIR",
	},
	CliArgSep: {
		id: "cli.arg.sep",
		nl: "TEKEN",
		en: "CHAR",
	},
	CliArgTheme: {
		id: "cli.arg.theme",
		nl: "THEMA",
		en: "THEME",
	},
	CliBadlang: {
		id: "cli.badlang",
		nl: "--lang: onbekende taal %q (kies nl of en)",
		en: "--lang: unknown language %q (choose nl or en)",
	},
	CliBadtheme: {
		id: "cli.badtheme",
		nl: "--theme: onbekend thema %q (kies %s)",
		en: "--theme: unknown theme %q (choose %s)",
	},
	CliBadvalue: {
		id: "cli.badvalue",
		nl: "%q is geen geldige waarde voor %s",
		en: "%q is not a valid value for %s",
	},
	CliBuiltinbroken: {
		id: "cli.builtinbroken",
		nl: "de ingebouwde cursus is beschadigd",
		en: "the built-in course is damaged",
	},
	CliCourseproblems: {
		id:    "cli.courseproblems",
		nl:    "de cursus in %[2]s heeft %[1]d problemen (zie ook: piketpalen validate %[3]s)",
		en:    "the course in %[2]s has %[1]d problems (see also: piketpalen validate %[3]s)",
		nlOne: "de cursus in %s heeft 1 probleem (zie ook: piketpalen validate %s)",
		enOne: "the course in %s has 1 problem (see also: piketpalen validate %s)",
	},
	CliDatahelp: {
		id: "cli.datahelp",
		nl: `
Je voortgang staat in %s (gekozen: %s).
Een map piketpalen-data naast het programma maakt het draagbaar: dan staat
alles daar.
`,
		en: `
Your progress is kept in %s (chosen: %s).
A folder piketpalen-data next to the program makes it portable: then
everything is kept there.
`,
	},
	CliDatahelpErr: {
		id: "cli.datahelp.err",
		nl: "\nJe voortgang: %v\n",
		en: "\nYour progress: %v\n",
	},
	CliDefault: {
		id: "cli.default",
		nl: "(standaard: %s)",
		en: "(default: %s)",
	},
	CliDetail: {
		id: "cli.detail",
		nl: "Details: %s",
		en: "Details: %s",
	},
	CliFlagCourse: {
		id: "cli.flag.course",
		nl: "cursusmap",
		en: "course folder",
	},
	CliFlagData: {
		id: "cli.flag.data",
		nl: "map voor je voortgang",
		en: "folder for your progress",
	},
	CliFlagHelp: {
		id: "cli.flag.help",
		nl: "deze hulp tonen",
		en: "show this help",
	},
	CliFlagLang: {
		id: "cli.flag.lang",
		nl: "taal van de meldingen: nl of en",
		en: "language of the messages: nl or en",
	},
	CliFlagOrg: {
		id: "cli.flag.org",
		nl: "je organisatie (niet verplicht)",
		en: "your organisation (optional)",
	},
	CliFlagPlain: {
		id: "cli.flag.plain",
		nl: "tekst regel voor regel, voor schermlezers",
		en: "text line by line, for screen readers",
	},
	CliFlagTheme: {
		id: "cli.flag.theme",
		nl: "dark, light, high-contrast of ascii (wordt onthouden)",
		en: "dark, light, high-contrast or ascii (remembered)",
	},
	CliFlagVersion: {
		id: "cli.flag.version",
		nl: "versie tonen",
		en: "show the version",
	},
	CliFlags: {
		id: "cli.flags",
		nl: "Opties (voor of na de opdracht):",
		en: "Options (before or after the command):",
	},
	CliIdnotsaved: {
		id: "cli.idnotsaved",
		nl: "het nummer waarmee deze statements je noemen is niet bewaard: %v; een volgende export noemt je met een ander",
		en: "the id these statements name you by was not saved: %v; a later export would name you by another",
	},
	CliNamenotsaved: {
		id: "cli.namenotsaved",
		nl: "je naam is niet bewaard: %v",
		en: "your name was not saved: %v",
	},
	CliNeedsvalue: {
		id: "cli.needsvalue",
		nl: "%s heeft een waarde nodig",
		en: "%s needs a value",
	},
	CliNewerschema: {
		id: "cli.newerschema",
		nl: "%s is gemaakt door een nieuwere versie van piketpalen en is niet aangeraakt.\nGebruik die nieuwere versie, of kies een andere map met --data MAP",
		en: "%s was made by a newer version of piketpalen and has not been touched.\nUse that newer version, or choose another folder with --data DIR",
	},
	CliNodatadir: {
		id: "cli.nodatadir",
		nl: "waar je voortgang moet staan is niet te bepalen",
		en: "where your progress should be kept cannot be determined",
	},
	CliNodatadirHint: {
		id: "cli.nodatadir.hint",
		nl: "Geef een map op met --data MAP",
		en: "Give a folder with --data DIR",
	},
	CliPressenter: {
		id: "cli.pressenter",
		nl: "Druk op Enter om dit venster te sluiten.",
		en: "Press Enter to close this window.",
	},
	CliProgressunreadable: {
		id: "cli.progressunreadable",
		nl: "je voortgang kon niet worden gelezen",
		en: "your progress could not be read",
	},
	CliSeehelp: {
		id: "cli.seehelp",
		nl: "Zie: %s --help",
		en: "See: %s --help",
	},
	CliSettingnotsaved: {
		id: "cli.settingnotsaved",
		nl: "je instelling is niet bewaard: %v",
		en: "your setting was not saved: %v",
	},
	CliUnknowncommand: {
		id: "cli.unknowncommand",
		nl: "piketpalen: onbekende opdracht %q (zie: piketpalen help)",
		en: "piketpalen: unknown command %q (see: piketpalen help)",
	},
	CliUnknownflag: {
		id: "cli.unknownflag",
		nl: "onbekende optie %s",
		en: "unknown option %s",
	},
	CliUsage: {
		id: "cli.usage",
		nl: `piketpalen: weet waar de piketpalen staan. Een cursus voor ambtenaren over
de grenzen van hun uitingsvrijheid, voor de terminal en zonder internet.

Gebruik:
  piketpalen [--course MAP] [--data MAP]   de cursus volgen
  piketpalen validate [MAP] [--strict]     een cursusmap controleren
                                           (bestand:regel: melding)
  piketpalen export-results [--name NAAM] [--org ORG] [--out BESTAND]
                                           je resultaten in één bestand voor je
                                           trainer
  piketpalen results BESTAND|MAP... [--csv UIT.csv]
                                           trainer: overzicht van de resultaten
                                           van een groep
  piketpalen results --watch MAP           trainer: dat overzicht, bijgewerkt
                                           zodra er bestanden bijkomen
  piketpalen export-results --xapi [--out BESTAND]
  piketpalen results MAP --xapi UIT        xAPI-statements voor de LRS van je
                                           organisatie
  piketpalen privacy [export | delete]     wat er over je bewaard wordt;
                                           exporteren, wissen
  piketpalen present [MODULE]              presentatiemodus voor trainers
                                           (beamer); het antwoord op een vraag
                                           verschijnt pas na enter of spatie
  piketpalen present --workshop MAP        trainer: een workshop via een
                                           gedeelde map; per vraag hoe de groep
                                           antwoordde (alleen aantallen)
  piketpalen print [MODULE] [--width N] [--answers]
                                           een module of de hele cursus als
                                           tekst (om af te drukken); --answers:
                                           met de antwoorden, voor trainers
  piketpalen gift export [MODULE] [--out BESTAND]
                                           de vragen als GIFT, voor Moodle
  piketpalen gift import BESTAND [--module MAP]
                                           vragen uit GIFT (Moodle) als
                                           questions.yaml
  piketpalen doctor                        controleren of de cursus op deze
                                           computer werkt
  piketpalen progress merge BESTAND        de voortgang van een andere computer
                                           (zijn progress.json) bij die van hier
                                           voegen
  piketpalen certificate --name NAAM [--org ORG] [--out MAP]
                                           je eigen bewijs van deelname maken
                                           (als alle modules gehaald zijn; zelf
                                           gemaakt, niet door een organisatie)
  piketpalen certificate --sample          een voorbeeldcertificaat maken
  piketpalen verify BESTAND [--issuer UITGEVER.uitgever.json] [--revoked LIJST]
                                           een certificaat (PDF, JSON of Open
                                           Badge) controleren
  piketpalen issuer init --name ORGANISATIE [--out MAP]
                                           organisatie: een sleutelpaar maken om
                                           uit te geven
  piketpalen issue --key ORG.key RESULTAATBESTAND|MAP...
                                           trainer of HR: certificaten uitgeven
                                           na herbeoordeling
  piketpalen issuer revoke CODE... --key ORG.key
                                           organisatie: certificaten intrekken
  piketpalen --version                     de versie tonen
  piketpalen licenses                      de licenties van de software in dit
                                           programma
  piketpalen help [--lang en]              deze hulp
  piketpalen OPDRACHT --help               de hulp bij één opdracht

MODULE is het nummer dat het startscherm toont (de eerste module is 1) of de
naam van de map (03-functioneringsnorm).

In de cursus: ? toont alle toetsen van het scherm; bij het lezen zoekt / in de
module en z in de hele cursus (n en N: volgende en vorige plek).

Opties bij het volgen van de cursus:
  --course MAP   de cursus uit deze map in plaats van de ingebouwde cursus
  --data MAP     je voortgang in deze map bewaren (ook: omgevingsvariabele
                 PIKETPALEN_DATA)
  --theme NAAM   dark (standaard), light, high-contrast of ascii (zonder kleur)
  --lang TAAL    taal van de knoppen en meldingen: nl (standaard) of en
  --workshop MAP meedoen aan de workshop in deze gedeelde map: je antwoorden
                 gaan ook daarheen
  --plain        de cursus als gewone tekst, regel voor regel: voor schermlezers
                 en consoles zonder volledig scherm. Vanzelf aan als ACCESSIBLE
                 is gezet of als invoer of uitvoer geen terminal is.

Taal:
  Elke opdracht kent --lang nl en --lang en, overal na de naam van de opdracht,
  ook na help of --help: piketpalen help --lang en. Zonder --lang gebruiken de
  cursus, certificate en export-results de taal die je bij de cursus koos (die
  wordt onthouden); de andere opdrachten spreken Nederlands. De cursus zelf, het
  certificaat en de meldingen van validate zijn altijd in het Nederlands.
`,
		en: `piketpalen: know where the boundary posts stand. A course for Dutch civil
servants on the limits of their freedom of expression, for the terminal and
without internet.

Usage:
  piketpalen [--course DIR] [--data DIR]   take the course
  piketpalen validate [DIR] [--strict]     check a course folder
                                           (file:line: message)
  piketpalen export-results [--name NAME] [--org ORG] [--out FILE]
                                           your results in one file for your
                                           trainer
  piketpalen results FILE|DIR... [--csv OUT.csv]
                                           trainer: overview of a group's
                                           results
  piketpalen results --watch DIR           trainer: that overview, updated as
                                           files arrive
  piketpalen export-results --xapi [--out FILE]
  piketpalen results DIR --xapi OUT        xAPI statements for the
                                           organisation's LRS
  piketpalen privacy [export | delete]     what is kept about you; export it,
                                           delete it
  piketpalen present [MODULE]              presenter mode for trainers
                                           (projector); the answer to a question
                                           shows only after enter or space
  piketpalen present --workshop DIR        trainer: a workshop through a shared
                                           folder; per question how the group
                                           answered (counts only)
  piketpalen print [MODULE] [--width N] [--answers]
                                           a module or the whole course as text
                                           (to print); --answers: with the
                                           answers, for trainers
  piketpalen gift export [MODULE] [--out FILE]
                                           the questions as GIFT, for Moodle
  piketpalen gift import FILE [--module DIR]
                                           questions.yaml from GIFT (Moodle)
  piketpalen doctor                        check whether the course works on
                                           this computer
  piketpalen progress merge FILE           add the progress of another computer
                                           (its progress.json) to the one kept
                                           here
  piketpalen certificate --name NAME [--org ORG] [--out DIR]
                                           make your own bewijs van deelname
                                           (when every module is passed;
                                           self-made, not by an organisation)
  piketpalen certificate --sample          make a sample certificate
  piketpalen verify FILE [--issuer ISSUER.uitgever.json] [--revoked LIST]
                                           check a certificate (PDF, JSON or
                                           Open Badge)
  piketpalen issuer init --name ORGANISATION [--out DIR]
                                           organisation: make a key pair to
                                           issue with
  piketpalen issue --key ORG.key RESULTFILE|DIR...
                                           trainer or HR: issue certificates
                                           after re-grading
  piketpalen issuer revoke CODE... --key ORG.key
                                           organisation: revoke certificates
  piketpalen --version                     show the version
  piketpalen licenses                      the licences of the software in this
                                           program
  piketpalen help [--lang en]              this help
  piketpalen COMMAND --help                the help of one command

MODULE is the number the start screen shows (the first module is 1) or the
name of its folder (03-functioneringsnorm).

In the course: ? shows every key of the screen; while reading, / searches the
module and z the whole course (n and N: next and previous place).

Options when taking the course:
  --course DIR   the course in this folder instead of the built-in course
  --data DIR     keep your progress in this folder (also: environment variable
                 PIKETPALEN_DATA)
  --theme NAME   dark (default), light, high-contrast or ascii (no colour)
  --lang LANG    language of buttons and messages: nl (default) or en
  --workshop DIR join the workshop in this shared folder: your answers go there
                 too
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
	},
	CliUsageHelp: {
		id: "cli.usage.help",
		nl: "Gebruik: piketpalen help [OPDRACHT]\n\nToont hoe je piketpalen gebruikt, of hoe je een opdracht gebruikt.",
		en: "Usage: piketpalen help [COMMAND]\n\nShows how to use piketpalen, or how to use a command.",
	},
	CliUsageLicenses: {
		id: "cli.usage.licenses",
		nl: "Gebruik: piketpalen licenses\n\nToont de licenties van de open-sourcemodules waarmee piketpalen is gemaakt.",
		en: "Usage: piketpalen licenses\n\nShows the licences of the open-source modules piketpalen is built from.",
	},
	CliVersion: {
		id: "cli.version",
		nl: "piketpalen %s (cursus %q versie %s, stand van zaken %s)",
		en: "piketpalen %s (course %q version %s, law as of %s)",
	},
	CliVersionIssuers: {
		id: "cli.version.issuers",
		nl: "vertrouwde uitgevers ingebouwd of naast het programma: %d (geen geheime sleutel)",
		en: "trusted issuers built in or next to the program: %d (no secret key)",
	},

	// piketpalen certificate
	CertificateCheckwith: {
		id: "certificate.checkwith",
		nl: "Controleer met: piketpalen verify %s",
		en: "Check it with: piketpalen verify %s",
	},
	CertificateFailed: {
		id: "certificate.failed",
		nl: "het certificaat kon niet worden gemaakt: %v",
		en: "the certificate could not be made: %v",
	},
	CertificateFlagName: {
		id: "certificate.flag.name",
		nl: "je naam zoals die op het certificaat komt",
		en: "your name as it will appear on the certificate",
	},
	CertificateFlagOut: {
		id: "certificate.flag.out",
		nl: "map voor het certificaat",
		en: "folder for the certificate",
	},
	CertificateFlagSample: {
		id: "certificate.flag.sample",
		nl: "een voorbeeldcertificaat maken",
		en: "make a sample certificate",
	},
	CertificateNoname: {
		id: "certificate.noname",
		nl: "geef je naam met --name \"Voornaam Achternaam\"",
		en: "give your name with --name \"First Last\"",
	},
	CertificateNotpassed: {
		id: "certificate.notpassed",
		nl: "Nog geen certificaat: niet alle modules zijn gehaald. Nog te halen:",
		en: "No certificate yet: not every module is passed. Still to pass:",
	},
	CertificateSampleFailed: {
		id: "certificate.sample.failed",
		nl: "voorbeeldcertificaat: %v",
		en: "sample certificate: %v",
	},
	CertificateSampleWritten: {
		id: "certificate.sample.written",
		nl: "Voorbeeldcertificaat geschreven (%s):",
		en: "Sample certificate written (marked \"%s\"):",
	},
	CertificateUsage: {
		id: "certificate.usage",
		nl: `Gebruik: piketpalen certificate --name NAAM [--org ORGANISATIE] [--out MAP]
                                [--data MAP]
       piketpalen certificate --sample [--out MAP]

Maakt je certificaat (PDF en een JSON-bestand om te controleren) als je alle
modules hebt gehaald. Zonder --out komt het in je map Documenten, of anders in
de map met je voortgang. Met --sample: een voorbeeld met een verzonnen cursist,
gemarkeerd als "%s", in dezelfde map.
`,
		en: `Usage: piketpalen certificate --name NAME [--org ORGANISATION] [--out DIR]
                              [--data DIR]
       piketpalen certificate --sample [--out DIR]

Makes your certificate (a PDF and a JSON file to check it with) when you have
passed every module. Without --out it goes into your Documents folder, or
else into the folder with your progress. With --sample: a sample with an
invented learner, marked "%s"
(sample, not a valid certificate), into the same folder. The certificate
itself is in Dutch.
`,
	},
	CertificateWritten: {
		id: "certificate.written",
		nl: "Certificaat geschreven:",
		en: "Certificate written:",
	},

	// piketpalen doctor (package doctor)
	DoctorBlocked: {
		id: "doctor.blocked",
		nl: "Er is een probleem dat het gebruik blokkeert (FOUT hierboven).",
		en: "There is a problem that blocks use of the course (ERROR above).",
	},
	DoctorCheckColour: {
		id: "doctor.check.colour",
		nl: "kleuren",
		en: "colours",
	},
	DoctorCheckConsole: {
		id: "doctor.check.console",
		nl: "Windows-console",
		en: "Windows console",
	},
	DoctorCheckCourse: {
		id: "doctor.check.course",
		nl: "cursus",
		en: "course",
	},
	DoctorCheckData: {
		id: "doctor.check.data",
		nl: "gegevensmap",
		en: "data folder",
	},
	DoctorCheckPortable: {
		id: "doctor.check.portable",
		nl: "draagbare modus",
		en: "portable mode",
	},
	DoctorCheckProgress: {
		id: "doctor.check.progress",
		nl: "voortgang",
		en: "progress",
	},
	DoctorCheckTerminal: {
		id: "doctor.check.terminal",
		nl: "terminal",
		en: "terminal",
	},
	DoctorCheckWrite: {
		id: "doctor.check.write",
		nl: "schrijven",
		en: "writing",
	},
	DoctorColour16: {
		id: "doctor.colour.16",
		nl: "16 kleuren",
		en: "16 colours",
	},
	DoctorColour256: {
		id: "doctor.colour.256",
		nl: "256 kleuren",
		en: "256 colours",
	},
	DoctorColourAscii: {
		id: "doctor.colour.ascii",
		nl: "geen kleur (tekst en vet)",
		en: "no colour (text and bold)",
	},
	DoctorColourNocolor: {
		id: "doctor.colour.nocolor",
		nl: "; NO_COLOR is gezet, dus zonder kleur",
		en: "; NO_COLOR is set, so no colour",
	},
	DoctorColourNotty: {
		id: "doctor.colour.notty",
		nl: "geen kleur (geen terminal)",
		en: "no colour (not a terminal)",
	},
	DoctorColourTrue: {
		id: "doctor.colour.true",
		nl: "16 miljoen kleuren",
		en: "16 million colours",
	},
	DoctorConsoleConhost: {
		id: "doctor.console.conhost",
		nl: "klassieke console (conhost): werkt, maar Windows Terminal toont de cursus mooier",
		en: "classic console (conhost): works, but Windows Terminal shows the course better",
	},
	DoctorCourse: {
		id: "doctor.course",
		nl: "%s, versie %s, stand van zaken %s, %d modules",
		en: "%s, version %s, law as of %s, %d modules",
	},
	DoctorData: {
		id: "doctor.data",
		nl: "%s (gekozen: %s)",
		en: "%s (chosen: %s)",
	},
	DoctorFine: {
		id: "doctor.fine",
		nl: "Alles in orde: de cursus kan hier worden gevolgd.",
		en: "All is well: the course can be taken here.",
	},
	DoctorHowDefault: {
		id: "doctor.how.default",
		nl: "standaard",
		en: "default",
	},
	DoctorHowPortable: {
		id: "doctor.how.portable",
		nl: "draagbaar (naast het programma)",
		en: "portable (next to the program)",
	},
	DoctorHowPortablereadonly: {
		id: "doctor.how.portablereadonly",
		nl: "standaard (de map %s naast het programma is niet beschrijfbaar)",
		en: "default (the folder %s next to the program cannot be written to)",
	},
	DoctorMarkError: {
		id: "doctor.mark.error",
		nl: "FOUT",
		en: "ERROR",
	},
	DoctorMarkOk: {
		id: "doctor.mark.ok",
		nl: "ok",
		en: "ok",
	},
	DoctorMarkWarn: {
		id: "doctor.mark.warn",
		nl: "let op",
		en: "warning",
	},
	DoctorPortableOff: {
		id: "doctor.portable.off",
		nl: "uit: geen map %s naast het programma",
		en: "off: no folder %s next to the program",
	},
	DoctorPortableOn: {
		id: "doctor.portable.on",
		nl: "aan: je voortgang staat naast het programma",
		en: "on: your progress is kept next to the program",
	},
	DoctorPortableReadonly: {
		id: "doctor.portable.readonly",
		nl: "uit: de map %s naast het programma is niet beschrijfbaar",
		en: "off: the folder %s next to the program cannot be written to",
	},
	DoctorProgressDamaged: {
		id: "doctor.progress.damaged",
		nl: "%s is beschadigd: bij de start wordt het opzij gezet en wordt de reservekopie gebruikt.",
		en: "%s is damaged: at start it is moved aside and the backup is used.",
	},
	DoctorProgressNewer: {
		id: "doctor.progress.newer",
		nl: "%s is gemaakt door een nieuwere versie van piketpalen; deze versie laat het onaangeroerd en kan de cursus hier niet openen.",
		en: "%s was made by a newer version of piketpalen; this version leaves it untouched and cannot open the course here.",
	},
	DoctorProgressNone: {
		id: "doctor.progress.none",
		nl: "nog geen voortgang opgeslagen",
		en: "no progress saved yet",
	},
	DoctorProgressNotregular: {
		id: "doctor.progress.notregular",
		nl: "%s is geen gewoon bestand (een map, FIFO of apparaat): de cursus kan er niet in lezen of schrijven. Haal het weg of kies een andere map met --data MAP.",
		en: "%s is not a regular file (a folder, FIFO or device): the course cannot read or write it. Remove it or choose another folder with --data DIR.",
	},
	DoctorProgressSize: {
		id: "doctor.progress.size",
		nl: "%s (%d bytes)",
		en: "%s (%d bytes)",
	},
	DoctorProgressUnreadable: {
		id: "doctor.progress.unreadable",
		nl: "%s is niet te lezen: %v",
		en: "%s cannot be read: %v",
	},
	DoctorTerminalNosize: {
		id: "doctor.terminal.nosize",
		nl: "grootte onbekend: %v",
		en: "size unknown: %v",
	},
	DoctorTerminalNotty: {
		id: "doctor.terminal.notty",
		nl: "uitvoer is geen terminal maar omgeleid (naar een bestand of pipe): de cursus start dan als gewone tekst (--plain)",
		en: "output is not a terminal but redirected (to a file or a pipe): the course then starts as plain text (--plain)",
	},
	DoctorTerminalSmall: {
		id: "doctor.terminal.small",
		nl: "%d×%d: kleiner dan 80×24; maak het venster groter, of gebruik --plain",
		en: "%d×%d: smaller than 80×24; make the window larger, or use --plain",
	},
	DoctorUsage: {
		id: "doctor.usage",
		nl: `Gebruik: piketpalen doctor [--course MAP] [--data MAP] [--lang nl|en]

Controleert of piketpalen op deze computer kan werken: de cursus, de map voor
je voortgang (bestaat die, kan er geschreven worden, draagbare modus), de
terminal, kleuren en UTF-8. Afsluitcode 1 als iets het gebruik blokkeert.`,
		en: `Usage: piketpalen doctor [--course DIR] [--data DIR] [--lang nl|en]

Checks whether piketpalen can work on this computer: the course, the folder
for your progress (does it exist, can it be written to, portable mode), the
terminal, colours and UTF-8. Exit status 1 when something blocks use.`,
	},
	DoctorUtf8Bad: {
		id: "doctor.utf8.bad",
		nl: "%s; letters als ë en é kunnen verkeerd verschijnen",
		en: "%s; letters such as ë and é may show wrongly",
	},
	DoctorUtf8No: {
		id: "doctor.utf8.no",
		nl: "nee (%s=%s)",
		en: "no (%s=%s)",
	},
	DoctorUtf8Redirected: {
		id: "doctor.utf8.redirected",
		nl: "uitvoer omgeleid: piketpalen schrijft UTF-8; in Windows PowerShell 5.1 eerst [Console]::OutputEncoding = [Text.Encoding]::UTF8",
		en: "output redirected: piketpalen writes UTF-8; in Windows PowerShell 5.1 first [Console]::OutputEncoding = [Text.Encoding]::UTF8",
	},
	DoctorUtf8Unset: {
		id: "doctor.utf8.unset",
		nl: "onbekend: LANG, LC_CTYPE en LC_ALL zijn niet gezet",
		en: "unknown: LANG, LC_CTYPE and LC_ALL are not set",
	},
	DoctorUtf8Windows: {
		id: "doctor.utf8.windows",
		nl: "de console krijgt Unicode rechtstreeks (codepagina %d)",
		en: "the console receives Unicode directly (code page %d)",
	},
	DoctorUtf8Windowsnocp: {
		id: "doctor.utf8.windowsnocp",
		nl: "de console krijgt Unicode rechtstreeks; codepagina onbekend",
		en: "the console receives Unicode directly; code page unknown",
	},
	DoctorUtf8Yes: {
		id: "doctor.utf8.yes",
		nl: "ja (%s=%s)",
		en: "yes (%s=%s)",
	},
	DoctorWriteFail: {
		id: "doctor.write.fail",
		nl: "in %s kan niet worden geschreven: %v. Je voortgang zou niet bewaard worden; kies een andere map met --data MAP.",
		en: "%s cannot be written to: %v. Your progress would not be saved; choose another folder with --data DIR.",
	},
	DoctorWriteMkdir: {
		id: "doctor.write.mkdir",
		nl: "de map %s kan niet worden gemaakt: %v. Kies een andere map met --data MAP.",
		en: "the folder %s cannot be made: %v. Choose another folder with --data DIR.",
	},
	DoctorWriteOk: {
		id: "doctor.write.ok",
		nl: "je voortgang kan worden bewaard",
		en: "your progress can be saved",
	},

	// piketpalen export-results
	ExportFailed: {
		id: "export.failed",
		nl: "je resultaten konden niet worden geschreven: %v",
		en: "your results could not be written: %v",
	},
	ExportFlagName: {
		id: "export.flag.name",
		nl: "je naam (standaard: de naam die piketpalen al van je weet)",
		en: "your name (default: the name piketpalen already knows)",
	},
	ExportFlagOut: {
		id: "export.flag.out",
		nl: "het bestand (of de map) om het resultaat in te schrijven",
		en: "the file (or folder) to write the results to",
	},
	ExportNoname: {
		id: "export.noname",
		nl: "geef je naam met --name \"Voornaam Achternaam\", zodat je trainer weet van wie de resultaten zijn",
		en: "give your name with --name \"First Last\", so that your trainer knows whose results these are",
	},
	ExportPassed: {
		id: "export.passed",
		nl: "Modules gehaald: %d van %d. Geef dit bestand aan je trainer.",
		en: "Modules passed: %d of %d. Give this file to your trainer.",
	},
	ExportUsage: {
		id: "export.usage",
		nl: `Gebruik: piketpalen export-results [--name NAAM] [--org ORGANISATIE]
                                   [--out BESTAND] [--data MAP]

Schrijft je resultaten naar één bestand voor je trainer: per module of je
geslaagd bent, je beste score, het aantal pogingen en je antwoorden bij de
laatste toets. Dat kan op elk moment, ook als je nog niet klaar bent. Het
bestand is ondertekend: een wijziging achteraf valt op.

Zonder --out komt het bestand resultaten-<naam>.json in je map Documenten,
of anders in de map met je voortgang. Zonder --name wordt de naam gebruikt
die piketpalen al van je weet (van je certificaat of een eerdere export).
`,
		en: `Usage: piketpalen export-results [--name NAME] [--org ORGANISATION] [--out FILE]
                                 [--data DIR]

Writes your results to one file for your trainer: per module whether you
passed, your best score, the number of attempts and your answers in the
latest quiz. You can do this at any time, also before you have finished. The
file is signed: a change made afterwards shows.

Without --out the file resultaten-<name>.json goes into your Documents
folder, or else into the folder with your progress. Without --name the name
is used that piketpalen already knows (from your certificate or an earlier
export).
`,
	},
	ExportWritten: {
		id: "export.written",
		nl: "Resultaten van %s geschreven:",
		en: "Results of %s written:",
	},

	// piketpalen results: the trainer's overview
	OverviewBadsep: {
		id: "overview.badsep",
		nl: "--csv-sep: kies , of ; (niet %q)",
		en: "--csv-sep: choose , or ; (not %q)",
	},
	OverviewColName: {
		id: "overview.col.name",
		nl: "Naam",
		en: "Name",
	},
	OverviewColOrg: {
		id: "overview.col.org",
		nl: "Organisatie",
		en: "Organisation",
	},
	OverviewColPassed: {
		id: "overview.col.passed",
		nl: "Modules gehaald",
		en: "Modules passed",
	},
	OverviewCsvfailed: {
		id: "overview.csvfailed",
		nl: "CSV niet geschreven: %v",
		en: "CSV not written: %v",
	},
	OverviewCsvnotwritten: {
		id: "overview.csvnotwritten",
		nl: "%s is daarom niet geschreven",
		en: "%s was therefore not written",
	},
	OverviewCsvwritten: {
		id: "overview.csvwritten",
		nl: "CSV geschreven: %s",
		en: "CSV written: %s",
	},
	OverviewDuplicate: {
		id: "overview.duplicate",
		nl: "Dubbel: %s heeft ook een nieuwer bestand, %s. Alleen het nieuwste telt mee.",
		en: "Duplicate: %s also has a newer file, %s. Only the newest counts.",
	},
	OverviewFiles: {
		id:    "overview.files",
		nl:    "%d bestanden",
		en:    "%d files",
		nlOne: "1 bestand",
		enOne: "1 file",
	},
	OverviewFlagCsv: {
		id: "overview.flag.csv",
		nl: "schrijf de tabel per vraag ook als CSV naar dit bestand",
		en: "also write the table per question as CSV to this file",
	},
	OverviewFlagCsvsep: {
		id: "overview.flag.csvsep",
		nl: "scheidingsteken in de CSV: , of ; (zonder deze optie ; zoals Excel met Nederlandse instellingen verwacht)",
		en: "separator in the CSV: , or ; (without this option , in English and ; in Dutch)",
	},
	OverviewHinted: {
		id: "overview.hinted",
		nl: "hint gelezen voor het antwoord: %d van de %d",
		en: "hint read before answering: %d of %d",
	},
	OverviewModules: {
		id: "overview.modules",
		nl: "Geslaagd per module (van %s)",
		en: "Passed per module (of %s)",
	},
	OverviewNoanswers: {
		id: "overview.noanswers",
		nl: "Nog geen enkele vraag beantwoord.",
		en: "No question answered yet.",
	},
	OverviewNobody: {
		id: "overview.nobody",
		nl: "Door niemand beantwoord (%d): %s.",
		en: "Answered by nobody (%d): %s.",
	},
	OverviewNobodymany: {
		id: "overview.nobodymany",
		nl: "Door niemand beantwoord: %d vragen (met --csv staan ze in de CSV).",
		en: "Answered by nobody: %d questions (with --csv they are in the CSV).",
	},
	OverviewNofiles: {
		id: "overview.nofiles",
		nl: "geef de resultatenbestanden of de map waarin ze staan",
		en: "give the result files or the folder they are in",
	},
	OverviewNonecounted: {
		id: "overview.nonecounted",
		nl: "geen enkel bestand telt mee",
		en: "no file counts",
	},
	OverviewNotcounted: {
		id: "overview.notcounted",
		nl: ", %d niet geteld (zie Problemen onderaan)",
		en: ", %d not counted (see Problems below)",
	},
	OverviewOthercourse: {
		id: "overview.othercourse",
		nl: "Andere cursus%s: %q. Niet geteld.",
		en: "Another course%s: %q. Not counted.",
	},
	OverviewOtherkey: {
		id: "overview.otherkey",
		nl: "Ondertekend door een andere uitgave van piketpalen, met een eigen sleutel%s. Hier niet te controleren en niet geteld.",
		en: "Signed by another build of piketpalen, with its own key%s. It cannot be checked here and is not counted.",
	},
	OverviewOtherversion: {
		id: "overview.otherversion",
		nl: "Andere cursusversie%s: versie %s, dit overzicht is van versie %s. Niet geteld: de vragen kunnen verschillen. Laat opnieuw exporteren met deze versie, of maak een overzicht met --course MAP van versie %s.",
		en: "Another course version%s: version %s, this overview is of version %s. Not counted: the questions may differ. Have the results exported again with this version, or make an overview with --course DIR of version %s.",
	},
	OverviewParticipants: {
		id:    "overview.participants",
		nl:    "%d deelnemers",
		en:    "%d participants",
		nlOne: "1 deelnemer",
		enOne: "1 participant",
	},
	OverviewPassedof: {
		id: "overview.passedof",
		nl: "%d van %d",
		en: "%d of %d",
	},
	OverviewPeople: {
		id: "overview.people",
		nl: "Deelnemers (%d)",
		en: "Participants (%d)",
	},
	OverviewProblems: {
		id: "overview.problems",
		nl: "Problemen (%s niet geteld)",
		en: "Problems (%s not counted)",
	},
	OverviewQuestions: {
		id: "overview.questions",
		nl: "Vragen, moeilijkste eerst (aandeel goed, goed/beantwoord)",
		en: "Questions, hardest first (share right, right/answered)",
	},
	OverviewReasonCertificate: {
		id: "overview.reason.certificate",
		nl: "het is een certificaat, geen resultatenbestand (maak er een met piketpalen export-results)",
		en: "it is a certificate, not a result file (make one with piketpalen export-results)",
	},
	OverviewReasonNewer: {
		id: "overview.reason.newer",
		nl: "gemaakt door een nieuwere versie van piketpalen; gebruik die",
		en: "made by a newer version of piketpalen; use that one",
	},
	OverviewReasonNotexist: {
		id: "overview.reason.notexist",
		nl: "dat bestand of die map bestaat niet; kijk of de naam goed is gespeld",
		en: "that file or folder does not exist; check how its name is spelled",
	},
	OverviewReasonNotresult: {
		id: "overview.reason.notresult",
		nl: "geen resultatenbestand van piketpalen",
		en: "not a piketpalen result file",
	},
	OverviewReasonPermission: {
		id: "overview.reason.permission",
		nl: "je hebt geen toestemming om het te lezen",
		en: "you have no permission to read it",
	},
	OverviewReasonProgress: {
		id: "overview.reason.progress",
		nl: "het is een voortgangsbestand, geen resultatenbestand (maak er een met piketpalen export-results)",
		en: "it is a progress file, not a result file (make one with piketpalen export-results)",
	},
	OverviewReasonToolarge: {
		id: "overview.reason.toolarge",
		nl: "veel groter dan een resultatenbestand",
		en: "far larger than a result file",
	},
	OverviewReasonUnknown: {
		id: "overview.reason.unknown",
		nl: "onbekend",
		en: "unknown",
	},
	OverviewSummary: {
		id: "overview.summary",
		nl: "%s gelezen: %s geteld",
		en: "%s read: %s counted",
	},
	OverviewTampered: {
		id: "overview.tampered",
		nl: "Gewijzigd na het exporteren%s: de ondertekening klopt niet meer bij de inhoud. Niet geteld; vraag de cursist opnieuw te exporteren.",
		en: "Changed after the export%s: the signature no longer matches the contents. Not counted; ask the learner to export again.",
	},
	OverviewTimes: {
		id:    "overview.times",
		nl:    "%d keer",
		en:    "%d times",
		nlOne: "1 keer",
		enOne: "once",
	},
	OverviewTitle: {
		id: "overview.title",
		nl: "Resultaten: %s, versie %s",
		en: "Results: %s, version %s",
	},
	OverviewUnreadable: {
		id: "overview.unreadable",
		nl: "Niet te lezen als resultatenbestand; overgeslagen. Reden: %s.",
		en: "Not readable as a result file; skipped. Reason: %s.",
	},
	OverviewUsage: {
		id: "overview.usage",
		nl: `Gebruik: piketpalen results BESTAND|MAP... [--csv UIT.csv] [--csv-sep ;]
                            [--course MAP]

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
vaakst_gekozen_fout en aantal_fout, gescheiden door ; zoals Excel met
Nederlandse instellingen verwacht. Voor een komma: --csv-sep ",".

Met --watch MAP blijft het overzicht van de bestanden in MAP op het scherm en
wordt het bijgewerkt zodra er bestanden bijkomen of veranderen (voor een
tweede scherm tijdens een workshop); stoppen met Ctrl+C.

Afsluitcode: 0 als ten minste één bestand meetelt, 1 als geen enkel bestand
meetelt, 2 bij verkeerd gebruik.
`,
		en: `Usage: piketpalen results FILE|DIR... [--csv OUT.csv] [--csv-sep ;]
                          [--course DIR]

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
aantal_fout (how often), separated by a comma (with --lang nl, by a
semicolon, as Excel with Dutch settings expects). If Excel shows everything
in one column, use --csv-sep ";".

Exit status: 0 when at least one file counts, 1 when no file counts, 2 on
wrong use.
`,
	},
	OverviewWatchalone: {
		id: "overview.watchalone",
		nl: "--watch toont het overzicht op het scherm en schrijft geen bestanden: laat --csv, --csv-sep en --xapi weg, of maak ze met piketpalen results MAP",
		en: "--watch shows the overview on the screen and writes no files: leave out --csv, --csv-sep and --xapi, or make them with piketpalen results DIR",
	},
	OverviewWrong: {
		id: "overview.wrong",
		nl: "vaakst gekozen fout (%s):",
		en: "wrong answer chosen most (%s):",
	},

	// the item analysis in the class overview (package report)
	ItemsFlagEasy: {
		id: "items.flag.easy",
		nl: "bijna iedereen goed: zegt weinig over wie het begreep",
		en: "almost everyone right: says little about who understood",
	},
	ItemsFlagHard: {
		id: "items.flag.hard",
		nl: "bijna iedereen fout: controleer de vraag en het juiste antwoord",
		en: "almost everyone wrong: check the question and its key",
	},
	ItemsFlagNegative: {
		id: "items.flag.negative",
		nl: "r onder 0: wie de rest goed had, had deze vaker fout; waarschijnlijk een gebrekkige vraag",
		en: "r below 0: those who did well on the rest got this one wrong more often; likely a flawed question",
	},
	ItemsKr20: {
		id: "items.kr20",
		nl: "betrouwbaarheid (KR-20): %s, over %d van %d deelnemers met dezelfde %d vragen",
		en: "reliability (KR-20): %s, over %d of %d participants with the same %d questions",
	},
	ItemsKr20few: {
		id: "items.kr20few",
		nl: "betrouwbaarheid (KR-20): niet te geven; hoogstens %d van %d deelnemers hadden dezelfde vragen, er zijn er %d nodig",
		en: "reliability (KR-20): not given; at most %d of %d participants had the same questions, %d are needed",
	},
	ItemsKr20one: {
		id: "items.kr20one",
		nl: "betrouwbaarheid (KR-20): niet te geven; een poging had minder dan twee vragen",
		en: "reliability (KR-20): not given; an attempt had fewer than two questions",
	},
	ItemsKr20spread: {
		id: "items.kr20spread",
		nl: "betrouwbaarheid (KR-20): niet te geven; de %d deelnemers met dezelfde vragen hadden allemaal dezelfde score",
		en: "reliability (KR-20): not given; the %d participants with the same questions all had the same score",
	},
	ItemsLegend: {
		id: "items.legend",
		nl: "Per vraag: het aandeel goed, en r, de discriminatie (de samenhang tussen deze vraag goed hebben en de rest van de poging goed hebben; van -1 tot 1, boven 0,2 scheidt de vraag goed). r en de signalen pas vanaf %d antwoorden; bijna iedereen goed is boven %s, bijna iedereen fout onder %s. De betrouwbaarheid vraagt minstens %d deelnemers met dezelfde vragen.",
		en: "Per question: the share right, and r, the discrimination (how having this question right goes with having the rest of the attempt right; from -1 to 1, above 0.2 the question separates well). r and the flags from %d answers on; almost everyone right is above %s, almost everyone wrong below %s. The reliability needs at least %d participants with the same questions.",
	},
	ItemsTitle: {
		id: "items.title",
		nl: "Itemanalyse",
		en: "Item analysis",
	},

	// piketpalen print (package coursetext)
	PrintBadwidth: {
		id: "print.badwidth",
		nl: "--width moet tussen 30 en 500 liggen, niet %d",
		en: "--width must be between 30 and 500, not %d",
	},
	PrintDiscussion: {
		id: "print.discussion",
		nl: "Gespreksvragen",
		en: "Discussion questions",
	},
	PrintFlagAnswers: {
		id: "print.flag.answers",
		nl: "ook de toetsvragen met de juiste antwoorden, de uitleg en de gespreksvragen (voor trainers)",
		en: "also the quiz questions with the right answers, the explanations and the discussion questions (for trainers)",
	},
	PrintFlagWidth: {
		id: "print.flag.width",
		nl: "regelbreedte",
		en: "line width",
	},
	PrintGlossary: {
		id: "print.glossary",
		nl: "Begrippenlijst",
		en: "Glossary",
	},
	PrintKey: {
		id: "print.key",
		nl: "Toetsvragen met antwoorden (%d in de pool, %d per poging; * = juist)",
		en: "Quiz questions with answers (%d in the pool, %d per attempt; * = right)",
	},
	PrintModule: {
		id: "print.module",
		nl: "Module %d: %s (ongeveer %d minuten)",
		en: "Module %d: %s (about %d minutes)",
	},
	PrintNomodule: {
		id: "print.nomodule",
		nl: "geen module %q; kies een nummer van 1 tot en met %d of een van: %s",
		en: "no module %q; choose a number from 1 to %d or one of: %s",
	},
	PrintUsage: {
		id: "print.usage",
		nl: `Gebruik: piketpalen print [MODULE] [--width N] [--answers] [--course MAP]
                          [--lang nl|en]

Schrijft een module (of zonder MODULE de hele cursus) als gewone tekst naar de
uitvoer: om af te drukken, door te sturen of met een schermlezer te lezen.
MODULE is het nummer zoals het overzicht het toont (1, 2, …) of de naam van de
map (03-functioneringsnorm). Met --answers komen er voor trainers ook de
toetsvragen bij, met de juiste antwoorden, de toelichting per antwoord, de bron,
en de gespreksvragen.
`,
		en: `Usage: piketpalen print [MODULE] [--width N] [--answers] [--course DIR]
                        [--lang nl|en]

Writes a module (or without MODULE the whole course) as plain text to the
output: to print, to pass on or to read with a screen reader. MODULE is the
number as the overview shows it (1, 2, …) or the name of the folder
(03-functioneringsnorm). The course text is in Dutch; --lang en puts the
headings around it in English. With --answers, trainers also get the quiz
questions with the right answers, the feedback on every answer, the source, and
the discussion questions.
`,
	},
	PrintVersion: {
		id: "print.version",
		nl: "Versie %s, stand van zaken %s",
		en: "Version %s, law as of %s",
	},

	// piketpalen validate; the problems themselves stay Dutch (package course)
	ValidateBuiltin: {
		id: "validate.builtin",
		nl: "de ingebouwde cursus",
		en: "the built-in course",
	},
	ValidateFlagStrict: {
		id: "validate.flag.strict",
		nl: "waarschuwingen tellen als probleem (eindigt dan met 1)",
		en: "warnings count as problems (then exits with 1)",
	},
	ValidateNotadir: {
		id: "validate.notadir",
		nl: "%s is geen map",
		en: "%s is not a folder",
	},
	ValidateOk: {
		id: "validate.ok",
		nl: "%s is in orde",
		en: "%s has no problems",
	},
	ValidateOkWarnings: {
		id:    "validate.ok.warnings",
		nl:    "%[2]s is in orde, met %[1]d waarschuwingen (met --strict tellen die als probleem)",
		en:    "%[2]s has no problems, but %[1]d warnings (--strict counts them as problems)",
		nlOne: "%s is in orde, met 1 waarschuwing (met --strict telt die als probleem)",
		enOne: "%s has no problems, but 1 warning (--strict counts it as a problem)",
	},
	ValidateProblems: {
		id:    "validate.problems",
		nl:    "%d problemen gevonden in %s",
		en:    "%d problems found in %s",
		nlOne: "1 probleem gevonden in %s",
		enOne: "1 problem found in %s",
	},
	ValidateUsage: {
		id: "validate.usage",
		nl: `Gebruik: piketpalen validate [MAP] [--strict] [--lang nl|en]

Controleert de cursus in MAP (zonder MAP: de ingebouwde cursus) en noemt elk
probleem als bestand:regel: melding en elke waarschuwing als bestand:regel:
waarschuwing: melding (te lange zinnen, een verouderde datum van controle,
afleiders die zichzelf verraden en meer; zie de README). De meldingen zijn in
het Nederlands, net als de cursusbestanden.

Eindigt met 1 bij een probleem, anders met 0. Met --strict tellen ook
waarschuwingen.`,
		en: `Usage: piketpalen validate [DIR] [--strict] [--lang nl|en]

Checks the course in DIR (without DIR: the built-in course) and names every
problem as file:line: message and every warning as file:line: waarschuwing:
message (sentences too long, a stale check date, distractors that give
themselves away and more; see the README). The messages are in Dutch, like
the course files.

Exits with 1 on a problem, else 0. With --strict warnings count too.`,
	},
	ValidateWarnings: {
		id:    "validate.warnings",
		nl:    "%d waarschuwingen in %s",
		en:    "%d warnings in %s",
		nlOne: "1 waarschuwing in %s",
		enOne: "1 warning in %s",
	},

	// piketpalen verify
	VerifyAltered: {
		id: "verify.altered",
		nl: "GEWIJZIGD: dit certificaat is veranderd nadat piketpalen het maakte, of het is\nniet door piketpalen gemaakt. Het is niet geldig. Wat erin staat is niet te\nvertrouwen en wordt daarom niet getoond.",
		en: "ALTERED: this certificate was changed after piketpalen made it, or it was\nnot made by piketpalen. It is not valid. What it says cannot be trusted and\nis therefore not shown.",
	},
	VerifyAsof: {
		id: "verify.asof",
		nl: "Stand van zaken",
		en: "Law as of",
	},
	VerifyCode: {
		id: "verify.code",
		nl: "Verificatiecode",
		en: "Verification code",
	},
	VerifyCompleted: {
		id: "verify.completed",
		nl: "Afgerond op",
		en: "Completed on",
	},
	VerifyCourse: {
		id: "verify.course",
		nl: "Cursus",
		en: "Course",
	},
	VerifyIntact: {
		id: "verify.intact",
		nl: "Intact en uitgegeven door %s, een vertrouwde uitgever.\n(Het zegt niet wie er achter het toetsenbord zat.)",
		en: "Intact and issued by %s, a trusted issuer.\n(It does not say who sat at the keyboard.)",
	},
	VerifyIssuer: {
		id: "verify.issuer",
		nl: "Uitgegeven door",
		en: "Issued by",
	},
	VerifyModules: {
		id: "verify.modules",
		nl: "Modules (geslaagd bij ten minste %d%%):",
		en: "Modules (passed at %d%% or more):",
	},
	VerifyName: {
		id: "verify.name",
		nl: "Naam",
		en: "Name",
	},
	VerifyOrg: {
		id: "verify.org",
		nl: "Organisatie",
		en: "Organisation",
	},
	VerifyOtherkey: {
		id: "verify.otherkey",
		nl: `NIET TE CONTROLEREN: dit certificaat is ondertekend met een andere sleutel dan
die van deze piketpalen. Het kan gemaakt zijn door een piketpalen die een andere
organisatie zelf heeft gebouwd; controleer het dan met die uitgave. Hier is het
niet geldig.`,
		en: `CANNOT BE CHECKED: this certificate is signed with another key than that of
this piketpalen. It may have been made by a piketpalen that another
organisation built itself; then check it with that build. Here it is not
valid.`,
	},
	VerifySpecimen: {
		id: "verify.specimen",
		nl: "Voorbeeldcertificaat: het bestand is niet gewijzigd, maar het is een voorbeeld voor\ntrainers en HR met een verzonnen cursist. Het is geen geldig certificaat.",
		en: "Sample certificate: the file has not been changed, but it is a sample for\ntrainers and HR with an invented learner. It is not a valid certificate.",
	},
	VerifySpecimenmark: {
		id: "verify.specimenmark",
		nl: "VOORBEELD — geen geldig certificaat",
		en: "SAMPLE — not a valid certificate",
	},
	VerifyUnreadable: {
		id: "verify.unreadable",
		nl: "%s is niet te lezen als certificaat van piketpalen.",
		en: "%s cannot be read as a piketpalen certificate.",
	},
	VerifyUsage: {
		id: "verify.usage",
		nl: `Gebruik: piketpalen verify BESTAND [--issuer UITGEVER.uitgever.json]...
                           [--revoked LIJST]...

Controleert een certificaat van piketpalen (de PDF, het JSON-bestand of de
Open Badges 3.0-credential) en toont wat erin staat en wie het ondertekende.
Een PDF wordt helemaal gecontroleerd: de ondertekende gegevens erin en elke
letter op de pagina.

Vertrouwd zijn de uitgevers waarvan je het openbare uitgeversbestand geeft
(--issuer, vaker mag), die naast het programma liggen, of die in dit programma
zijn ingebouwd. Een bewijs van deelname dat de cursist zelf maakte, is nooit
door een organisatie uitgegeven. Geen enkel certificaat bewijst wie er achter
het toetsenbord zat; zie de README.

Afsluitcode:
  0  intact en uitgegeven door een vertrouwde uitgever
  1  gewijzigd, ingetrokken (--revoked), verlopen, een voorbeeldcertificaat, of
     gemaakt door een andere uitgave van piketpalen met een eigen ingebouwde
     sleutel (formaat 1)
  2  geen leesbaar certificaat, of verkeerd gebruik
  3  intact, maar door de cursist zelf gemaakt, van een uitgever die hier niet
     vertrouwd is, of gemaakt met de oude ingebouwde sleutel
`,
		en: `Usage: piketpalen verify FILE [--issuer ISSUER.uitgever.json]...
                         [--revoked LIST]...

Checks a piketpalen certificate (the PDF, the JSON file or the Open Badges 3.0
credential) and shows what it says and who signed it. A PDF is checked in
full: the signed data in it and every letter on the page.

Trusted are the issuers whose public issuer file you give (--issuer, more than
once if needed), that lie next to the program, or that are built into this
program. A bewijs van deelname that the learner made themselves is never
issued by an organisation. No certificate proves who sat at the keyboard;
see the README.

Exit status:
  0  intact and issued by a trusted issuer
  1  changed, revoked (--revoked), expired, a sample certificate, or made by
     another build of piketpalen with a built-in key of its own (format 1)
  2  not a readable certificate, or wrong use
  3  intact, but made by the learner themselves, by an issuer that is not
     trusted here, or with the old built-in key
`,
	},
	VerifyVersion: {
		id: "verify.version",
		nl: "Versie",
		en: "Version",
	},

	// piketpalen issuer, piketpalen issue, and who stands behind a certificate in verify
	IssueAgain: {
		id: "issue.again",
		nl: "%s: heeft al een certificaat (%s); gebruik --again om opnieuw uit te geven",
		en: "%s: already has a certificate (%s); use --again to issue once more",
	},
	IssueFlagAgain: {
		id: "issue.flag.again",
		nl: "ook uitgeven aan wie al een certificaat heeft",
		en: "issue also to learners who already have a certificate",
	},
	IssueFlagKey: {
		id: "issue.flag.key",
		nl: "het geheime sleutelbestand van de organisatie (issuer init)",
		en: "the organisation's secret key file (issuer init)",
	},
	IssueFlagOut: {
		id: "issue.flag.out",
		nl: "map voor de certificaten",
		en: "folder for the certificates",
	},
	IssueIssued: {
		id: "issue.issued",
		nl: "%s: uitgegeven — %s",
		en: "%s: issued — %s",
	},
	IssueNofiles: {
		id: "issue.nofiles",
		nl: "geen resultaatbestanden gevonden in %s",
		en: "no result files found in %s",
	},
	IssueRefused: {
		id: "issue.refused",
		nl: "%s: niet uitgegeven — %s",
		en: "%s: not issued — %s",
	},
	IssueSummary: {
		id: "issue.summary",
		nl: "%d uitgegeven, %d niet uitgegeven, %d al eerder uitgegeven.",
		en: "%d issued, %d not issued, %d issued before.",
	},
	IssueUsage: {
		id: "issue.usage",
		nl: `Gebruik: piketpalen issue --key ORG.key [--out MAP] [--again] [--course MAP]
                          RESULTAATBESTAND|MAP...

Controleert elk resultaatbestand (handtekening), beoordeelt elke poging opnieuw
tegen de cursus die het noemt (versie inbegrepen), en geeft wie alle modules
haalde een certificaat: PDF en JSON (en met -tags ob3 een Open Badges
3.0-credential), ondertekend met de sleutel van de organisatie. Daarna een
overzicht van wie er een kreeg en wie niet, en waarom.

Afsluitcode: 0 als elk bestand is uitgegeven (of al was), 1 als er een is
geweigerd, 2 bij verkeerd gebruik of een sleutel die niet te lezen is.
`,
		en: `Usage: piketpalen issue --key ORG.key [--out DIR] [--again] [--course DIR]
                        RESULTFILE|DIR...

Checks each result file (signature), re-grades every attempt against the course
it names (version included), and gives everyone who passed every module a
certificate: PDF and JSON (and with -tags ob3 an Open Badges 3.0 credential),
signed with the organisation's key. Then a summary of who got one and who did
not, and why.

Exit status: 0 when every file was issued (or had been), 1 when one was
refused, 2 on wrong use or a key that cannot be read.
`,
	},
	IssueWhyBelowpassmark: {
		id: "issue.why.belowpassmark",
		nl: "module %q: de gehaalde poging scoort %d%%, onder de norm van %d%%",
		en: "module %q: the passing attempt scores %d%%, under the pass mark of %d%%",
	},
	IssueWhyInconsistent: {
		id: "issue.why.inconsistent",
		nl: "module %q: de gehaalde poging klopt niet met de uitslag van de module",
		en: "module %q: the passing attempt does not agree with the module's result",
	},
	IssueWhyLatestwrong: {
		id: "issue.why.latestwrong",
		nl: "module %q: de laatste poging geeft bij opnieuw nakijken niet wat er staat (%s)",
		en: "module %q: the latest attempt does not re-grade to what it says (%s)",
	},
	IssueWhyModulemissing: {
		id: "issue.why.modulemissing",
		nl: "module %q ontbreekt in het bestand",
		en: "module %q is not in the file",
	},
	IssueWhyNotpassed: {
		id: "issue.why.notpassed",
		nl: "module %q is niet gehaald",
		en: "module %q is not passed",
	},
	IssueWhyOldformat: {
		id: "issue.why.oldformat",
		nl: "gemaakt door een oudere piketpalen (formaat %d) zonder de antwoorden van de gehaalde\npogingen; laat de cursist de resultaten opnieuw exporteren",
		en: "made by an older piketpalen (format %d) without the answers of the passing\nattempts; have the learner export the results again",
	},
	IssueWhyOthercourse: {
		id: "issue.why.othercourse",
		nl: "voor de cursus %q, niet %q",
		en: "for the course %q, not %q",
	},
	IssueWhyOtherpassmark: {
		id: "issue.why.otherpassmark",
		nl: "norm %d%% in het bestand, %d%% in de cursus",
		en: "pass mark %d%% in the file, %d%% in the course",
	},
	IssueWhyOtherversion: {
		id: "issue.why.otherversion",
		nl: "gemaakt met versie %s van de cursus; dit is versie %s, waartegen de antwoorden niet\nopnieuw na te kijken zijn",
		en: "made with version %s of the course; this is version %s, against which its\nanswers cannot be re-graded",
	},
	IssueWhyPassedelsewhere: {
		id: "issue.why.passedelsewhere",
		nl: "module %q is gehaald, maar niet met een poging op versie %s waarvan het bestand de\nantwoorden heeft",
		en: "module %q is passed, but not with an attempt on version %s whose answers the\nfile carries",
	},
	IssueWhyPassingwrong: {
		id: "issue.why.passingwrong",
		nl: "module %q: de gehaalde poging geeft bij opnieuw nakijken niet wat er staat (%s)",
		en: "module %q: the passing attempt does not re-grade to what it says (%s)",
	},
	IssueWhyTampered: {
		id: "issue.why.tampered",
		nl: "het bestand is veranderd nadat het werd geëxporteerd",
		en: "the file was changed after it was exported",
	},
	IssueWhyUnreadable: {
		id: "issue.why.unreadable",
		nl: "geen leesbaar resultaatbestand (%v)",
		en: "not a readable result file (%v)",
	},
	IssuerExists: {
		id: "issuer.exists",
		nl: "in %s staat al een sleutel van deze organisatie; een uitgeverssleutel wordt nooit\noverschreven (kies een andere map met --out)",
		en: "%s already holds a key of this organisation; an issuer key is never\noverwritten (choose another folder with --out)",
	},
	IssuerFailed: {
		id: "issuer.failed",
		nl: "%v",
		en: "%v",
	},
	IssuerFlagList: {
		id: "issuer.flag.list",
		nl: "de intrekkingslijst (standaard naast het sleutelbestand)",
		en: "the revocation list (by default next to the key file)",
	},
	IssuerFlagName: {
		id: "issuer.flag.name",
		nl: "de naam van de organisatie, zoals die op haar certificaten komt",
		en: "the organisation's name, as its certificates will show it",
	},
	IssuerFlagOut: {
		id: "issuer.flag.out",
		nl: "map voor het sleutelbestand en het uitgeversbestand",
		en: "folder for the key file and the issuer file",
	},
	IssuerFlagPassphrase: {
		id: "issuer.flag.passphrase",
		nl: "de sleutel beschermen met een wachtwoordzin (gelezen van de invoer)",
		en: "protect the key with a passphrase (read from the input)",
	},
	IssuerKeyexposed: {
		id: "issuer.keyexposed",
		nl: "het sleutelbestand %s is ook door anderen te lezen; maak het alleen voor jou\nleesbaar: chmod 600 %s",
		en: "the key file %s can be read by others too; make it readable by you only:\nchmod 600 %s",
	},
	IssuerKeymissing: {
		id: "issuer.keymissing",
		nl: "er is geen bestand %s",
		en: "there is no file %s",
	},
	IssuerKeypassphrase: {
		id: "issuer.keypassphrase",
		nl: "de wachtwoordzin voor %s klopt niet",
		en: "the passphrase for %s is not right",
	},
	IssuerNomode: {
		id: "issuer.nomode",
		nl: "Let op: op Windows controleert piketpalen niet wie het sleutelbestand mag lezen;\nzet de rechten zelf (alleen jouw account).",
		en: "Note: on Windows piketpalen does not check who may read the key file; set its\npermissions yourself (your account only).",
	},
	IssuerNotkey: {
		id: "issuer.notkey",
		nl: "%s is geen sleutel- of uitgeversbestand van piketpalen",
		en: "%s is not a piketpalen key or issuer file",
	},
	IssuerPassphrase: {
		id: "issuer.passphrase",
		nl: "Wachtwoordzin voor de sleutel: ",
		en: "Passphrase for the key: ",
	},
	IssuerRevoked: {
		id: "issuer.revoked",
		nl: "Ingetrokken: %s. Intrekkingslijst: %s (%d codes). Geef die lijst aan wie\ncontroleert: piketpalen verify --revoked LIJST.",
		en: "Revoked: %s. Revocation list: %s (%d codes). Give that list to whoever\nchecks: piketpalen verify --revoked LIST.",
	},
	IssuerUsage: {
		id: "issuer.usage",
		nl: `Gebruik: piketpalen issuer init --name ORGANISATIE [--out MAP] [--passphrase]
       piketpalen issuer revoke CODE... --key ORG.key [--list LIJST]

init maakt een sleutelpaar voor een organisatie: een geheim sleutelbestand
(alleen voor de eigenaar leesbaar, mode 0600; een bestand dat anderen kunnen
lezen wordt geweigerd; bewaar het buiten het bereik van cursisten) en een
openbaar uitgeversbestand met de naam en de did:key. Geef het uitgeversbestand
aan wie certificaten controleert, leg het naast het programma, of bouw het in
(zie de README).

revoke zet certificaten (op verificatiecode) op de ondertekende intrekkingslijst
van de organisatie; geef die lijst aan wie controleert (verify --revoked).
`,
		en: `Usage: piketpalen issuer init --name ORGANISATION [--out DIR] [--passphrase]
       piketpalen issuer revoke CODE... --key ORG.key [--list LIST]

init makes a key pair for an organisation: a secret key file (readable by its
owner only, mode 0600; one that others can read is refused; keep it out of
learners' reach) and a public issuer file with the name and the did:key. Give
the issuer file to whoever checks certificates, put it next to the program, or
build it in (see the README).

revoke puts certificates (by verification code) on the organisation's signed
revocation list; give that list to whoever checks (verify --revoked).
`,
	},
	IssuerWritten: {
		id: "issuer.written",
		nl: "Sleutel gemaakt voor %s (%s).\n  geheim, bewaar goed: %s\n  openbaar, geef aan wie controleert: %s\n",
		en: "Key made for %s (%s).\n  secret, keep it safe: %s\n  public, give it to whoever checks: %s\n",
	},
	VerifyExpired: {
		id: "verify.expired",
		nl: "VERLOPEN: dit certificaat was geldig tot %s.",
		en: "EXPIRED: this certificate was valid until %s.",
	},
	VerifyFlagIssuer: {
		id: "verify.flag.issuer",
		nl: "vertrouw de uitgever van dit openbare uitgeversbestand (vaker mag)",
		en: "trust the issuer of this public issuer file (may be given more than once)",
	},
	VerifyFlagRevoked: {
		id: "verify.flag.revoked",
		nl: "de ondertekende intrekkingslijst van de uitgever (vaker mag)",
		en: "the issuer's signed revocation list (may be given more than once)",
	},
	VerifyLegacy: {
		id: "verify.legacy",
		nl: `Intact, maar gemaakt met de oude ingebouwde sleutel van piketpalen. Die sleutel
stond in elk programma en in de broncode: iedereen kon er zo'n certificaat mee
maken. Het is dus niet door een organisatie uitgegeven.`,
		en: "Intact, but made with piketpalen's old built-in key. That key was in every\nprogram and in the source code: anyone could make such a certificate with it.\nSo it was not issued by an organisation.",
	},
	VerifyNoob3: {
		id: "verify.noob3",
		nl: "%s is een Open Badges-credential; deze uitgave van piketpalen is gebouwd zonder de\nJSON-LD-bibliotheek en kan die niet controleren (bouw met -tags ob3).",
		en: "%s is an Open Badges credential; this build of piketpalen was made without the\nJSON-LD library and cannot check it (build with -tags ob3).",
	},
	VerifyRevoked: {
		id: "verify.revoked",
		nl: "INGETROKKEN: de uitgever heeft dit certificaat ingetrokken (intrekkingslijst van %s).",
		en: "REVOKED: the issuer has revoked this certificate (revocation list of %s).",
	},
	VerifyRevokedlist: {
		id: "verify.revokedlist",
		nl: "intrekkingslijst %s: %v",
		en: "revocation list %s: %v",
	},
	VerifySelfissued: {
		id: "verify.selfissued",
		nl: "Intact, maar zelf gemaakt: dit is een bewijs van deelname dat het programma van\nde cursist maakte. Geen organisatie staat ervoor in.",
		en: "Intact, but self-made: this is a bewijs van deelname (proof of participation)\nthat the learner's own program made. No organisation stands behind it.",
	},
	VerifySignedby: {
		id: "verify.signedby",
		nl: "Ondertekend door",
		en: "Signed by",
	},
	VerifyUntrusted: {
		id: "verify.untrusted",
		nl: "Intact, maar de uitgever (%s) is hier niet vertrouwd. Geef het uitgeversbestand\nvan die organisatie met --issuer als je haar vertrouwt.",
		en: "Intact, but the issuer (%s) is not trusted here. Give that organisation's\nissuer file with --issuer if you trust it.",
	},
	VerifyValiduntil: {
		id: "verify.validuntil",
		nl: "Geldig tot",
		en: "Valid until",
	},

	// workshop through a shared folder (package workshop)
	WorkshopAfter: {
		id: "workshop.after",
		nl: "Beantwoord de vragen zoals altijd; je trainer ziet alleen hoeveel mensen elk antwoord kozen, nooit je naam. Op het startscherm stap je met w uit de workshop.",
		en: "Answer the questions as always; your trainer sees only how many people chose each answer, never your name. On the home screen, w leaves the workshop.",
	},
	WorkshopAltered: {
		id: "workshop.altered",
		nl: "Het workshopbestand in %s klopt niet (%s): het is gewijzigd of beschadigd. Verwijder het en start piketpalen present --workshop opnieuw; de deelnemers doen dan opnieuw mee.",
		en: "The workshop file in %s does not check out (%s): it was changed or damaged. Remove it and start piketpalen present --workshop again; the participants then join again.",
	},
	WorkshopAnswered: {
		id: "workshop.answered",
		nl: "Groep %s: %d van %d geantwoord",
		en: "Group %s: %d of %d answered",
	},
	WorkshopCannotwrite: {
		id: "workshop.cannot-write",
		nl: "Het workshopbestand kan niet in %s worden gezet (%s). Kies een map waar je kunt schrijven, of laat de beheerder van de share schrijfrechten geven.",
		en: "The workshop file cannot be put in %s (%s). Choose a folder you can write in, or ask whoever manages the share for write access.",
	},
	WorkshopField: {
		id: "workshop.field",
		nl: "Map van de workshop",
		en: "Workshop folder",
	},
	WorkshopFieldplaceholder: {
		id: "workshop.field-placeholder",
		nl: "bijv. S:\\workshop of /Volumes/share/workshop",
		en: "e.g. S:\\workshop or /Volumes/share/workshop",
	},
	WorkshopFlag: {
		id: "workshop.flag",
		nl: "doe mee aan de workshop in de gedeelde map MAP: je antwoorden gaan ook daarheen",
		en: "join the workshop in the shared folder DIR: your answers go there too",
	},
	WorkshopFlagWatch: {
		id: "workshop.flag-watch",
		nl: "toon het overzicht opnieuw zodra er in MAP bestanden bijkomen of veranderen",
		en: "show the overview again whenever files in DIR arrive or change",
	},
	WorkshopFolderGone: {
		id: "workshop.folder-gone",
		nl: "De workshopmap is nu niet bereikbaar. De laatste stand blijft staan; hij wordt bijgewerkt zodra de map terug is.",
		en: "The workshop folder cannot be reached now. The last counts stay; they are updated once the folder is back.",
	},
	WorkshopHelpGroup: {
		id: "workshop.help-group",
		nl: "wat denkt de groep? hun antwoorden vóór het juiste",
		en: "what does the group think? their answers before the right one",
	},
	WorkshopHelpJoin: {
		id: "workshop.help-join",
		nl: "meedoen aan een workshop",
		en: "join a workshop",
	},
	WorkshopHelpLeave: {
		id: "workshop.help-leave",
		nl: "de workshop verlaten",
		en: "leave the workshop",
	},
	WorkshopHome: {
		id: "workshop.home",
		nl: "Workshop",
		en: "Workshop",
	},
	WorkshopHomeIn: {
		id: "workshop.home-in",
		nl: "Workshop %s (%s)",
		en: "Workshop %s (%s)",
	},
	WorkshopIntro: {
		id: "workshop.intro",
		nl: "Doe mee aan de workshop van je trainer: typ de gedeelde map die de trainer noemt. Je antwoorden gaan dan ook naar die map, alleen als aantallen op het scherm van de trainer; je voortgang blijft gewoon bij jou.",
		en: "Join your trainer's workshop: type the shared folder the trainer names. Your answers then go to that folder as well, shown only as counts on the trainer's screen; your progress stays with you as always.",
	},
	WorkshopJoined: {
		id: "workshop.joined",
		nl: "Je doet mee aan workshop %s: je antwoorden gaan ook naar %s.",
		en: "You joined workshop %s: your answers go to %s as well.",
	},
	WorkshopKeyGroup: {
		id: "workshop.key-group",
		nl: "groep",
		en: "group",
	},
	WorkshopKeyLeave: {
		id: "workshop.key-leave",
		nl: "workshop uit",
		en: "leave workshop",
	},
	WorkshopLeft: {
		id: "workshop.left",
		nl: "Je bent uit de workshop gestapt. Je antwoorden blijven in je eigen voortgang.",
		en: "You left the workshop. Your answers stay in your own progress.",
	},
	WorkshopNofolder: {
		id: "workshop.no-folder",
		nl: "De map %s bestaat niet of is nu niet bereikbaar. Kijk of de share verbonden is en of de naam klopt.",
		en: "The folder %s does not exist or cannot be reached now. Check that the share is connected and the name is right.",
	},
	WorkshopNoworkshop: {
		id: "workshop.no-workshop",
		nl: "In %s staat geen workshop. Vraag de trainer welke map het is; de trainer start hem met piketpalen present --workshop MAP.",
		en: "There is no workshop in %s. Ask the trainer which folder it is; the trainer starts it with piketpalen present --workshop DIR.",
	},
	WorkshopNotcounted: {
		id:    "workshop.not-counted",
		nl:    "%d bestanden in de map tellen niet mee (van een andere workshop, gewijzigd of onleesbaar).",
		en:    "%d files in the folder do not count (of another workshop, altered or unreadable).",
		nlOne: "1 bestand in de map telt niet mee (van een andere workshop, gewijzigd of onleesbaar).",
		enOne: "1 file in the folder does not count (of another workshop, altered or unreadable).",
	},
	WorkshopReading: {
		id: "workshop.reading",
		nl: "De antwoorden van de groep worden gelezen…",
		en: "Reading the group's answers…",
	},
	WorkshopTaking: {
		id:    "workshop.taking",
		nl:    "Workshop %[2]s: %[1]d deelnemers doen mee.",
		en:    "Workshop %[2]s: %[1]d participants take part.",
		nlOne: "Workshop %s: 1 deelnemer doet mee.",
		enOne: "Workshop %s: 1 participant takes part.",
	},
	WorkshopTitle: {
		id: "workshop.title",
		nl: "Meedoen aan een workshop",
		en: "Join a workshop",
	},
	WorkshopUnreachable: {
		id: "workshop.unreachable",
		nl: "De workshopmap %s is niet bereikbaar (%s).",
		en: "The workshop folder %s cannot be reached (%s).",
	},
	WorkshopWatching: {
		id: "workshop.watching",
		nl: "Bijgewerkt om %s · %s · stoppen met Ctrl+C",
		en: "Updated at %s · %s · stop with Ctrl+C",
	},
	WorkshopWritefailed: {
		id: "workshop.write-failed",
		nl: "Je antwoord staat in je eigen voortgang, maar kon nog niet in de workshopmap (%s); het gaat mee met je volgende antwoord.",
		en: "Your answer is in your own progress but could not reach the workshop folder yet (%s); it goes along with your next answer.",
	},

	// notices from the progress store
	NoticeBackupDamagedKept: {
		id: "notice.backup-damaged-kept",
		nl: "De reservekopie was ook beschadigd. Die is bewaard als %s.",
		en: "The backup was damaged too. It is kept as %s.",
	},
	NoticeBackupDamagedNotMoved: {
		id: "notice.backup-damaged-not-moved",
		nl: "De reservekopie %s is ook beschadigd en kon niet opzij worden gezet (%s).",
		en: "The backup %s is damaged too and could not be moved aside (%s).",
	},
	NoticeDamagedKept: {
		id: "notice.damaged-kept",
		nl: "Je voortgangsbestand was beschadigd. Het is bewaard als %s.",
		en: "Your progress file was damaged. It is kept as %s.",
	},
	NoticeDamagedNotMoved: {
		id: "notice.damaged-not-moved",
		nl: "Je voortgangsbestand %s is beschadigd en kon niet opzij worden gezet (%s). Het blijft onaangeroerd.",
		en: "Your progress file %s is damaged and could not be moved aside (%s). It is left untouched.",
	},
	NoticeFinishedTwice: {
		id: "notice.finished-twice",
		nl: "Deze toets (%s) stond ook in een ander venster van piketpalen open en is daar ook afgemaakt. Beide uitslagen zijn bewaard, als twee pogingen.",
		en: "This quiz (%s) was open in another piketpalen window too and was finished there as well. Both results are kept, as two attempts.",
	},
	NoticeFolderReadOnly: {
		id: "notice.folder-read-only",
		nl: "piketpalen kan niet schrijven in de map %s (%s). Wat je nu doet, wordt niet bewaard. Kies een andere map met --data MAP.",
		en: "piketpalen cannot write in the folder %s (%s). What you do now will not be saved. Choose another folder with --data DIR.",
	},
	NoticeMissing: {
		id: "notice.missing",
		nl: "Je voortgangsbestand %s ontbrak.",
		en: "Your progress file %s was missing.",
	},
	NoticeNoBackup: {
		id: "notice.no-backup",
		nl: "Er was geen bruikbare reservekopie: je begint met lege voortgang.",
		en: "There was no usable backup: you start with empty progress.",
	},
	NoticePortableNotRead: {
		id: "notice.portable-not-read",
		nl: "De voortgang in %s kon niet worden gebruikt (%s); die map is alleen-lezen, dus hij blijft daar onaangeroerd.",
		en: "The progress in %s could not be used (%s); that folder is read-only, so it is left there untouched.",
	},
	NoticePortableReadOnly: {
		id: "notice.portable-read-only",
		nl: "De map %s naast het programma is alleen-lezen. Je voortgang daaruit is gelezen, maar kan daar niet worden bewaard; hij wordt bewaard in %s.",
		en: "The folder %s next to the program is read-only. Your progress from it was read, but cannot be saved there; it is saved in %s.",
	},
	NoticeRestoredFromBackup: {
		id: "notice.restored-from-backup",
		nl: "Je voortgang is teruggezet uit de reservekopie %s. Wat je het laatst deed, kan ontbreken.",
		en: "Your progress was restored from the backup %s. What you did last may be missing.",
	},
	// xAPI statements for a learning record store, and the pseudonymous
	// result file
	XapiFailed: {
		id: "xapi.failed",
		nl: "De xAPI-statements zijn niet geschreven: %v",
		en: "The xAPI statements were not written: %v",
	},
	XapiFlagExport: {
		id: "xapi.flag.export",
		nl: "schrijf xAPI-statements voor de leeromgeving (LRS) van je organisatie, in plaats van een resultatenbestand",
		en: "write xAPI statements for your organisation's learning record store (LRS), instead of a result file",
	},
	XapiFlagGroup: {
		id: "xapi.flag.group",
		nl: "schrijf ook de xAPI-statements van de bestanden die meetellen naar BESTAND, voor een LRS",
		en: "also write the xAPI statements of the files that count to FILE, for an LRS",
	},
	XapiFlagPseudonym: {
		id: "xapi.flag.pseudonym",
		nl: "zonder naam en organisatie: het bestand noemt je alleen bij je willekeurige cursist-id",
		en: "without name and organisation: the file names you by your random learner id alone",
	},
	XapiNolearnerid: {
		id: "xapi.nolearnerid",
		nl: "%s: niet in de xAPI-statements, het bestand heeft geen cursist-id (gemaakt met een oude versie)",
		en: "%s: not in the xAPI statements, the file has no learner id (made by an old version)",
	},
	XapiPseudonymwritten: {
		id: "xapi.pseudonymwritten",
		nl: "Resultaten zonder naam (cursist-id %s) geschreven:",
		en: "Results without a name (learner id %s) written:",
	},
	XapiWritten: {
		id: "xapi.written",
		nl: "%d xAPI-statements van %d resultatenbestand(en) geschreven:",
		en: "%d xAPI statements of %d result file(s) written:",
	},

	// privacy: what is stored where (the AVG), its export and deletion
	PrivacyBackup: {
		id: "privacy.backup",
		nl: "Reservekopie van je voortgang, om die terug te zetten als het bestand beschadigd raakt.",
		en: "Backup of your progress, to restore it when the file gets damaged.",
	},
	PrivacyBadsub: {
		id: "privacy.badsub",
		nl: "onbekende privacy-opdracht %q: kies export of delete",
		en: "unknown privacy command %q: choose export or delete",
	},
	PrivacyCancelled: {
		id: "privacy.cancelled",
		nl: "Niets verwijderd.",
		en: "Nothing deleted.",
	},
	PrivacyClose: {
		id: "privacy.close",
		nl: "terug naar het startscherm",
		en: "back to the home screen",
	},
	PrivacyConfirm: {
		id: "privacy.confirm",
		nl: "Dit verwijdert je voortgang, je naam en je eigen sleutel uit %s. Dat kan niet ongedaan worden gemaakt. Typ %s om door te gaan: ",
		en: "This deletes your progress, your name and your own key from %s. It cannot be undone. Type %s to go on: ",
	},
	PrivacyConfirmword: {
		id: "privacy.confirmword",
		nl: "verwijder",
		en: "delete",
	},
	PrivacyDamaged: {
		id: "privacy.damaged",
		nl: "Een beschadigd voortgangsbestand, opzijgezet zodat niets verloren gaat.",
		en: "A damaged progress file, put aside so that nothing is lost.",
	},
	PrivacyDeleted: {
		id: "privacy.deleted",
		nl: "Verwijderd (%d bestanden):",
		en: "Deleted (%d files):",
	},
	PrivacyExported: {
		id: "privacy.exported",
		nl: "Alles wat piketpalen over je bewaart, staat in:",
		en: "Everything piketpalen keeps about you is in:",
	},
	PrivacyExports: {
		id: "privacy.exports",
		nl: "Certificaten en resultatenbestanden die je zelf maakt, komen standaard in %s (of waar je ze heen stuurt). piketpalen houdt er geen lijst van bij; ze zijn van jou, en je verwijdert ze zelf.",
		en: "Certificates and result files you make go to %s by default (or where you send them). piketpalen keeps no list of them; they are yours, and you delete them yourself.",
	},
	PrivacyFailed: {
		id: "privacy.failed",
		nl: "Dat lukte niet: %v",
		en: "That failed: %v",
	},
	PrivacyFlagOut: {
		id: "privacy.flag.out",
		nl: "het bestand of de map voor de export (standaard: je map Documenten)",
		en: "the file or folder for the export (default: your Documents folder)",
	},
	PrivacyFlagYes: {
		id: "privacy.flag.yes",
		nl: "verwijder zonder te vragen (nodig als er geen terminal is om te bevestigen)",
		en: "delete without asking (needed when there is no terminal to confirm on)",
	},
	PrivacyHeld: {
		id: "privacy.held",
		nl: "Over jou: cursist-id %s (willekeurig, zodat een trainer twee cursisten met één naam uit elkaar houdt), naam %s, organisatie %s (alleen als je die opgaf voor een certificaat of export), je voortgang in %d module(s) met je antwoorden, en je instellingen (taal, thema).",
		en: "About you: learner id %s (random, so that a trainer tells two learners with one name apart), name %s, organisation %s (only when you gave them for a certificate or an export), your progress in %d module(s) with your answers, and your settings (language, theme).",
	},
	PrivacyHelp: {
		id: "privacy.help",
		nl: "tonen wat er over je bewaard wordt, en waar (privacy)",
		en: "show what is kept about you, and where (privacy)",
	},
	PrivacyIntro: {
		id: "privacy.intro",
		nl: "Wat piketpalen over je bewaart, en waar. Alles staat op deze computer, in de map %s:",
		en: "What piketpalen keeps about you, and where. Everything is on this computer, in the folder %s:",
	},
	PrivacyKeynote: {
		id: "privacy.keynote",
		nl: "Je eigen sleutel bestaat en staat in dit bestand; het geheime deel staat niet in deze export en verlaat je computer nooit.",
		en: "Your own key exists and is in this file; its secret part is not in this export and never leaves your computer.",
	},
	PrivacyLock: {
		id: "privacy.lock",
		nl: "Een leeg bestand, zodat twee vensters van piketpalen elkaars werk niet overschrijven.",
		en: "An empty file, so that two windows of piketpalen do not overwrite each other's work.",
	},
	PrivacyNeedyes: {
		id: "privacy.needyes",
		nl: "er is geen terminal om te bevestigen; geef --yes om toch te verwijderen",
		en: "there is no terminal to confirm on; give --yes to delete anyway",
	},
	PrivacyNofiles: {
		id: "privacy.nofiles",
		nl: "Er staat (nog) niets in.",
		en: "There is nothing in it (yet).",
	},
	PrivacyNothingleaves: {
		id: "privacy.nothingleaves",
		nl: "Niets hiervan verlaat je computer: piketpalen werkt zonder internet. Alleen een bestand dat je zelf exporteert (een certificaat, een resultatenbestand, xAPI-statements) en zelf doorgeeft, komt bij een ander.",
		en: "None of this leaves your computer: piketpalen works without the internet. Only a file you export yourself (a certificate, a result file, xAPI statements) and hand on yourself reaches anyone else.",
	},
	PrivacyOwnkey: {
		id: "privacy.ownkey",
		nl: "Je eigen sleutel (geheim): ondertekent je resultatenbestanden en bewijzen van deelname, zodat een wijziging achteraf opvalt.",
		en: "Your own key (secret): signs your result files and proofs of participation, so that a change made afterwards shows.",
	},
	PrivacyProgress: {
		id: "privacy.progress",
		nl: "Je voortgang: gelezen pagina's, waar je was, je toetspogingen met antwoorden, je naam en organisatie als je die opgaf, je cursist-id en instellingen. Om verder te gaan waar je was en je certificaat te maken.",
		en: "Your progress: pages read, where you were, your quiz attempts with answers, your name and organisation when you gave them, your learner id and settings. To carry on where you were and to make your certificate.",
	},
	PrivacyTemporary: {
		id: "privacy.temporary",
		nl: "Een tijdelijk bestand van een opslag die werd afgebroken; de volgende start ruimt het op.",
		en: "A temporary file of a save that was cut short; the next start tidies it away.",
	},
	PrivacyTitle: {
		id: "privacy.title",
		nl: "Privacy: wat er over je bewaard wordt",
		en: "Privacy: what is kept about you",
	},
	PrivacyUsage: {
		id: "privacy.usage",
		nl: `Gebruik: piketpalen privacy [export [--out BESTAND] | delete [--yes]]
                            [--data MAP]

Zonder opdracht: toont wat piketpalen over je bewaart, waar, en waarvoor.

  export   schrijft alles wat piketpalen over je bewaart naar één leesbaar
           JSON-bestand (standaard piketpalen-mijn-gegevens.json in je map
           Documenten); zonder je geheime sleutel
  delete   verwijdert je voortgang, je naam en je eigen sleutel uit de map
           met je gegevens, na bevestiging; zonder terminal alleen met --yes.
           Certificaten en exports die je zelf maakte, blijven staan.
`,
		en: `Usage: piketpalen privacy [export [--out FILE] | delete [--yes]] [--data DIR]

Without a command: shows what piketpalen keeps about you, where, and what for.

  export   writes everything piketpalen keeps about you to one readable JSON
           file (by default piketpalen-mijn-gegevens.json in your Documents
           folder); without your secret key
  delete   deletes your progress, your name and your own key from the folder
           with your data, after confirmation; without a terminal only with
           --yes. Certificates and exports you made yourself stay.
`,
	},

	// piketpalen progress merge
	ProgressAttempts: {
		id:    "progress.attempts",
		nl:    "%d pogingen",
		nlOne: "1 poging",
		en:    "%d attempts",
		enOne: "1 attempt",
	},
	ProgressDone: {
		id: "progress.done",
		nl: "Samengevoegd met %s: %s en %s toegevoegd aan je voortgang in %s.",
		en: "Merged with %s: %s and %s added to your progress in %s.",
	},
	ProgressFailed: {
		id: "progress.failed",
		nl: "je voortgang kon niet worden bijgewerkt; er is niets veranderd: %v",
		en: "your progress could not be updated; nothing was changed: %v",
	},
	ProgressMissing: {
		id: "progress.missing",
		nl: "%s bestaat niet. Geef het pad van het progress.json van de andere computer.",
		en: "%s does not exist. Give the path of the other computer's progress.json.",
	},
	ProgressNewer: {
		id: "progress.newer",
		nl: "%s is gemaakt door een nieuwere versie van piketpalen; er is niets samengevoegd en het bestand is niet aangeraakt. Voeg samen met die nieuwere versie.",
		en: "%s was made by a newer version of piketpalen; nothing was merged and the file has not been touched. Merge with that newer version.",
	},
	ProgressNotafile: {
		id: "progress.notafile",
		nl: "%s is geen gewoon bestand (maar bijvoorbeeld een map); geef het pad van een progress.json.",
		en: "%s is not a regular file (but a folder, for instance); give the path of a progress.json.",
	},
	ProgressNothing: {
		id: "progress.nothing",
		nl: "Samengevoegd met %s: er stond niets in wat je voortgang in %s nog niet had.",
		en: "Merged with %s: it held nothing your progress in %s did not have yet.",
	},
	ProgressPages: {
		id:    "progress.pages",
		nl:    "%d pagina's",
		nlOne: "1 pagina",
		en:    "%d pages",
		enOne: "1 page",
	},
	ProgressTwice: {
		id: "progress.twice",
		nl: "De toets van module %s is op beide computers afgemaakt, met een andere uitslag. Beide uitslagen zijn bewaard, als twee pogingen.",
		en: "The quiz of module %s was finished on both computers, with different results. Both results are kept, as two attempts.",
	},
	ProgressUnreadable: {
		id: "progress.unreadable",
		nl: "%s is niet te lezen (%s); er is niets samengevoegd.",
		en: "%s cannot be read (%s); nothing was merged.",
	},
	ProgressUnusable: {
		id: "progress.unusable",
		nl: "%s is beschadigd of geen voortgangsbestand van piketpalen; er is niets samengevoegd en het bestand is niet aangeraakt.",
		en: "%s is damaged or not a piketpalen progress file; nothing was merged and the file has not been touched.",
	},
	ProgressUsage: {
		id: "progress.usage",
		nl: `Gebruik: piketpalen progress merge BESTAND [--data MAP] [--lang nl|en]

Voegt de voortgang uit BESTAND, het progress.json van een andere computer (of
een kopie ervan), bij je voortgang hier: alle afgemaakte pogingen, de gelezen
pagina's en de plek waar je het laatst was. Je naam en je instellingen van
hier blijven. BESTAND wordt alleen gelezen, nooit veranderd. Twee keer
samenvoegen voegt niets dubbel toe.
`,
		en: `Usage: piketpalen progress merge FILE [--data DIR] [--lang nl|en]

Adds the progress in FILE, the progress.json of another computer (or a copy
of it), to your progress here: every finished attempt, the pages read and
where you were last. Your name and your settings here stay. FILE is only
read, never changed. Merging twice adds nothing twice.
`,
	},

	// a new version of the course: what changed, a quiz to take again
	UpdateBadge: {
		id: "update.badge",
		nl: "bijgewerkt",
		en: "updated",
	},
	UpdateChange: {
		id: "update.change",
		nl: "%s (versie %s)",
		en: "%s (version %s)",
	},
	UpdateModule: {
		id: "update.module",
		nl: "Module %d, %s, is bijgewerkt in versie %s van de cursus:",
		en: "Module %d, %s, was updated in version %s of the course:",
	},
	UpdateMore: {
		id: "update.more",
		nl: "… en meer: piketpalen print toont alle wijzigingen.",
		en: "… and more: piketpalen print shows every change.",
	},
	UpdateNochanges: {
		id: "update.nochanges",
		nl: "de tekst of de vragen zijn gewijzigd.",
		en: "its text or questions have changed.",
	},
	UpdatePrint: {
		id: "update.print",
		nl: "Wijzigingen",
		en: "Changes",
	},
	UpdatePrintRetake: {
		id: "update.print.retake",
		nl: "wie de module eerder haalde, maakt de toets opnieuw",
		en: "whoever passed the module before takes the quiz again",
	},
	UpdateRetake: {
		id: "update.retake",
		nl: "Je had deze module gehaald, maar door deze wijziging moet je de toets opnieuw maken; tot dan telt hij niet voor je certificaat.",
		en: "You had passed this module, but this change means you take its quiz again; until then it does not count for your certificate.",
	},
	UpdateStatus: {
		id: "update.status",
		nl: "toets opnieuw maken (eerder %d%%)",
		en: "take the quiz again (was %d%%)",
	},
	UpdateWhy: {
		id: "update.why",
		nl: "Toets opnieuw maken: %s",
		en: "Take the quiz again: %s",
	},

	// hints before answering, and Herhaling (spaced review)
	HintHelp: {
		id: "hint.help",
		nl: "de hint bij deze vraag tonen, voor je antwoordt",
		en: "show the hint for this question, before you answer",
	},
	HintKey: {
		id: "hint.key",
		nl: "hint",
		en: "hint",
	},
	HintLabel: {
		id: "hint.label",
		nl: "Hint:",
		en: "Hint:",
	},
	HintPlain: {
		id: "hint.plain",
		nl: "Typ hint (of h) voor een hint bij deze vraag.",
		en: "Type hint (or h) for a hint to this question.",
	},
	HintUsed: {
		id:    "hint.used",
		nl:    "Met een hint beantwoord: %d vragen.",
		nlOne: "Met een hint beantwoord: 1 vraag.",
		en:    "Answered with a hint: %d questions.",
		enOne: "Answered with a hint: 1 question.",
	},
	ReviewDone: {
		id: "review.done",
		nl: "Herhaling klaar: %d van %d goed.",
		en: "Review done: %d of %d right.",
	},
	ReviewHelp: {
		id: "review.help",
		nl: "de herhaling van vandaag beginnen",
		en: "start today's review",
	},
	ReviewHome: {
		id:    "review.home",
		nl:    "Herhaling: %d vragen",
		nlOne: "Herhaling: 1 vraag",
		en:    "Review: %d questions",
		enOne: "Review: 1 question",
	},
	ReviewIntro: {
		id: "review.intro",
		nl: "Vragen die je eerder fout had, en een paar die je goed had, komen hier terug. Goed: de vraag komt later terug. Fout: morgen weer. Een herhaling telt niet mee voor je score of je certificaat. Deze ronde: %d vragen.",
		en: "Questions you got wrong before, and a few you got right, come back here. Right: the question comes back later. Wrong: again tomorrow. A review does not count for your score or your certificate. This round: %d questions.",
	},
	ReviewKey: {
		id: "review.key",
		nl: "herhaling",
		en: "review",
	},
	ReviewNone: {
		id: "review.none",
		nl: "Vandaag zijn er geen vragen om te herhalen.",
		en: "No questions are due for review today.",
	},
	ReviewPlainoffer: {
		id: "review.plainoffer",
		nl: "Typ r voor de herhaling: %d vragen.",
		en: "Type r for the review: %d questions.",
	},
	ReviewPlainstart: {
		id: "review.plainstart",
		nl: "Herhaling: %d vragen. Typ stop om te stoppen; wat je beantwoordde, is bewaard.",
		en: "Review: %d questions. Type stop to stop; what you answered is saved.",
	},
	ReviewTitle: {
		id: "review.title",
		nl: "Herhaling",
		en: "Review",
	},

	// piketpalen gift export and import (GIFT, Moodle's question format)
	GiftExported: {
		id: "gift.exported",
		nl: "%s geschreven naar %s.",
		en: "%s written to %s.",
	},
	GiftFailed: {
		id: "gift.failed",
		nl: "het bestand kon niet worden geschreven: %v",
		en: "the file could not be written: %v",
	},
	GiftFlagModule: {
		id: "gift.flag.module",
		nl: "de map van de module: daar komt questions.yaml",
		en: "the module's folder: questions.yaml goes there",
	},
	GiftFlagOut: {
		id: "gift.flag.out",
		nl: "het GIFT-bestand om te schrijven (anders de standaarduitvoer)",
		en: "the GIFT file to write (else standard output)",
	},
	GiftImported: {
		id: "gift.imported",
		nl: "%s uit %s overgenomen in %s.",
		en: "%s from %s taken over into %s.",
	},
	GiftMissing: {
		id: "gift.missing",
		nl: "%s bestaat niet of is niet te lezen: geef het pad van een GIFT-bestand (.gift of .txt).",
		en: "%s does not exist or cannot be read: give the path of a GIFT file (.gift or .txt).",
	},
	GiftNothing: {
		id: "gift.nothing",
		nl: "%s: geen enkele vraag kon worden overgenomen; er is niets geschreven.",
		en: "%s: not one question could be taken over; nothing was written.",
	},
	GiftQuestions: {
		id:    "gift.questions",
		nl:    "%d vragen",
		nlOne: "1 vraag",
		en:    "%d questions",
		enOne: "1 question",
	},
	GiftReasonBadtitle: {
		id: "gift.reason.badtitle",
		nl: "de titel %q is geen id (alleen kleine letters, cijfers en \"-\"): de titel wordt de id van de vraag",
		en: "the title %q is no id (only lower-case letters, digits and \"-\"): the title becomes the question's id",
	},
	GiftReasonDuplicate: {
		id: "gift.reason.duplicate",
		nl: "de titel %q komt al eerder in het bestand voor",
		en: "the title %q already appears earlier in the file",
	},
	GiftReasonEmbedded: {
		id: "gift.reason.embedded",
		nl: "vraag %q heeft tekst na de antwoorden (een invulvraag): die kent deze cursus niet",
		en: "question %q has text after its answers (a missing-word question): this course has none",
	},
	GiftReasonEmptyanswer: {
		id: "gift.reason.emptyanswer",
		nl: "vraag %q heeft een antwoord zonder tekst",
		en: "question %q has an answer without text",
	},
	GiftReasonEssay: {
		id: "gift.reason.essay",
		nl: "vraag %q is een open vraag ({}): die kent deze cursus niet",
		en: "question %q is an essay question ({}): this course has none",
	},
	GiftReasonMatching: {
		id: "gift.reason.matching",
		nl: "vraag %q is een koppelvraag (->): die kent deze cursus niet",
		en: "question %q is a matching question (->): this course has none",
	},
	GiftReasonMixed: {
		id: "gift.reason.mixed",
		nl: "vraag %q mengt =antwoorden met gewichten of met ~%%N%%-antwoorden: gebruik één =goed met ~fout, of alleen ~%%N%% en ~%%-100%%",
		en: "question %q mixes =answers with weights or with ~%%N%% answers: use one =right with ~wrong, or only ~%%N%% and ~%%-100%%",
	},
	GiftReasonNoanswers: {
		id: "gift.reason.noanswers",
		nl: "tekst zonder antwoorden (een beschrijving): geen vraag",
		en: "text without answers (a description): no question",
	},
	GiftReasonNoexplanation: {
		id: "gift.reason.noexplanation",
		nl: "vraag %q heeft geen algemene feedback (####): daarin staat de uitleg, die de cursus vraagt",
		en: "question %q has no general feedback (####): it holds the explanation the course requires",
	},
	GiftReasonNofeedback: {
		id: "gift.reason.nofeedback",
		nl: "vraag %q heeft een antwoord zonder feedback (#...): de cursus vraagt feedback bij elk antwoord",
		en: "question %q has an answer without feedback (#...): the course requires feedback on every answer",
	},
	GiftReasonNoright: {
		id: "gift.reason.noright",
		nl: "vraag %q heeft geen goed antwoord",
		en: "question %q has no right answer",
	},
	GiftReasonNosource: {
		id: "gift.reason.nosource",
		nl: "vraag %q noemt geen bron: zet in de algemene feedback na een lege regel (\\n\\n) \"Bron: ...\"",
		en: "question %q names no source: put \"Bron: ...\" in the general feedback after a blank line (\\n\\n)",
	},
	GiftReasonNotext: {
		id: "gift.reason.notext",
		nl: "het bestand is geen tekst in UTF-8",
		en: "the file is not UTF-8 text",
	},
	GiftReasonNotitle: {
		id: "gift.reason.notitle",
		nl: "een vraag zonder titel (::id::): de titel wordt de id van de vraag",
		en: "a question without a title (::id::): the title becomes the question's id",
	},
	GiftReasonNumerical: {
		id: "gift.reason.numerical",
		nl: "vraag %q is een getalvraag ({#...}): die kent deze cursus niet",
		en: "question %q is a numerical question ({#...}): this course has none",
	},
	GiftReasonShort: {
		id: "gift.reason.short",
		nl: "vraag %q is een kort-antwoordvraag (alleen =antwoorden): die kent deze cursus niet",
		en: "question %q is a short-answer question (only =answers): this course has none",
	},
	GiftReasonToofew: {
		id: "gift.reason.toofew",
		nl: "vraag %q heeft geen twee antwoorden (=goed, ~fout)",
		en: "question %q does not have two answers (=right, ~wrong)",
	},
	GiftReasonUnclosed: {
		id: "gift.reason.unclosed",
		nl: "vraag %q: de { van de antwoorden wordt niet gesloten met }",
		en: "question %q: the { of the answers is not closed with }",
	},
	GiftReasonWeight: {
		id: "gift.reason.weight",
		nl: "vraag %q heeft een gewicht (%%N%%) dat geen getal is",
		en: "question %q has a weight (%%N%%) that is no number",
	},
	GiftSkipped: {
		id: "gift.skipped",
		nl: "%s overgeslagen (zie hierboven).",
		en: "%s skipped (see above).",
	},
	GiftUsage: {
		id: "gift.usage",
		nl: `Gebruik: piketpalen gift export [MODULE] [--out BESTAND] [--course MAP]
       piketpalen gift import BESTAND [--module MAP]

Vragen van en naar Moodle, in GIFT, het tekstformaat van Moodle.

export schrijft de vragen van een module, of van de hele cursus, als GIFT:
de titel van een vraag is haar id, elke module is een categorie, met de
feedback bij elk antwoord en de uitleg en bron als algemene feedback. Zonder
--out naar het scherm (de standaarduitvoer).

import leest een GIFT-bestand en schrijft de vragen als questions.yaml in MAP
(zonder --module naar de standaarduitvoer). Wat de cursus niet kent (getal-,
koppel-, open en invulvragen, vragen zonder titel, feedback, uitleg of bron)
wordt overgeslagen en gemeld als bestand:regel.
`,
		en: `Usage: piketpalen gift export [MODULE] [--out FILE] [--course DIR]
       piketpalen gift import FILE [--module DIR]

Questions to and from Moodle, in GIFT, Moodle's text format.

export writes the questions of one module, or of the whole course, as GIFT:
a question's title is its id, each module is a category, with the feedback on
every answer and the explanation and source as general feedback. Without
--out to the screen (standard output).

import reads a GIFT file and writes its questions as questions.yaml in DIR
(without --module to standard output). What the course has no place for
(numerical, matching, essay and missing-word questions, questions without a
title, feedback, explanation or source) is skipped and reported as file:line.
`,
	},
}
