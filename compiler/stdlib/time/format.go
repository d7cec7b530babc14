package time

import "errors"

// These are predefined layouts for use in Time.Format and time.Parse. The reference
// time used in these layouts is the specific time stamp
// 01/02 03:04:05PM '06 -0700 (January 2, 15:04:05, 2006, in time zone seven hours
// west of GMT).
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// Layout elements, recognised longest first at each position of a layout.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".0", ".00", ... ; trailing zeros included
	stdFracSecond9 // ".9", ".99", ...; trailing zeros omitted
)

// layoutTokens lists the literal layout elements; order matters where one is a prefix
// of another (longest first).
var layoutTokens = []struct {
	text string
	code int
}{
	{"January", stdLongMonth}, {"Jan", stdMonth},
	{"Monday", stdLongWeekDay}, {"Mon", stdWeekDay},
	{"MST", stdTZ},
	{"2006", stdLongYear}, {"2", stdDay},
	{"01", stdZeroMonth}, {"1", stdNumMonth},
	{"02", stdZeroDay}, {"_2", stdUnderDay}, {"__2", stdUnderYearDay}, {"002", stdZeroYearDay},
	{"06", stdYear},
	{"15", stdHour}, {"03", stdZeroHour12}, {"3", stdHour12},
	{"04", stdZeroMinute}, {"4", stdMinute},
	{"05", stdZeroSecond}, {"5", stdSecond},
	{"PM", stdPM}, {"pm", stdpm},
	{"-07:00:00", stdNumColonSecondsTZ}, {"-0700", stdNumTZ}, {"-07:00", stdNumColonTZ}, {"-070000", stdNumSecondsTz}, {"-07", stdNumShortTZ},
	{"Z07:00:00", stdISO8601ColonSecondsTZ}, {"Z0700", stdISO8601TZ}, {"Z07:00", stdISO8601ColonTZ}, {"Z070000", stdISO8601SecondsTZ}, {"Z07", stdISO8601ShortTZ},
}

// nextStdChunk finds the first layout element in layout and returns the text before
// it, its code (with the number of fraction digits for fractional seconds), and the
// text after it.
func nextStdChunk(layout string) (prefix string, std int, digits int, suffix string) {
	for i := 0; i < len(layout); i++ {
		// Fractional seconds: '.' or ',' followed by a run of 0s or 9s not followed
		// by another digit.
		if c := layout[i]; (c == '.' || c == ',') && i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			ch := layout[i+1]
			j := i + 1
			for j < len(layout) && layout[j] == ch {
				j++
			}
			if !(j < len(layout) && '0' <= layout[j] && layout[j] <= '9') {
				code := stdFracSecond0
				if ch == '9' {
					code = stdFracSecond9
				}
				return layout[:i], code, j - (i + 1), layout[j:]
			}
		}
		best, bestLen := stdNone, 0
		for _, tok := range layoutTokens {
			n := len(tok.text)
			if n > bestLen && i+n <= len(layout) && layout[i:i+n] == tok.text {
				best, bestLen = tok.code, n
			}
		}
		if best != stdNone {
			// "Jan" and "Mon" followed by a lower-case letter are plain text ("Janet").
			if (best == stdMonth || best == stdWeekDay) && i+bestLen < len(layout) {
				if c := layout[i+bestLen]; 'a' <= c && c <= 'z' {
					continue
				}
			}
			return layout[:i], best, 0, layout[i+bestLen:]
		}
	}
	return layout, stdNone, 0, ""
}

// appendInt appends the decimal form of x, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// Format returns a textual representation of the time value formatted according to
// the layout defined by the argument (see the constants for the reference time).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat appends t laid out as layout (see Format) to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, minute, second := t.Clock()
	zone, offset := t.Zone()
	hour12 := hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	for layout != "" {
		prefix, elem, digits, rest := nextStdChunk(layout)
		b = append(b, prefix...)
		if elem == stdNone {
			break
		}
		sep := layout[len(prefix)] // '.' or ',' before fractional seconds
		layout = rest

		// Most elements are a number, padded to a width with zeros or spaces.
		value, width, pad := 0, 0, byte('0')
		switch elem {
		case stdLongYear:
			value, width = year, 4
		case stdYear:
			value, width = year%100, 2
			if value < 0 {
				value = -value
			}
		case stdNumMonth, stdZeroMonth:
			value = int(month)
		case stdDay, stdZeroDay:
			value = day
		case stdUnderDay:
			value, width, pad = day, 2, ' '
		case stdUnderYearDay:
			value, width, pad = t.YearDay(), 3, ' '
		case stdZeroYearDay:
			value, width = t.YearDay(), 3
		case stdHour:
			value, width = hour, 2
		case stdHour12, stdZeroHour12:
			value = hour12
		case stdMinute, stdZeroMinute:
			value = minute
		case stdSecond, stdZeroSecond:
			value = second
		default:
			b = t.appendWordOrZone(b, elem, digits, sep, zone, offset)
			continue
		}
		switch elem {
		case stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond:
			width = 2
		}
		b = appendPadded(b, value, width, pad)
	}
	return b
}

