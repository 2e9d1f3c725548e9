package index

import (
	"os"
	"regexp"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
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

// TestHitsAreBleveSearchHits: hits gives the candidates, scores and order that
// Bleve's SearchInContext gives for the same query.
func TestHitsAreBleveSearchHits(t *testing.T) {
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
		res, err := ix.bi.SearchInContext(t.Context(), bleve.NewSearchRequestOptions(q, candidates, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(res.Hits) {
			t.Errorf("%q: %d hits, Bleve gives %d", question, len(got), len(res.Hits))
			continue
		}
		for i, h := range res.Hits {
			if got[i].ID != h.ID || got[i].Score != h.Score {
				t.Errorf("%q: hit %d is %s %v, Bleve gives %s %v", question, i, got[i].ID, got[i].Score, h.ID, h.Score)
				break
			}
		}
		compared++
	}
	if compared < 1000 {
		t.Errorf("compared %d questions; want the whole set", compared)
	}
}
