// Package workshop runs a workshop live through a folder that every laptop
// in the room reaches (a network share, a synced folder, a USB stick): no
// server and no network code. The trainer's presenter writes one workshop
// file there; every participant writes one file of their own, named by
// their learner id, with the answers they gave; the presenter reads the
// folder and counts, per question, how the group answered.
//
// What the signatures prove. The program holds no secret, so no signature
// here proves who someone is or that a file came from an authorised
// program. The workshop file is signed with a key made for that one
// workshop, whose private half is dropped once the file is written; a
// participant's file with the participant's own key (issuer.SelfKey, the
// one that signs their result files). A signature proves that the file was
// not changed after the holder of that key wrote it (integrity); the
// participant files name the workshop's key, so a workshop file made again
// (even with the same code) is another workshop; and since the reader
// remembers the first key it saw for each learner id, later versions of a
// participant's file must come from the same holder (continuity). A file
// that fails any of these, or that names another workshop, is listed as
// "not counted".
//
// Robustness on real shares. Every file is written whole and renamed into
// place (internal/atomicfile); the reader skips the temporary names, reads
// with a size bound (internal/fileread), and counts only a file that parses
// and verifies, so a file half-written, by whatever tool, is never counted.
// Laptops' clocks differ, so nothing is ordered by wall clock: each
// participant file carries a sequence number that grows with every write,
// and the reader never takes an older version over a newer one.
package workshop

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"piketpalen/internal/didkey"
	"piketpalen/internal/jsonstrict"
	"piketpalen/internal/signedfile"
)

// FileName is the name of the workshop file in the folder.
const FileName = "workshop.json"

// participantPrefix and participantSuffix surround the learner id in the
// name of a participant's file: deelnemer-<id>.json.
const (
	participantPrefix = "deelnemer-"
	participantSuffix = ".json"
)

// MaxFileSize bounds what is read of any file in the folder: a participant
// file with every question of a large course answered is a few tens of
// kilobytes.
const MaxFileSize = 512 << 10

// The formats and the signing contexts. A context differs per kind of
// file, and from those of certificates and result files, so that a
// signature over one can never pass for a signature over another.
const (
	workshopFormat    = "piketpalen-workshop"
	participantFormat = "piketpalen-workshop-deelnemer"
	formatVersion     = 1
	workshopContext   = "piketpalen workshop v1\x00"
	participantCtx    = "piketpalen workshop-deelnemer v1\x00"
)

// Errors of parsing, verifying and joining; the errors returned wrap one
// of them: a file that is not a workshop or participant file of this
// format (ErrUnreadable), whose signature does not match its contents
// (ErrAltered), a participant file of another workshop (ErrOtherWorkshop),
// a folder without a workshop file (ErrNoWorkshop).
var (
	ErrUnreadable, ErrAltered       = errors.New("not a readable workshop file"), errors.New("workshop file altered")
	ErrOtherWorkshop, ErrNoWorkshop = errors.New("file of another workshop"), errors.New("no workshop in this folder")
)

// Workshop is the workshop file: what the participants join.
type Workshop struct {
	Format        string    `json:"format"`
	Version       int       `json:"version"`
	Code          string    `json:"code"` // short, to say aloud and to check on screen
	Course        string    `json:"course"`
	CourseVersion string    `json:"course_version"`
	Created       time.Time `json:"created"` // the trainer's clock; shown, never compared
	PublicKey     string    `json:"public_key"`
	Signature     string    `json:"signature"`
}

// Participant is one participant's file: every answer they gave in the
// workshop, the latest per question.
type Participant struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Workshop and WorkshopKey bind the file to one workshop file: its
	// code and its signing key.
	Workshop    string   `json:"workshop"`
	WorkshopKey string   `json:"workshop_key"`
	Learner     string   `json:"learner"`
	Seq         uint64   `json:"seq"` // grows by one with every write of the file
	Answers     []Answer `json:"answers"`
	PublicKey   string   `json:"public_key"`
	Signature   string   `json:"signature"`
}