// appendPadded appends v in decimal, padded on the left with pad to width.
func appendPadded(b []byte, v, width int, pad byte) []byte {
	if pad == '0' {
		return appendInt(b, v, width)
	}
	digits := appendInt(nil, v, 0)
	for n := len(digits); n < width; n++ {
		b = append(b, pad)
	}
	return append(b, digits...)
}

// appendWordOrZone appends the non-numeric layout elements: names of months
// and days, AM/PM, time zones and fractional seconds.
func (t Time) appendWordOrZone(b []byte, elem, digits int, sep byte, zone string, offset int) []byte {
	switch elem {
	case stdLongMonth:
		return append(b, t.Month().String()...)
	case stdMonth:
		return append(b, t.Month().String()[:3]...)
	case stdLongWeekDay:
		return append(b, t.Weekday().String()...)
	case stdWeekDay:
		return append(b, t.Weekday().String()[:3]...)
	case stdPM, stdpm:
		half := "AM"
		if t.Hour() >= 12 {
			half = "PM"
		}
		if elem == stdpm {
			half = string([]byte{half[0] | 0x20, half[1] | 0x20})
		}
		return append(b, half...)
	case stdFracSecond0, stdFracSecond9:
		return appendFrac(b, sep, int(t.nsec), digits, elem == stdFracSecond9)
	case stdTZ:
		if zone != "" {
			return append(b, zone...)
		}
		return appendOffset(b, offset, false, true, false)
	}
	// Numeric zones: "Z" alone for UTC in the ISO 8601 forms, else a sign and
	// hours, then minutes and seconds as the element asks.
	iso, colon, minutes, seconds := zoneStyle(elem)
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	return appendOffset(b, offset, colon, minutes, seconds)
}

// zoneStyle describes a numeric zone element: whether UTC is written "Z"
// (the ISO 8601 forms), whether colons separate the fields, and whether
// minutes and seconds follow the hours.
func zoneStyle(elem int) (iso, colon, minutes, seconds bool) {
	switch elem {
	case stdISO8601TZ:
		return true, false, true, false
	case stdISO8601ColonTZ:
		return true, true, true, false
	case stdISO8601SecondsTZ:
		return true, false, true, true
	case stdISO8601ColonSecondsTZ:
		return true, true, true, true
	case stdISO8601ShortTZ:
		return true, false, false, false
	case stdNumColonTZ:
		return false, true, true, false
	case stdNumSecondsTz:
		return false, false, true, true
	case stdNumColonSecondsTZ:
		return false, true, true, true
	case stdNumShortTZ:
		return false, false, false, false
	}
	return false, false, true, false // stdNumTZ
}

// appendOffset appends a UTC offset given in seconds as ±hh, then (if
// withMinutes) mm, then (if withSeconds) ss, with colons between when colon
// is set. The sign is that of the whole minutes, and the seconds are taken
// from the offset as given, so an offset of less than a minute west prints
// as "+00" with negative seconds, exactly as Go's formatter does.
func appendOffset(b []byte, offset int, colon, withMinutes, withSeconds bool) []byte {
	mins, secs := offset/60, offset%60
	if mins < 0 {
		b = append(b, '-')
		mins, secs = -mins, -secs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, mins/60, 2)
	if withMinutes {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, mins%60, 2)
	}
	if withSeconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, secs, 2)
	}
	return b
}

