package gate

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// TestRequiredLiterals: every part of a match that must hold a literal is a clause,
// and each top-level alternative is gated on its own.
func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    string
	}{
		{`\b(pay|salary)\b[^?.!]*\b(cities|rural)\b`, "[[[pay salary] [cities rural]]]"},
		{`\bhow (to|do i) learn\b|\bglass ceiling\b`, "[[[how ] [to do i] [ learn]] [[glass ceiling]]]"},
		{`\d+\s*(times|plus)\s*\d+`, "[[[0 1 2 3 4 5 6 7 8 9] [times plus] [0 1 2 3 4 5 6 7 8 9]]]"}, // a small class is a literal choice
		{`[a-z]+ years`, "[[[ years]]]"}, // a large one is not
		{`\bkpis?\b|\w+`, "[]"},          // an alternative that needs nothing: always run
	} {
		if got := fmt.Sprint(RequiredLiterals(regexp.MustCompile(tc.pattern))); got != tc.want {
			t.Errorf("RequiredLiterals(%q) = %s, want %s", tc.pattern, got, tc.want)
		}
	}
}

var patterns = []string{
	`\b(pay|salary)\b[^?.!]*\b(cities|rural)\b`,
	`\bhow (to|do i) learn\b|\bglass ceiling\b`,
	`\d+\s*(times|plus)\s*\d+`,
	`[a-z]+ years`,
	`\bkpis?\b|\w+`,
	`^\W*(hi|hello|hey)\b\W*$`,
	`(?i)\b(i have|i've)\b[^.?!\d]{0,30}?(\d{1,2})\+?\s*(years?|yrs?)\b`,
	`\$\s?\d|\b\d+(\.\d+)?\s?k\b`,
	`\s*(?:[,;\n/]|\band\b|\+|&)\s*`,
	`(ab)+c{2,3}(de)?`,
}

// FuzzGatedAgrees: gating never changes what a regexp finds, replaces or splits.
func FuzzGatedAgrees(f *testing.F) {
	for _, s := range []string{"", "pay in cities", "how do i learn?", "3 times 4", "Hi!", "I've got 12 yrs",
		"$5k", "a, b and c", "ababccde", "GLASS CEILING", "kpis", "hello there", "salary. rural"} {
		f.Add(s)
	}
	gated := make([]*Regexp, len(patterns))
	for i, p := range patterns {
		gated[i] = MustCompile(p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range gated {
			re := g.Regexp
			if g.MatchString(s) != re.MatchString(s) {
				t.Errorf("%s: MatchString(%q) differs", re, s)
			}
			if a, b := g.ReplaceAllString(s, "<$0>"), re.ReplaceAllString(s, "<$0>"); a != b {
				t.Errorf("%s: ReplaceAllString(%q) = %q, want %q", re, s, a, b)
			}
			if a, b := fmt.Sprint(g.FindAllStringSubmatch(s, -1)), fmt.Sprint(re.FindAllStringSubmatch(s, -1)); a != b {
				t.Errorf("%s: FindAllStringSubmatch(%q) = %s, want %s", re, s, a, b)
			}
			if a, b := fmt.Sprint(g.Split(s, -1)), fmt.Sprint(re.Split(s, -1)); a != b {
				t.Errorf("%s: Split(%q) = %s, want %s", re, s, a, b)
			}
			if a, b := fmt.Sprint(g.FindStringSubmatch(s), g.FindString(s), g.FindStringIndex(s)),
				fmt.Sprint(re.FindStringSubmatch(s), re.FindString(s), re.FindStringIndex(s)); a != b {
				t.Errorf("%s: Find*(%q) = %s, want %s", re, s, a, b)
			}
		}
	})
}

// TestMayMatchSkips: the gate does skip text without the literals; a gate that let
// everything through would still agree with the regexp.
func TestMayMatchSkips(t *testing.T) {
	for _, tc := range []struct {
		pattern, text string
		may           bool
	}{
		{`\b(pay|salary)\b[^?.!]*\b(cities|rural)\b`, "pay in the suburbs", false},
		{`\b(pay|salary)\b[^?.!]*\b(cities|rural)\b`, "salary in big cities", true},
		{`\bhow (to|do i) learn\b|\bglass ceiling\b`, "a glass ceiling?", true},
		{`\bhow (to|do i) learn\b|\bglass ceiling\b`, "how to study", false},
		{`\bkpis?\b|\w+`, "anything", true},
		{`(?i)\bhello\b`, "HELLO", true}, // folded case has no literal to gate on
	} {
		if got := MustCompile(tc.pattern).MayMatch(strings.ToLower(tc.text)); got != tc.may {
			t.Errorf("MayMatch(%q, %q) = %v, want %v", tc.pattern, tc.text, got, tc.may)
		}
	}
}
