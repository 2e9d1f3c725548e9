package index

import (
	"bytes"
	"context"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/mpmcoach/mpmcoach/knowledge"
)

var update = flag.Bool("update", false, "rewrite asked.txt from the question set")

// setQuestion is a question of testdata/questions.yaml or of a batch in its form.
type setQuestion struct {
	Q       string   `yaml:"q"`
	Want    []string `yaml:"want"`
	Abstain bool     `yaml:"abstain"`
}

func readQuestions(t testing.TB, path string) []setQuestion {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var set struct {
		Questions []setQuestion `yaml:"questions"`
	}
	if err := yaml.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	return set.Questions
}

// questionSet reads testdata/questions.yaml as examples to learn from.
func questionSet(t testing.TB) []Example {
	t.Helper()
	qs := readQuestions(t, "../testdata/questions.yaml")
	out := make([]Example, len(qs))
	for i, q := range qs {
		out[i] = Example{Question: q.Q, Want: q.Want}
	}
	return out
}

// TestAskedIsCurrent holds the shipped model to the question set and to today's
// phrasing rules: it is what Learn makes of them. After changing either, run
// go test ./index -run TestAskedIsCurrent -update.
func TestAskedIsCurrent(t *testing.T) {
	wholeSet(t)
	ix := testIndex(t)
	got, err := ix.Learn(questionSet(t)).MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("asked.txt", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, askedText) {
		t.Fatal("asked.txt is not what the question set and the rules teach; run go test ./index -run TestAskedIsCurrent -update")
	}
	a, err := ParseAsked(askedText)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := a.MarshalText()
	if !bytes.Equal(again, askedText) {
		t.Error("asked.txt doesn't survive a parse and a write")
	}
}

func TestParseAskedErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"odd fields", "# c\nsalary/senior\tpay\n", "line 2: want a passage id"},
		{"no id", "\tpay\t1\n", "line 1: want a passage id"},
		{"bad count", "a\tpay\tlots\n", `line 1: bad count "lots" for term "pay"`},
		{"negative count", "a\tpay\t-1\n", "line 1: bad count"},
		{"infinite count", "a\tpay\t+Inf\n", "line 1: bad count"},
		{"not a number", "a\tpay\tNaN\n", "line 1: bad count"},
		{"empty term", "a\t\t1\n", "line 1: bad count"},
		{"passage twice", "a\tpay\t1\nb\tpay\t1\na\tx\t2\n", "line 3: passage a again"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseAsked([]byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("ParseAsked(%q) = %v, want an error with %q", tc.in, err, tc.want)
			}
		})
	}
}

// TestAskedRanksWhatPeopleAsk: what a model learned moves a passage up among those
// that cover the question, and never makes the search answer a question it
// abstains on.
func TestAskedRanksWhatPeopleAsk(t *testing.T) {
	g, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(g.Passages())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	const q = "what does a practice manager do every day"
	ix.SetAsked(nil)
	alone, err := ix.Search(ctx, q, 10)
	if err != nil || len(alone) < 2 {
		t.Fatalf("search alone: %v, %v", alone, err)
	}
	// Teach a model, beside the set, that many people asking these words want
	// search's second answer.
	want := alone[1].ID
	examples := questionSet(t)
	for range 100 {
		examples = append(examples, Example{Question: q, Want: []string{want}})
	}
	ix.SetAsked(ix.Learn(examples))
	taught, err := ix.Search(ctx, q, 10)
	rank := slices.IndexFunc(taught, func(m knowledge.Match) bool { return m.ID == want })
	if err != nil || rank != 0 {
		t.Errorf("after learning, %q got %v, want %s first (search alone: %v)", q, taught, want, alone)
	}
	for _, off := range []string{"best pizza near me", "how do I become a pilot"} {
		if ms, _ := ix.Search(ctx, off, 3); len(ms) > 0 {
			t.Errorf("off-topic %q answered with %v once learned", off, ms)
		}
	}
}

func TestSecondOpinion(t *testing.T) {
	ms := func(ids ...string) []knowledge.Match {
		var out []knowledge.Match
		for i, id := range ids {
			out = append(out, knowledge.Match{ID: id, Score: float64(10 - i)})
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		out   []knowledge.Match
		picks []string
		want  []string
	}{
		{"no pick", ms("a", "b", "c"), nil, []string{"a", "b", "c"}},
		{"no answer stays none", nil, []string{"x"}, nil},
		{"first and second already", ms("a", "b", "c"), []string{"b", "a"}, []string{"a", "b", "c"}},
		{"third already", ms("a", "b", "c"), []string{"c", "x"}, []string{"a", "b", "c"}},
		{"next pick when the first is second", ms("a", "b", "c"), []string{"b", "x"}, []string{"a", "b", "x", "c"}},
		{"fourth moves up to third", ms("a", "b", "c", "d"), []string{"d"}, []string{"a", "b", "d", "c"}},
		{"missing goes third", ms("a", "b", "c"), []string{"x", "a"}, []string{"a", "b", "x", "c"}},
		{"after a lone answer", ms("a"), []string{"a", "x"}, []string{"a", "x"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := secondOpinion(tc.out, tc.picks)
			var ids []string
			for _, m := range got {
				ids = append(ids, m.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("secondOpinion(%v, %q) = %v, want %v", tc.out, tc.picks, ids, tc.want)
			}
			for i := 1; i < len(got); i++ {
				if got[i].Score > got[i-1].Score {
					t.Errorf("scores not in order: %v", got)
				}
			}
		})
	}
}

// TestLogProbsWeighsFeatures: a feature counts by its weight, so the background's words
// (weighed half) move the model half as far as the question's own.
func TestLogProbsWeighsFeatures(t *testing.T) {
	a := (&Asked{
		count: map[string]map[string]float64{"a": {"assistant": 3}, "b": {"duties": 3}},
		total: map[string]float64{"a": 3, "b": 3},
		vocab: map[string]bool{"assistant": true, "duties": true},
	}).finish()
	feats := []string{"assistant", "duties"}
	full, _ := a.logProbs(feats, func(int) float64 { return 1 })
	half, _ := a.logProbs(feats, func(i int) float64 {
		if i == 0 {
			return weightContext // "assistant" said in the background
		}
		return 1
	})
	if full[a.num["a"]] != full[a.num["b"]] {
		t.Fatalf("with equal weights the two passages should tie: %v", full)
	}
	if half[a.num["b"]] <= half[a.num["a"]] {
		t.Errorf("with the background's word weighed half, the question's passage should lead: %v", half)
	}
}