// appendFrac appends sep and the given number of digits of nsec; trim drops trailing
// zeros (and the separator when nothing is left).
func appendFrac(b []byte, sep byte, nsec int, digits int, trim bool) []byte {
	var buf [9]byte
	v := nsec
	for i := 8; i >= 0; i-- {
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	if digits > 9 {
		digits = 9
	}
	n := digits
	if trim {
		for n > 0 && buf[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, buf[:n]...)
}

// String returns the time formatted using the format string
// "2006-01-02 15:04:05.999999999 -0700 MST", followed by " m=±ddd.nnnnnnnnn" when the
// time has a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := t.mono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		m1, m2 := m/1e9, m%1e9
		buf := []byte(" m=")
		buf = append(buf, sign)
		buf = appendInt(buf, int(m1), 0)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// GoString implements fmt.GoStringer and formats t to be printed in Go source code.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	b = append(b, ')')
	return string(b)
}

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// digitsAt reads a decimal number of at least minDigits (and at least one)
// and at most maxDigits digits from the front of s.
func digitsAt(s string, minDigits, maxDigits int) (int, string, error) {
	n := 0
	for n < len(s) && n < maxDigits && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n == 0 || n < minDigits {
		return 0, s, errBad
	}
	v := 0
	for _, c := range []byte(s[:n]) {
		v = 10*v + int(c-'0')
	}
	return v, s[n:], nil
}

// nameAt matches one of names, or (when short) its first three letters,
// ignoring ASCII case, at the front of s and returns its index.
func nameAt(names []string, s string, short bool) (int, string, error) {
	for i, name := range names {
		if short {
			name = name[:3]
		}
		if len(s) >= len(name) && sameASCIIFold(s[:len(name)], name) {
			return i, s[len(name):], nil
		}
	}
	return -1, s, errBad
}

// sameASCIIFold reports whether s and t (of equal length) are equal when
// ASCII letters are compared without case.
func sameASCIIFold(s, t string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != t[i]|0x20 || (s[i]|0x20 < 'a' || s[i]|0x20 > 'z') && s[i] != t[i] {
			return false
		}
	}
	return true
}

// Parse reads value as laid out by layout (the elements of Format). A value
// without zone information is taken as UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, UTC)
}

// ParseInLocation is Parse taking a value without zone information as a time
// in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parsed collects the fields of a value as parse reads them; -1 marks a
// field that did not appear.
type parsed struct {
	year, month, day, yday     int
	hour, minute, second, nsec int
	pm, am                     bool
	offset                     int // seconds east of UTC, or -1
	zone                       string
}

// field reads the value of one layout element from the front of value and
// stores it; next is the layout after the element (it decides whether a
// fraction after the seconds belongs to a later element).
func (p *parsed) field(elem, digits int, value, next string) (string, error) {
	minDigits := func(zeroPadded bool) int {
		if zeroPadded {
			return 2
		}
		return 1
	}
	var err error
	switch elem {
	case stdYear:
		var yy int
		if yy, value, err = digitsAt(value, 2, 2); err == nil {
			p.year = 1900 + yy
			if yy < 69 {
				p.year += 100
			}
		}
	case stdLongYear:
		p.year, value, err = digitsAt(value, 4, 4)
	case stdMonth, stdLongMonth:
		p.month, value, err = nameAt(longMonthNames, value, elem == stdMonth)
		p.month++
	case stdNumMonth, stdZeroMonth:
		p.month, value, err = digitsAt(value, minDigits(elem == stdZeroMonth), 2)
		if err == nil && (p.month < 1 || p.month > 12) {
			err = errBad
		}
	case stdWeekDay, stdLongWeekDay: // checked for form only
		_, value, err = nameAt(longDayNames, value, elem == stdWeekDay)
	case stdDay, stdUnderDay, stdZeroDay:
		if elem == stdUnderDay && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		p.day, value, err = digitsAt(value, minDigits(elem == stdZeroDay), 2)
	case stdUnderYearDay, stdZeroYearDay:
		least := 1
		if elem == stdZeroYearDay {
			least = 3
		} else {
			for k := 0; k < 2 && value != "" && value[0] == ' '; k++ {
				value = value[1:]
			}
		}
		p.yday, value, err = digitsAt(value, least, 3)
	case stdHour:
		p.hour, value, err = digitsAt(value, 2, 2)
		if p.hour > 23 {
			err = errBad
		}
	case stdHour12, stdZeroHour12:
		p.hour, value, err = digitsAt(value, minDigits(elem == stdZeroHour12), 2)
		if p.hour > 12 {
			err = errBad
		}
	case stdMinute, stdZeroMinute:
		p.minute, value, err = digitsAt(value, minDigits(elem == stdZeroMinute), 2)
		if p.minute > 59 {
			err = errBad
		}
	case stdSecond, stdZeroSecond:
		p.second, value, err = digitsAt(value, minDigits(elem == stdZeroSecond), 2)
		if p.second > 59 {
			return value, errBad
		}
		// The value may carry a fraction the layout does not mention, unless
		// the next layout element is that fraction.
		if err == nil && len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigit(value[1]) {
			if _, nextElem, _, _ := nextStdChunk(next); nextElem != stdFracSecond0 && nextElem != stdFracSecond9 {
				p.nsec, value = parseFrac(value[1:])
			}
		}
	case stdPM, stdpm:
		if len(value) < 2 {
			return value, errBad
		}
		am, pm := "AM", "PM"
		if elem == stdpm {
			am, pm = "am", "pm"
		}
		switch value[:2] {
		case pm:
			p.pm = true
		case am:
			p.am = true
		default:
			err = errBad
		}
		value = value[2:]
	case stdTZ:
		if len(value) >= 3 && value[:3] == "UTC" {
			p.zone, value = "UTC", value[3:]
			break
		}
		n := 0
		for n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
			n++
		}
		if n < 3 {
			return value, errBad
		}
		p.zone, value = value[:n], value[n:]
	case stdFracSecond0, stdFracSecond9:
		if value == "" || value[0] != '.' && value[0] != ',' {
			if elem == stdFracSecond9 {
				break // an omitted all-zero fraction
			}
			return value, errBad
		}
		if elem == stdFracSecond0 && len(value) < digits+1 {
			return value, errBad
		}
		p.nsec, value = parseFrac(value[1:])
	default: // numeric zones
		return p.zoneOffset(elem, value)
	}
	return value, err
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// zoneOffset reads a numeric zone (±hh[[:]mm[[:]ss]], or Z for the ISO 8601
// forms) and stores it in seconds.
func (p *parsed) zoneOffset(elem int, value string) (string, error) {
	iso, _, minutes, seconds := zoneStyle(elem)
	if iso && value != "" && value[0] == 'Z' {
		p.offset, p.zone = 0, "UTC"
		return value[1:], nil
	}
	if len(value) < 3 || value[0] != '+' && value[0] != '-' {
		return value, errBad
	}
	negative := value[0] == '-'
	var hh, mm, ss int
	hh, value, err := digitsAt(value[1:], 2, 2)
	skipColon := func(s string) string {
		if s != "" && s[0] == ':' {
			return s[1:]
		}
		return s
	}
	if err == nil && minutes {
		mm, value, err = digitsAt(skipColon(value), 2, 2)
	}
	if err == nil && seconds {
		ss, value, err = digitsAt(skipColon(value), 2, 2)
	}
	p.offset = hh*3600 + mm*60 + ss
	if negative {
		p.offset = -p.offset
	}
	return value, err
}

