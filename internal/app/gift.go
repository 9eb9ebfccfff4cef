package app

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"piketpalen/course"
	"piketpalen/internal/atomicfile"
	"piketpalen/internal/gift"
	"piketpalen/internal/outpath"
)

// ExportGIFT writes the pools of mods (the whole course when empty) as
// GIFT to out, a file that g allows; see package gift.
func ExportGIFT(c *course.Course, mods []*course.Module, out string, g outpath.Guard) error {
	var b bytes.Buffer
	if err := gift.Export(&b, c, mods); err != nil {
		return err
	}
	if err := g.Check(out); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(out, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}

// ErrNoCategory is ImportGIFT's answer to questions that belong to no
// module: the file has no $CATEGORY before them and no folder was given.
var ErrNoCategory = errors.New("gift questions without a category")

// GIFTImport is one questions.yaml that ImportGIFT wrote.
type GIFTImport struct {
	Path      string
	Questions int
}

// ImportGIFT turns the GIFT in data into questions.yaml files: all of them
// into dir/questions.yaml when dir is given, else one per $CATEGORY into
// the folder named after it under base. It returns what it wrote and the
// problems of the file; ErrNoCategory when dir is empty and questions
// stand before any $CATEGORY (nothing is written then).
func ImportGIFT(data []byte, dir, base string, g outpath.Guard) ([]GIFTImport, []gift.Problem, error) {
	mods, problems := gift.Parse(data)
	var targets []*gift.Module
	if dir != "" {
		all := &gift.Module{}
		for _, m := range mods {
			all.Questions = append(all.Questions, m.Questions...)
			all.Discussion = append(all.Discussion, m.Discussion...)
			all.Draw = max(all.Draw, m.Draw)
		}
		if len(mods) == 1 {
			all.Draw = mods[0].Draw
		}
		targets = []*gift.Module{all}
	} else {
		for _, m := range mods {
			if m.ID == "" && len(m.Questions) > 0 {
				return nil, problems, ErrNoCategory
			}
		}
		targets = mods
	}
	var done []GIFTImport
	for _, m := range targets {
		if len(m.Questions) == 0 {
			continue
		}
		folder := dir
		if folder == "" {
			folder = filepath.Join(base, m.ID)
		}
		if err := os.MkdirAll(folder, 0o755); err != nil {
			return done, problems, fmt.Errorf("make folder %s: %w", folder, err)
		}
		out := filepath.Join(folder, "questions.yaml")
		y, err := gift.YAML(m)
		if err != nil {
			return done, problems, err
		}
		if err := g.Check(out); err != nil {
			return done, problems, err
		}
		if err := atomicfile.WriteFile(out, y, 0o644); err != nil {
			return done, problems, fmt.Errorf("write %s: %w", out, err)
		}
		done = append(done, GIFTImport{Path: out, Questions: len(m.Questions)})
	}
	return done, problems, nil
}
