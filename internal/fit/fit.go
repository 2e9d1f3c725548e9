// Package fit shortens and splits text to a chat platform's length limits, at
// paragraph, line or word boundaries, counting in the unit the platform counts.
package fit

import (
	"strings"
	"unicode/utf8"
)

// Unit is what a limit counts.
type Unit int

const (
	Bytes Unit = iota // the safe reading of a limit whose unit is unclear (Slack)
	Runes             // characters, as Discord counts them
)

func (u Unit) size(s string) int {
	if u == Runes {
		return utf8.RuneCountInString(s)
	}
	return len(s)
}

// prefix returns the longest prefix of s at most n units long that ends on a whole
// character (never empty while s isn't), and whether s is longer than n.
func (u Unit) prefix(s string, n int) (string, bool) {
	if u.size(s) <= n {
		return s, false
	}
	end := 0
	if u == Runes {
		for i := range s {
			if n == 0 {
				end = i
				break
			}
			n--
		}
	} else {
		end = n
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
	}
	if end == 0 { // a limit smaller than one character: take the character
		_, end = utf8.DecodeRuneInString(s)
	}
	return s[:end], true
}

// mark shows where Cut shortened the text.
const mark = "…"

// Cut shortens s to at most n units, at a word boundary when one is in the second
// half, and marks the cut.
func Cut(s string, n int, u Unit) string {
	if u.size(s) <= n {
		return s
	}
	head, _ := u.prefix(s, max(n-u.size(mark), 0))
	if i := strings.LastIndexAny(head, " \n"); i > len(head)/2 {
		head = head[:i]
	}
	return strings.TrimRight(head, " ,;:.\n") + mark
}

// Split splits s into pieces of at most n units, each cut at the last paragraph break
// in its second half, else the last line break, else the last space, else mid-word.
func Split(s string, n int, u Unit) []string {
	var out []string
	for {
		head, longer := u.prefix(s, n)
		if !longer {
			break
		}
		i := strings.LastIndex(head, "\n\n")
		if i < len(head)/2 {
			i = strings.LastIndexByte(head, '\n')
		}
		if i < len(head)/2 {
			i = strings.LastIndexByte(head, ' ')
		}
		if i < len(head)/2 || i <= 0 {
			i = len(head)
		}
		out = append(out, strings.TrimSpace(s[:i]))
		s = strings.TrimSpace(s[i:])
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}
