package fuzzy

import "testing"

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"senior", "senior", 0},
		{"senoir", "senior", 1}, // adjacent swap counts once
		{"salry", "salary", 1},
		{"salery", "salary", 1},
		{"certfication", "certification", 1},
		{"kitten", "sitting", 3},
		{"", "abc", 3},
	} {
		if got := Distance([]rune(tc.a), []rune(tc.b), 5); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	if got := Distance([]rune("abcdefgh"), []rune("zzzzzzzz"), 2); got != 3 {
		t.Errorf("limited distance = %d, want limit+1", got)
	}
}

func TestWithin(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"senoir", "senior", true}, {"salry", "salary", true}, {"path", "pay", false},
		{"sr", "sr", true}, {"sk", "sr", false}, {"managment", "management", true},
		{"regonal", "regional", true}, {"bread", "break", true},
	} {
		if got := Within(tc.a, tc.b); got != tc.want {
			t.Errorf("Within(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestSameStart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{{"salry", "salary", true}, {"aslary", "salary", true}, {"xalary", "salary", false}, {"", "", true}, {"a", "", false}} {
		if got := SameStart(tc.a, tc.b); got != tc.want {
			t.Errorf("SameStart(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}
