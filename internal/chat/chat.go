// Package chat expands the shorthand people type in chat ("hw mch do snr mgrs mak") into
// words, so that the command grammar and the search read the same question.
package chat

import (
	"strings"
	"unicode"
)

// words maps shorthand and chat misspellings (lower case) to what they stand for. It
// is the one map of them: the command grammar reads the question after Expand, and
// the search's phrasing rules after Word, so both read "how lng to becme director" as
// "how long to become director".
var words = map[string]string{
	// shorthand
	"hw": "how", "mch": "much", "mgr": "manager", "mngr": "manager", "mgrs": "managers",
	"mngrs": "managers", "mak": "make", "wrk": "work", "wrking": "working", "yr": "year", "yrs": "years",
	"wat": "what", "wats": "what's", "wuts": "what's", "wut": "what", "wht": "what", "r": "are", "u": "you",
	"b4": "before", "w/o": "without", "w/": "with", "w": "with", "prep": "prepare",
	"abt": "about", "bc": "because", "bcs": "because", "cuz": "because", "coz": "because", "becuz": "because",
	"bcuz": "because", "bcoz": "because", "thru": "through", "tho": "though",
	"thr": "there", "optn": "option", "optns": "options", "shud": "should", "shd": "should", "shld": "should",
	"wud": "would", "wld": "would", "cud": "could", "cld": "could", "cn": "can", "kno": "know", "knw": "know",
	"wen": "when", "wher": "where", "wich": "which", "whch": "which", "gud": "good", "gr8": "great",
	"ppl": "people", "ur": "your", "hrs": "hours", "dnt": "don't", "nd": "and", "n": "and", "ths": "this",
	"lng": "long", "ned": "need", "hme": "home", "frm": "from", "hlth": "health", "smth": "something",
	"sth": "something", "tmrw": "tomorrow", "ne1": "anyone", "any1": "anyone", "some1": "someone",
	"every1": "everyone", "prolly": "probably", "probs": "probably", "rando": "someone",
	"gimme": "give me", "lemme": "let me", "tryna": "trying to", "howmany": "how many", "howmuch": "how much",
	"tc": "total compensation", "ot": "overtime", "pto": "paid time off", "kpi": "key performance indicators",
	"kpis": "key performance indicators", "lvl": "level", "lvls": "levels", "regnl": "regional", "rgnl": "regional",
	"mgmt": "management", "mgmnt": "management", "mngmt": "management", "quals": "qualifications",
	"regs": "regulations", "creds": "credentials", "workweek": "work week", "workweeks": "work weeks",
	"btwn": "between", "jb": "job", "jbs": "jobs", "grp": "group", "grps": "groups",
	"whos": "who's", "wheres": "where's", "theres": "there's", // the apostrophe dropped, as "whats" is
	"soo": "so", "noo": "no", "hii": "hi", "heyy": "hey", "yess": "yes", "okk": "ok", "pleasee": "please", // drawn out, then cut to two letters
	"nz": "new zealand", // here, not in index's region rule: a two-letter literal would run that rule on every question
	// misspellings
	"mutch": "much", "payed": "paid", "ther": "there", "becum": "become", "bcome": "become", "becme": "become",
	"teh": "the", "shoud": "should", "shuld": "should", "shoudl": "should", "hipa": "hipaa", "hippa": "hipaa",
	"recieve": "receive", "definately": "definitely", "alot": "a lot", "thier": "their", "untill": "until",
	"hwo": "how", "jbo": "job", "adn": "and", "yuo": "you", "whta": "what", "waht": "what", "hwat": "what",
	"thsi": "this", "taht": "that", "wiht": "with", "lern": "learn", "lerning": "learning",
	"mastrs": "masters", "mastres": "masters", "promtd": "promoted", "promted": "promoted", "managr": "manager", "managrs": "managers",
	"prepair": "prepare", "prepairing": "preparing", "diffrence": "difference", "diffrent": "different",
	"discription": "description", "descripion": "description",
	"worh": "worth", "wroth": "worth", // "wroth" is English, but not in chat
	// a second language's words: Spanish and Portuguese for manager, requirements, how
	// much, earns, salary, time, to, be, I need, work, job, in, a, the, of, is, what and
	// how ("cuanto tiempo para ser manager", "necesito visa para trabajar en australia",
	// "cuanto gana un practice manager"); not "la" or "los", which are places here
	"gerente": "manager", "gerentes": "managers",
	"requisites": "requirements", "requisits": "requirements", "requisitos": "requirements",
	"cuanto": "how much", "cuánto": "how much", "quanto": "how much", "gana": "earns", "ganan": "earn",
	"ganha": "earns", "ganham": "earn", "salario": "salary", "salário": "salary", "sueldo": "salary",
	"tiempo": "time", "para": "to", "ser": "be", "necesito": "i need", "trabajar": "work", "trabajo": "job",
	"en": "in", "un": "a", "una": "a", "el": "the", "de": "of", "es": "is", "que": "what", "como": "how", "cómo": "how",
	"persons": "people", // "what skill of persons i need"
}

// Word returns what the lower-case word w stands for, if it is shorthand or a chat
// misspelling. A word drawn out in chat ("soooo", "pleeease") is the word with its
// runs cut to two letters, no English word holding three alike in a row.
func Word(w string) (string, bool) {
	if to, ok := words[w]; ok {
		return to, true
	}
	if s, ok := squeeze(w); ok {
		if to, ok := words[s]; ok {
			return to, true
		}
		return s, true
	}
	return "", false
}

// squeeze cuts w's runs of three or more of a letter to two, reporting whether it
// cut any.
func squeeze(w string) (string, bool) {
	run := 1
	for i := 1; i < len(w); i++ {
		if w[i] != w[i-1] || w[i] < 'a' || w[i] > 'z' {
			run = 1
			continue
		}
		if run++; run == 3 {
			break
		}
	}
	if run < 3 {
		return w, false
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i >= 2 && w[i] == w[i-1] && w[i] == w[i-2] && w[i] >= 'a' && w[i] <= 'z' {
			continue
		}
		b = append(b, w[i])
	}
	return string(b), true
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
		if to, ok := Word(strings.ToLower(w)); ok {
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
