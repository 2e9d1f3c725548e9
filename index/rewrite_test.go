package index

import (
	"runtime"
	"strings"
	"sync"
	"testing"
)

// BenchmarkRewrite: the chat-phrasing rewrites over every question in our set.
func BenchmarkRewrite(b *testing.B) {
	var qs []string
	for _, q := range setQuestions(b) {
		qs = append(qs, strings.ToLower(q))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		rewrite(qs[i%len(qs)])
	}
}

// TestGatingSkipsNoMatch: running only the rules whose literals a question holds gives
// the same text as running every rule, on every question we have.
func TestGatingSkipsNoMatch(t *testing.T) {
	if testing.Short() {
		// Every rule over every question, ungated: the set's size times the rules'
		// count (about 160 s of one core at 2,352 rules and 20,000 questions), and far
		// more under the race detector, for a function with no concurrency. `go test
		// ./...` runs it.
		t.Skip("every rule over the whole set; run without -short")
	}
	qs := []string{"p&l?", "p & l experience", "9 to 5?", "nine-to-five", "what's 15 times 23", "6 x 7"}
	for _, q := range setQuestions(t) {
		qs = append(qs, strings.ToLower(q))
	}
	// The questions are independent, so every core takes a share: CI's run is bound
	// by this test.
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(qs); i += workers {
				q := qs[i]
				all := q
				for _, r := range rules().rules {
					all = keepMarks(all, r.re.ReplaceAllString(all, r.to))
				}
				if got := rewrite(q); got != all {
					t.Errorf("rewrite(%q) = %q, every rule gives %q", q, got, all)
				}
			}
		})
	}
	wg.Wait()
}

// TestRewriteKeepsSubjectMarks: a rule whose match spans a word an earlier rule wrote
// for another subject doesn't erase it, so the question still abstains.
func TestRewriteKeepsSubjectMarks(t *testing.T) {
	for _, tc := range []struct{ q, mark string }{
		{"what benefits do federal employees get", "otheroccupation"},
		{"i work as a receptionist at a hotel, should i switch to nights", "otheroccupation"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := rewrite(tc.q); !strings.Contains(got, tc.mark) {
				t.Errorf("rewrite(%q) = %q, lost %q", tc.q, got, tc.mark)
			}
		})
	}
	if got := keepMarks("a personalmatter b personalmatter", "x personalmatter"); strings.Count(got, "personalmatter") != 2 {
		t.Errorf("keepMarks put back %d marks of 2: %q", strings.Count(got, "personalmatter"), got)
	}
}
