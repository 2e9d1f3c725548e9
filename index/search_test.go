package index

import (
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/mpmcoach/mpmcoach/internal/sentence"
	"github.com/mpmcoach/mpmcoach/knowledge"
)

// setQuestions is every question in our set, as written.
func setQuestions(t testing.TB) []string {
	t.Helper()
	data, err := os.ReadFile("../testdata/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for _, m := range regexp.MustCompile(`q: "([^"]*)"`).FindAllStringSubmatch(string(data), -1) {
		qs = append(qs, m[1])
	}
	return qs
}

// TestDroppedClausesMatchNothing: the query leaves out a term's title clause, its
// text clause or a phrase only when Bleve would find nothing for it, so leaving it
// out can't change which passages match or their order.
func TestDroppedClausesMatchNothing(t *testing.T) {
	wholeSet(t)
	ix := testIndex(t)
	matches := func(q query.Query) bool {
		res, err := ix.bi.Search(bleve.NewSearchRequestOptions(q, 1, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		return res.Total > 0
	}
	tried := map[string]bool{}
	dropped := 0
	for _, question := range setQuestions(t) {
		terms := ix.prepare(question)
		for i, tm := range terms {
			for _, f := range []struct {
				field string
				kept  bool
			}{{"title", ix.titled[tm.text] && ix.df[tm.text] > 0}, {"text", ix.df[tm.text] > 0}} {
				if f.kept || tried[f.field+":"+tm.text] {
					continue
				}
				tried[f.field+":"+tm.text] = true
				dropped++
				tq := query.NewTermQuery(tm.text)
				tq.SetField(f.field)
				if matches(tq) {
					t.Errorf("%q: the %s clause for %q was left out, but matches", question, f.field, tm.text)
				}
			}
			if i == 0 || tm.pos != terms[i-1].pos+1 || ix.adjacent[[2]string{terms[i-1].text, tm.text}] {
				continue
			}
			pair := terms[i-1].text + " " + tm.text
			if tried[pair] {
				continue
			}
			tried[pair] = true
			dropped++
			if matches(query.NewPhraseQuery([]string{terms[i-1].text, tm.text}, "text")) {
				t.Errorf("%q: the phrase %q was left out, but matches", question, pair)
			}
		}
	}
	if dropped < 100 {
		t.Errorf("only %d distinct clauses left out over the set; the check is not checking", dropped)
	}
}

// TestHitsAreBleveSearchHits: hits gives the candidates and scores that Bleve's
// SearchInContext gives for the same query, but for ties, which go in the guide's
// order rather than in the document numbers a batch gives at random.
func TestHitsAreBleveSearchHits(t *testing.T) {
	wholeSet(t)
	ix := testIndex(t)
	compared := 0
	for _, question := range setQuestions(t) {
		q := ix.query(ix.prepare(question), nil)
		if q == nil {
			continue
		}
		got, err := ix.hits(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ix.bi.SearchInContext(t.Context(), bleve.NewSearchRequestOptions(q, ix.n, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		var want []knowledge.Match
		for _, h := range res.Hits {
			want = append(want, knowledge.Match{ID: h.ID, Score: h.Score})
		}
		slices.SortStableFunc(want, func(a, b knowledge.Match) int {
			if ix.before(a, b) {
				return -1
			}
			if ix.before(b, a) {
				return 1
			}
			return 0
		})
		want = want[:min(len(want), candidates)]
		if !slices.Equal(got, want) {
			t.Errorf("%q: hits\n%v\nBleve, ties in guide order:\n%v", question, got, want)
		}
		compared++
	}
	if compared < 1000 {
		t.Errorf("compared %d questions; want the whole set", compared)
	}
}

// TestSentenceEndsIsTheRegexp: the hand scan finds the ends the regexp it replaced
// finds, on every question in the set and on punctuation's edge cases.
func TestSentenceEndsIsTheRegexp(t *testing.T) {
	re := regexp.MustCompile(`[.!?]+(\s+|$)|\n+`)
	qs := append(setQuestions(t), "", "a..b", "3.5 years?", "why?!\n\nok", "end.", "\n\n", "a. b",
		"what?\tok", "hi!!", "...", "x.\r\ny", "? ", "a\nb\n", "so... what now?  and then.")
	for _, q := range qs {
		var got, want []int
		sentence.Ends(q, func(end int) { got = append(got, end) })
		for _, loc := range re.FindAllStringIndex(q, -1) {
			want = append(want, loc[1])
		}
		if !slices.Equal(got, want) {
			t.Errorf("sentence.Ends(%q) = %v, the regexp gives %v", q, got, want)
		}
	}
}

// TestFixSwaps: two neighbouring letters swapped, or one letter off a guide word, are
// put back before the phrasing rules read the question, but only into words a
// question is built from, and never in an English word, a word the guide uses, or a
// word made from one.
func TestFixSwaps(t *testing.T) {
	ix := testIndex(t)
	for _, tc := range []struct{ in, want string }{
		{"how mcuh do mpms mkae", "how much do mpms make"},
		{"can i wokr from hoem", "can i work from home"},
		{"hwo long dose it tkae to becoem one", "hwo long dose it take to become one"}, // "dose" is English; 3 letters are chat's
		{"whta are the stpes", "what are the steps"},
		{"german language needed", "german language needed"}, // not a swap of anything
		{"medicare and medicaid", "medicare and medicaid"},
		{"über wokr", "über work"},
		// One letter off a guide word is written out too, so rules read "pressure".
		{"decison making under presure", "decision making under pressure"},
		{"how are the skils changing", "how are the skills changing"},
		// Names and words made from known ones are no typos.
		{"what should a career changer do first", "what should a career changer do first"},
		{"what does a hospitalist do", "what does a hospitalist do"},
		{"", ""},
	} {
		if got := ix.fixSwaps(tc.in); got != tc.want {
			t.Errorf("fixSwaps(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRespell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"alot to lern?", "a lot to learn?"},
		{"how many openings a yr", "how many openings a year"},
		{"wat do ppl earn b4 tax", "what do people earn before tax"},
		{"can u wrk frm hme", "can you work from home"},
		{"a lot to learn", "a lot to learn"},
		{"yrly wages", "yrly wages"},                                                           // only whole words
		{"good w money, cn i do it w/o a degree", "good with money, can i do it w/o a degree"}, // w/o is a shorthand of its own
		{"über wat", "über what"},
		{"", ""},
	} {
		if got := respell(tc.in); got != tc.want {
			t.Errorf("respell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
