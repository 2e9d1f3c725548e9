package chat

import "testing"

func TestExpand(t *testing.T) {
	for in, want := range map[string]string{
		"hw mch do snr mgrs mak":    "how much do snr managers make",
		"HW mch?":                   "how much?",
		"5 yrs exp":                 "5 years exp",
		"$$$ for senior?":           " salary  for senior?",
		"salary senior":             "salary senior",
		"r u remote":                "are you remote",
		"nz salaries?":              "new zealand salaries?",
		"hwy 1":                     "hwy 1", // whole words only
		"w/o a degree":              "without a degree",
		"w/ a degree":               "with a degree",
		"grow/shrink":               "grow/shrink",
		"wich cert, interview prep": "which cert, interview prepare",
		"wats the pay":              "what's the pay",
		"whos the mgma":             "who's the mgma",
		"is ther remote optn":       "is there remote option",
		"shud i do mba":             "should i do mba",
		"pros n cons":               "pros and cons",
		"any grps for lgbtq folks":  "any groups for lgbtq folks",
		"whats the TC, any OT":      "whats the total compensation, any overtime",
		"how much PTO":              "how much paid time off",
		"whats teh pay":             "whats the pay",
		"whats ur name":             "whats your name",
		"whta is thsi job":          "what is this job",
		"do i need a mastres":       "do i need a masters",
		"real talk how many hrs":    "real talk how many hours",
		"regnl mgr yrs":             "regional manager years",
		"gerente pay":               "manager pay",
		"necesito visa para trabajar en australia": "i need visa to work in australia",
		"que es un practice manager":               "what is a practice manager",
		"is it worh it":                            "is it worth it",
		"what skill of persons i need":             "what skill of people i need",
		"salary in la":                             "salary in la",             // Los Angeles, not Spanish's "the"
		"soooo is this a good career":              "so is this a good career", // drawn out, cut to "soo", which is "so"
		"is it gooood":                             "is it good",
		"pleeeease, 1000 dollars":                  "pleease, 1000 dollars", // no word to map it to, and digits stay
		"hello":                                    "hello",
		"im tryna decide":                          "im trying to decide",
		"how do i becum one, hipa?":                "how do i become one, hipaa?",
		"how lng to becme director":                "how long to become director", // the grammar reads "how long"
		"good w money, cn i w/o":                   "good with money, can i without",
		"1 yr":                                     "1 year",
		"cuanto gana un gerente":                   "how much earns a manager",
		"":                                         "",
		"😀 u?":                                     "😀 you?",
	} {
		if got := Expand(in); got != want {
			t.Errorf("Expand(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzExpand(f *testing.F) {
	f.Add("hw mch $$ w/o u")
	f.Fuzz(func(t *testing.T, s string) {
		Expand(s) // must not panic or hang
	})
}
