package progress

// Decode is the loader's decoding and normalising, for the tests of the
// package progress_test that run the interfaces on what it accepts.
var Decode = decode
