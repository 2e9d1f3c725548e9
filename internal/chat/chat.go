// Package chat expands the shorthand people type in chat ("hw mch do snr mgrs mak") into
// words, so that the command grammar and the search read the same question.
package chat

import "regexp"

var shorthand = []struct {
	re *regexp.Regexp
	to string
}{
	{regexp.MustCompile(`(?i)\bhw\b`), "how"},
	{regexp.MustCompile(`(?i)\bmch\b`), "much"},
	{regexp.MustCompile(`(?i)\b(mgr|mngr)\b`), "manager"},
	{regexp.MustCompile(`(?i)\b(mgrs|mngrs)\b`), "managers"},
	{regexp.MustCompile(`(?i)\bmak\b`), "make"},
	{regexp.MustCompile(`(?i)\bwrk\b`), "work"},
	{regexp.MustCompile(`(?i)\byrs?\b`), "years"},
	{regexp.MustCompile(`(?i)\bwat\b|\bwut\b`), "what"},
	{regexp.MustCompile(`(?i)\br\b`), "are"},
	{regexp.MustCompile(`(?i)\bu\b`), "you"},
	{regexp.MustCompile(`(?i)\bb4\b`), "before"},
	{regexp.MustCompile(`(?i)\bw/o\b`), "without"},
	{regexp.MustCompile(`(?i)\bw/`), "with "},
	{regexp.MustCompile(`\$\$+|💰|💵|🤑`), " salary "},
}

// Expand returns text with chat shorthand written out.
func Expand(text string) string {
	for _, s := range shorthand {
		text = s.re.ReplaceAllString(text, s.to)
	}
	return text
}
