// Package sentence splits a chat message into sentences, so that the command grammar
// and the search agree on where a person's background ends and their question starts.
package sentence

import "strings"

// Ends calls end with the index just past each sentence's end: a run of '.', '!' or
// '?' followed by white space (taken with it) or the end of the text ("3.5 years"
// goes on), or a run of line breaks. It is the regexp `[.!?]+(\s+|$)|\n+`, scanned by
// hand: it runs on every question.
func Ends(text string, end func(int)) {
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?':
			j := i
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			k := j
			for k < len(text) && space(text[k]) {
				k++
			}
			if k > j || j == len(text) {
				end(k)
			}
			i = k
		case c == '\n':
			for i < len(text) && text[i] == '\n' {
				i++
			}
			end(i)
		default:
			i++
		}
	}
}

// Split is text's sentences, as Ends ends them, trimmed, the empty ones left out.
func Split(text string) []string {
	var out []string
	start := 0
	add := func(end int) {
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	Ends(text, add)
	add(len(text))
	return out
}

// Last is the last sentence of text, or "" if it has none.
func Last(text string) string {
	ss := Split(text)
	if len(ss) == 0 {
		return ""
	}
	return ss[len(ss)-1]
}
