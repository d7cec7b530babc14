// Package time is minigo's time: instants (Time), durations, calendars, formatting,
// sleeping and timers.
//
// Runtime hooks (declared without a body in sys.go): now (wall clock and monotonic
// reading), runtimeNano, Sleep, and startTimer/stopTimer/resetTimer, which arm a
// runtimeTimer whose f the runtime calls (on its timer goroutine) when it fires. All
// the rest is plain Go: Duration and its String/ParseDuration, the proleptic Gregorian
// calendar (days ↔ civil dates with the classic era/day-of-era arithmetic), Format and
// Parse for the layout tokens, Timer, Ticker, After and Tick.
//
// A Time holds seconds since January 1, year 1 00:00:00 UTC (so the zero Time is that
// instant, as in Go), nanoseconds, an optional monotonic clock reading, and a
// *Location. Locations are fixed offsets: UTC, Local (which minigo treats as UTC) and
// FixedZone; there is no time zone database.
//
// Example: d := 1500 * time.Millisecond; d.String() == "1.5s".
package time

import "errors"

// Time is an instant, to the nanosecond, with the location used to show it.
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec    int32 // nanoseconds within the second, [0, 999999999]
	hasMono bool  // mono is valid
	mono    int64 // monotonic clock reading, nanoseconds
	loc     *Location
}

// Seconds between January 1, year 1 and January 1, 1970, proleptic Gregorian.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
)

// Month is a month of the year, January being 1.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String is the month's English name.
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// Weekday is a day of the week, Sunday being 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String is the day's English name.
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

// A Location maps time instants to the zone in use at that time. minigo's locations
// are fixed offsets from UTC.
type Location struct {
	name   string
	zone   string // abbreviation, e.g. "UTC", "CET"
	offset int    // east of UTC, in seconds
}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC", zone: "UTC"}

// Local represents the system's local time zone; in minigo it is UTC.
var Local *Location = &localLoc

var localLoc = Location{name: "Local", zone: "UTC"}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string { return l.get().name }

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" or "UTC" gives UTC,
// "Local" gives Local; minigo has no time zone database for other names.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// --- construction ---

// Unix returns the local Time corresponding to the given Unix time, sec seconds and
// nsec nanoseconds since January 1, 1970 UTC. nsec outside [0, 999999999] is
// normalized.
func Unix(sec int64, nsec int64) Time {
	carry, rest := floorDivMod(nsec, 1e9)
	return Time{sec: sec + carry + unixToInternal, nsec: int32(rest), loc: Local}
}

// floorDivMod divides a by b (b > 0) rounding down, so that the remainder is
// always in [0, b).
func floorDivMod(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q, r = q-1, r+b
	}
	return q, r
}

// UnixMilli returns the local Time corresponding to the given Unix time, msec
// milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time, usec
// microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: mono, loc: Local}
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the
// given location. Values outside their usual ranges are normalized (October 32 is
// November 1). Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Carry out-of-range fields into the next larger one, smallest first
	// (months into years separately), so that October 32 is November 1.
	monthIndex := int(month) - 1
	year, monthIndex = carryInto(year, monthIndex, 12)
	sec, nsec = carryInto(sec, nsec, 1e9)
	min, sec = carryInto(min, sec, 60)
	hour, min = carryInto(hour, min, 60)
	day, hour = carryInto(day, hour, 24)
	days := daysFromCivil(int64(year), int64(monthIndex+1), 1) + int64(day-1)
	local := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	utc := local - int64(loc.get().offset)
	return Time{sec: utc + unixToInternal, nsec: int32(nsec), loc: loc}
}

// carryInto moves whole multiples of base from lo into hi, leaving lo in
// [0, base).
func carryInto(hi, lo, base int) (int, int) {
	q, r := floorDivMod(int64(lo), int64(base))
	return hi + int(q), int(r)
}

// floorDiv returns a/b rounded towards negative infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d (proleptic
// Gregorian), counting years in 400-year eras that start on March 1.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y int64, m int64, d int64) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

// --- accessors ---

// local returns the seconds since 1970 in t's location.
func (t Time) local() int64 {
	return t.sec - unixToInternal + int64(t.loc.get().offset)
}

