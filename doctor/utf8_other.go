//go:build !windows

package doctor

func consoleUTF8(env []string) (bool, string) { return localeUTF8(env) }
