// Package unicode is minigo's unicode: character classes and case mapping.
//
// Plain Go, no runtime hooks. The data lives in tables.go: one RangeTable per general
// category (and a few scripts and properties), generated from Unicode 13.0.0, the
// version Go 1.19 uses, plus the simple case-mapping ranges. The predicates take a
// fast path for Latin-1 and otherwise binary-search the tables.
//
// Not provided: most script and property tables (only Latin, Greek, Cyrillic, Han and
// White_Space) and the Categories/Scripts/Properties maps.
//
// Example: IsUpper('Ä') == true, ToLower('Σ') == 'σ', Is(Han, '中') == true.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's Delta means the range alternates upper and lower case:
// an upper-case letter at an even offset from Lo followed by its lower-case form.
const UpperLower = MaxRune + 1

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set. R16 holds ranges below 0x10000, R32 the rest; both are sorted.
// LatinOffset is the number of entries in R16 with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 represents the range of 16-bit code points Lo, Lo+Stride, ..., Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents the range of code points Lo, Lo+Stride, ..., Hi; Lo >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of code points for simple case conversion: Delta holds
// the values to add to get the upper, lower and title case forms (or UpperLower).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

// d is the type of CaseRange.Delta.
type d [MaxCase]rune

// The category tables, named as in Go.
var (
	L  = _L
	Lu = _Lu
	Ll = _Ll
	Lt = _Lt
	Lm = _Lm
	Lo = _Lo
	M  = _M
	Mn = _Mn
	N  = _N
	Nd = _Nd
	Nl = _Nl
	No = _No
	P  = _P
	S  = _S
	Sm = _Sm
	Sc = _Sc
	Z  = _Z
	Zs = _Zs
	Cc = _Cc
	Cf = _Cf
	Co = _Co
	Cs = _Cs

	Letter  = _L
	Upper   = _Lu
	Lower   = _Ll
	Title   = _Lt
	Mark    = _M
	Number  = _N
	Digit   = _Nd
	Punct   = _P
	Symbol  = _S
	Space   = _Z
	Control = _Cc

	Latin       = _Latin
	Greek       = _Greek
	Cyrillic    = _Cyrillic
	Han         = _Han
	White_Space = _White_Space
)

// CaseRanges is the table describing case mappings for all letters with non-self
// mappings.
var CaseRanges = _CaseRanges

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go: graphic
// characters without the spaces other than U+0020.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// inTable16 reports whether r lies in one of the sorted, disjoint ranges and
// on its stride. It binary-searches for the first range ending at or after r.
func inTable16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if ranges[mid].Hi < r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(ranges) || r < ranges[lo].Lo {
		return false
	}
	return (r-ranges[lo].Lo)%ranges[lo].Stride == 0
}

// inTable32 is inTable16 for the ranges above U+FFFF.
func inTable32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if ranges[mid].Hi < r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(ranges) || r < ranges[lo].Lo {
		return false
	}
	return (r-ranges[lo].Lo)%ranges[lo].Stride == 0
}

// Is reports whether r belongs to the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if r < 0 || r > MaxRune {
		return false
	}
	if r <= 0xFFFF && inTable16(rangeTab.R16, uint16(r)) {
		return true
	}
	return inTable32(rangeTab.R32, uint32(r))
}

// In reports whether r belongs to any of the tables.
func In(r rune, ranges ...*RangeTable) bool { return IsOneOf(ranges, r) }

// IsOneOf reports whether r belongs to any of the tables (In is the usual
// spelling).
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, table := range ranges {
		if Is(table, r) {
			return true
		}
	}
	return false
}

// The predicates below answer Latin-1 runes directly and look larger ones up
// in the category tables.

// IsGraphic reports whether r is graphic in Unicode's sense: a letter, mark,
// number, punctuation, symbol or space (L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if 0 <= r && r <= MaxLatin1 {
		return r >= ' ' && r != 0x7F && (r < 0x80 || r >= 0xA0) && r != 0xAD
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether Go prints r as itself: IsGraphic, except that the
// only space allowed is U+0020.
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	if 0 <= r && r <= MaxLatin1 {
		return IsGraphic(r) && r != 0xA0
	}
	return In(r, PrintRanges...)
}

