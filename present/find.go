package present

import (
	"fmt"
	"strconv"
	"strings"

	"piketpalen/course"
)

// Numbers returns the number each module of c is called by, in course order.
// When every module folder starts with its own number ("03-functioneringsnorm"),
// that number is used, so the number a trainer says matches the folder name
// the course author sees; otherwise the modules are counted from 1.
func Numbers(c *course.Course) []int {
	out := make([]int, len(c.Modules))
	seen := map[int]bool{}
	for i, m := range c.Modules {
		n, ok := leadingNumber(m.ID)
		if !ok || seen[n] {
			for j := range out {
				out[j] = j + 1
			}
			return out
		}
		seen[n] = true
		out[i] = n
	}
	return out
}

// leadingNumber returns the number an id starts with, as in "03-functioneringsnorm".
func leadingNumber(id string) (int, bool) {
	end := 0
	for end < len(id) && id[end] >= '0' && id[end] <= '9' {
		end++
	}
	if end == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(id[:end])
	return n, err == nil
}

// FindModule returns the module that arg names: its id
// ("03-functioneringsnorm"), its number in the course ("3" or "03", see
// Numbers) or its id without the number ("functioneringsnorm"). The error
// names arg; the caller lists the modules to choose from.
func FindModule(c *course.Course, arg string) (*course.Module, error) {
	arg = strings.TrimSpace(arg)
	if m := c.Module(arg); m != nil {
		return m, nil
	}
	if n, err := strconv.Atoi(arg); err == nil {
		for i, num := range Numbers(c) {
			if num == n {
				return c.Modules[i], nil
			}
		}
		return nil, fmt.Errorf("no module with number %d", n)
	}
	var found *course.Module
	for _, m := range c.Modules {
		name := strings.TrimLeft(m.ID, "0123456789")
		name = strings.TrimLeft(name, "-_ .")
		if strings.EqualFold(name, arg) || strings.EqualFold(m.ID, arg) {
			if found != nil {
				return nil, fmt.Errorf("%q names more than one module", arg)
			}
			found = m
		}
	}
	if found == nil {
		return nil, fmt.Errorf("no module %q", arg)
	}
	return found, nil
}
