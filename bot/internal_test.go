package bot

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"

	"github.com/mpmcoach/mpmcoach/knowledge"
)

type panicSearcher struct{}

func (panicSearcher) Search(context.Context, string, int, ...knowledge.Kind) ([]knowledge.Match, error) {
	panic("boom")
}

type failingSearcher struct{}

func (failingSearcher) Search(context.Context, string, int, ...knowledge.Kind) ([]knowledge.Match, error) {
	return nil, errors.New("index closed")
}

func testGuide(t *testing.T) *knowledge.Guide {
	g, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestPanicBecomesApology(t *testing.T) {
	c := New(testGuide(t), panicSearcher{}, WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	r := c.Answer(context.Background(), Request{Text: "can I work remotely?"})
	if r.Command != "error" || r.Title == "" || len(r.Answers) != 0 {
		t.Errorf("got %+v", r)
	}
	// Structured commands don't search, so they still work.
	if r := c.Answer(context.Background(), Request{Text: "salary senior"}); r.Command != "salary" {
		t.Errorf("salary senior: %+v", r)
	}
}

func TestSearchErrorAbstains(t *testing.T) {
	c := New(testGuide(t), failingSearcher{}, WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	r := c.Answer(context.Background(), Request{Text: "can I work remotely?"})
	if !r.Abstained {
		t.Errorf("got %+v", r)
	}
}

func TestParseCommand(t *testing.T) {
	for _, tc := range []struct{ in, name, arg string }{
		{"salary senior", "salary", "senior"},
		{"Salary,  senior ", "salary", "senior"},
		{"/mpm steps", "steps", ""},
		{"salry", "salary", ""},
		{"paths to success", "", ""}, // an English word one edit from a command
		{"past salaries", "", ""},
		{"hello", "", ""},
		{"what pays best", "", ""},
		{"??", "help", ""},
	} {
		c := parseCommand(tc.in)
		if c.name != tc.name || c.arg != tc.arg {
			t.Errorf("parseCommand(%q) = %+v, want {%s %s}", tc.in, c, tc.name, tc.arg)
		}
	}
}

func TestShorten(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"one two three four", 12, "one two…"}, // at a word boundary
		{"one two, three four", 9, "one two…"}, // without the trailing comma
		{"éééé éééé éééé", 12, "éééé éééé…"},   // runes, not bytes
		{"abcdefghijklmnop", 5, "abcde…"},      // no space to cut at
		{"a b", 1, "a…"},
	} {
		if got := shorten(tc.s, tc.n); got != tc.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

// TestCarryOver: the second of two questions is asked of the place or level the
// first named, unless it names its own.
func TestCarryOver(t *testing.T) {
	c := New(testGuide(t), nil)
	for _, tc := range []struct{ first, second, want string }{
		{"Can I work as a practice manager in Singapore", "what's the pay?", "what's the pay? in Singapore"},
		{"What does a senior practice manager do", "what's the pay?", "what's the pay? for the Senior Medical Practice Manager"},
		{"Can I work in the UK", "what do directors earn", "what do directors earn"}, // its own level
		{"What does a director do", "what's the pay in Canada", "what's the pay in Canada"},
		{"Can I work remotely", "what's the pay?", "what's the pay?"}, // nothing to carry
	} {
		t.Run(tc.first, func(t *testing.T) {
			if got := c.carryOver(tc.first, tc.second); got != tc.want {
				t.Errorf("carryOver(%q, %q) = %q, want %q", tc.first, tc.second, got, tc.want)
			}
		})
	}
}

// TestTwoQuestions: a message asking two questions at once is split only when the
// second stands on its own.
func TestTwoQuestions(t *testing.T) {
	for _, tc := range []struct{ text, first, second string }{
		{"whats the pay and do i need a degree", "whats the pay", "do i need a degree"},
		{"Can I work remotely, and what certifications help?", "Can I work remotely", "what certifications help?"},
		{"what skills and what certifications do i need", "what skills", "what certifications do i need"},
		{"how long does it take and how much does it cost", "", ""},   // "it": the same subject
		{"Is remote work realistic, and does it change pay?", "", ""}, // "it": about the first
		{"how do i balance work and family", "", ""},                  // one question
		{"billing and coding", "", ""},                                // no question after "and"
		{"pay and how", "", ""},                                       // too short to stand alone
		{"salary and what does a director make", "", ""},              // one word: no question before
		{"and what do they earn", "", ""},                             // nothing before "and"
		{"İSTANBUL pay and what does it take", "", ""},                // lower-casing changes its length
	} {
		t.Run(tc.text, func(t *testing.T) {
			first, second, ok := twoQuestions(tc.text)
			if ok != (tc.first != "") || first != tc.first || second != tc.second {
				t.Errorf("twoQuestions(%q) = %q, %q, %v; want %q, %q", tc.text, first, second, ok, tc.first, tc.second)
			}
		})
	}
}
