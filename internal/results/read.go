package results

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"piketpalen/internal/atomicfile"
	"piketpalen/internal/certificate"

	"piketpalen/internal/jsonstrict"
	"piketpalen/internal/signedfile"
)

// maxFileSize bounds what Read reads. A result file of a course of fifty
// modules is some hundreds of kilobytes; anything far larger is not one.
const maxFileSize = 8 << 20

// Extension is the extension of result files. ReadDir looks only at files
// with it.
const Extension = ".json"

// Reasons why a file is unreadable that a program can word in its own
// language: an error wrapping ErrUnreadable also wraps one of these when it
// applies. Their text is English, for logs and tests.
var (
	// ErrIsCertificate: the file is a piketpalen certificate.
	ErrIsCertificate = errors.New("it is a certificate, not a result file (make one with piketpalen export-results)")
	// ErrIsProgress: the file is a learner's progress file.
	ErrIsProgress = errors.New("it is a progress file, not a result file (make one with piketpalen export-results)")
	// ErrNotResultFile: JSON, but not of piketpalen.
	ErrNotResultFile = fmt.Errorf("not a piketpalen result file (no \"kind\": %q)", Kind)
	// ErrNewerFormat: a result file of a newer format than this program reads.
	ErrNewerFormat = errors.New("newer than this program understands")
	// ErrTooLarge: far larger than any result file.
	ErrTooLarge = fmt.Errorf("larger than %d MiB", maxFileSize>>20)
)

// Marshal returns f as indented UTF-8 JSON ending in a newline, without HTML
// escaping, so that a person can read it in any editor.
func Marshal(f *File) ([]byte, error) {
	b, err := signedfile.Indented(f)
	if err != nil {
		return nil, fmt.Errorf("encode result file: %w", err)
	}
	return b, nil
}

// WriteFile writes f to the file path atomically (see
// atomicfile.WriteFile), so a trainer never collects half a file. In this
// project Write(w, …) writes to an io.Writer, WriteFile(path, …) a file.
func WriteFile(path string, f *File) error {
	data, err := Marshal(f)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write result file: %w", err)
	}
	return nil
}

// Parse reads a result file's bytes and checks its signature with this
// build's key. A leading byte order mark is allowed (an editor may add one).
// It is strict: unknown fields, trailing data, a wrong kind or a malformed
// field give an error wrapping ErrUnreadable; a key twice in one object
// gives ErrTampered, without the file. When only the signature fails
// (ErrTampered, ErrOtherKey) the file is returned with the error, so that a
// caller can say whose file it claims to be; its contents must not be
// trusted.
func Parse(data []byte) (*File, error) {
	return new(reader).parse(data)
}

// reader reads result files one after another, keeping its storage from
// one to the next: the bytes of the file, its signed form and the
// decoder's scratch and table of texts. A file it returns holds none of
// that storage. ReadEach gives every worker one; Read and Parse make one
// for their file.
type reader struct {
	data, msg []byte
	dec       fastDecoder
}

