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
