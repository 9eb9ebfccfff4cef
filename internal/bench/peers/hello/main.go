// Command hello is the comparison harness's floor for starting a Go
// process: it writes one line and ends.
package main

import "fmt"

func main() { fmt.Println("Hallo, wereld") }