// days returns the day number (since 1970-01-01) and second of day in t's location.
func (t Time) days() (days int64, secOfDay int64) {
	l := t.local()
	days = floorDiv(l, secondsPerDay)
	return days, l - days*secondsPerDay
}

// Date is t's calendar date in its location.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.days()
	y, m, d := civilFromDays(days)
	return int(y), Month(m), int(d)
}

// Year is t's year.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month is t's month.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day is t's day of the month.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday is t's day of the week.
func (t Time) Weekday() Weekday {
	days, _ := t.days()
	// 1970-01-01 was a Thursday.
	return Weekday((days%7 + 7 + 4) % 7)
}

// YearDay returns the day of the year specified by t, in the range [1,365] for
// non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	days, _ := t.days()
	y, _, _ := civilFromDays(days)
	return int(days-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek is t's ISO 8601 week-numbering year and week.
func (t Time) ISOWeek() (year, week int) {
	days, _ := t.days()
	// Move to the Thursday of the same ISO week; its year is the ISO year.
	wd := int64((t.Weekday() + 6) % 7) // Monday = 0
	thursday := days - wd + 3
	y, _, _ := civilFromDays(thursday)
	return int(y), int((thursday-daysFromCivil(y, 1, 1))/7) + 1
}

// Clock is t's time of day.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour is t's hour, 0 to 23.
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute is t's minute, 0 to 59.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second is t's second, 0 to 59.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// Location is the zone t is shown in.
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone computes the time zone in effect at time t, returning the abbreviated name of
// the zone and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// IsDST reports whether the time in the configured location is in Daylight Savings
// Time (never, with fixed zones).
func (t Time) IsDST() bool { return false }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// IsZero reports whether t represents the zero time instant, January 1, year 1,
// 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// --- conversion between locations ---

// stripMono returns t without its monotonic clock reading.
func (t Time) stripMono() Time {
	t.hasMono = false
	t.mono = 0
	return t
}

// UTC is t shown in UTC.
func (t Time) UTC() Time {
	t = t.stripMono()
	t.loc = &utcLoc
	return t
}

// Local is t shown in local time.
func (t Time) Local() Time {
	t = t.stripMono()
	t.loc = Local
	return t
}

// In returns a copy of t representing the same time instant, but with the copy's
// location information set to loc for display purposes. In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t = t.stripMono()
	t.loc = loc
	return t
}

// --- comparison and arithmetic ---

// After reports whether t is later than u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is earlier than u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add is t moved by d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		t.mono += int64(d)
	}
	return t
}

// Sub returns the duration t-u, saturating at the minimum or maximum Duration.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// The difference may not fit in a Duration: saturate.
	switch {
	case u.Add(d).Equal(t):
		return d // d is correct
	case t.Before(u):
		return minDuration // too far below
	default:
		return maxDuration // too far above
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration // too far above
	}
	if d > 0 && t < u {
		return minDuration // too far below
	}
	return d
}

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	if t.hasMono {
		return subMono(runtimeNano(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.hasMono {
		return subMono(t.mono, runtimeNano())
	}
	return t.Sub(Now())
}

// AddDate returns the time corresponding to adding the given number of years, months,
// and days to t, normalized as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero
// time). If d <= 0, Truncate returns t stripped of any monotonic clock reading.
func (t Time) Truncate(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero
// time), halfway values rounding up. If d <= 0, Round returns t stripped of any
// monotonic clock reading.
func (t Time) Round(d Duration) Time {
	t = t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// div returns the remainder of t, as a duration since the zero time, divided by d:
// (sec×1e9 + nsec) mod d computed with modular arithmetic so nothing overflows.
func div(t Time, d Duration) (qmod2 int, r Duration) {
	ud := uint64(d)
	rem := mulmod(uint64(t.sec), 1e9, ud)
	rem = addmod(rem, uint64(t.nsec)%ud, ud)
	return 0, Duration(rem)
}

// mulmod returns a*b mod m without overflow (double-and-add).
func mulmod(a, b, m uint64) uint64 {
	a %= m
	b %= m
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addmod(r, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return r
}

func addmod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	var b [24]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