// IsControl reports whether r is a C0 or C1 control character.
func IsControl(r rune) bool {
	return 0 <= r && r < ' ' || 0x7F <= r && r < 0xA0
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if 0 <= r && r <= MaxLatin1 {
		switch {
		case r < 0x80:
			return 'a' <= r|0x20 && r|0x20 <= 'z'
		case r < 0xC0:
			return r == 0xAA || r == 0xB5 || r == 0xBA // ª µ º
		}
		return r != 0xD7 && r != 0xF7 // all of À..ÿ but × and ÷
	}
	return Is(L, r)
}

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool { return Is(M, r) }

// IsNumber reports whether r is a number of any kind (category N).
func IsNumber(r rune) bool {
	if 0 <= r && r <= MaxLatin1 {
		switch r {
		case 0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE: // ² ³ ¹ ¼ ½ ¾
			return true
		}
		return '0' <= r && r <= '9'
	}
	return Is(N, r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Nd, r)
}

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool { return Is(P, r) }

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool { return Is(S, r) }

// IsSpace reports whether r has Unicode's White_Space property. In Latin-1
// those are '\t' through '\r', ' ', U+0085 (NEL) and U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if 0 <= r && r <= MaxLatin1 {
		return r == ' ' || '\t' <= r && r <= '\r' || r == 0x85 || r == 0xA0
	}
	return Is(White_Space, r)
}

// IsUpper reports whether r is an upper-case letter (category Lu).
func IsUpper(r rune) bool {
	if 0 <= r && r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return Is(Lu, r)
}

// IsLower reports whether r is a lower-case letter (category Ll).
func IsLower(r rune) bool {
	if 0 <= r && r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return Is(Ll, r)
}

// IsTitle reports whether r is a title-case letter (category Lt); none is in
// Latin-1.
func IsTitle(r rune) bool {
	return r > MaxLatin1 && Is(Lt, r)
}

