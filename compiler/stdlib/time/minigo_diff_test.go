// Differential test: minigo's time against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package time_test

import (
	rand "gostd/math/rand"
	testing "gostd/testing"
	time "gostd/time"
	m "time"
)

var layouts = []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 15:04:05.999999999 -0700 MST", "Monday January 2 2006 002 __2 3pm .000 ,999 Z07 -07:00:00", "Janet Mon"}

func TestFormat(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < iters(20000); i++ {
		sec := r.Int63n(1<<36) - 1<<35
		nsec := r.Int63n(1e9)
		off := (r.Intn(48) - 24) * 1800
		gl := time.FixedZone("ZZZ", off)
		ml := m.FixedZone("ZZZ", off)
		g := time.Unix(sec, nsec).In(gl)
		mt := m.Unix(sec, nsec).In(ml)
		for _, l := range layouts {
			if a, b := mt.Format(l), g.Format(l); a != b {
				t.Fatalf("Format(%d, %q) = %q want %q", sec, l, a, b)
			}
		}
		if mt.YearDay() != g.YearDay() || int(mt.Weekday()) != int(g.Weekday()) {
			t.Fatal("yday")
		}
		y1, w1 := mt.ISOWeek()
		y2, w2 := g.ISOWeek()
		if y1 != y2 || w1 != w2 {
			t.Fatalf("ISOWeek %v", g)
		}
		d := time.Duration(r.Int63() >> uint(r.Intn(63)))
		if r.Intn(2) == 0 {
			d = -d
		}
		if m.Duration(d).String() != d.String() {
			t.Fatalf("Duration %d: %q want %q", d, m.Duration(d).String(), d.String())
		}
		pd1, e1 := m.ParseDuration(d.String())
		pd2, e2 := time.ParseDuration(d.String())
		if int64(pd1) != int64(pd2) || (e1 == nil) != (e2 == nil) {
			t.Fatalf("ParseDuration(%q) = %v want %v", d.String(), pd1, pd2)
		}
		rd := time.Duration(r.Int63n(int64(time.Hour)) + 1)
		if int64(m.Duration(d).Round(m.Duration(rd))) != int64(d.Round(rd)) || int64(m.Duration(d).Truncate(m.Duration(rd))) != int64(d.Truncate(rd)) {
			t.Fatal("Round")
		}
		if mt.Round(m.Duration(rd)).UnixNano() != g.Round(rd).UnixNano() || mt.Truncate(m.Duration(rd)).UnixNano() != g.Truncate(rd).UnixNano() {
			t.Fatalf("Time.Round %v %v", g, rd)
		}
		yy, mm, dd, hh, mi, ss := r.Intn(4000)-1000, r.Intn(30)-5, r.Intn(80)-20, r.Intn(50)-10, r.Intn(200)-50, r.Intn(200)-50
		a := m.Date(yy, m.Month(mm), dd, hh, mi, ss, int(nsec), ml)
		b := time.Date(yy, time.Month(mm), dd, hh, mi, ss, int(nsec), gl)
		if a.Unix() != b.Unix() || a.Format(time.RFC3339Nano) != b.Format(time.RFC3339Nano) {
			t.Fatalf("Date(%d %d %d %d %d %d) = %v want %v", yy, mm, dd, hh, mi, ss, a, b)
		}
		a2, b2 := a.AddDate(1, 2, 3), b.AddDate(1, 2, 3)
		if a2.Unix() != b2.Unix() {
			t.Fatal("AddDate")
		}
		for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.ANSIC, time.Kitchen, "2006-01-02 15:04:05.000 MST"} {
			s := g.Format(l)
			p1, e1 := m.Parse(l, s)
			p2, e2 := time.Parse(l, s)
			if (e1 == nil) != (e2 == nil) || e1 == nil && (p1.Format(time.RFC3339Nano) != p2.Format(time.RFC3339Nano)) {
				t.Fatalf("Parse(%q, %q) = %v %v want %v %v", l, s, p1, e1, p2, e2)
			}
		}
	}
	for _, s := range []string{"", "1", "1x", "-1.5h", "1h2m3s4ms5us6ns", ".5s", "1.s", ".", "1µs", "9223372036854775807ns", "9223372036854775808ns", "+0", "0"} {
		a, e1 := m.ParseDuration(s)
		b, e2 := time.ParseDuration(s)
		es := func(e error) string {
			if e == nil {
				return ""
			}
			return e.Error()
		}
		if int64(a) != int64(b) || es(e1) != es(e2) {
			t.Fatalf("ParseDuration(%q) = %v %q want %v %q", s, a, es(e1), b, es(e2))
		}
	}
	if (m.Time{}).IsZero() != true || (m.Time{}).Format(time.RFC3339) != (time.Time{}).Format(time.RFC3339) {
		t.Fatal("zero")
	}
	if (m.Time{}).String() != (time.Time{}).String() {
		t.Fatal((m.Time{}).String())
	}
}

// iters scales an iteration count down for go test -short (the CI run).
func iters(n int) int {
	if testing.Short() {
		return n / 20
	}
	return n
}
