package p

func complexnums(a, b float64) float64 {
	c := complex(a, b)
	d := c * c
	return real(d) + imag(d)
}
