package index

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// BenchmarkRewrite: the chat-phrasing rewrites over every question in our set.
func BenchmarkRewrite(b *testing.B) {
	data, err := os.ReadFile("../testdata/questions.yaml")
	if err != nil {
		b.Fatal(err)
	}
	var qs []string
	for _, m := range regexp.MustCompile(`q: "([^"]*)"`).FindAllStringSubmatch(string(data), -1) {
		qs = append(qs, strings.ToLower(m[1]))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		rewrite(qs[i%len(qs)])
	}
}

// TestGatingSkipsNoMatch: running only the rules whose literals a question holds gives
// the same text as running every rule, on every question we have.
func TestGatingSkipsNoMatch(t *testing.T) {
	data, err := os.ReadFile("../testdata/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	qs := []string{"p&l?", "p & l experience", "9 to 5?", "nine-to-five", "what's 15 times 23", "6 x 7"}
	for _, m := range regexp.MustCompile(`q: "([^"]*)"`).FindAllStringSubmatch(string(data), -1) {
		qs = append(qs, strings.ToLower(m[1]))
	}
	for _, q := range qs {
		all := q
		gated, _ := rules()
		for _, r := range gated {
			all = r.re.ReplaceAllString(all, r.to)
		}
		if got := rewrite(q); got != all {
			t.Errorf("rewrite(%q) = %q, every rule gives %q", q, got, all)
		}
	}
}

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
		if got := fmt.Sprint(requiredLiterals(regexp.MustCompile(tc.pattern))); got != tc.want {
			t.Errorf("requiredLiterals(%q) = %s, want %s", tc.pattern, got, tc.want)
		}
	}
}
