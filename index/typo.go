package index

import (
	"bytes"
	_ "embed"
	"sort"
	"strings"

	"github.com/mpmcoach/mpmcoach/internal/chat"
	"github.com/mpmcoach/mpmcoach/internal/fuzzy"
)

// english is a sorted list of English words (SCOWL, from Debian's wamerican and
// wbritish; see words.LICENSE), one a line, 4 to 14 letters. A word in it is never
// "corrected": "bread" must not become the guide's "break", or an off-topic question
// would match.
//
//go:embed words.txt
var english wordList

// general lists words used mostly as verbs, adjectives or adverbs (WordNet's tagged
// counts; see gen_general.go). A question word the guide never uses is what the
// question is about when it is a noun ("pizza", "brakes"), but only phrasing when it
// is general ("able", "quickly", "switching").
//
//go:generate go run gen_general.go
//go:embed general.txt
var general wordList

// wordList is a sorted list of words, one a line.
type wordList []byte

func isEnglish(w string) bool { return english.has(w) }

// has reports whether w is in the list, by binary search over the lines without
// building a table at start-up.
func (words wordList) has(w string) bool {
	lo, hi := 0, len(words)
	target := []byte(w)
	for lo < hi {
		mid := (lo + hi) / 2
		start := bytes.LastIndexByte(words[:mid], '\n') + 1
		end := bytes.IndexByte(words[start:], '\n')
		if end < 0 {
			end = len(words) - start
		}
		line := words[start : start+end]
		switch c := bytes.Compare(line, target); {
		case c == 0:
			return true
		case c < 0:
			lo = start + end + 1
		default:
			hi = start
		}
	}
	return false
}

// vocab is the words of the guide (and of our synonyms), with how often each occurs,
// bucketed by length so a correction only looks at words of a near length.
type vocab struct {
	count  map[string]int
	byLen  map[int][]vocabWord
	sorted []string // every word, for prefix look-ups
}

type vocabWord struct {
	s     string
	runes []rune // converted once, not per comparison
}

func newVocab() *vocab { return &vocab{count: map[string]int{}, byLen: map[int][]vocabWord{}} }

func (v *vocab) add(w string) {
	if v.count[w] == 0 {
		r := []rune(w)
		v.byLen[len(r)] = append(v.byLen[len(r)], vocabWord{s: w, runes: r})
	}
	v.count[w]++
}

// finish sorts each length's words, so that ties resolve the same way every run.
func (v *vocab) finish() {
	v.sorted = v.sorted[:0]
	for _, ws := range v.byLen {
		sort.Slice(ws, func(i, j int) bool { return ws[i].s < ws[j].s })
		for _, w := range ws {
			v.sorted = append(v.sorted, w.s)
		}
	}
	sort.Strings(v.sorted)
}

// correct returns the guide word closest to w when w looks like a typo of it: w has five
// letters or more (shorter words have too many neighbours: "york" is one edit from
// "work"), is not a guide word nor an English word, and is one edit away (two for long
// words), ties going to the commoner guide word. Otherwise it returns w.
func (v *vocab) correct(w string) string {
	r := []rune(w)
	if len(r) == 4 && v.count[w] == 0 && !isEnglish(w) {
		return v.swapped(w)
	}
	if len(r) < 5 || v.count[w] > 0 || isEnglish(w) || givenNames[w] {
		return w
	}
	for _, c := range r {
		if c < 'a' || c > 'z' {
			return w // numbers, codes, emoji: nothing to correct
		}
	}
	maxd := 1
	switch {
	case len(r) >= 10:
		maxd = 3 // "resolushun": a long non-word is a typo, and few guide words are near it
	case len(r) >= 8:
		maxd = 2
	}
	best, bestd, bestc := w, maxd+1, 0
	for n := len(r) - maxd; n <= len(r)+maxd; n++ {
		for _, cand := range v.byLen[n] {
			if !fuzzy.SameStart(w, cand.s) && !(maxd >= 2 && soundsAlikeStart(w, cand.s)) {
				continue
			}
			d := fuzzy.Distance(r, cand.runes, bestd)
			if d < bestd || (d == bestd && d <= maxd && v.count[cand.s] > bestc) {
				best, bestd, bestc = cand.s, d, v.count[cand.s]
			}
		}
	}
	if bestd > maxd {
		return w
	}
	return best
}

// soundsAlikeStart: a and b start with letters that sound alike, "c" and "s"
// ("sertification"). Only long words are corrected across them: a short word has
// too many neighbours that begin with the other letter.
func soundsAlikeStart(a, b string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	x, y := a[0], b[0]
	return (x == 'c' && y == 's' || x == 's' && y == 'c') && a[1] == b[1]
}

// swapped corrects a four-letter non-word whose two neighbouring letters are swapped
// from a guide word ("wrok", "hwat"): the one typo too reliable to leave in words too
// short for any other correction. Three-letter words are left alone: the English list
// has none of them, so "cat" would become "act".
func (v *vocab) swapped(w string) string {
	if c, ok := swapInto(w, func(c string) bool { return v.count[c] > 0 }); ok {
		return c
	}
	return w
}

// swapInto is w with two neighbouring letters swapped into a word want accepts, the
// first such swap from the left.
func swapInto(w string, want func(string) bool) (string, bool) {
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		if c := string(b); want(c) {
			return c, true
		}
		b[i], b[i+1] = b[i+1], b[i]
	}
	return "", false
}

