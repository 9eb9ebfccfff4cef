//go:build !windows

package doctor

import "piketpalen/internal/locale"

// consoleUTF8 reads the locale: it decides the encoding of a terminal and of
// the programs output is piped into alike, so tty makes no difference.
func consoleUTF8(l locale.Lang, env []string, tty bool) (bool, string) { return localeUTF8(l, env) }
