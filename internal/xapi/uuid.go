package xapi

import (
	"crypto/sha1"
	"encoding/hex"
)

// UUID is an RFC 9562 UUID.
type UUID [16]byte

// NamespaceURL is the namespace RFC 9562 (appendix C) gives for names that
// are URLs; the namespace of a course's statement ids is the name-based
// UUID of its xapi_base in it.
var NamespaceURL = UUID{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// NameUUID is the version 5 (name-based, SHA-1) UUID of name in namespace
// ns (RFC 9562 §5.5): the same name always gives the same UUID.
func NameUUID(ns UUID, name string) UUID {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	var u UUID
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // variant 10
	return u
}

// String is the UUID in its usual form, 8-4-4-4-12 lower-case hex digits.
func (u UUID) String() string {
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return string(b[:])
}