// relative returns the guide word that w is most likely a derived form of, by the
// longest shared beginning ("suppliers" of "supplies", "supervisor" of "supervisory"),
// or w itself. Only for long words, and only when the shared part is most of w.
func (v *vocab) relative(w string) string {
	if len(w) < 7 {
		return w
	}
	need := max(6, len(w)-3)
	prefix := w[:need]
	best, bestLen, bestCount := w, 0, 0
	for i := sort.SearchStrings(v.sorted, prefix); i < len(v.sorted) && strings.HasPrefix(v.sorted[i], prefix); i++ {
		cand := v.sorted[i]
		n := commonPrefix(w, cand)
		if n > bestLen || (n == bestLen && v.count[cand] > bestCount) {
			best, bestLen, bestCount = cand, n, v.count[cand]
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// givenNames are people's names one letter from a guide word, which the
// dictionary doesn't hold: "taylor swift" is not about tailoring a resume, nor
// "carter" about a career.
var givenNames = wordSet(`karen megan taylor carter`)

// functionWords are the short words questions are built from, which the guide's
// vocabulary may lack but phrasing rules read ("what does", "how long", "work from
// home").
var functionWords = wordSet(`what this that with from have does your they them then than when
		where which would could should about there their were will become steps much make take`)

// respell writes out lower's chat spellings (chat.Word), none of them the guide's,
// before the phrasing rules read the question: a rule waits for "a lot to learn", not
// "alot to lern". The bot has written them out already; a caller of Search may not.
func respell(lower string) string {
	var b strings.Builder // empty until a word changes
	last := 0
	for i := 0; i < len(lower); {
		if !isASCIILetter(lower[i]) && !isDigit(lower[i]) {
			i++
			continue
		}
		j := i
		for j < len(lower) && (isASCIILetter(lower[j]) || isDigit(lower[j])) {
			j++
		}
		// A word before a slash is part of a shorthand ("w/o" is without, not "with/o").
		if to, ok := chat.Word(lower[i:j]); ok && (j == len(lower) || lower[j] < 0x80 && lower[j] != '/') && (i == 0 || lower[i-1] < 0x80) {
			b.WriteString(lower[last:i])
			b.WriteString(to)
			last = j
		}
		i = j
	}
	if last == 0 {
		return lower
	}
	b.WriteString(lower[last:])
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// fixSwaps writes out words typed with two neighbouring letters swapped ("whta does
// a practice manager do", "wokr from hoem") before the phrasing rules read the
// question, which a later correction would be too late for. Only a word of four
// letters or more that is neither English nor the guide's, and only into a guide
// word, a canon word, a chat word or a function word, or failing those a general
// English word ("cheif" to "chief", which topicWords then reads as phrasing): any
// other correction waits for topicWords, which knows more of the question. A longer
// word one letter off a guide word is written out too (see misspelt).
func (ix *Index) fixSwaps(lower string) string {
	var b strings.Builder // empty until a word changes
	last := 0
	for i := 0; i < len(lower); {
		if !isASCIILetter(lower[i]) {
			i++
			continue
		}
		j := i
		for j < len(lower) && isASCIILetter(lower[j]) {
			j++
		}
		if w := lower[i:j]; j-i >= 4 && (j == len(lower) || lower[j] < 0x80) && (i == 0 || lower[i-1] < 0x80) && !ix.known(w) {
			c, ok := "", false
			if j-i <= 8 {
				c, ok = ix.unswap(w)
			}
			if !ok && j-i >= 5 {
				c, ok = ix.misspelt(w)
			}
			if ok {
				b.WriteString(lower[last:i])
				b.WriteString(c)
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return lower
	}
	b.WriteString(lower[last:])
	return b.String()
}

// derivations are endings that make new words of known ones.
var derivations = []string{"r", "er", "ers", "rs", "s", "es", "d", "ed", "ing", "ist", "ists", "ly", "ness"}

// misspelt writes out w, five letters or more and no known word (fixSwaps asks), into
// the guide word it is a typo of ("presure", "skils", "decison"), so that the phrasing
// rules, which are spelt right, read it. Any other correction waits for topicWords.
func (ix *Index) misspelt(w string) (string, bool) {
	for _, suffix := range derivations {
		if stem, ok := strings.CutSuffix(w, suffix); ok && (isEnglish(stem) || ix.vocab.count[stem] > 0) {
			return "", false // a word made from a known one ("changer"), not a typo
		}
	}
	c := ix.vocab.correct(w)
	if c == w || strings.HasPrefix(c, w) || strings.HasPrefix(w, c) || fuzzy.Distance([]rune(w), []rune(c), 2) > 1 {
		// One letter off only, and never a word that merely ends differently: names
		// and derived words the English list lacks ("medicare", "german", "changer")
		// are not typos of the guide's "medical", "germany", "change".
		return "", false
	}
	return c, true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' }

// known: w is a word, English or the guide's, or one the analysis knows (canon, chat,
// function word, another job), so no typo to write out.
func (ix *Index) known(w string) bool {
	return ix.vocab.count[w] > 0 || canon[w] != "" || chatWords[w] || functionWords[w] || occupations[w] || isEnglish(w)
}

// unswap writes out w, no known word (fixSwaps asks), with two letters swapped back.
func (ix *Index) unswap(w string) (string, bool) {
	if c, ok := swapInto(w, func(c string) bool {
		return ix.vocab.count[c] > 0 || canon[c] != "" || chatWords[c] || functionWords[c]
	}); ok {
		return c, true
	}
	// A general word typed with a swap ("cheif challenges") is phrasing once written
	// out; left as typed it would be an unknown word the question is about.
	return swapInto(w, func(c string) bool { return general.has(c) && isEnglish(c) })
}
