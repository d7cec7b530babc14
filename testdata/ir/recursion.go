package p

type Node struct {
	val         int
	left, right *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.Sum() + n.right.Sum()
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