// parse is Parse and ParseInLocation: it walks layout and value together,
// literal text against literal text and each element against the value it
// describes, then assembles the time.
func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	p := parsed{month: -1, day: -1, yday: -1, offset: -1}
	for {
		prefix, elem, digits, next := nextStdChunk(layout)
		if len(value) < len(prefix) || value[:len(prefix)] != prefix {
			return Time{}, &ParseError{origLayout, origValue, prefix, value, ""}
		}
		value = value[len(prefix):]
		if elem == stdNone {
			if value != "" {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		elemText := layout[len(prefix) : len(layout)-len(next)]
		rest, err := p.field(elem, digits, value, next)
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, elemText, value, ""}
		}
		layout, value = next, rest
	}
	switch {
	case p.pm && p.hour < 12:
		p.hour += 12
	case p.am && p.hour == 12:
		p.hour = 0
	}
	if p.yday >= 0 && p.month < 0 {
		// A day of the year without a month: count from January 1.
		y, m, d := civilFromDays(daysFromCivil(int64(p.year), 1, 1) + int64(p.yday) - 1)
		if int(y) != p.year {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year out of range"}
		}
		p.month, p.day = int(m), int(d)
	}
	if p.month < 0 {
		p.month = 1
	}
	if p.day < 0 {
		p.day = 1
	}
	if p.day < 1 || p.day > daysIn(Month(p.month), p.year) {
		return Time{}, &ParseError{origLayout, origValue, "", value, ": day out of range"}
	}
	switch {
	case p.offset != -1:
		t := Date(p.year, Month(p.month), p.day, p.hour, p.minute, p.second, p.nsec, UTC)
		t = t.Add(Duration(-p.offset) * Second)
		if p.offset == 0 && p.zone == "UTC" {
			return t.In(UTC), nil
		}
		return t.In(FixedZone(p.zone, p.offset)), nil
	case p.zone == "UTC":
		return Date(p.year, Month(p.month), p.day, p.hour, p.minute, p.second, p.nsec, UTC), nil
	case p.zone != "":
		t := Date(p.year, Month(p.month), p.day, p.hour, p.minute, p.second, p.nsec, UTC)
		return t.In(FixedZone(p.zone, 0)), nil
	}
	return Date(p.year, Month(p.month), p.day, p.hour, p.minute, p.second, p.nsec, defaultLocation), nil
}

// parseFrac parses the digits of a fractional second (after the point) as nanoseconds.
func parseFrac(s string) (nsec int, rest string) {
	i := 0
	scale := 100000000
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		nsec += int(s[i]-'0') * scale
		scale /= 10
		i++
	}
	return nsec, s[i:]
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int) int {
	next := daysFromCivil(int64(year), int64(m)+1, 1)
	if m == December {
		next = daysFromCivil(int64(year)+1, 1, 1)
	}
	return int(next - daysFromCivil(int64(year), int64(m), 1))
}