// Answer is the answer to one question: the options chosen, as indices of
// the question's options in the course file (not the order shown, which
// differs per participant).
type Answer struct {
	Module   string `json:"module"`
	Question string `json:"question"`
	Chosen   []int  `json:"chosen"`
	Seq      uint64 `json:"seq"` // the file's Seq when it was given
}

// codeAlphabet has no letters that read like digits (no I, L, O, U).
const codeAlphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789"

// NewCode returns a random short code, such as "K7Q-P2M".
func NewCode() string {
	var b [6]byte
	rand.Read(b[:])
	var s strings.Builder
	for i, c := range b {
		if i == 3 {
			s.WriteByte('-')
		}
		s.WriteByte(codeAlphabet[int(c)%len(codeAlphabet)])
	}
	return s.String()
}

// ParticipantName is the name of the file of learner id in the folder.
func ParticipantName(learner string) string {
	return participantPrefix + learner + participantSuffix
}

// learnerFromName is the learner id in a participant file's name.
func learnerFromName(name string) (string, bool) {
	id, ok := strings.CutPrefix(name, participantPrefix)
	if !ok {
		return "", false
	}
	id, ok = strings.CutSuffix(id, participantSuffix)
	return id, ok && validID(id)
}

// The patterns are compiled on first use, as the program's others are:
// every start pays for what is compiled at package initialisation.
var idPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9a-zA-Z_-]{1,64}$`) })

// validID reports whether s can be a learner id in a file name: letters,
// digits, - and _ only, so no name can reach outside the folder.
func validID(s string) bool { return idPattern().MatchString(s) }

var codePattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Z0-9-]{3,16}$`) })

// canonical is the JSON of v on one line without HTML escaping: what is
// signed (signedfile.Canonical, as for certificates and result files). It
// is made from the parsed struct, so re-indenting a file does not break
// its signature; changing a value does.
func canonical(v any) []byte {
	b, _ := signedfile.Canonical(v) // plain structs of strings, numbers and slices: never fails
	return b
}

// sign signs the canonical form of v (with its signature empty) under ctx.
func sign(ctx string, v any, key ed25519.PrivateKey) string {
	_, b64 := signedfile.Sign(key, ctx, canonical(v))
	return b64
}

// verify checks sig over v (with its signature empty) under ctx, against
// the key did names.
func verify(ctx string, v any, did, sig string) error {
	pub, err := didkey.Decode(did)
	if err != nil {
		return fmt.Errorf("%w: public_key: %v", ErrUnreadable, err)
	}
	raw, err := signedfile.Signature(sig)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrAltered, err)
	}
	if !signedfile.Verify(pub, ctx, canonical(v), raw) {
		return fmt.Errorf("%w: the signature does not match the contents", ErrAltered)
	}
	return nil
}

// strict decodes data into v: one JSON value, no unknown fields, and no
// key twice in one object (also in another case), which means the file was
// altered, as for every signed file of the program (internal/jsonstrict).
func strict(data []byte, v any) error {
	switch err := jsonstrict.Decode(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), v); {
	case errors.Is(err, jsonstrict.ErrDuplicateKey):
		return fmt.Errorf("%w: %v", ErrAltered, err)
	case err != nil:
		return fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	return nil
}

// NewWorkshop makes a signed workshop file for a course version, signed
// with key (the trainer's own).
func NewWorkshop(course, courseVersion string, key ed25519.PrivateKey, now time.Time) *Workshop {
	w := &Workshop{Format: workshopFormat, Version: formatVersion, Code: NewCode(), Course: course,
		CourseVersion: courseVersion, Created: now.UTC().Truncate(time.Second),
		PublicKey: didkey.Encode(key.Public().(ed25519.PublicKey))}
	w.Signature = sign(workshopContext, w, key)
	return w
}

