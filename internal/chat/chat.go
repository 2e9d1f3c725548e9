// Package chat expands the shorthand people type in chat ("hw mch do snr mgrs mak") into
// words, so that the command grammar and the search read the same question.
package chat

import (
	"strings"
	"unicode"
)

// words maps shorthand (lower case) to what it stands for.
var words = map[string]string{
	"hw": "how", "mch": "much", "mgr": "manager", "mngr": "manager", "mgrs": "managers",
	"mngrs": "managers", "mak": "make", "wrk": "work", "yr": "years", "yrs": "years",
	"wat": "what", "wats": "what's", "wut": "what", "r": "are", "u": "you", "b4": "before", "w/o": "without",
	"w/": "with", "wich": "which", "whch": "which", "mutch": "much", "payed": "paid", "prep": "prepare",
	"abt": "about", "bc": "because", "cuz": "because", "thru": "through", "tho": "though", "wht": "what",
	"ther": "there", "thr": "there", "optn": "option", "optns": "options", "shud": "should", "shd": "should",
	"tc": "total compensation", "ot": "overtime", "pto": "paid time off", "kpi": "key performance indicators",
	"kpis": "key performance indicators", "wud": "would", "becum": "become", "bcome": "become",
	"teh": "the", "shoud": "should", "shuld": "should", "hipa": "hipaa", "hippa": "hipaa", "recieve": "receive",
	"definately": "definitely", "alot": "a lot", "thier": "their", "untill": "until", "cud": "could", "gud": "good", "ppl": "people", "ur": "your", "hwo": "how", "jbo": "job", "adn": "and", "yuo": "you",
	"whta": "what", "waht": "what", "hwat": "what", "thsi": "this", "taht": "that", "wiht": "with", "shoudl": "should", "hrs": "hours", "rando": "someone", "dnt": "don't", "nd": "and", "n": "and",
	"regnl": "regional", "rgnl": "regional", "tryna": "trying to", "lvl": "level", "lvls": "levels",
	"gerente": "manager", "gerentes": "managers", // Spanish and Portuguese for manager
	"nz": "new zealand", // here, not in index's region rule: a two-letter literal would run that rule on every question
}

// money are runs of signs people use for pay.
var money = []string{"$$", "💰", "💵", "🤑"}

// Expand returns text with chat shorthand written out. It runs on every message, so it
// looks words up rather than running a regular expression over the text.
func Expand(text string) string {
	var b strings.Builder
	changed := false
	start := -1 // start of the current word, or -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		if to, ok := words[strings.ToLower(w)]; ok {
			b.WriteString(to)
			changed = true
		} else {
			b.WriteString(w)
		}
		start = -1
	}
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' && start >= 0
		if inWord {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(text))
	out := text
	if changed {
		out = b.String()
	}
	for _, m := range money {
		if strings.Contains(out, m) {
			out = strings.ReplaceAll(out, m, " salary ")
			for strings.Contains(out, "salary $") {
				out = strings.ReplaceAll(out, "salary $", "salary ")
			}
		}
	}
	return out
}