func (r *reader) parse(data []byte) (*File, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	// One strict decode: the fast decoder, which takes only a well-formed file of
	// the one shape with every key once; or, for anything it leaves aside,
	// jsonstrict's check and encoding/json. Only when that fails is the kind
	// and version read on their own, so that a certificate, a progress file
	// or a file of a newer format is named for what it is instead of by its
	// first unknown field.
	var f File
	r.dec.compact = append(r.msg[:0], signingContext...)
	fast := r.dec.decode(data, &f)
	r.msg = r.dec.compact
	if !fast {
		// A key twice in one object: encoding/json takes the last value,
		// other readers the first, so the signature does not cover what
		// every reader sees. Such a file counts as altered.
		f = File{}
		switch err := jsonstrict.Decode(data, &f); {
		case errors.Is(err, jsonstrict.ErrDuplicateKey):
			return nil, fmt.Errorf("%w: %v", ErrTampered, err)
		case err != nil:
			if kindErr := classify(data); kindErr != nil {
				return nil, kindErr
			}
			return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
		}
	}
	if err := classifyHead(&f.Kind, f.Version, nil); err != nil {
		return nil, err
	}
	if err := f.check(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	// A file the fast decoder took is checked over its own bytes without
	// white space (see verify); any other is no file the program wrote as
	// it is, and verify encodes its canonical form.
	var msg []byte
	if fast {
		msg, _ = cutSignature(r.msg, f.Signature)
	}
	switch err := verify(&f, msg); {
	case errors.Is(err, ErrUnreadable):
		return nil, err // such as a public_key that is no did:key: not a file to name
	case err != nil:
		return &f, err
	}
	return &f, nil
}

// classify reads only the kind and version of data, and says what the file
// is when it is no result file of a format this program reads.
func classify(data []byte) error {
	var head struct {
		Kind    *string `json:"kind"`
		Version int     `json:"version"`
		Schema  *int    `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil
	}
	return classifyHead(head.Kind, head.Version, head.Schema)
}

func classifyHead(kind *string, version int, schema *int) error {
	switch {
	case kind != nil && *kind == certificate.Kind:
		return fmt.Errorf("%w: %w", ErrUnreadable, ErrIsCertificate)
	case kind == nil && schema != nil:
		return fmt.Errorf("%w: %w", ErrUnreadable, ErrIsProgress)
	case kind == nil || *kind != Kind:
		return fmt.Errorf("%w: %w", ErrUnreadable, ErrNotResultFile)
	case version > FormatVersion:
		return fmt.Errorf("%w: format version %d is %w (%d); use a newer piketpalen", ErrUnreadable, version, ErrNewerFormat, FormatVersion)
	}
	return nil
}

// Read reads and checks the result file at path; see Parse. Every error
// names the path. A file that cannot be opened or read wraps ErrUnreadable
// too.
func Read(path string) (*File, error) {
	return new(reader).read(path)
}

func (r *reader) read(path string) (*File, error) {
	data, err := signedfile.ReadInto(r.data, path, maxFileSize, ErrUnreadable, ErrTooLarge)
	if err != nil {
		return nil, fmt.Errorf("read result file %s: %w", path, err)
	}
	r.data = data
	f, err := r.parse(data)
	if err != nil {
		return f, fmt.Errorf("read result file %s: %w", path, err)
	}
	return f, nil
}

// Loaded is the outcome of reading one file: the file when it could be
// parsed (also when its signature fails, see Parse), and the error, if any.
type Loaded struct {
	Path string
	File *File
	Err  error
}

// ReadDir reads every result file in dir, in name order. It looks at files
// ending in .json (in any case) only, and passes over hidden files (such as
// an editor's or atomicfile's temporary files) and subfolders: a trainer's
// folder also holds certificates as PDF, notes and spreadsheets, and those
// are no problem. A .json file that is not a valid result file is not
// passed over: it is returned with its error, so that it can be reported.
// The error is for a folder that cannot be listed.
func ReadDir(dir string) ([]Loaded, error) {
	ls, err := listDir(dir)
	if err != nil {
		return nil, err
	}
	return readAll(ls), nil
}

// listDir names the result files ReadDir reads, without reading them.
func listDir(dir string) ([]Loaded, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read result folder: %w", err)
	}
	var out []Loaded
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), Extension) {
			continue
		}
		out = append(out, Loaded{Path: filepath.Join(dir, name)})
	}
	return out, nil
}

// Collect reads the result files that paths name: a folder is read with
// ReadDir, a file is read whatever its extension (the trainer named it). A
// path that does not exist or a folder that cannot be listed comes back as
// a Loaded with an error wrapping ErrUnreadable, so that one bad argument
// does not spoil the rest. Files named twice are read once.
func Collect(paths ...string) []Loaded {
	return readAll(Gather(paths...))
}

func readAll(ls []Loaded) []Loaded {
	out := make([]Loaded, 0, len(ls))
	ReadEach(ls, func(l Loaded) { out = append(out, l) })
	return out
}

// Gather names the files Collect reads, in the same order, without reading
// them: each Loaded has its Path, and File and Err are nil, except for a
// path that does not exist or a folder that cannot be listed, which has its
// error. Its result is for ReadEach.
func Gather(paths ...string) []Loaded {
	var out []Loaded
	seen := map[string]bool{}
	add := func(l Loaded) {
		key := l.Path
		if abs, err := filepath.Abs(l.Path); err == nil {
			key = abs
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, l)
		}
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			add(Loaded{Path: p, Err: fmt.Errorf("read result file %s: %w: %w", p, ErrUnreadable, err)})
			continue
		}
		if !fi.IsDir() {
			add(Loaded{Path: p})
			continue
		}
		ls, err := listDir(p)
		if err != nil {
			add(Loaded{Path: p, Err: fmt.Errorf("%w: %w", ErrUnreadable, err)})
			continue
		}
		for _, l := range ls {
			add(l)
		}
	}
	return out
}

// readWindow is how many files ReadEach has in hand at most: enough to keep
// every core busy, few enough that memory does not grow with the files.
const readWindow = 64

// readers are ReadEach's readers, kept from call to call.
var readers = sync.Pool{New: func() any { return new(reader) }}

// ReadEach reads the files of ls that Gather left to read (File and Err
// nil), on every core, and hands every Loaded to fn in the order of ls, one
// at a time. fn keeps what it needs: ReadEach holds no file after fn
// returns, and at most readWindow files at once. The cores read on while
// fn runs: file i+readWindow is started as soon as file i is handed on.
func ReadEach(ls []Loaded, fn func(Loaded)) {
	// File i goes through slot i%readWindow. A file is started only when
	// fewer than readWindow are in hand (window), so a slot never holds two.
	var slots [readWindow]chan Loaded
	for i := range slots {
		slots[i] = make(chan Loaded, 1)
	}
	window := make(chan struct{}, readWindow)
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range ls {
			window <- struct{}{}
			next <- i
		}
	}()
	for range min(runtime.NumCPU(), len(ls)) {
		go func() {
			r := readers.Get().(*reader)
			defer readers.Put(r)
			for i := range next {
				l := ls[i]
				if l.File == nil && l.Err == nil {
					l.File, l.Err = r.read(l.Path)
				}
				slots[i%readWindow] <- l
			}
		}()
	}
	for i := range ls {
		fn(<-slots[i%readWindow])
		<-window
	}
}
