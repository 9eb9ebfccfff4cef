// Command glamour is the comparison harness's bare Glamour render: it
// renders a markdown file at 80 columns in Glamour's ascii style and writes
// it to stdout, the least a program that prints markdown with Glamour does.
// The harness builds it against stock Glamour.
package main

import (
	"fmt"
	"os"

	"charm.land/glamour/v2"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run() error {
	if len(os.Args) != 2 {
		return fmt.Errorf("usage: glamour FILE.md")
	}
	md, err := os.ReadFile(os.Args[1])
	if err != nil {
		return err
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("ascii"), glamour.WithWordWrap(80))
	if err != nil {
		return err
	}
	out, err := r.RenderBytes(md)
	if err != nil {
		return err
	}
	_, err = os.Stdout.Write(out)
	return err
}
