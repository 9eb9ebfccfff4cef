package winresource

import (
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
)

// Resource type numbers (winuser.h) this package reads.
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

// Resources is what an .exe's resource section holds, as Windows reads it.
type Resources struct {
	Strings        map[string]string // the version information's strings: ProductName, CompanyName, FileVersion, …
	FileVersion    [4]uint16         // the fixed, numeric file version
	ProductVersion [4]uint16
	Manifest       string
	Icons          int // icon images
	IconGroups     int // icons as Explorer picks them (one group holds every size)
}

// Read reads the resources of the Windows executable r. It is written from
// the PE format's description (the .rsrc directory tree, VS_VERSIONINFO)
// with debug/pe alone, independently of the library that writes them, so
// that a test using it checks the written file and not the writer's idea of
// it.
func Read(r io.ReaderAt) (*Resources, error) {
	f, err := pe.NewFile(r)
	if err != nil {
		return nil, fmt.Errorf("not a Windows executable: %w", err)
	}
	sec := f.Section(".rsrc")
	if sec == nil {
		return nil, errors.New("the executable has no resources (no .rsrc section)")
	}
	data, err := sec.Data()
	if err != nil {
		return nil, fmt.Errorf("read .rsrc: %w", err)
	}
	if len(data) > int(sec.VirtualSize) && sec.VirtualSize > 0 {
		data = data[:sec.VirtualSize]
	}
	leaves, err := walk(data, sec.VirtualAddress)
	if err != nil {
		return nil, fmt.Errorf(".rsrc: %w", err)
	}
	res := &Resources{Strings: map[string]string{}}
	for _, l := range leaves {
		switch l.typ {
		case rtIcon:
			res.Icons++
		case rtGroupIcon:
			res.IconGroups++
		case rtManifest:
			res.Manifest = string(l.data)
		case rtVersion:
			if err := res.readVersion(l.data); err != nil {
				return nil, fmt.Errorf("version information: %w", err)
			}
		}
	}
	return res, nil
}

// leaf is one resource: its type and its bytes.
type leaf struct {
	typ  uint32
	data []byte
}

// walk reads the three-level directory (type, name, language) at the start
// of the section; base is the section's virtual address, which data
// entries' addresses are relative to.
func walk(sec []byte, base uint32) ([]leaf, error) {
	var leaves []leaf
	var dir func(off uint32, depth int, typ uint32) error
	dir = func(off uint32, depth int, typ uint32) error {
		if depth > 3 {
			return errors.New("directory nested too deeply")
		}
		if int(off)+16 > len(sec) {
			return errors.New("directory outside the section")
		}
		n := int(le16(sec[off+12:])) + int(le16(sec[off+14:]))
		for i := range n {
			e := int(off) + 16 + 8*i
			if e+8 > len(sec) {
				return errors.New("directory entry outside the section")
			}
			name, target := le32(sec[e:]), le32(sec[e+4:])
			if depth == 0 {
				typ = name // named types (high bit set) are not ones we read
			}
			if target&0x80000000 != 0 {
				if err := dir(target&0x7fffffff, depth+1, typ); err != nil {
					return err
				}
				continue
			}
			if int(target)+16 > len(sec) {
				return errors.New("data entry outside the section")
			}
			rva, size := le32(sec[target:]), le32(sec[target+4:])
			start := int64(rva) - int64(base)
			if start < 0 || start+int64(size) > int64(len(sec)) {
				return fmt.Errorf("resource data at %#x (%d bytes) outside the section", rva, size)
			}
			leaves = append(leaves, leaf{typ: typ, data: sec[start : start+int64(size)]})
		}
		return nil
	}
	return leaves, dir(0, 0, 0)
}

// readVersion reads a VS_VERSIONINFO: the fixed file information and the
// strings of every string table in it.
func (r *Resources) readVersion(b []byte) error {
	root, _, err := versionNode(b)
	if err != nil {
		return err
	}
	if root.key != "VS_VERSION_INFO" {
		return fmt.Errorf("root is %q, not VS_VERSION_INFO", root.key)
	}
	if len(root.value) < 52 || le32(root.value) != 0xfeef04bd {
		return errors.New("no VS_FIXEDFILEINFO")
	}
	v := root.value
	r.FileVersion = [4]uint16{le16(v[10:]), le16(v[8:]), le16(v[14:]), le16(v[12:])}
	r.ProductVersion = [4]uint16{le16(v[18:]), le16(v[16:]), le16(v[22:]), le16(v[20:])}
	for _, info := range root.children {
		if info.key != "StringFileInfo" {
			continue
		}
		for _, table := range info.children {
			for _, s := range table.children {
				r.Strings[s.key] = utf16String(s.value)
			}
		}
	}
	return nil
}

// node is one entry of a VS_VERSIONINFO tree: a key, a value and children,
// each starting on a 32-bit boundary.
type node struct {
	key      string
	value    []byte
	children []node
}

func versionNode(b []byte) (node, int, error) {
	if len(b) < 6 {
		return node{}, 0, errors.New("entry cut off")
	}
	length, valueLen, text := int(le16(b)), int(le16(b[2:])), le16(b[4:]) == 1
	if length < 6 || length > len(b) {
		return node{}, 0, fmt.Errorf("entry of %d bytes in %d", length, len(b))
	}
	b = b[:length]
	off := 6
	var key []uint16
	for {
		if off+2 > length {
			return node{}, 0, errors.New("key not terminated")
		}
		c := le16(b[off:])
		off += 2
		if c == 0 {
			break
		}
		key = append(key, c)
	}
	n := node{key: string(utf16.Decode(key))}
	off = align4(off)
	if text {
		valueLen *= 2 // a text value's length is in 16-bit words
	}
	if off+valueLen > length {
		valueLen = max(0, length-off)
	}
	if off <= length {
		n.value = b[off : off+valueLen]
	}
	off = align4(off + valueLen)
	for off < length {
		child, size, err := versionNode(b[off:])
		if err != nil {
			return node{}, 0, fmt.Errorf("%s: %w", n.key, err)
		}
		n.children = append(n.children, child)
		off = align4(off + size)
	}
	return n, length, nil
}

func utf16String(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		c := le16(b[i:])
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}

func align4(n int) int { return (n + 3) &^ 3 }

func le16(b []byte) uint16 { return binary.LittleEndian.Uint16(b) }
func le32(b []byte) uint32 { return binary.LittleEndian.Uint32(b) }
