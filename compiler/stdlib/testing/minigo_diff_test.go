// Differential test: minigo's testing helpers against Go 1.19's (AllocsPerRun) and
// basic behaviour (Benchmark, T.Run, FailNow). The package under test is imported as
// "testing" and Go's own as "gostd/testing"; compiler/stdlib/sources.test.ts builds
// minigo's package on Go's runtime, fmt, os, sync and time for this test.

package testing_test

import (
	gotesting "gostd/testing"

	m "testing"
)

var sink []byte

func TestAllocsPerRun(t *gotesting.T) {
	f := func() { sink = make([]byte, 64) }
	if a, b := m.AllocsPerRun(50, f), gotesting.AllocsPerRun(50, f); a != b {
		t.Fatalf("AllocsPerRun = %v want %v", a, b)
	}
	g := func() {}
	if a := m.AllocsPerRun(50, g); a != 0 {
		t.Fatalf("AllocsPerRun(empty) = %v", a)
	}
}

func TestBenchmarkAndRun(t *gotesting.T) {
	r := m.Benchmark(func(b *m.B) {
		for i := 0; i < b.N; i++ {
			sink = make([]byte, 8)
		}
	})
	if r.N < 1 || r.T <= 0 || r.AllocsPerOp() != 1 {
		t.Fatalf("Benchmark = %+v", r)
	}
	var outer m.T
	ok := outer.Run("sub", func(st *m.T) {
		st.FailNow()
		panic("not reached")
	})
	if ok || !outer.Failed() {
		t.Fatalf("Run with FailNow = %v, outer failed %v", ok, outer.Failed())
	}
}
