// Package fuzzy measures how far apart two words are, for typo tolerance.
package fuzzy

// Distance is the optimal string alignment distance (Levenshtein plus adjacent swaps, so
// "senoir" is one edit from "senior"). It gives up early once every path exceeds limit.
func Distance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	// Rows live on the stack for words of ordinary length: this runs for every word of
	// the vocabulary a typo is compared with.
	var buf [3][33]int
	var prev2, prev, cur []int
	if len(b) < len(buf[0]) {
		prev2, prev, cur = buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	} else {
		prev2, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// Within reports whether a is close enough to b to be a typo of it: one edit for words
// of 4 to 7 letters, two from 8; shorter words must match exactly.
func Within(a, b string) bool {
	var bufA, bufB [32]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if len(ra) < 4 || len(rb) < 4 {
		return a == b
	}
	limit := 1
	if len(rb) >= 8 {
		limit = 2
	}
	return Distance(ra, rb, limit) <= limit
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// SameStart reports whether a and b start alike enough for one to be a typo of the
// other: the same first letter, or the first two swapped. Spell checkers assume this;
// it lets a caller skip most candidates before computing a distance.
func SameStart(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	if a[0] == b[0] {
		return true
	}
	return len(a) > 1 && len(b) > 1 && a[0] == b[1] && a[1] == b[0]
}
