// Package chat expands the shorthand people type in chat ("hw mch do snr mgrs mak") into
// words, so that the command grammar and the search read the same question.
package chat

import (
	"regexp"
	"strings"
)

// words maps shorthand (lower case) to what it stands for.
var words = map[string]string{
	"hw": "how", "mch": "much", "mgr": "manager", "mngr": "manager", "mgrs": "managers",
	"mngrs": "managers", "mak": "make", "wrk": "work", "yr": "years", "yrs": "years",
	"wat": "what", "wut": "what", "r": "are", "u": "you", "b4": "before", "w/o": "without",
	"w/": "with ",
}

// shorthand matches any of words, whole, in one pass, and runs of money signs.
var shorthand = regexp.MustCompile(`(?i)\b(hw|mch|mgrs?|mngrs?|mak|wrk|yrs?|wat|wut|r|u|b4)\b|\bw/o\b|\bw/|\$\$+|💰|💵|🤑`)

// Expand returns text with chat shorthand written out.
func Expand(text string) string {
	return shorthand.ReplaceAllStringFunc(text, func(m string) string {
		if to, ok := words[strings.ToLower(m)]; ok {
			return to
		}
		return " salary " // money signs and emoji
	})
}
