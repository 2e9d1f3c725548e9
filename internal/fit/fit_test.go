package fit

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	para := strings.Repeat("word ", 30)
	tests := []struct {
		name string
		s    string
		n    int
		u    Unit
		want []string // nil: only check the limits
	}{
		{"fits", "short text", 20, Bytes, []string{"short text"}},
		{"paragraph first", "aaaa bbbb\n\ncccc dddd eeee", 20, Runes, []string{"aaaa bbbb", "cccc dddd eeee"}},
		{"line before word", "aaaa bbbb\ncccc dddd eeee", 18, Bytes, []string{"aaaa bbbb", "cccc dddd eeee"}},
		{"word", "aaaa bbbb cccc dddd", 12, Runes, []string{"aaaa bbbb", "cccc dddd"}},
		{"mid-word when no boundary", "abcdefghijkl", 5, Bytes, []string{"abcde", "fghij", "kl"}},
		{"multibyte never split", strings.Repeat("é", 10), 3, Bytes, nil},
		{"runes count characters", strings.Repeat("é", 10), 4, Runes, []string{"éééé", "éééé", "éé"}},
		{"long", para + "\n\n" + para, 64, Runes, nil},
		{"limit below one character", "ü", 1, Bytes, []string{"ü"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Split(tc.s, tc.n, tc.u)
			if tc.want != nil && strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			for _, p := range got {
				if !utf8.ValidString(p) || p == "" {
					t.Errorf("piece %q is empty or split a character", p)
				}
				if tc.u.size(p) > tc.n && utf8.RuneCountInString(p) > 1 {
					t.Errorf("piece %q is longer than %d", p, tc.n)
				}
			}
			if noSpace(strings.Join(got, "")) != noSpace(tc.s) {
				t.Errorf("pieces %q lost or changed text of %q", got, tc.s)
			}
		})
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		name, s string
		n       int
		u       Unit
		want    string
	}{
		{"fits", "short", 10, Bytes, "short"},
		{"at a word", "the quick brown fox jumps", 17, Runes, "the quick brown…"},
		{"trailing punctuation dropped", "one, two, three four", 12, Runes, "one, two…"},
		{"mid-word when no boundary", "abcdefghijkl", 6, Runes, "abcde…"},
		{"bytes keep characters whole", "ééééé", 7, Bytes, "éé…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Cut(tc.s, tc.n, tc.u)
			if got != tc.want {
				t.Errorf("Cut(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
			}
			if tc.u.size(got) > tc.n {
				t.Errorf("%q is longer than %d", got, tc.n)
			}
		})
	}
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }
