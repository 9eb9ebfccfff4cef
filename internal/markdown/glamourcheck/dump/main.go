// Command dump writes every rendering of glamourcheck.Renderings to stdout
// as JSON. The glamourcheck test builds it against stock Glamour, from a
// copy of go.mod without the replace of Glamour, to compare with.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"piketpalen/internal/markdown/glamourcheck"
)

func main() {
	rs, err := glamourcheck.Renderings()
	if err == nil {
		err = json.NewEncoder(os.Stdout).Encode(rs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "dump:", err)
		os.Exit(1)
	}
}