// Marshal is the file's contents.
func (w *Workshop) Marshal() []byte {
	out, _ := json.MarshalIndent(w, "", "  ")
	return append(out, '\n')
}

// ParseWorkshop reads and verifies a workshop file.
func ParseWorkshop(data []byte) (*Workshop, error) {
	var w Workshop
	if err := strict(data, &w); err != nil {
		return nil, err
	}
	if w.Format != workshopFormat || w.Version != formatVersion || !codePattern().MatchString(w.Code) {
		return nil, fmt.Errorf("%w: not a workshop file of version %d", ErrUnreadable, formatVersion)
	}
	unsigned := w
	unsigned.Signature = ""
	if err := verify(workshopContext, &unsigned, w.PublicKey, w.Signature); err != nil {
		return nil, err
	}
	return &w, nil
}

// seal signs p with key, recording its public key.
func (p *Participant) seal(key ed25519.PrivateKey) {
	p.PublicKey = didkey.Encode(key.Public().(ed25519.PublicKey))
	p.Signature = ""
	p.Signature = sign(participantCtx, p, key)
}

// Marshal is the file's contents: one line, as it is small and read often.
func (p *Participant) Marshal() []byte { return append(canonical(p), '\n') }

// ParseParticipant reads and verifies a participant file, and checks that
// it belongs to workshop ws (when ws is not nil). A file intact but of
// another workshop is returned with ErrOtherWorkshop, so that a writer can
// go on from its sequence number; with any other error there is no file.
func ParseParticipant(data []byte, ws *Workshop) (*Participant, error) {
	var p Participant
	if err := strict(data, &p); err != nil {
		return nil, err
	}
	if p.Format != participantFormat || p.Version != formatVersion || !validID(p.Learner) {
		return nil, fmt.Errorf("%w: not a participant file of version %d", ErrUnreadable, formatVersion)
	}
	seen := map[[2]string]bool{}
	for _, a := range p.Answers {
		k := [2]string{a.Module, a.Question}
		if seen[k] || a.Seq > p.Seq {
			return nil, fmt.Errorf("%w: answer to %s/%s", ErrUnreadable, a.Module, a.Question)
		}
		seen[k] = true
		if err := checkAnswer(a); err != nil {
			return nil, err
		}
	}
	unsigned := p
	unsigned.Signature = ""
	if err := verify(participantCtx, &unsigned, p.PublicKey, p.Signature); err != nil {
		return nil, err
	}
	if ws != nil && (p.Workshop != ws.Code || p.WorkshopKey != ws.PublicKey) {
		return &p, fmt.Errorf("%w: %s", ErrOtherWorkshop, p.Workshop)
	}
	return &p, nil
}

// checkAnswer reports why a cannot stand in a participant file: no module
// or question, no option or more than 64, an option out of range or twice.
// The reader refuses such a file and the writer such an answer, so that
// one odd answer never makes a participant's whole file unreadable.
func checkAnswer(a Answer) error {
	if a.Module == "" || a.Question == "" || len(a.Chosen) == 0 || len(a.Chosen) > 64 {
		return fmt.Errorf("%w: answer to %s/%s", ErrUnreadable, a.Module, a.Question)
	}
	for i, o := range a.Chosen {
		if o < 0 || o >= 64 || slices.Contains(a.Chosen[:i], o) {
			return fmt.Errorf("%w: option %d", ErrUnreadable, o)
		}
	}
	return nil
}

// answer returns p's answer to a question, or nil.
func (p *Participant) answer(module, question string) *Answer {
	i := slices.IndexFunc(p.Answers, func(a Answer) bool { return a.Module == module && a.Question == question })
	if i < 0 {
		return nil
	}
	return &p.Answers[i]
}

// Own reports whether name (a base name) is one of the workshop's own
// files, the workshop file or a participant's, so that a reader of result
// files in the same folder leaves them out.
func Own(name string) bool {
	_, participant := learnerFromName(name)
	return name == FileName || participant
}
