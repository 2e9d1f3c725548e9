// Package gate runs a regexp only on text that could match it. Most of the phrasing
// patterns in the coach look for words a question rarely holds, and Go's regexp engine
// spends microseconds proving a miss that a few substring checks prove in nanoseconds.
package gate

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// Regexp is a regexp whose Match, Find and Replace methods first check the literals any
// match must contain. Methods not declared here are the regexp's own, ungated.
type Regexp struct {
	*regexp.Regexp
	alts [][][]string
}

// MustCompile is regexp.MustCompile, gated.
func MustCompile(pattern string) *Regexp {
	re := regexp.MustCompile(pattern)
	return &Regexp{Regexp: re, alts: RequiredLiterals(re)}
}

// MayMatch is false when s lacks what every match needs: for each top-level
// alternative, some clause with none of its literals in s.
func (r *Regexp) MayMatch(s string) bool {
	return Satisfied(r.alts, func(l string) bool { return strings.Contains(s, l) })
}

// Satisfied reports whether, for one of alts, every clause has a literal that has
// accepts: the test MayMatch makes, for callers that find literals their own way (the
// index finds all its rules' literals in one pass). Nil alts always are.
func Satisfied[L any](alts [][][]L, has func(L) bool) bool {
	if alts == nil {
		return true
	}
	for _, clauses := range alts {
		if allClauses(clauses, has) {
			return true
		}
	}
	return false
}

func allClauses[L any](clauses [][]L, has func(L) bool) bool {
	for _, c := range clauses {
		if !slices.ContainsFunc(c, has) {
			return false
		}
	}
	return true
}

func (r *Regexp) MatchString(s string) bool { return r.MayMatch(s) && r.Regexp.MatchString(s) }

func (r *Regexp) FindString(s string) string {
	if !r.MayMatch(s) {
		return ""
	}
	return r.Regexp.FindString(s)
}

func (r *Regexp) FindStringIndex(s string) []int {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringIndex(s)
}

func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindStringSubmatch(s)
}

func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllString(s, n)
}

func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatch(s, n)
}

func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.MayMatch(s) {
		return nil
	}
	return r.Regexp.FindAllStringIndex(s, n)
}

func (r *Regexp) ReplaceAllString(s, repl string) string {
	if !r.MayMatch(s) {
		return s
	}
	return r.Regexp.ReplaceAllString(s, repl)
}

func (r *Regexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !r.MayMatch(s) {
		return s
	}
	return r.Regexp.ReplaceAllStringFunc(s, repl)
}

func (r *Regexp) Split(s string, n int) []string {
	if !r.MayMatch(s) {
		if n == 0 {
			return nil
		}
		return []string{s}
	}
	return r.Regexp.Split(s, n)
}

// RequiredLiterals is what any match of re contains, as alternatives (the regexp's own
// top-level ones), each a list of clauses, each a list of literals one of which is in
// the match: "\b(pay|salary)\b[^?.!]*\b(cities|rural)\b" needs "pay" or "salary", and
// "cities" or "rural". Nil when some alternative needs no literal at all.
func RequiredLiterals(re *regexp.Regexp) [][][]string {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	t = t.Simplify()
	alts := []*syntax.Regexp{t}
	if t.Op == syntax.OpAlternate {
		alts = t.Sub
	}
	var out [][][]string
	for _, a := range alts {
		clauses := clausesOf(a)
		if len(clauses) == 0 {
			return nil
		}
		out = append(out, clauses)
	}
	return out
}

// clausesOf lists the literal sets every match of t must draw one literal from.
func clausesOf(t *syntax.Regexp) [][]string {
	switch t.Op {
	case syntax.OpConcat:
		var out [][]string
		for _, sub := range t.Sub {
			out = append(out, clausesOf(sub)...)
		}
		return out
	case syntax.OpCapture, syntax.OpPlus:
		return clausesOf(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return clausesOf(t.Sub[0])
		}
		return nil
	}
	if lits, ok := literalsOf(t); ok {
		return [][]string{lits}
	}
	return nil
}

// rarer: a one-character literal that is not a letter ("&") is a better gate than a
// letter ("p").
func rarer(a, b []string) bool {
	symbol := func(l []string) bool {
		return len(l) == 1 && len(l[0]) == 1 && (l[0][0] < 'a' || l[0][0] > 'z')
	}
	return symbol(a) && !symbol(b)
}

func literalsOf(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		if len(t.Rune) == 0 || t.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(t.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return literalsOf(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return literalsOf(t.Sub[0])
		}
	case syntax.OpConcat:
		// Any one part that must match will do; prefer the longest literal.
		var best []string
		bestLen := 0
		for _, sub := range t.Sub {
			if lits, ok := literalsOf(sub); ok {
				shortest := len(lits[0])
				for _, l := range lits {
					shortest = min(shortest, len(l))
				}
				if shortest > bestLen || shortest == bestLen && rarer(lits, best) {
					best, bestLen = lits, shortest
				}
			}
		}
		return best, best != nil
	case syntax.OpCharClass:
		// A small class is a choice of one-letter literals: \d needs a digit.
		var lits []string
		for i := 0; i+1 < len(t.Rune); i += 2 {
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				if len(lits) == 10 || t.Flags&syntax.FoldCase != 0 {
					return nil, false
				}
				lits = append(lits, string(r))
			}
		}
		return lits, len(lits) > 0
	case syntax.OpAlternate:
		var all []string
		for _, sub := range t.Sub {
			lits, ok := literalsOf(sub)
			if !ok {
				return nil, false
			}
			all = append(all, lits...)
		}
		return all, true
	}
	return nil, false
}
