package sentence

import (
	"slices"
	"testing"
)

func TestSplitAndLast(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"I'm a clinic manager in Brazil. How much would I make in Canada?", []string{"I'm a clinic manager in Brazil.", "How much would I make in Canada?"}},
		{"3.5 years of billing?", []string{"3.5 years of billing?"}}, // a decimal point ends nothing
		{"why?!\n\nok", []string{"why?!", "ok"}},
		{"first line\nsecond line", []string{"first line", "second line"}},
		{"  ", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := Split(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Split = %q, want %q", got, tc.want)
			}
			want := ""
			if len(tc.want) > 0 {
				want = tc.want[len(tc.want)-1]
			}
			if got := Last(tc.text); got != want {
				t.Errorf("Last = %q, want %q", got, want)
			}
		})
	}
}
