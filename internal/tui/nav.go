package tui

import "piketpalen/course"

// The messages a screen sends the root (common.send) to go to another
// screen or to have something done that is not the screen's own: the root
// handles each before the next key, so a key typed right after lands on the
// new screen.
type (
	// goHomeMsg goes back to the home screen, saving first when save is set.
	goHomeMsg struct{ save bool }
	// openModuleMsg opens the reader at page of m.
	openModuleMsg struct {
		m    *course.Module
		page int
	}
	// startQuizMsg opens the quiz of m: its open attempt, or a new one.
	startQuizMsg struct{ m *course.Module }
	// startReviewMsg opens today's review round (Herhaling).
	startReviewMsg struct{}
	// finishQuizMsg ends the quiz on screen and shows its result.
	finishQuizMsg struct{}
	// openFormMsg opens the form that makes a certificate or a result file.
	openFormMsg struct{ kind formKind }
	// openPrivacyMsg opens the privacy screen.
	openPrivacyMsg struct{}
	// saveMsg writes the state: at once, or after the save delay, which
	// gathers page turns so that turning a page never waits on the disk.
	saveMsg struct{ now bool }
	// statusMsg shows text in the status line.
	statusMsg struct{ text string }
	// clearStatusMsg clears the status line when it starts with prefix.
	clearStatusMsg struct{ prefix string }
)
