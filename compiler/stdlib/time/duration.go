package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64 nanosecond
// count. The representation limits the largest representable duration to
// approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s". Leading
// zero units are omitted. Durations less than one second use a smaller unit
// ("1.5ms", "12µs", "7ns"); the zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	var b []byte
	if d < 0 {
		b = append(b, '-')
		u = -u // also right for the most negative Duration
	}
	switch {
	case u < uint64(Microsecond):
		b = appendUint(b, u)
		return string(append(b, "ns"...))
	case u < uint64(Millisecond):
		b = appendDecimal(b, u, 3)
		return string(append(b, "µs"...))
	case u < uint64(Second):
		b = appendDecimal(b, u, 6)
		return string(append(b, "ms"...))
	}
	h := u / uint64(Hour)
	u -= h * uint64(Hour)
	m := u / uint64(Minute)
	u -= m * uint64(Minute)
	if h > 0 {
		b = appendUint(b, h)
		b = append(b, 'h')
	}
	if h > 0 || m > 0 {
		b = appendUint(b, m)
		b = append(b, 'm')
	}
	b = appendDecimal(b, u, 9)
	return string(append(b, 's'))
}

// appendUint appends the decimal digits of v.
func appendUint(b []byte, v uint64) []byte {
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

// appendDecimal appends v / 10**scale as a decimal number without trailing zeros in
// its fraction (and without a point when the fraction is zero).
func appendDecimal(b []byte, v uint64, scale int) []byte {
	pow := uint64(1)
	for i := 0; i < scale; i++ {
		pow *= 10
	}
	b = appendUint(b, v/pow)
	frac := v % pow
	if frac == 0 {
		return b
	}
	b = append(b, '.')
	for pow /= 10; frac > 0; pow /= 10 {
		b = append(b, byte('0'+frac/pow))
		frac %= pow
	}
	return b
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m. If m <= 0,
// Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values
// rounding away from zero, saturating at the minimum or maximum Duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	toward := d % m // distance to the multiple of m nearer zero (negative if d is)
	if toward < 0 {
		toward = -toward
	}
	away := m - toward // distance to the multiple farther from zero
	// Is the nearer-zero multiple closer? (Doubled in uint64, which cannot
	// overflow for values below 1<<63.)
	nearer := uint64(toward)*2 < uint64(m)
	switch {
	case d >= 0 && nearer:
		return d - toward
	case d >= 0:
		if up := d + away; up > d {
			return up
		}
		return maxDuration // rounding up overflowed
	case nearer:
		return d + toward
	}
	if down := d - away; down < d {
		return down
	}
	return minDuration // rounding down overflowed
}

// Abs returns the absolute value of d. As a special case, math.MinInt64 is converted
// to math.MaxInt64.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// quote returns s in double quotes, escaping only quotes and backslashes (time cannot
// import strconv).
func quote(s string) string {
	const hex = "0123456789abcdef"
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < ' ' || c >= 0x80: // control and non-ASCII bytes as \xHH
			out = append(out, '\\', 'x', hex[c>>4], hex[c&0xF])
		case c == '"' || c == '\\':
			out = append(out, '\\', c)
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

// ParseDuration parses a duration string: a possibly signed sequence of decimal
// numbers, each with optional fraction and a unit suffix, such as "300ms", "-1.5h" or
// "2h45m". Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		v, rest, err := durationComponent(s, orig)
		if err != nil {
			return 0, err
		}
		s = rest
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}

// durationComponent parses one "<number><unit>" at the start of s and returns its
// value in nanoseconds and the rest of s. orig is the whole input, for messages.
func durationComponent(s, orig string) (ns uint64, rest string, err error) {
	invalid := errors.New("time: invalid duration " + quote(orig))
	if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
		return 0, "", invalid
	}
	// Integer part: digits, failing on overflow of 63 bits.
	i := 0
	var whole uint64
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if whole > 1<<63/10 {
			return 0, "", invalid
		}
		whole = whole*10 + uint64(s[i]-'0')
		if whole > 1<<63 {
			return 0, "", invalid
		}
	}
	digitsBefore := i > 0
	// Fraction: as many digits as fit in 63 bits; the rest only need to be digits.
	var frac uint64
	scale := 1.0
	digitsAfter := false
	if i < len(s) && s[i] == '.' {
		i++
		full := false
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			digitsAfter = true
			if full {
				continue
			}
			if frac > (1<<63-1)/10 {
				full = true
				continue
			}
			next := frac*10 + uint64(s[i]-'0')
			if next > 1<<63 {
				full = true
				continue
			}
			frac = next
			scale *= 10
		}
	}
	if !digitsBefore && !digitsAfter {
		return 0, "", invalid
	}
	// Unit: everything up to the next digit or point.
	j := i
	for j < len(s) && s[j] != '.' && (s[j] < '0' || s[j] > '9') {
		j++
	}
	if j == i {
		return 0, "", errors.New("time: missing unit in duration " + quote(orig))
	}
	unitName := s[i:j]
	unit, ok := unitMap[unitName]
	if !ok {
		return 0, "", errors.New("time: unknown unit " + quote(unitName) + " in duration " + quote(orig))
	}
	if whole > 1<<63/unit {
		return 0, "", invalid
	}
	ns = whole * unit
	if frac > 0 {
		// The fraction is converted in floating point, as Go does, so that results
		// agree to the nanosecond.
		ns += uint64(float64(frac) * (float64(unit) / scale))
		if ns > 1<<63 {
			return 0, "", invalid
		}
	}
	return ns, s[j:], nil
}
