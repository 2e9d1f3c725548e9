package chat

import "testing"

func TestExpand(t *testing.T) {
	for in, want := range map[string]string{
		"hw mch do snr mgrs mak": "how much do snr managers make",
		"5 yrs exp":              "5 years exp",
		"$$$ for senior?":        " salary  for senior?",
		"salary senior":          "salary senior",
		"r u remote":             "are you remote",
		"hwy 1":                  "hwy 1", // whole words only
	} {
		if got := Expand(in); got != want {
			t.Errorf("Expand(%q) = %q, want %q", in, got, want)
		}
	}
}
