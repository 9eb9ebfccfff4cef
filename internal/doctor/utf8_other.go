//go:build !windows

package doctor

import "piketpalen/internal/locale"

func consoleUTF8(l locale.Lang, env []string) (bool, string) { return localeUTF8(l, env) }
