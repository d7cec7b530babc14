package main

import "fmt"

type Expr interface{ Eval() int }

type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ E Expr }

func (n Num) Eval() int { return int(n) }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int { return m.L.Eval() * m.R.Eval() }
func (n Neg) Eval() int { return -n.E.Eval() }

func (n Num) String() string { return fmt.Sprint(int(n)) }
func (a Add) String() string { return fmt.Sprintf("(%v + %v)", a.L, a.R) }
func (m Mul) String() string { return fmt.Sprintf("(%v * %v)", m.L, m.R) }
func (n Neg) String() string { return fmt.Sprintf("-%v", n.E) }

func build(depth int) Expr {
	if depth == 0 {
		return Num(depth + 2)
	}
	if depth%2 == 0 {
		return Add{build(depth - 1), Num(depth)}
	}
	return Mul{Neg{build(depth - 1)}, Num(depth)}
}

func main() {
	for d := 0; d < 6; d++ {
		e := build(d)
		fmt.Println(e, "=", e.Eval())
	}
}
