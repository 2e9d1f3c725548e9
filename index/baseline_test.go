package index

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/mpmcoach/mpmcoach/knowledge"
)

// plainBleve is the baseline the issue measures against: the guide's raw text lines in a
// default Bleve index, searched with a match query. Each line answers for the passage
// that holds it.
type plainBleve struct {
	bi   bleve.Index
	line map[string]string // doc id -> passage id
}

func newPlainBleve(t0 testing.TB) *plainBleve {
	t := t0
	t.Helper()
	src, err := os.ReadFile("../knowledge/testdata/source.txt")
	if err != nil {
		t.Fatal(err)
	}
	bi, err := bleve.NewUsing("", bleve.NewIndexMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	testIndex(t)
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	p := &plainBleve{bi: bi, line: map[string]string{}}
	b := bi.NewBatch()
	for i, l := range strings.Split(string(src), "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "- "))
		if l == "" {
			continue
		}
		id := fmt.Sprint(i)
		n := norm(l)
		// The passage that holds the line, its text or its title (a heading answers for
		// the first passage under it, in guide order).
		best := -1
		for pid, ps := range ids {
			t := norm(ps.Title + " " + ps.Text)
			if len(n) >= 6 && strings.Contains(t, n) || len(ps.Text) > 20 && strings.Contains(n, norm(ps.Text)) {
				if o := testIndex(t0).order[pid]; best < 0 || o < best {
					best, p.line[id] = o, pid
				}
			}
		}
		if err := b.Index(id, map[string]string{"text": l}); err != nil {
			t.Fatal(err)
		}
	}
	if err := bi.Batch(b); err != nil {
		t.Fatal(err)
	}
	return p
}

func (p *plainBleve) search(q string) []string {
	res, err := p.bi.SearchInContext(context.Background(), bleve.NewSearchRequestOptions(bleve.NewMatchQuery(q), 3, 0, false))
	if err != nil {
		return nil
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, p.line[h.ID])
	}
	return out
}

// TestBeatsPlainBleve measures our search against the plain baseline on the question
// set, search alone (no grammar, no intents), and holds a margin over it. With
// MPMCOACH_QUESTIONS set it measures another batch: on questions we wrote blind, the
// baseline says how hard a batch is next to the questions the issue quotes figures for.
func TestBeatsPlainBleve(t *testing.T) {
	wholeSet(t)
	path := "../testdata/questions.yaml"
	if p := os.Getenv("MPMCOACH_QUESTIONS"); p != "" {
		path = p
	}
	set := readQuestions(t, path)
	plain := newPlainBleve(t)
	var n, plain1, plain3, ours1, ours3 int
	for _, q := range set {
		if q.Abstain {
			continue
		}
		n++
		got := plain.search(q.Q)
		if len(got) > 0 && slices.Contains(q.Want, got[0]) {
			plain1++
		}
		if slices.ContainsFunc(got, func(id string) bool { return slices.Contains(q.Want, id) }) {
			plain3++
		}
		// Search alone: the learned model has seen the set (the quality test holds it
		// out).
		ms := searchAlone(t, q.Q)
		if len(ms) > 0 && slices.Contains(q.Want, ms[0].ID) {
			ours1++
		}
		if slices.ContainsFunc(ms, func(m knowledge.Match) bool { return slices.Contains(q.Want, m.ID) }) {
			ours3++
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	t.Logf("%d questions: plain Bleve top-1 %.1f %%, top-3 %.1f %%; our search alone top-1 %.1f %%, top-3 %.1f %%",
		n, pct(plain1), pct(plain3), pct(ours1), pct(ours3))
	if os.Getenv("MPMCOACH_QUESTIONS") == "" && pct(ours1) < pct(plain1)+30 {
		t.Errorf("our search's top-1 (%.1f %%) should beat plain Bleve's (%.1f %%) by 30 points", pct(ours1), pct(plain1))
	}
}
