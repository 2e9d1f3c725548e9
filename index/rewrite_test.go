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

// wholeSet skips, under -short, a test that walks the whole question set with no
// concurrency of its own: CI's race run is -short, the race detector has nothing to
// find in such a loop but slows it tenfold, and the plain `go test ./...` before it
// has just run it. (Concurrent answers have their own race test, in bot.)
func wholeSet(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("walks the whole question set; run without -short")
	}
}

// TestGatingSkipsNoMatch: running only the rules whose literals a question holds gives
// the same text as running every rule, on every question we have.
func TestGatingSkipsNoMatch(t *testing.T) {
	// Every rule over every question, ungated: the set's size times the rules' count
	// (about 120 s of two cores at 2,661 rules and 22,000 questions).
	wholeSet(t)
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