// to maps r to case c (UpperCase, LowerCase or TitleCase) with the case
// ranges table, reporting whether r lies in one of its ranges. An invalid c
// maps everything to ReplacementChar.
func to(c int, r rune, table []CaseRange) (mappedRune rune, foundMapping bool) {
	if c < 0 || c >= MaxCase {
		return ReplacementChar, false
	}
	lo, hi := 0, len(table)
	for lo < hi { // first range that ends at or after r
		mid := lo + (hi-lo)/2
		if rune(table[mid].Hi) < r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(table) || r < rune(table[lo].Lo) {
		return r, false
	}
	cr := table[lo]
	delta := cr.Delta[c]
	if delta != UpperLower {
		return r + delta, true
	}
	// An UpperLower range alternates upper case (even offsets from Lo) and
	// lower case (odd offsets): upper and title clear the low offset bit,
	// lower sets it.
	offset := r - rune(cr.Lo)
	if c == LowerCase {
		offset |= 1
	} else {
		offset &^= 1
	}
	return rune(cr.Lo) + offset, true
}

// To maps r to case c: UpperCase, LowerCase or TitleCase.
func To(_case int, r rune) rune {
	mapped, _ := to(_case, r, CaseRanges)
	return mapped
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			return r - ('a' - 'A')
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case (which, in ASCII, is upper case).
func ToTitle(r rune) rune {
	if r < 0x80 {
		return ToUpper(r)
	}
	return To(TitleCase, r)
}

// withFallback maps r to case c with the special table, and with the
// standard mapping general when the table has nothing for r.
func (special SpecialCase) withFallback(c int, r rune, general func(rune) rune) rune {
	if mapped, found := to(c, r, special); found || mapped != r {
		return mapped
	}
	return general(r)
}

// ToUpper maps r to upper case, the special mappings first.
func (special SpecialCase) ToUpper(r rune) rune { return special.withFallback(UpperCase, r, ToUpper) }

// ToTitle maps r to title case, the special mappings first.
func (special SpecialCase) ToTitle(r rune) rune { return special.withFallback(TitleCase, r, ToTitle) }

// ToLower maps r to lower case, the special mappings first.
func (special SpecialCase) ToLower(r rune) rune { return special.withFallback(LowerCase, r, ToLower) }

// SimpleFold iterates over Unicode code points equivalent under simple case folding:
// it returns the smallest rune > r in r's orbit if one exists, else the smallest rune
// of the orbit. The orbit is approximated by r's upper, lower and title forms and their
// own case forms (this misses a few three-way orbits such as k, K and the Kelvin sign).
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r == 'K' {
		return 'k'
	}
	if r == 'k' {
		return '\u212A'
	}
	if r == '\u212A' {
		return 'K'
	}
	if r == 'S' {
		return 's'
	}
	if r == 's' {
		return '\u017F'
	}
	if r == '\u017F' {
		return 'S'
	}
	cands := [6]rune{ToUpper(r), ToLower(r), ToTitle(r), 0, 0, 0}
	cands[3] = ToLower(cands[0])
	cands[4] = ToUpper(cands[1])
	cands[5] = ToTitle(cands[1])
	next, least := rune(-1), r
	for _, c := range cands {
		if c > r && (next < 0 || c < next) {
			next = c
		}
		if c < least {
			least = c
		}
	}
	if next >= 0 {
		return next
	}
	return least
}

// TurkishCase and AzeriCase map dotted and dotless i as Turkish does.
var TurkishCase SpecialCase = _TurkishCase

var AzeriCase SpecialCase = _TurkishCase

var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// newTable decodes a RangeTable from the string form used in tables.go: a list of
// "lo[-hi][/stride];" entries in hexadecimal, one list for the 16-bit ranges and one
// for the rest.
func newTable(latinOffset int, r16, r32 string) *RangeTable {
	t := &RangeTable{LatinOffset: latinOffset}
	for _, r := range decodeRanges(r16) {
		t.R16 = append(t.R16, Range16{Lo: uint16(r[0]), Hi: uint16(r[1]), Stride: uint16(r[2])})
	}
	for _, r := range decodeRanges(r32) {
		t.R32 = append(t.R32, Range32{Lo: r[0], Hi: r[1], Stride: r[2]})
	}
	return t
}

// decodeRanges parses "lo[-hi][/stride];..." into {lo, hi, stride} triples.
func decodeRanges(s string) [][3]uint32 {
	var out [][3]uint32
	for len(s) > 0 {
		var r [3]uint32
		r[0], s = hexPrefix(s)
		r[1], r[2] = r[0], 1
		if s[0] == '-' {
			r[1], s = hexPrefix(s[1:])
		}
		if s[0] == '/' {
			r[2], s = hexPrefix(s[1:])
		}
		out = append(out, r)
		s = s[1:] // ';'
	}
	return out
}

// hexPrefix parses the hexadecimal number at the start of s.
func hexPrefix(s string) (uint32, string) {
	var v uint32
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | uint32(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | uint32(c-'a'+10)
		default:
			return v, s[i:]
		}
	}
	return v, s[i:]
}

// newCaseRanges decodes the case-mapping table: "lo-hi:upper,lower,title;" entries,
// bounds in hexadecimal, deltas in signed decimal or U for UpperLower.
func newCaseRanges(s string) []CaseRange {
	var out []CaseRange
	for len(s) > 0 {
		var c CaseRange
		c.Lo, s = hexPrefix(s)
		c.Hi, s = hexPrefix(s[1:]) // skip '-'
		s = s[1:]                  // ':'
		for k := 0; k < MaxCase; k++ {
			if s[0] == 'U' {
				c.Delta[k] = UpperLower
				s = s[1:]
			} else {
				neg := s[0] == '-'
				if neg {
					s = s[1:]
				}
				var v rune
				for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
					v = v*10 + rune(s[0]-'0')
					s = s[1:]
				}
				if neg {
					v = -v
				}
				c.Delta[k] = v
			}
			s = s[1:] // ',' or ';'
		}
		out = append(out, c)
	}
	return out
}
