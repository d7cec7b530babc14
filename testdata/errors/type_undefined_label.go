package main

func main() {
	for {
		break Missing
	}
	goto Nowhere
}
