package bot

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/mpmcoach/mpmcoach/internal/fuzzy"
	"github.com/mpmcoach/mpmcoach/internal/gate"
)

// commandWords maps what people type as the first word to the command it means.
var commandWords = map[string]string{
	"help": "help", "commands": "help", "?": "help",
	"salary": "salary", "salaries": "salary", "pay": "salary", "wage": "salary", "wages": "salary",
	"path": "path", "levels": "path", "progression": "path", "ladder": "path",
	"skills": "skills", "skill": "skills", "competencies": "skills", "skillset": "skills",
	"faq": "faq", "faqs": "faq",
	"steps": "steps", "step": "steps",
	"outlook": "outlook",
	"tip":     "tip", "tips": "tip",
	"ask":       "ask",
	"readiness": "readiness", "ready": "readiness", "assess": "readiness", "assessment": "readiness",
}

// typoTargets are the command words a misspelt first word may be corrected to. Only words
// of four letters or more: "pat" is not "path".
var typoTargets = []string{"help", "salary", "path", "skills", "steps", "outlook", "tips", "readiness"}

// fillers are words that may surround a command's argument without changing it:
// "salary for a senior manager" is "salary senior".
var fillers = wordSet(`a an the for of in at as to on is are be do does i me my level levels
	role roles job jobs position medical practice manager managers mpm mpms what whats what's how
	much please pls plz about with become becoming get paid salary salaries pay wage wages path skills
	skill steps step faq tip question number no # table chart breakdown overview list details detail
	info more summary by per each every across all order sequence tier tiers band bands bracket brackets
	scale scales grade grades covered included answered questions cover covers include includes contain contains
	hmm hmmm hm um umm uh oh so`) // the last: what people say before a follow-up ("hmm what about in australia")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// words splits text into lower-case words, keeping inner apostrophes, hyphens and dots
// ("entry-level", "u.k.") and dropping other punctuation.
func words(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && r != '.' && r != '#' && r != '&'
	})
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, "'-.")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// command is a request split into the command word and its argument.
type command struct {
	name string // "" for a free-text question
	arg  string
}

// parseCommand reads the first word as a command (allowing aliases and typos). The
// argument is the rest of the text, unparsed: each command decides whether it understands
// it, and passes the whole text on as a question when it does not.
func parseCommand(text string) command {
	text = strings.TrimSpace(text)
	text = strings.TrimPrefix(text, "/mpm")
	text = strings.TrimSpace(text)
	first, rest, _ := strings.Cut(text, " ")
	w := strings.ToLower(strings.Trim(first, ".,!?:;\"'`*_"))
	if w == "" {
		if strings.Trim(first, "?") == "" && first != "" {
			return command{name: "help"}
		}
		return command{}
	}
	if name, ok := commandWords[w]; ok {
		return command{name: name, arg: strings.TrimSpace(rest)}
	}
	for _, t := range typoTargets {
		if fuzzy.SameStart(w, t) && (fuzzy.Within(w, t) || droppedLetter(w, t)) && !isWordish(w) {
			return command{name: commandWords[t], arg: strings.TrimSpace(rest)}
		}
	}
	return command{}
}

// phraseFillers may surround a command's name in a sentence without adding anything:
// "what's the career path for an mpm?" is `path`.
var phraseFillers = wordSet(`a an the for of in at as to on is are be do does i me my what whats
	what's how show tell give list see about career medical practice manager managers mpm mpms
	please pls the job jobs role typical overall general full all become becoming get getting
	started start begin first need needed needs required requirements matter matters most
	important key main top essential this that these those through until till by next coming
	future years decade good great successful effective excellent many there exist total
	hey hi hello yo bot coach plz over ten five twenty table chart breakdown overview details detail info
	more summary again remind recap repeat explain describe break down compare comparison every each
	order sequence tenure success succeed succeeding thrive`)

// byLevelRE: "salary by level" is the whole table, which the bare command gives.
var byLevelRE = gate.MustCompile(`\b(by|per|for each|at each|across( the)?|for all( the)?|of each|for every) (levels?|ranks?|rungs?|tiers?)\b`)

// becomeOneRE: "steps to become one" names no more than "steps" does.
var becomeOneRE = gate.MustCompile(`\b(to )?(become|becoming|be) (one|an? mpm|an? (medical )?practice manager)\b`)

