// Package index is the full-text search over the guide's passages: an in-memory Bleve
// index (scorch, BM25) with English analysis, synonyms for how people talk in chat,
// typo correction, phrase boosts, and abstention when nothing matches well.
package index

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/mpmcoach/mpmcoach/knowledge"
)

// Field boosts: a word in a FAQ question or a title says more about what a passage
// answers than the same word in its body.
const (
	boostTitle    = 2.0
	boostKeywords = 2.0
	boostBody     = 1.0
	boostPhrase   = 1.5

	// maxQueryBytes bounds the work one question can cause; chat questions are short.
	maxQueryBytes = 1000
	// minCoverage is the share of a question's meaning (IDF-weighted terms) that the
	// best passage must contain, or the search abstains.
	minCoverage = 0.5
	// weightUnknown is the weight of a question word the guide never uses: "pizza" in
	// "best pizza near me" is what the question is about, and the guide can't answer it.
	weightUnknown = 3.0
	// minInformative is the IDF a matched term must reach for a match to mean anything:
	// "manager" alone matches nearly every passage.
	minInformative = 1.0
)

// Index searches the guide's passages. It is safe for concurrent use.
type Index struct {
	bi    bleve.Index
	an    analysis.Analyzer
	vocab *vocab
	df    map[string]int
	terms map[string]map[string]bool // passage id -> analyzed terms
	kinds map[string]knowledge.Kind
	n     int
}

type doc struct {
	Title    string `json:"title"`
	Body     string `json:"body"`
	Keywords string `json:"keywords"`
	Kind     string `json:"kind"`
}

func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(analyzerName, analyzerConfig); err != nil {
		return nil, fmt.Errorf("add analyzer: %w", err)
	}
	im.DefaultAnalyzer = analyzerName
	im.ScoringModel = "bm25"
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = true // positions, for phrase queries
		f.DocValues = false
		return f
	}
	kind := bleve.NewTextFieldMapping()
	kind.Analyzer = keyword.Name
	kind.Store, kind.IncludeInAll, kind.IncludeTermVectors, kind.DocValues = false, false, false, false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("title", text())
	dm.AddFieldMappingsAt("body", text())
	dm.AddFieldMappingsAt("keywords", text())
	dm.AddFieldMappingsAt("kind", kind)
	im.DefaultMapping = dm
	return im, nil
}

// Build indexes the passages in memory, in one batch.
func Build(passages []knowledge.Passage) (*Index, error) {
	im, err := newMapping()
	if err != nil {
		return nil, err
	}
	bi, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix := &Index{
		bi:    bi,
		an:    im.AnalyzerNamed(analyzerName),
		vocab: newVocab(),
		df:    map[string]int{},
		terms: make(map[string]map[string]bool, len(passages)),
		kinds: make(map[string]knowledge.Kind, len(passages)),
		n:     len(passages),
	}
	if ix.an == nil {
		return nil, fmt.Errorf("analyzer %s not found", analyzerName)
	}
	b := bi.NewBatch()
	for _, p := range passages {
		d := doc{Title: p.Title, Body: p.Text, Keywords: strings.Join(p.Keywords, " "), Kind: string(p.Kind)}
		if err := b.Index(p.ID, d); err != nil {
			return nil, fmt.Errorf("index passage %s: %w", p.ID, err)
		}
		ix.kinds[p.ID] = p.Kind
		set := map[string]bool{}
		for _, field := range []string{d.Title, d.Body, d.Keywords} {
			for _, w := range splitWords(strings.ToLower(field)) {
				ix.vocab.add(w)
			}
			for _, tok := range ix.an.Analyze([]byte(field)) {
				set[string(tok.Term)] = true
			}
		}
		for t := range set {
			ix.df[t]++
		}
		ix.terms[p.ID] = set
	}
	for w := range canon {
		ix.vocab.add(w)
	}
	ix.vocab.finish()
	if err := bi.Batch(b); err != nil {
		return nil, fmt.Errorf("index passages: %w", err)
	}
	return ix, nil
}

