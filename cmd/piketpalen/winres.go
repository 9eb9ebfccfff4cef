package main

// The Windows resources (version information, manifest, icon) that a plain
// go build links into piketpalen.exe are rsrc_windows_amd64.syso and
// rsrc_windows_arm64.syso in this folder; see internal/winresource.
//
//go:generate go run ../../internal/tools/genwinres