// yearsAskedRE asks how long something takes.
var yearsAskedRE = gate.MustCompile(`\b(years?|yrs?|how long)\b`)

// otherAssistantRE names assistants of other jobs, whose "assistant" is not our level.
var otherAssistantRE = gate.MustCompile(`\b(medical|dental|physician|nursing|teaching|legal|administrative|executive|personal) assistants?\b`)

// changingRE asks how something is changing: "what skills are becoming more
// important" asks for the trend, which the guide discusses, not the list of skills.
var changingRE = gate.MustCompile(`\b(becoming|getting|growing) (more|less|increasingly)\b|\b(increasingly|changing|evolving|shifting)\b`)

// commandPhrase reads free text that only names a command, with filler around it, as
// that command with no argument. Anything more is a question.
func commandPhrase(text string) command {
	lower := strings.ToLower(text)
	if otherAssistantRE.MatchString(lower) {
		return command{} // "career path for a medical assistant" is another job, not `path assistant`
	}
	if changingRE.MatchString(lower) {
		return command{}
	}
	// Lowercase from here on: the patterns below are, so the gate can skip them.
	text = lower
	// "Manager level" names the Manager level: the words go, the level stays.
	managerLevel := managerLevelRE.MatchString(text)
	if managerLevel {
		text = managerLevelRE.ReplaceAllString(text, " ")
	}
	byLevel := byLevelRE.MatchString(text)
	text = byLevelRE.ReplaceAllString(text, " ")
	text = becomeOneRE.ReplaceAllString(text, " ")
	var rest []string
	for _, w := range words(text) {
		if !phraseFillers[w] && !fuzzy.Within(w, "career") && !isYear(w) {
			rest = append(rest, w)
		}
	}
	switch len(rest) {
	case 0:
		if byLevel && yearsAskedRE.MatchString(lower) {
			return command{name: "path"} // "how many years at each level": the ladder gives them
		}
	case 1:
		if byLevel && (rest[0] == "titles" || rest[0] == "title" || rest[0] == "names") {
			return command{name: "path"} // "the job titles at each level": the ladder names them
		}
		if managerLevel {
			return phraseCommand(rest[0], "manager") // "what does manager level pay"
		}
		if c := phraseCommand(rest[0], ""); !oneEnd(c, lower) {
			return c
		}
		return command{}
	case 2: // "technical skills", "senior salary"
		if rest[1] == "steps" || rest[1] == "faqs" || rest[1] == "levels" {
			if _, isNum := number(rest[:1]); isNum {
				return phraseCommand(rest[1], "") // "the six steps", "the eight faqs": all of them
			}
		}
		c := phraseCommand(rest[1], rest[0])
		if c.name == "" {
			c = phraseCommand(rest[0], rest[1])
		}
		if oneEnd(c, lower) || c.name == "skills" && c.arg == "computer" {
			// "what computer skills are needed" asks about computers: the IT and EHR
			// bullets search finds, not the whole technical list `skills computer`
			// gives.
			return command{}
		}
		return c
	}
	return command{}
}

// oneEnd: the whole ladder's pay or path asked with an extreme ("the top of the
// ladder", "top salary", "top level salary") asks for one level, a question.
func oneEnd(c command, lower string) bool {
	return (c.name == "salary" || c.name == "path") && (c.arg == "" || strings.HasPrefix(c.arg, "level")) && extremeRE.MatchString(lower)
}

// isYear reads "2032" (or "2030s") as a year, filler in "outlook through 2032".
func isYear(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) != 4 { // and Atoi's error, allocated, for every other word
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1990 && n <= 2100
}

func phraseCommand(word, arg string) command {
	switch c := parseCommand(word); c.name {
	case "salary", "path", "skills", "faq", "steps", "outlook":
		c.arg = arg
		return c
	}
	return command{}
}

// droppedLetter: a three-letter word that is a four-letter command missing a letter
// ("pth regional"), which Within leaves alone as too short to judge.
func droppedLetter(w, t string) bool {
	return len(w) == 3 && len(t) == 4 && fuzzy.Distance([]rune(w), []rune(t), 1) == 1
}

// isWordish reports common English words that sit one edit from a command word and
// must not be read as it ("paths", "pat", "steep", "stops").
func isWordish(w string) bool {
	switch w {
	case "paths", "bath", "math", "past", "pats", "steep", "steps", "stops", "stems", "sales",
		"salty", "hello", "hell", "held", "helm", "kills", "skits", "tops", "tipi":
		return true
	}
	return false
}