// Close releases the index.
func (ix *Index) Close() error { return ix.bi.Close() }

// splitWords splits lower-cased text into words of letters and digits; apostrophes
// inside a word stay ("bachelor's").
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// term is one analyzed word of a question.
type term struct {
	text string
	pos  int
}

// prepare turns a chat question into analyzed terms: rewrites chat phrasings, drops
// filler words, corrects typos, then runs the index's analyzer.
func (ix *Index) prepare(text string) []term {
	if len(text) > maxQueryBytes {
		text = text[:maxQueryBytes]
	}
	q := rewrite(strings.ToLower(text))
	ws := splitWords(q)
	kept := ws[:0]
	for _, w := range ws {
		w = strings.Trim(w, "'")
		if w == "" || chatWords[w] {
			continue
		}
		kept = append(kept, ix.vocab.correct(w))
	}
	var out []term
	seen := map[string]bool{}
	for _, tok := range ix.an.Analyze([]byte(strings.Join(kept, " "))) {
		t := string(tok.Term)
		if seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, term{text: t, pos: tok.Position})
	}
	return out
}

func (ix *Index) idf(t string) float64 {
	df := float64(ix.df[t])
	return math.Log(1 + (float64(ix.n)-df+0.5)/(df+0.5))
}

func (ix *Index) weight(t string) float64 {
	if ix.df[t] == 0 {
		return weightUnknown
	}
	return ix.idf(t)
}

// coverage is the IDF-weighted share of the question's terms found in the passage, and
// whether any of them is informative.
func (ix *Index) coverage(id string, terms []term) (float64, bool) {
	var have, total float64
	informative := false
	set := ix.terms[id]
	for _, t := range terms {
		w := ix.weight(t.text)
		total += w
		if set[t.text] {
			have += w
			if w >= minInformative {
				informative = true
			}
		}
	}
	if total == 0 {
		return 0, false
	}
	return have / total, informative
}

// Search finds up to limit passages that answer text, best first, or none when the
// guide has no good answer. kinds, if given, restricts the passages searched. Any text
// is accepted: it never reaches a query parser.
func (ix *Index) Search(ctx context.Context, text string, limit int, kinds ...knowledge.Kind) ([]knowledge.Match, error) {
	terms := ix.prepare(text)
	if len(terms) == 0 || limit <= 0 {
		return nil, nil
	}
	var should []query.Query
	for i, t := range terms {
		for _, f := range []struct {
			field string
			boost float64
		}{{"title", boostTitle}, {"body", boostBody}, {"keywords", boostKeywords}} {
			tq := query.NewTermQuery(t.text)
			tq.SetField(f.field)
			tq.SetBoost(f.boost)
			should = append(should, tq)
		}
		if i > 0 && t.pos == terms[i-1].pos+1 {
			for _, field := range []string{"title", "body"} {
				pq := query.NewPhraseQuery([]string{terms[i-1].text, t.text}, field)
				pq.SetBoost(boostPhrase)
				should = append(should, pq)
			}
		}
	}
	var q query.Query = query.NewDisjunctionQuery(should)
	if len(kinds) > 0 {
		ks := make([]query.Query, len(kinds))
		for i, k := range kinds {
			tq := query.NewTermQuery(string(k))
			tq.SetField("kind")
			ks[i] = tq
		}
		q = query.NewConjunctionQuery([]query.Query{q, query.NewDisjunctionQuery(ks)})
	}
	req := bleve.NewSearchRequestOptions(q, limit*3, 0, false)
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var out []knowledge.Match
	for i, h := range res.Hits {
		cov, informative := ix.coverage(h.ID, terms)
		if i == 0 && (cov < minCoverage || !informative) {
			return nil, nil // abstain: the best passage doesn't answer the question
		}
		if i > 0 && (h.Score < 0.4*res.Hits[0].Score || cov < minCoverage*0.8) {
			continue
		}
		out = append(out, knowledge.Match{ID: h.ID, Score: h.Score})
		if len(out) == limit {
			break
		}
	}
	return out, nil
}
