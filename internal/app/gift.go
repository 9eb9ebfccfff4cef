package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"piketpalen/course"
	"piketpalen/internal/fileread"
	"piketpalen/internal/gift"
	"piketpalen/internal/outpath"
)

// GiftPool is the questions.yaml for qs, the questions a GIFT file gave,
// in the module folder module ("" for none): a pool already there keeps
// its draw and discussion questions.
func GiftPool(qs []*course.Question, module string) ([]byte, error) {
	var keep gift.Kept
	if module != "" {
		if old, err := fileread.Bounded(filepath.Join(module, course.QuestionsFile), 64<<20); err == nil {
			keep = gift.Keep(old)
		}
	}
	var buf bytes.Buffer
	if err := gift.WriteYAML(&buf, qs, keep); err != nil {
		return nil, fmt.Errorf("write questions: %w", err)
	}
	return buf.Bytes(), nil
}

// ImportGift writes qs as the questions.yaml of the module folder module,
// which it makes when it is not there, guarded as every output is, and
// returns the file's path.
func ImportGift(qs []*course.Question, module string, guard outpath.Guard) (string, error) {
	data, err := GiftPool(qs, module)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(module, 0o755); err != nil {
		return "", fmt.Errorf("make module folder: %w", err)
	}
	return WriteOutput(Where{Out: filepath.Join(module, course.QuestionsFile), Guard: guard}, course.QuestionsFile, data)
}
