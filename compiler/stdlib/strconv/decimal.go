package strconv

// decimal is an exact decimal number 0.d[0]d[1]...d[nd-1] × 10**dp, the digits stored
// as ASCII. Every float64 is a dyadic rational whose decimal expansion is finite (at
// most 767 significant digits), so multiplying and dividing by powers of two on this
// representation converts between binary and decimal without rounding until we ask
// for it. Invariant: no trailing zero digits; nd == 0 means the value is zero.
//
// Example: assign(5); shift(-3) gives d = "625", dp = 0, i.e. 0.625.
type decimal struct {
	d     [800]byte // digits, big-endian
	nd    int       // number of digits used
	dp    int       // decimal point position
	trunc bool      // nonzero digits were dropped off the end (the value is a bit larger)
}

// maxShift is the largest shift done in one pass: digit×2**28 plus a carry fits a uint64.
const maxShift = 28

// assign sets a to the integer v.
func (a *decimal) assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		buf[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// trim drops trailing zero digits.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// shift multiplies a by 2**k (k may be negative).
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > 0 {
		s := k
		if s > maxShift {
			s = maxShift
		}
		a.mulPow2(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > maxShift {
			s = maxShift
		}
		a.divPow2(uint(s))
		k += s
	}
}

// mulPow2 multiplies a by 2**s, s <= maxShift, working from the last digit to the
// first and then writing out the final carry as new leading digits.
func (a *decimal) mulPow2(s uint) {
	var carry uint64
	var tmp [800 + 20]byte
	w := len(tmp)
	for i := a.nd - 1; i >= 0; i-- {
		x := uint64(a.d[i]-'0')<<s + carry
		w--
		tmp[w] = byte('0' + x%10)
		carry = x / 10
	}
	for carry > 0 {
		w--
		tmp[w] = byte('0' + carry%10)
		carry /= 10
	}
	grew := (len(tmp) - w) - a.nd
	n := len(tmp) - w
	if n > len(a.d) {
		for _, c := range tmp[w+len(a.d):] {
			if c != '0' {
				a.trunc = true
			}
		}
		n = len(a.d)
	}
	copy(a.d[:n], tmp[w:w+n])
	a.nd = n
	a.dp += grew
	a.trim()
}

// divPow2 divides a by 2**s, s <= maxShift, by long division; the quotient of a
// finite decimal by a power of two is again finite, at most s digits longer.
func (a *decimal) divPow2(s uint) {
	mask := uint64(1)<<s - 1
	var r uint64
	rd := 0 // digits read
	// Skip the leading digits whose quotient digit is zero.
	for ; r>>s == 0; rd++ {
		if rd >= a.nd {
			if r == 0 {
				a.nd = 0
				a.dp = 0
				return
			}
			for r>>s == 0 {
				r *= 10
				rd++
			}
			break
		}
		r = r*10 + uint64(a.d[rd]-'0')
	}
	a.dp -= rd - 1
	w := 0
	for ; rd < a.nd; rd++ {
		c := uint64(a.d[rd] - '0')
		q := r >> s
		r &= mask
		a.d[w] = byte('0' + q)
		w++
		r = r*10 + c
	}
	for r > 0 {
		q := r >> s
		r &= mask
		if w < len(a.d) {
			a.d[w] = byte('0' + q)
			w++
		} else if q > 0 {
			a.trunc = true
		}
		r *= 10
	}
	a.nd = w
	a.trim()
}

// shouldRoundUp reports whether keeping nd digits should round up: the next digit is
// above 5, or exactly 5 followed by nothing (a tie, broken to even).
func (a *decimal) shouldRoundUp(nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// round rounds a to nd digits (or fewer), to nearest with ties to even.
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.shouldRoundUp(nd) {
		a.roundUp(nd)
	} else {
		a.roundDown(nd)
	}
}

// roundDown truncates a to nd digits.
func (a *decimal) roundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// roundUp rounds a up to nd digits, carrying through nines (a new leading 1 when all
// kept digits were nines).
func (a *decimal) roundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	i := nd - 1
	for i >= 0 && a.d[i] == '9' {
		i--
	}
	if i < 0 {
		a.d[0] = '1'
		a.nd = 1
		a.dp++
		return
	}
	a.d[i]++
	a.nd = i + 1
}

// digitAt returns the digit of a whose weight is 10**(top-1-i), '0' outside the
// stored digits. It lets numbers with different decimal points be walked in step.
func (a *decimal) digitAt(top, i int) byte {
	j := i - (top - a.dp)
	if j >= 0 && j < a.nd {
		return a.d[j]
	}
	return '0'
}

// integerPart returns the value's integer part rounded to nearest (ties to even); the
// caller ensures it fits in a uint64.
func (a *decimal) roundedInteger() uint64 {
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.dp >= 0 && a.dp < a.nd {
		if a.d[a.dp] > '5' || a.d[a.dp] == '5' && (a.dp+1 < a.nd || a.trunc || n%2 == 1) {
			n++
		}
	}
	return n
}
