// Differential test: minigo's context against Go 1.19's (cancellation through value
// contexts and foreign parents, deadlines, errors, String forms). The package under
// test is imported as "context" and Go's own as "gostd/context";
// compiler/stdlib/sources.test.ts builds minigo's context on Go's sync, time and
// reflect for this test.

package context_test

import (
	context "gostd/context"
	testing "gostd/testing"
	time "gostd/time"

	m "context"
)

type key string

func TestCtx(t *testing.T) {
	// tree: root -> a (cancel) -> v (value) -> b (cancel) ; a -> d (deadline)
	a, cancelA := m.WithCancel(m.Background())
	v := m.WithValue(a, key("k"), "val")
	b, cancelB := m.WithCancel(v)
	d, cancelD := m.WithTimeout(a, time.Hour)
	defer cancelB()
	defer cancelD()
	if v.Value(key("k")) != "val" || b.Value(key("k")) != "val" || b.Value(key("x")) != nil {
		t.Fatal("values")
	}
	if _, ok := d.Deadline(); !ok {
		t.Fatal("deadline")
	}
	if b.Err() != nil {
		t.Fatal("early err")
	}
	cancelA()
	select {
	case <-b.Done():
	case <-time.After(time.Second):
		t.Fatal("b not canceled")
	}
	<-d.Done()
	if b.Err() != m.Canceled || d.Err() != m.Canceled || v.Err() != m.Canceled {
		t.Fatal("errs", b.Err(), d.Err())
	}
	// deadline
	e, cancelE := m.WithTimeout(m.Background(), 10*time.Millisecond)
	defer cancelE()
	<-e.Done()
	if e.Err() != m.DeadlineExceeded {
		t.Fatal("deadline err", e.Err())
	}
	// already-expired
	f, cancelF := m.WithDeadline(m.Background(), time.Now().Add(-time.Second))
	defer cancelF()
	if f.Err() != m.DeadlineExceeded {
		t.Fatal("expired")
	}
	// foreign parent
	gp, gcancel := context.WithCancel(context.Background())
	g, cancelG := m.WithCancel(gp)
	defer cancelG()
	gcancel()
	select {
	case <-g.Done():
	case <-time.After(time.Second):
		t.Fatal("foreign not propagated")
	}
	// strings
	if s := m.WithValue(m.Background(), key("k"), "v").(interface{ String() string }).String(); s != context.WithValue(context.Background(), key("k"), "v").(interface{ String() string }).String() {
		t.Fatal("String", s)
	}
	c1, cc := m.WithCancel(m.TODO())
	defer cc()
	c2, cc2 := context.WithCancel(context.TODO())
	defer cc2()
	if c1.(interface{ String() string }).String() != c2.(interface{ String() string }).String() {
		t.Fatal("String2", c1)
	}
}
