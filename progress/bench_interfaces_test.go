package progress_test

import "testing"

// BenchmarkSurvives is the cost of one accepted input of FuzzLoad: the
// full screen, plain mode and the certificate on a state.
func BenchmarkSurvives(b *testing.B) {
	seed := []byte(`{"schema":1,"modules":{"01-primaat-van-de-politiek":{"pages_read":[0],"page":-1,"attempts":[]}},"last":{"module":"01-primaat-van-de-politiek","page":-1}}`)
	for b.Loop() {
		survives(b, seed)
	}
}