// notTypos are English words within a typo of an alias that never mean it, and
// places that are no typo of the guide's ("Austria" is not Australia).
var notTypos = wordSet(`direction directions directed directory directs austria austrian`)

// argWords is the argument with filler words removed.
func argWords(arg string) []string {
	var out []string
	for _, w := range words(arg) {
		if !fillers[w] {
			out = append(out, w)
		}
	}
	return out
}

// nth reads ws as the place of one of count things: a number, or "last".
func nth(ws []string, count int) (int, bool) {
	if len(ws) == 1 && (ws[0] == "last" || ws[0] == "final") {
		return count, true
	}
	return number(ws)
}

// number reads "3", "#3", "three", "third", "3rd" as 3.
func number(ws []string) (int, bool) {
	if len(ws) != 1 {
		return 0, false
	}
	if n := slices.Index(numberWords, ws[0]); n > 0 {
		return n, true
	}
	if n := slices.Index(ordinalWords, ws[0]); n > 0 {
		return n, true
	}
	w := strings.TrimPrefix(ws[0], "#")
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if t, ok := strings.CutSuffix(w, suffix); ok && t != "" {
			w = t
			break
		}
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

var (
	numberWords  = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	ordinalWords = []string{"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)

// matcher finds an id (a level, a country) from the words people use for it.
type matcher struct {
	exact map[string]string // alias (maybe several words) -> id
	// byFirst holds the one-word aliases by their first byte: a typo keeps its first
	// letter, or swaps it with the second (see fuzzy.SameStart).
	byFirst map[byte][]string
}

// noFuzzy are aliases a typo must not reach: "state" ("the state of diversity") is not
// the States.
var noFuzzy = wordSet(`states`)

func newMatcher() *matcher {
	return &matcher{exact: map[string]string{}, byFirst: map[byte][]string{}}
}

func (m *matcher) add(id string, aliases ...string) {
	for _, a := range aliases {
		a = strings.ToLower(strings.TrimSpace(a))
		if _, dup := m.exact[a]; !dup && a != "" && !strings.Contains(a, " ") && !noFuzzy[a] {
			m.byFirst[a[0]] = append(m.byFirst[a[0]], a)
		}
		m.exact[a] = id
	}
}

// whole matches when the words, all of them, name one thing: "senior", "sr", "senoir",
// "united kingdom", "entry level".
func (m *matcher) whole(ws []string) (string, bool) {
	if len(ws) == 0 {
		return "", false
	}
	joined := strings.Join(ws, " ")
	if id, ok := m.exact[joined]; ok {
		return id, true
	}
	if id, ok := m.exact[strings.Join(ws, "-")]; ok {
		return id, true
	}
	if len(ws) == 1 {
		return m.fuzzy(ws[0], nil)
	}
	return "", false
}

// fuzzy finds the one thing an alias of which w is a typo of, skipping weak aliases.
func (m *matcher) fuzzy(w string, weak map[string]bool) (string, bool) {
	if w == "" {
		return "", false
	}
	if strings.HasSuffix(w, "ly") || notTypos[w] {
		return "", false // "directly" is not "director": an adverb names no level or place
	}
	found := ""
	firsts := []byte{w[0]}
	if len(w) > 1 && w[1] != w[0] {
		firsts = append(firsts, w[1])
	}
	for _, f := range firsts {
		for _, alias := range m.byFirst[f] {
			if weak[alias] || !fuzzy.SameStart(w, alias) || !fuzzy.Within(w, alias) {
				continue
			}
			id := m.exact[alias]
			if found != "" && found != id {
				return "", false // ambiguous
			}
			found = id
		}
	}
	return found, found != ""
}

// mention finds a thing named anywhere in free text, using only aliases that can't be
// mistaken for ordinary words there: "manager" names a level in `salary manager` but
// not in "what does a manager do", and "us" is a pronoun unless written "US".
func (m *matcher) mention(text string, weak map[string]bool) (string, bool) {
	ws := words(text)
	var buf []byte
	for n := 3; n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			buf = append(buf[:0], ws[i]...)
			for _, w := range ws[i+1 : i+n] {
				buf = append(append(buf, ' '), w...)
			}
			id, ok := m.exact[string(buf)] // no copy: most phrases are nothing
			if !ok && n > 1 {
				continue
			}
			phrase := ws[i]
			if n > 1 {
				phrase = string(buf)
			}
			if !ok && n == 1 && len(phrase) >= 5 {
				id, ok = m.fuzzy(phrase, weak)
			}
			// A weak word is a level when it says so: "a manager level role".
			levelSaid := i+n < len(ws) && ws[i+n] == "level"
			if !ok || weak[phrase] && !levelSaid || n == 1 && otherSense(ws, i) || negated(ws, i) {
				continue
			}
			// "us" is a pronoun unless written "US", or after "the" ("pay in the us").
			if ambiguousShort[phrase] && !hasUpper(strings.Fields(text), phrase) && (i == 0 || ws[i-1] != "the") {
				continue
			}
			return id, true
		}
	}
	return "", false
}

// otherJobs are other occupations whose second word is one of our level names: a
// "medical assistant" asking how to become a practice manager is not asking about the
// Assistant level.
var otherJobs = wordSet(`medical-assistant dental-assistant physician-assistant nursing-assistant
	administrative-assistant admin-assistant executive-assistant office-assistant personal-assistant
	teaching-assistant medical-director nursing-director clinical-director program-director
	sales-director art-director film-director funeral-director therapist-assistant therapy-assistant
	pharmacy-assistant veterinary-assistant vet-assistant lab-assistant research-assistant legal-assistant
	teacher-assistant nurse-assistant hr-assistant billing-assistant marketing-assistant hr-director
	it-director athletic-director`)

// otherSense: the level word at i means something else here: part of another job's
// name ("medical assistant") or a student's last year ("a senior in college").
func otherSense(ws []string, i int) bool {
	return i > 0 && otherJobs[ws[i-1]+"-"+ws[i]] || schoolSenior(ws, i)
}

// schoolSenior: "senior" as a student's year: "a high school senior", "a senior in
// college", "seniors at the university".
func schoolSenior(ws []string, i int) bool {
	if ws[i] != "senior" && ws[i] != "seniors" {
		return false
	}
	if i > 0 && schools[ws[i-1]] {
		return true
	}
	if i+1 < len(ws) && (ws[i+1] == "in" || ws[i+1] == "at") {
		for j := i + 2; j < len(ws) && j <= i+3; j++ {
			if schools[ws[j]] {
				return true
			}
		}
	}
	return false
}

var schools = wordSet(`college school university uni undergrad`)

// negated: the word at i is ruled out, not named ("the normal manager, no senior").
func negated(ws []string, i int) bool {
	return i > 0 && negations[ws[i-1]]
}

var negations = wordSet(`no not except excluding nor`)

// ambiguousShort are short aliases that are also everyday words in chat ("tell us").
var ambiguousShort = wordSet(`us de`)

// mentions finds every distinct thing named in free text, in the order named.
func (m *matcher) mentions(text string, weak map[string]bool) []string {
	var out []string
	ws := words(text)
	for i, w := range ws {
		id, ok := m.exact[w]
		if !ok && len(w) >= 5 {
			id, ok = m.fuzzy(w, weak)
		}
		if ambiguousShort[w] && !hasUpper(strings.Fields(text), w) {
			continue
		}
		if ok && !weak[w] && !otherSense(ws, i) && !negated(ws, i) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func hasUpper(raw []string, w string) bool {
	for _, r := range raw {
		if strings.ToUpper(w) == strings.Trim(r, ".,!?:;()'\"") {
			return true
		}
	}
	return false
}

// weakLevelWords name a level in a command argument but are too common to name one in a
// free-text question.
var weakLevelWords = func() map[string]bool {
	m := wordSet(`manager managers mpm practice lead top head area exec starting associate mid region regions
		experienced executive medical`)
	m["practice manager"], m["medical practice manager"] = true, true
	return m
}()

// metaPhrases are what people say to a bot about the bot, a greeting or a nudge, and
// the command that answers them: "what can you do?" is help, "any tips?" a tip, "am I
// ready to be a practice manager?" the readiness check. A question with a topic of its
// own ("tips for my resume") is still a question.
var metaPhrases = []struct {
	need    []string // one of these must be in the text for re to match: a cheap test first
	re      *gate.Regexp
	command string
}{
	{nil, gate.MustCompile(`^\W*(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|evening))\b\W*(there|coach|bot|all|everyone|mpm ?coach)?\W*$`), "help"},
	// "How are you?": small talk, answered with what the coach can do.
	{[]string{"how", "up", "sup"}, gate.MustCompile(`^\W*((hi|hello|hey|yo)\W+)?(how are (you|u|ya|things)|how r u|how'?s it going|how is it going|what'?s up|whats up|wassup|sup)( today)?\W*(coach|bot)?\W*$`), "help"},
	// Small talk about oneself: "i'm bored", "im bored entertain me".
	{[]string{"bored", "tired", "sleepy", "hungry"}, gate.MustCompile(`^\W*(i'?m|im|i am|so|soo+|ugh)( so| really| very| soo+)? (bored|tired|sleepy|hungry)(\W+(entertain me|talk to me|say something( funny)?|tell me (a joke|something( funny| fun| interesting)?)|lol|lmao|haha|pls|please|rn|today|now))*\W*$`), "help"},
	// "test", "testing 123": someone checking the bot is there.
	{[]string{"test", "ping"}, gate.MustCompile(`^\W*(test(ing)?|ping)(\W+(test(ing)?|\d+|one two( three)?|bot|coach|mpm))*\W*$`), "help"},
	// Only thanks and acknowledgements: "ok and the director?" is a question.
	{nil, gate.MustCompile(`^\W*(thanks|thank you|thank u|thx|ty|cheers|great|cool|ok|okay|got it|nice|awesome|perfect)\b(\W+(thanks|thank you|thank u|thx|ty|so much|a lot|very much|got it|cool|great|nice|awesome|perfect|man|mate|bot|coach|buddy|again|ok|okay|that helps|helpful|for (the|your|all the) (help|info|answers?|tips?)|for that|for this))*\W*$`), "help"},
	{[]string{"you", "u ", "this", "your", "what are", "bot"}, gate.MustCompile(`^\W*((so|ok|okay|hey|hi|and|um)\W+)*what (can|do|could) (you|u) (do|know|answer|tell me|help( me)?( with)?)( (for|about) (me|us))?( exactly| here| again)?\W*(coach|bot|mpm ?coach)?\W*$|\bwhat can i ask\b|\bhow (do i|to|can i|should i) use (you|u|the bot|this bot|mpm ?coach)\b|\bhow (do i|to|can i|should i) use this( bot| thing| coach)?\W*$|\bhow does this (bot|thing) work\b|\bhow does this work\W*$|\bwhere (does|do) (this|the|your) (info|information|data|answers?) come from\b|\bwho (are|r) (you|u)\W*$|\bwhat are you\W*$|\bwhat'?s (your|ya) name\b|\bare (you|u) (a |an )?(bot|robot|human|real( person)?|person|ai|machine|chat ?gpt|gpt|llm)\b|\bwho (made|built|created|wrote|programmed) (you|u|this bot)\b`), "help"},
	{[]string{"tip", "this week"}, gate.MustCompile(`^\W*((can|could|would|will) you |pls |please )?(give me |give us |send me |send us |got |have |any |another |one more |share |post |i need |i want )?(a |an |one |some |your )?(quick |daily |random |good |weekly |readiness |career |practical )?tips?( (for|to) (me|us|share|my (group|team|channel|class|clients|students|members|community|mentees)))?( (that )?(i|we) (can|could) (share|post|pass on)( with (my|our) (group|team|channel|class|clients|students|members|community|mentees))?)?( (of|for) (the|this|today'?s?) (day|week)| this week| today)?( please| pls| plz)?\W*$|\btip of the (day|week)\b|\bwhat (should|can|could) i (do|work on|practi[cs]e) this week\b`), "tip"},
	{[]string{"ready", "qualified", "prepared", "readiness", "skill"}, gate.MustCompile(`\bam i (ready|qualified|prepared)\b|\bhow ready am i\b|\b(check|assess|rate|test) my (readiness|skills)\b|\bskills? gap\b`), "readiness"},
}

// maxMetaLen is the longest message read as talk to the bot.
const maxMetaLen = 60

func metaCommand(text string) command {
	if len(text) > maxMetaLen {
		return command{} // a long message is a question, and these regexps cost on one
	}
	lower := strings.ToLower(text)
	for _, m := range metaPhrases {
		if m.need != nil && !slices.ContainsFunc(m.need, func(n string) bool { return strings.Contains(lower, n) }) {
			continue
		}
		if m.re.MatchString(lower) {
			return command{name: m.command}
		}
	}
	return command{}
}
